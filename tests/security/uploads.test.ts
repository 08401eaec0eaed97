import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { insertAttachment } from "../../db/repositories/bids";
import { ATTACHMENT_LIMITS } from "../../app/domain/attachments";
import { msg } from "../../app/i18n/i18n";
import { uploadMessages } from "../../app/i18n/upload-messages";
import { addBidAttachment, startBid } from "../../app/server/bidding/bids.server";
import { addInvestmentEvidence } from "../../app/server/assessment/completion-report.server";
import {
  localDiskStorage,
  useFileStorage as plugStorage,
  type FileStorage,
} from "../../app/server/files/storage.server";
import type { PdfUpload } from "../../app/server/files/uploads.server";
import { signedIn, type TestBrowser } from "../support/app";
import { openTask, orgWithOwner, projectInProgress } from "../support/bidding";
import { must } from "../support/outcome";

const uploadDir = mkdtempSync(path.join(tmpdir(), "jiebang-upload-abuse-"));
process.env.UPLOAD_DIR = uploadDir;

/** The service modules' storage, counting writes: "nothing written" means no put at all, not put-then-delete. */
const puts: string[] = [];
const disk = localDiskStorage(uploadDir);
const spy: FileStorage = {
  put: async (key, bytes) => {
    puts.push(key);
    await disk.put(key, bytes);
  },
  get: (key) => disk.get(key),
  delete: (key) => disk.delete(key),
};
plugStorage(spy); // not a React hook, whatever its name

const encode = (text: string) => new TextEncoder().encode(text);
const pdf = (size: number, prefix = "") => {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(encode(`${prefix}%PDF-1.7\n`), 0);
  bytes.set(encode("\n%%EOF\n"), size - 7);
  return bytes;
};
const pdfUpload = (size = 2048, fileName = "a.pdf"): PdfUpload => {
  const bytes = pdf(size);
  return {
    fileName,
    bytes,
    sizeBytes: size,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    contentType: "application/pdf",
  };
};

function filesUnder(...segments: string[]): string[] {
  try {
    return readdirSync(path.join(uploadDir, ...segments));
  } catch {
    return [];
  }
}

/** Rows standing for files already there (their bytes are not needed to count them). */
async function preload(
  owner: { bidId: number } | { projectId: number },
  sizes: number[],
  uploadedBy: number,
) {
  for (const sizeBytes of sizes)
    await insertAttachment(getDb(), {
      storageKey: `preloaded/${crypto.randomUUID()}.pdf`,
      fileName: "earlier.pdf",
      contentType: "application/pdf",
      sizeBytes,
      sha256: "0".repeat(64),
      uploadedBy,
      ...owner,
    });
}

const rowsOfBid = async (bidId: number) =>
  getDb()
    .selectFrom("attachments")
    .select(["id", "fileName"])
    .where("bidId", "=", bidId)
    .orderBy("id")
    .execute();

let year = 2060;
async function newBid() {
  const { task } = await openTask({ year: year++, bidDeadline: new Date(Date.now() + 7 * 24 * 3_600_000) });
  const lead = await orgWithOwner();
  const bidId = must(await startBid(lead.actor, task.code)).bidId;
  return { lead, bidId };
}

