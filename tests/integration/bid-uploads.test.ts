import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { startBid } from "../../app/server/bidding/bids.server";
import { signedIn, type TestBrowser } from "../support/app";
import { openTask, orgWithOwner } from "../support/bidding";
import { must } from "../support/outcome";

const uploadDir = mkdtempSync(path.join(tmpdir(), "jiebang-uploads-"));
process.env.UPLOAD_DIR = uploadDir;

const pdf = (size: number) => {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode("%PDF-1.7\n"), 0);
  bytes.set(new TextEncoder().encode("\n%%EOF\n"), size - 7);
  return bytes;
};
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

let browser: TestBrowser;
let bidId: number;

function storedFiles(): string[] {
  const dir = path.join(uploadDir, "bids", String(bidId));
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

async function rows() {
  return getDb()
    .selectFrom("attachments")
    .select(["fileName", "sizeBytes"])
    .where("bidId", "=", bidId)
    .execute();
}

async function upload(bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.set("intent", "upload");
  form.set("file", new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  return browser.postMultipart(`/bids/${bidId}`, form);
}

beforeAll(async () => {
  const { task } = await openTask({ year: 2042, bidDeadline: new Date(Date.now() + 7 * 24 * 3_600_000) });
  const lead = await orgWithOwner();
  bidId = must(await startBid(lead.actor, task.code)).bidId;
  browser = await signedIn(lead.email, lead.password, "192.0.2.40");
});

describe("attachments through the bid page", () => {
  it("stores a PDF and lists it", async () => {
    const response = await upload(pdf(2048), "技术方案.pdf");
    expect(response.status).toBe(200);
    expect(await rows()).toEqual([{ fileName: "技术方案.pdf", sizeBytes: 2048 }]);
    expect(storedFiles()).toHaveLength(1);
    expect(await (await browser.get(`/bids/${bidId}`)).text()).toContain("技术方案.pdf");
  });

  it("refuses a PNG named .pdf beside the file field, and writes nothing", async () => {
    const response = await upload(PNG, "scan.pdf");
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('id="file-error"');
    expect(html).toContain("按文件内容检查");
    expect(await rows()).toHaveLength(1);
    expect(storedFiles()).toHaveLength(1);
  });

  it("refuses a 21 MB PDF with the 20 MB limit beside the field, and writes nothing", async () => {
    const response = await upload(pdf(21 * 1024 * 1024), "大文件.pdf");
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('id="file-error"');
    expect(html).toContain("20 MB");
    expect(await rows()).toHaveLength(1);
    expect(storedFiles()).toHaveLength(1);
  });

  it("refuses a body far over any limit before reading it (413)", async () => {
    const response = await browser.request(`/bids/${bidId}`, {
      method: "POST",
      headers: {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(100 * 1024 * 1024),
      },
      body: "--x--",
    });
    expect(response.status).toBe(413);
  });
});
