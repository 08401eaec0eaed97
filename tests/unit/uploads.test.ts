import { msg } from "../../app/i18n/i18n";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { uploadMessages } from "../../app/i18n/upload-messages";
import { attachmentDisposition } from "../../app/server/platform/http.server";
import {
  MAX_ATTACHMENT_BYTES,
  isPdf,
  readPdfUpload,
  sanitizeFileName,
} from "../../app/server/files/uploads.server";

const encode = (text: string) => new TextEncoder().encode(text);

/** A minimal but complete PDF: one empty A4 page, with a correct cross-reference table. */
function minimalPdf(): Uint8Array<ArrayBuffer> {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ];
  let text = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, "0")} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encode(text);
}

/** Exactly `size` bytes that pass the content check: header first, %%EOF at the end, zeros between. */
function pdfShaped(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set(encode("%PDF-1.7\n"), 0);
  bytes.set(encode("%%EOF\n"), size - 6);
  return bytes;
}

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);

function form(
  file?: { bytes: Uint8Array<ArrayBuffer>; name: string; type?: string },
  field = "file",
): FormData {
  const formData = new FormData();
  formData.append("csrf", "token-123");
  formData.append("intent", "attach");
  if (file)
    formData.append(field, new File([file.bytes], file.name, { type: file.type ?? "application/pdf" }));
  return formData;
}

const post = (body: FormData) => new Request("http://localhost/bids/1/attachments", { method: "POST", body });

async function errorsFor(body: FormData) {
  const result = await readPdfUpload(post(body));
  if (result.ok) throw new Error("expected the upload to be refused");
  return result;
}