async function uploadThroughPage(browser: TestBrowser, bidId: number, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.set("intent", "upload");
  form.set("file", new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  return browser.postMultipart(`/bids/${bidId}`, form);
}

describe("what counts as a PDF", () => {
  let browser: TestBrowser;
  let bidId: number;
  beforeAll(async () => {
    const bid = await newBid();
    bidId = bid.bidId;
    browser = await signedIn(bid.lead.email, bid.lead.password, "192.0.2.71");
  });

  it("refuses anything before %PDF- (one space, an HTML page, a script), beside the field", async () => {
    for (const prefix of [" ", "\n", "<html><script>alert(1)</script>", "#!/bin/sh\n"]) {
      const response = await uploadThroughPage(browser, bidId, pdf(4096, prefix), "polyglot.pdf");
      expect(response.status, JSON.stringify(prefix)).toBe(400);
      const html = await response.text();
      expect(html).toContain('id="file-error"');
      expect(html).toContain("按文件内容检查");
    }
    expect(await rowsOfBid(bidId)).toEqual([]);
    expect(filesUnder("bids", String(bidId))).toEqual([]);
  });

  it("stores and serves names that always end in .pdf, in filename and filename*", async () => {
    for (const name of ["setup.exe", "报告.PDF", "page.html", "它's (final)*.pdf"]) {
      expect((await uploadThroughPage(browser, bidId, pdf(2048), name)).status).toBe(200);
    }
    const rows = await rowsOfBid(bidId);
    expect(rows.map((row) => row.fileName)).toEqual([
      "setup.exe.pdf",
      "报告.pdf",
      "page.html.pdf",
      "它's (final)*.pdf",
    ]);
    for (const row of rows) {
      const response = await browser.get(`/attachments/${row.id}`);
      expect(response.status).toBe(200);
      const disposition = response.headers.get("content-disposition")!;
      const plain = /filename="([^"]*)"/.exec(disposition)![1]!;
      const extended = /filename\*=UTF-8''([^;\s]*)/.exec(disposition)![1]!;
      expect(plain).toMatch(/\.pdf$/);
      expect(extended).toMatch(/^[A-Za-z0-9%!#$&+.^_`|~-]+$/); // RFC 8187 attr-chars only: no ' ( ) *
      expect(decodeURIComponent(extended)).toBe(row.fileName);
    }
  });

  it("serves a name stored before names were normalized with .pdf at the end", async () => {
    const key = `bids/${bidId}/legacy-${crypto.randomUUID()}.pdf`;
    await disk.put(key, pdf(2048));
    const { lead } = await newBid(); // any user id will do for uploadedBy
    const row = await insertAttachment(getDb(), {
      storageKey: key,
      fileName: "invoice.html",
      contentType: "application/pdf",
      sizeBytes: 2048,
      sha256: "0".repeat(64),
      uploadedBy: lead.owner.id,
      bidId,
    });
    const disposition = (await browser.get(`/attachments/${row.id}`)).headers.get("content-disposition")!;
    expect(disposition).toContain(`filename="attachment-${row.id}.pdf"`);
    expect(disposition).toContain("filename*=UTF-8''invoice.html.pdf");
  });
});

describe("per-bid limits", () => {
  it(`refuses file ${ATTACHMENT_LIMITS.files + 1} beside the field, writing nothing`, async () => {
    const { lead, bidId } = await newBid();
    await preload({ bidId }, Array(ATTACHMENT_LIMITS.files - 1).fill(1024), lead.owner.id);
    const browser = await signedIn(lead.email, lead.password, "192.0.2.72");
    expect((await uploadThroughPage(browser, bidId, pdf(2048), "last.pdf")).status).toBe(200);
    const response = await uploadThroughPage(browser, bidId, pdf(2048), "one-too-many.pdf");
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('id="file-error"');
    expect(html).toContain(`附件已达 ${ATTACHMENT_LIMITS.files} 个的上限`);
    expect(await rowsOfBid(bidId)).toHaveLength(ATTACHMENT_LIMITS.files);
    expect(filesUnder("bids", String(bidId))).toHaveLength(1); // the 20th, nothing of the 21st
  });

  it("refuses a file that would take the bid past 100 MB in total, and never writes it", async () => {
    const { lead, bidId } = await newBid();
    await preload({ bidId }, [50 * 1024 * 1024, 50 * 1024 * 1024 - 1000], lead.owner.id);
    const before = puts.length;
    const outcome = await addBidAttachment(lead.actor, bidId, pdfUpload(2048));
    expect(outcome).toEqual({
      ok: false,
      fieldErrors: { file: [msg("err.upload.totalTooLarge", { max: "100", used: "99.9" })] },
    });
    expect(puts.length).toBe(before);
    expect(filesUnder("bids", String(bidId))).toEqual([]);
    expect(await rowsOfBid(bidId)).toHaveLength(2);
    // 1000 bytes still fit.
    expect(await addBidAttachment(lead.actor, bidId, pdfUpload(1000))).toEqual({ ok: true, value: null });
  });

  it("lets exactly one of two concurrent uploads take the last place", async () => {
    const { lead, bidId } = await newBid();
    await preload({ bidId }, Array(ATTACHMENT_LIMITS.files - 1).fill(1024), lead.owner.id);
    const outcomes = await Promise.all([
      addBidAttachment(lead.actor, bidId, pdfUpload(2048)),
      addBidAttachment(lead.actor, bidId, pdfUpload(2048)),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(await rowsOfBid(bidId)).toHaveLength(ATTACHMENT_LIMITS.files);
    expect(filesUnder("bids", String(bidId))).toHaveLength(1);
  });

  it("has the limit messages in both languages, naming the limits", () => {
    for (const key of ["err.upload.tooManyFiles", "err.upload.totalTooLarge"] as const) {
      expect(uploadMessages[key].zh).toMatch(/\p{Script=Han}/u);
      expect(uploadMessages[key].en).toMatch(/[a-z]/);
      for (const text of [uploadMessages[key].zh, uploadMessages[key].en]) expect(text).toContain("{max}");
    }
  });
});

describe("per-project limits (completion evidence)", () => {
  const line = { spentOn: "2061-05-01", counterparty: "供应商", reference: "HT-1", amountFen: 100_00 };

  it("refuses evidence whose PDF would pass the count or the total: no file, no attachment, no evidence row", async () => {
    const { lead, project } = await projectInProgress(2070);
    await preload({ projectId: project.id }, Array(ATTACHMENT_LIMITS.files).fill(1024), lead.owner.id);
    const before = puts.length;
    const evidenceBefore = await getDb()
      .selectFrom("investmentEvidence")
      .select("id")
      .where("projectId", "=", project.id)
      .execute();
    expect(await addInvestmentEvidence(lead.actor, project.id, line, pdfUpload())).toEqual({
      ok: false,
      fieldErrors: { file: [msg("err.upload.tooManyFiles", { max: ATTACHMENT_LIMITS.files })] },
    });
    expect(puts.length).toBe(before);
    expect(filesUnder("projects", String(project.id))).toEqual([]);
    const evidenceAfter = await getDb()
      .selectFrom("investmentEvidence")
      .select("id")
      .where("projectId", "=", project.id)
      .execute();
    expect(evidenceAfter).toEqual(evidenceBefore);
    // A line without a PDF is still fine.
    expect(await addInvestmentEvidence(lead.actor, project.id, line)).toEqual({ ok: true, value: null });
  });

  it("refuses past 100 MB in total", async () => {
    const { lead, project } = await projectInProgress(2071);
    await preload({ projectId: project.id }, [ATTACHMENT_LIMITS.bytes - 100], lead.owner.id);
    const outcome = await addInvestmentEvidence(lead.actor, project.id, line, pdfUpload(2048));
    expect(outcome).toMatchObject({
      ok: false,
      fieldErrors: { file: [{ key: "err.upload.totalTooLarge" }] },
    });
    expect(filesUnder("projects", String(project.id))).toEqual([]);
  });
});
