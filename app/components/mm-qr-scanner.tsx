import { useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n/use-i18n";

/** The parts of the Shape Detection API used here (not in TypeScript's DOM library yet). */
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function detectorClass(): BarcodeDetectorConstructor | null {
  const candidate = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  return candidate && typeof navigator !== "undefined" && "getUserMedia" in (navigator.mediaDevices ?? {})
    ? candidate
    : null;
}

/**
 * Progressive enhancement of the typed check-in form: where the browser has BarcodeDetector and a camera, a
 * button starts the camera; the first QR code read goes into the code field (`inputId`) and the form is
 * submitted. Without JavaScript or the API nothing is rendered and typing works as before.
 */
export function QrScanner({ inputId }: { inputId: string }) {
  const { t } = useI18n();
  const [supported, setSupported] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [failed, setFailed] = useState(false);
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => setSupported(detectorClass() !== null), []);

  useEffect(() => {
    if (!scanning) return;
    const Detector = detectorClass();
    if (!Detector) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const detector = new Detector({ formats: ["qr_code"] });
    const tick = async () => {
      if (stopped || !video.current) return;
      try {
        const [found] = await detector.detect(video.current);
        const input = document.getElementById(inputId) as HTMLInputElement | null;
        if (found?.rawValue && input) {
          input.value = found.rawValue;
          setScanning(false);
          input.form?.requestSubmit();
          return;
        }
      } catch {
        // A frame that is not ready yet: try the next one.
      }
      timer = setTimeout(() => void tick(), 250);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return media.getTracks().forEach((track) => track.stop());
        video.current.srcObject = media;
        await video.current.play();
        void tick();
      })
      .catch(() => {
        setFailed(true);
        setScanning(false);
      });
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning, inputId]);

  if (!supported) return null;
  return (
    <div className="mm-scanner">
      <button
        type="button"
        className="button"
        aria-pressed={scanning}
        onClick={() => {
          setFailed(false);
          setScanning((on) => !on);
        }}
      >
        {scanning ? t("mmCheckIn.stopScan") : t("mmCheckIn.scan")}
      </button>
      {scanning ? (
        <>
          <p role="status">{t("mmCheckIn.scanning")}</p>
          <video
            ref={video}
            className="mm-scanner-video"
            muted
            playsInline
            aria-label={t("mmCheckIn.video")}
          />
        </>
      ) : null}
      {failed ? <p role="alert">{t("mmCheckIn.cameraError")}</p> : null}
    </div>
  );
}
