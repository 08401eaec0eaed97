import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileStorage, localDiskStorage, type FileStorage } from "../../app/server/files/storage.server";

let dir: string;
let root: string;
let storage: FileStorage;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "jiebang-storage-"));
  root = path.join(dir, "uploads");
  storage = localDiskStorage(root);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe("localDiskStorage", () => {
  it("returns exactly the bytes it was given, and the newest bytes after an overwrite", async () => {
    const key = `bids/12/${randomUUID()}.pdf`;
    const first = new Uint8Array(randomBytes(64 * 1024));
    await storage.put(key, first);
    expect(await storage.get(key)).toEqual(first);

    const second = Uint8Array.from([0, 1, 2, 255]);
    await storage.put(key, second);
    expect(await storage.get(key)).toEqual(second);
  });

  it("returns null for a key that was never stored", async () => {
    expect(await storage.get("bids/12/nothing.pdf")).toBeNull();
    expect(await storage.get("no-such-folder/x.pdf")).toBeNull();
  });

  it("deletes, and deleting again (or something never stored) is fine", async () => {
    await storage.put("bids/1/a.pdf", Uint8Array.from([1]));
    await storage.delete("bids/1/a.pdf");
    expect(await storage.get("bids/1/a.pdf")).toBeNull();
    await expect(storage.delete("bids/1/a.pdf")).resolves.toBeUndefined();
    await expect(storage.delete("never/stored.pdf")).resolves.toBeUndefined();
  });

  it("rejects unsafe keys for every operation and writes nothing outside the root", async () => {
    const unsafe = [
      "../escape.pdf",
      "bids/../../escape.pdf",
      "bids/..",
      "..",
      "a..b.pdf",
      "./bids/x.pdf",
      "/etc/passwd",
      path.join(dir, "abs.pdf"),
      "bids\\x.pdf",
      "bids/报告.pdf",
      "bids/a b.pdf",
      "bids//x.pdf",
      "bids/x.pdf/",
      "bids/x~y.pdf",
      "",
      "x".repeat(600),
    ];
    for (const key of unsafe) {
      await expect(storage.put(key, Uint8Array.from([1])), key).rejects.toThrow(/Unsafe storage key/);
      await expect(storage.get(key), key).rejects.toThrow(/Unsafe storage key/);
      await expect(storage.delete(key), key).rejects.toThrow(/Unsafe storage key/);
    }
    expect(existsSync(path.join(dir, "escape.pdf"))).toBe(false);
    expect(existsSync(path.join(dir, "abs.pdf"))).toBe(false);
    expect(existsSync(root)).toBe(false);
  });

  it("accepts the documented key shape", async () => {
    const key = `bids/12/${randomUUID()}.pdf`;
    await storage.put(key, Uint8Array.from([7]));
    expect(await filesUnder(root)).toEqual([key]);
  });

  it("leaves no temporary files behind, after success or failure", async () => {
    await storage.put("bids/1/a.pdf", Uint8Array.from([1]));
    await storage.put("bids/1/a.pdf", Uint8Array.from([2]));
    await storage.put("bids/2/b.pdf", new Uint8Array(1024 * 1024));
    // A directory where the file should go makes the final rename fail.
    await mkdir(path.join(root, "bids", "3", "c.pdf"), { recursive: true });
    await expect(storage.put("bids/3/c.pdf", Uint8Array.from([3]))).rejects.toThrow();
    expect(await filesUnder(root)).toEqual([
      path.join("bids", "1", "a.pdf"),
      path.join("bids", "2", "b.pdf"),
    ]);
  });
});

describe("fileStorage", () => {
  it("is one instance, rooted at UPLOAD_DIR", async () => {
    const previous = process.env.UPLOAD_DIR;
    process.env.UPLOAD_DIR = path.join(dir, "configured");
    try {
      const shared = fileStorage();
      expect(fileStorage()).toBe(shared);
      await shared.put("bids/5/x.pdf", Uint8Array.from([5]));
      expect(await filesUnder(path.join(dir, "configured"))).toEqual([path.join("bids", "5", "x.pdf")]);
    } finally {
      if (previous === undefined) delete process.env.UPLOAD_DIR;
      else process.env.UPLOAD_DIR = previous;
    }
  });
});