describe("readPdfUpload", () => {
  it("accepts a small valid PDF and returns the other fields", async () => {
    const bytes = minimalPdf();
    const result = await readPdfUpload(post(form({ bytes, name: "方案.pdf" })));
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    expect(result.upload).toEqual({
      fileName: "方案.pdf",
      bytes,
      sizeBytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      contentType: "application/pdf",
    });
    expect(result.formData.get("csrf")).toBe("token-123");
    expect(result.formData.get("intent")).toBe("attach");
  });

  it("reads the file from the field it is told to", async () => {
    const result = await readPdfUpload(
      post(form({ bytes: minimalPdf(), name: "a.pdf" }, "proposal")),
      "proposal",
    );
    expect(result.ok).toBe(true);
    const elsewhere = await readPdfUpload(post(form({ bytes: minimalPdf(), name: "a.pdf" }, "proposal")));
    expect(elsewhere).toMatchObject({ ok: false, fieldErrors: { file: [msg("err.upload.missing")] } });
  });

  it("refuses a PNG named .pdf with a PDF content type", async () => {
    const result = await errorsFor(form({ bytes: PNG, name: "scan.pdf", type: "application/pdf" }));
    expect(result.fieldErrors).toEqual({ file: [msg("err.upload.notPdf")] });
    expect(result.formData?.get("csrf")).toBe("token-123");
  });

  it("refuses a text file renamed .pdf", async () => {
    const result = await errorsFor(
      form({ bytes: encode("Dear committee,\nplease find our proposal.\n"), name: "proposal.pdf" }),
    );
    expect(result.fieldErrors).toEqual({ file: [msg("err.upload.notPdf")] });
  });

  it("refuses a file that starts like a PDF but is cut short (no %%EOF)", async () => {
    const truncated = minimalPdf().subarray(0, 120);
    const result = await errorsFor(form({ bytes: truncated, name: "cut.pdf" }));
    expect(result.fieldErrors).toEqual({ file: [msg("err.upload.notPdf")] });
  });

  it("refuses 20 MB + 1 byte", async () => {
    const result = await errorsFor(form({ bytes: pdfShaped(MAX_ATTACHMENT_BYTES + 1), name: "big.pdf" }));
    expect(result.fieldErrors).toEqual({ file: [msg("err.upload.tooLarge")] });
    expect(result.formData).toBeNull();
  });

  it("accepts exactly 20 MB", async () => {
    const bytes = pdfShaped(MAX_ATTACHMENT_BYTES);
    const result = await readPdfUpload(post(form({ bytes, name: "max.pdf" })));
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    expect(result.upload.sizeBytes).toBe(20 * 1024 * 1024);
    expect(result.upload.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("refuses a body over the limit even when each file alone is under it", async () => {
    const body = form({ bytes: pdfShaped(15 * 1024 * 1024), name: "one.pdf" });
    body.append("extra", new File([pdfShaped(15 * 1024 * 1024)], "two.pdf", { type: "application/pdf" }));
    const result = await errorsFor(body);
    expect(result.fieldErrors).toEqual({ file: [msg("err.upload.tooLarge")] });
  });

  it("refuses on content-length alone, without reading the body", async () => {
    let pulled = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled = true;
          controller.enqueue(encode("--b\r\n"));
          controller.close();
        },
      },
      { highWaterMark: 0 },
    ); // pull only when someone reads
    const init: RequestInit & { duplex: "half" } = {
      method: "POST",
      body,
      duplex: "half",
      headers: {
        "content-type": "multipart/form-data; boundary=b",
        "content-length": String(MAX_ATTACHMENT_BYTES + 1024 * 1024 + 1),
      },
    };
    const request = new Request("http://localhost/upload", init);
    const result = await readPdfUpload(request);
    expect(result).toEqual({
      ok: false,
      fieldErrors: { file: [msg("err.upload.tooLarge")] },
      formData: null,
    });
    expect(pulled).toBe(false);
    expect(request.bodyUsed).toBe(false);
  });

  it("reports a missing file, an empty file and a non-multipart post as missing", async () => {
    expect((await errorsFor(form())).fieldErrors).toEqual({ file: [msg("err.upload.missing")] });
    const empty = await errorsFor(form({ bytes: new Uint8Array(0), name: "empty.pdf" }));
    expect(empty.fieldErrors).toEqual({ file: [msg("err.upload.missing")] });
    expect(empty.formData?.get("intent")).toBe("attach");
    const urlEncoded = new Request("http://localhost/upload", {
      method: "POST",
      body: new URLSearchParams({ csrf: "token-123" }),
    });
    expect(await readPdfUpload(urlEncoded)).toEqual({
      ok: false,
      fieldErrors: { file: [msg("err.upload.missing")] },
      formData: null,
    });
  });

  it("keeps only the base name of a path-like file name", async () => {
    const result = await readPdfUpload(
      post(form({ bytes: minimalPdf(), name: "C:\\fakepath\\..\\报告.pdf" })),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    expect(result.upload.fileName).toBe("报告.pdf");
  });

  it("strips control and bidi characters from the name", async () => {
    const result = await readPdfUpload(
      post(form({ bytes: minimalPdf(), name: " re\u0007port\u202Efdp.pdf " })),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    expect(result.upload.fileName).toBe("reportfdp.pdf");
  });

  it("allows a 200-character name and refuses a 201-character one", async () => {
    const name = (length: number) => "标".repeat(length - 4) + ".pdf";
    const fits = await readPdfUpload(post(form({ bytes: minimalPdf(), name: name(200) })));
    expect(fits.ok).toBe(true);
    const tooLong = await errorsFor(form({ bytes: minimalPdf(), name: name(201) }));
    expect(tooLong.fieldErrors).toEqual({ file: [msg("err.upload.badName")] });
  });

  it("reports a body Remix's parser cannot read instead of throwing", async () => {
    // Remix's multipart parser splits Content-Disposition on ";" and "=", even inside quotes.
    const result = await errorsFor(form({ bytes: minimalPdf(), name: "方案;终版.pdf" }));
    expect(result.fieldErrors).toEqual({ file: [msg("err.upload.unreadable")] });
  });

  it("refuses a request whose body was already read", async () => {
    const request = post(form({ bytes: minimalPdf(), name: "a.pdf" }));
    await request.arrayBuffer();
    await expect(readPdfUpload(request)).rejects.toThrow(/already been read/);
  });
});

describe("isPdf", () => {
  it("wants the header at offset 0 and %%EOF in the last 1024 bytes", () => {
    const pdf = minimalPdf();
    const withPrefix = (junk: number) => Uint8Array.from([...new Uint8Array(junk).fill(0x20), ...pdf]);
    expect(isPdf(pdf)).toBe(true);
    expect(isPdf(withPrefix(1))).toBe(false);
    expect(isPdf(withPrefix(1024 - 5))).toBe(false);
    const withSuffix = (junk: number) => Uint8Array.from([...pdf, ...new Uint8Array(junk).fill(0x0a)]);
    expect(isPdf(withSuffix(1024 - 6))).toBe(true); // "%%EOF\n" ends the PDF, so %%EOF starts 1024 from the end
    expect(isPdf(withSuffix(1024 - 5))).toBe(false);
  });

  it("refuses empty and non-PDF content", () => {
    expect(isPdf(new Uint8Array(0))).toBe(false);
    expect(isPdf(PNG)).toBe(false);
    expect(isPdf(encode("%PDF-1.4 but no end"))).toBe(false);
    expect(isPdf(encode("plain text %%EOF"))).toBe(false);
  });
});

describe("sanitizeFileName", () => {
  it("falls back to a neutral name when nothing is left", () => {
    expect(sanitizeFileName("\u0000\u202E")).toBe("attachment.pdf");
    expect(sanitizeFileName("a/b/..")).toBe("attachment.pdf");
    expect(sanitizeFileName("dir/sub\\报告 终版.pdf")).toBe("报告 终版.pdf");
  });

  it("always ends the name in .pdf", () => {
    expect(sanitizeFileName("报告.PDF")).toBe("报告.pdf");
    expect(sanitizeFileName("setup.exe")).toBe("setup.exe.pdf");
    expect(sanitizeFileName("page.html. . ")).toBe("page.html.pdf");
    expect(sanitizeFileName("方案")).toBe("方案.pdf");
  });
});

describe("upload messages", () => {
  it("has both languages for every key the parser can return, and names the limit", () => {
    for (const key of [
      "err.upload.missing",
      "err.upload.tooLarge",
      "err.upload.notPdf",
      "err.upload.badName",
      "err.upload.unreadable",
    ] as const) {
      expect(uploadMessages[key].zh).toMatch(/\p{Script=Han}/u);
      expect(uploadMessages[key].en).toMatch(/[a-z]/);
    }
    expect(uploadMessages["err.upload.tooLarge"].zh).toContain("20 MB");
    expect(uploadMessages["err.upload.tooLarge"].en).toContain("20 MB");
  });
});

describe("download names (RFC 6266 / 8187)", () => {
  it("percent-encodes what encodeURIComponent leaves alone, so a title with ' ( ) * ! stays one valid filename*", () => {
    const header = attachmentDisposition("jiebang-export", "2026年'数字(经济)*清单!.csv");
    expect(header).toBe(
      "attachment; filename=\"jiebang-export\"; filename*=UTF-8''2026%E5%B9%B4%27%E6%95%B0%E5%AD%97%28%E7%BB%8F%E6%B5%8E%29%2A%E6%B8%85%E5%8D%95%21.csv",
    );
    const value = header.split("filename*=UTF-8''")[1]!;
    expect(value).toMatch(/^[A-Za-z0-9%._~-]+$/);
    expect(decodeURIComponent(value)).toBe("2026年'数字(经济)*清单!.csv");
  });
});
