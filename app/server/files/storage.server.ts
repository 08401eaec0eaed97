import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { readEnv } from "../platform/env.server";

/**
 * Where attachment bytes live. Keys are relative paths such as "bids/12/<uuid>.pdf"; the database keeps the key.
 * An S3 (or any object store) backend implements the same three methods, with the key as the object name.
 */
export interface FileStorage {
  /** Atomic: a reader sees the old bytes or the new ones, never a partial file. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** null when there is no such key. Backed by a plain ArrayBuffer, so it can go straight into a Response. */
  get(key: string): Promise<Uint8Array<ArrayBuffer> | null>;
  /** Deleting a missing key is not an error, so a retried cleanup cannot fail. */
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/;
const MAX_KEY_LENGTH = 512;

/** Throws rather than returning false: an unsafe key is a programming error, never user input to report. */
function assertSafeKey(key: string): void {
  const ok =
    key.length <= MAX_KEY_LENGTH &&
    SAFE_KEY.test(key) &&
    !key.includes("..") &&
    key.split("/").every((segment) => segment !== ".");
  if (!ok) throw new Error(`Unsafe storage key: ${JSON.stringify(key)}`);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
}

export function localDiskStorage(root: string): FileStorage {
  const base = path.resolve(root);
  const locate = (key: string): string => {
    assertSafeKey(key);
    const target = path.join(base, ...key.split("/"));
    // Belt and braces after the key check: nothing may resolve outside the root.
    if (!target.startsWith(base + path.sep)) throw new Error(`Unsafe storage key: ${JSON.stringify(key)}`);
    return target;
  };

  return {
    async put(key, bytes) {
      const target = locate(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Same directory, so the rename is atomic; "~" cannot occur in a key, so no key names a temp file.
      const temp = `${target}~${randomUUID()}.tmp`;
      try {
        const handle = await open(temp, "wx");
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, target);
      } catch (error) {
        await unlink(temp).catch(() => {});
        throw error;
      }
    },

    async get(key) {
      try {
        return new Uint8Array(await readFile(locate(key)));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(key) {
      try {
        await unlink(locate(key));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
  };
}

let current: FileStorage | undefined;

/** The process-wide storage: UPLOAD_DIR, or `<DATA_DIR>/uploads`. */
export function fileStorage(): FileStorage {
  if (!current) {
    const env = readEnv();
    current = localDiskStorage(env.UPLOAD_DIR ?? path.join(env.DATA_DIR, "uploads"));
  }
  return current;
}

/** For tests and for a deployment that plugs in another backend: use this storage from now on. */
export function useFileStorage(storage: FileStorage): void {
  current = storage;
}

/**
 * Runs `record` (the database side, one transaction), handing it `write`: it calls `write()` once its checks
 * pass (ownership, state, the per-bid or per-project limits), before its transaction commits. A refused upload
 * therefore writes nothing at all, and unless `record` succeeds a written file is removed again, so neither a
 * row without its file nor an orphaned file is left behind.
 */
export async function recordWithFile<T extends { ok: boolean }>(
  key: string,
  bytes: Uint8Array<ArrayBuffer>,
  record: (write: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const storage = fileStorage();
  let written = false;
  const write = async () => {
    await storage.put(key, bytes);
    written = true;
  };
  try {
    const outcome = await record(write);
    if (!outcome.ok && written) await storage.delete(key);
    return outcome;
  } catch (error) {
    if (written) await storage.delete(key);
    throw error;
  }
}
