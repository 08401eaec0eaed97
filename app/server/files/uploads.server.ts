import { msg } from "../../i18n/i18n";
import type { FieldErrors } from "../platform/outcome.server";
import { attachmentDisposition } from "../platform/http.server";
import { createHash } from "node:crypto";
import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";
import type { uploadMessages } from "../../i18n/upload-messages";

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Room for the other fields and multipart framing beside one full-size file. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;
const MAX_BODY_BYTES = MAX_ATTACHMENT_BYTES + FORM_OVERHEAD_BYTES;
const MAX_NAME_CHARS = 200;
/**
 * Readers find %%EOF within the last 1024 bytes. They also accept the header anywhere in the first 1024, but we
 * do not: bytes before "%PDF-" are how a polyglot (an HTML page, a ZIP or a script that is also a "PDF") hides.
 */
const SNIFF_WINDOW = 1024;
const FALLBACK_NAME = "attachment.pdf";

export type UploadErrorKey = Extract<keyof typeof uploadMessages, `err.upload.${string}`>;

export interface PdfUpload {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  sizeBytes: number;
  sha256: string;
  contentType: "application/pdf";
}

export type UploadResult<Upload = PdfUpload> =
  | { ok: true; upload: Upload; formData: FormData }
  | { ok: false; fieldErrors: FieldErrors; formData: FormData | null };

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const PDF_HEADER = ascii("%PDF-");
const PDF_EOF = ascii("%%EOF");

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Judged by content alone: "%PDF-" at offset 0 and %%EOF near the end. A renamed PNG or text file is not a PDF,
 * whatever its name or declared type, and neither is anything with bytes before the header.
 */
export function isPdf(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - SNIFF_WINDOW));
  return startsWith(bytes, PDF_HEADER) && contains(tail, PDF_EOF);
}

// Control characters, bidi overrides (which can disguise "fdp.exe" as "exe.pdf") and line/paragraph separators.
const UNSAFE_NAME_CHARS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

/**
 * The name as shown and offered on download only; storage keys never derive from it. It always ends in ".pdf"
 * (the content is a PDF): "报告.PDF" becomes "报告.pdf", "setup.exe" becomes "setup.exe.pdf", so a download
 * never lands on disk under an extension that would open it as something else.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const cleaned = base.normalize("NFC").replace(UNSAFE_NAME_CHARS, "").trim();
  return cleaned === "" || cleaned === "." || cleaned === ".." ? FALLBACK_NAME : withPdfExtension(cleaned);
}

export function withPdfExtension(name: string): string {
  const stem = name.replace(/\.pdf$/i, "").replace(/[.\s]+$/, "");
  return stem === "" ? FALLBACK_NAME : `${stem}.pdf`;
}

/**
 * Content-Disposition for a stored PDF: an ASCII fallback name and the UTF-8 name (RFC 6266), both ending in
 * ".pdf" whatever the stored name says (rows written before names were normalized included).
 */
export function pdfContentDisposition(attachmentId: number, storedName: string): string {
  const name = sanitizeFileName(storedName);
  return attachmentDisposition(`attachment-${attachmentId}.pdf`, name);
}

class BodyTooLargeError extends Error {
  constructor() {
    super(`Request body exceeds ${MAX_BODY_BYTES} bytes`);
  }
}

/** Counts bytes as they stream, for bodies sent without a content-length (chunked) or with several files. */
function capped(request: Request): Request {
  let seen = 0;
  const limit = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > MAX_BODY_BYTES) throw new BodyTooLargeError();
      controller.enqueue(chunk);
    },
  });
  const init: RequestInit & { duplex: "half" } = {
    method: request.method,
    headers: request.headers,
    body: request.body?.pipeThrough(limit) ?? null,
    duplex: "half",
  };
  return new Request(request.url, init);
}

/**
 * Reads a multipart form holding one PDF under `field`; the other fields come back in `formData`. Nothing is
 * stored here, so a refused upload leaves nothing behind. Errors are message keys under the field name.
 */
export async function readPdfUpload(request: Request, field?: string): Promise<UploadResult>;
/** With `optional`, a form sent without a file is fine: `upload` is null. */
export async function readPdfUpload(
  request: Request,
  field: string,
  options: { optional: true },
): Promise<UploadResult<PdfUpload | null>>;
export async function readPdfUpload(
  request: Request,
  field = "file",
  { optional = false }: { optional?: boolean } = {},
): Promise<UploadResult<PdfUpload | null>> {
  const fail = (key: UploadErrorKey, formData: FormData | null = null): UploadResult<never> => ({
    ok: false,
    fieldErrors: { [field]: [msg(key)] },
    formData,
  });

  if (request.bodyUsed) throw new Error("readPdfUpload: the request body has already been read");
  // Refused before a byte of the body is read.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return fail("err.upload.tooLarge");
  if (!/^multipart\/form-data\s*;/i.test(request.headers.get("content-type") ?? "") || !request.body)
    return fail("err.upload.missing");

  let formData: FormData;
  try {
    formData = await parseMultipartFormData(
      capped(request),
      createMemoryUploadHandler({ maxPartSize: MAX_ATTACHMENT_BYTES }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError || error instanceof BodyTooLargeError)
      return fail("err.upload.tooLarge");
    // A truncated body, or a header Remix's parser rejects (it cannot read a file name containing ";" or "=").
    return fail("err.upload.unreadable");
  }

  const file = formData.get(field);
  if (file === null || typeof file === "string" || file.size === 0)
    return optional ? { ok: true, upload: null, formData } : fail("err.upload.missing", formData);
  const fileName = sanitizeFileName(file.name);
  if ([...fileName].length > MAX_NAME_CHARS) return fail("err.upload.badName", formData);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isPdf(bytes)) return fail("err.upload.notPdf", formData);

  return {
    ok: true,
    upload: {
      fileName,
      bytes,
      sizeBytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      contentType: "application/pdf",
    },
    formData,
  };
}

/** The attachment row's facts about an uploaded file (its owner is added by the caller). */
export function attachmentFacts(upload: PdfUpload, storageKey: string, uploadedBy: number) {
  return {
    storageKey,
    fileName: upload.fileName,
    contentType: upload.contentType,
    sizeBytes: upload.sizeBytes,
    sha256: upload.sha256,
    uploadedBy,
  };
}
