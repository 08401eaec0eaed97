import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { getDb } from "../../../db/client";
import { loadOcdsSnapshots, ocdsYears } from "../../../db/repositories/ocds";
import { buildReleases, ocidOf } from "../../domain/ocds";
import {
  OCDS_LICENSE,
  recordPackage,
  releasePackage,
  type OcdsPublication,
} from "../../domain/ocds-packages";
import type { OcdsConfig, OcdsRelease } from "../../domain/ocds-types";
import { readEnv } from "../platform/env.server";

/** Releases per API page: the releases of at most this many contracting processes (ocids), in ocid order. */
export const DEFAULT_PAGE_PROCESSES = 100;

export function ocdsConfig(origin: string): OcdsConfig {
  const env = readEnv();
  return {
    prefix: env.OCDS_PREFIX,
    origin,
    buyer: { name: env.OCDS_BUYER_NAME, uscc: env.OCDS_BUYER_USCC ?? null },
  };
}

export function ocdsPublication(origin: string): OcdsPublication {
  return {
    publisher: { name: readEnv().OCDS_BUYER_NAME, uri: origin },
    license: OCDS_LICENSE,
    // The /open-data page (publication policy, licence, update frequency) is the integrator's.
    publicationPolicy: `${origin}/open-data`,
  };
}

/**
 * One page of releases: the releases dated `since` or later of the next `limit` contracting processes (task
 * codes after `cursor`) that have any, scanned in chunks so no page is empty while later processes have
 * releases (a `since` filter may make a page scan further). `next` is the cursor of the following page, null on the last one.
 */
export async function releasesPage(
  origin: string,
  query: { year?: number; since?: Date; cursor?: string; limit?: number },
): Promise<{ releases: OcdsRelease[]; next: string | null }> {
  const config = ocdsConfig(origin);
  const since = query.since?.toISOString();
  const limit = query.limit ?? DEFAULT_PAGE_PROCESSES;
  const releases: OcdsRelease[] = [];
  let processes = 0;
  let lastIncluded: string | null = null;
  let after = query.cursor;
  // One process more than the page holds: enough to know whether a next page exists when nothing is filtered.
  const chunkSize = limit + 1;
  for (;;) {
    const chunk = await loadOcdsSnapshots(getDb(), { year: query.year, afterCode: after, limit: chunkSize });
    for (const snapshot of chunk) {
      const own = buildReleases(snapshot, config).filter((r) => since === undefined || r.date >= since);
      if (own.length === 0) continue;
      // One more process has releases: this page is full and the next one will not be empty.
      if (processes === limit) return { releases, next: lastIncluded };
      releases.push(...own);
      processes += 1;
      lastIncluded = snapshot.task.code;
    }
    if (chunk.length < chunkSize) return { releases, next: null };
    after = chunk.at(-1)!.task.code;
  }
}

/** The task code an ocid names under this deployment's prefix, or null. */
export function codeOfOcid(ocid: string, prefix = readEnv().OCDS_PREFIX): string | null {
  if (!ocid.startsWith(`${prefix}-`)) return null;
  const code = ocid.slice(prefix.length + 1);
  return /^[0-9A-Za-z-]{1,40}$/.test(code) ? code.toUpperCase() : null;
}

/** The record package of one public task (its releases embedded, and the compiled release), or null. */
export async function recordPackageFor(origin: string, ocid: string) {
  const code = codeOfOcid(ocid);
  if (!code) return null;
  const [snapshot] = await loadOcdsSnapshots(getDb(), { codes: [code] });
  if (!snapshot) return null;
  const config = ocdsConfig(origin);
  const releases = buildReleases(snapshot, config);
  if (releases.length === 0) return null;
  const canonical = ocidOf(config.prefix, snapshot.task.code);
  return recordPackage(
    ocdsPublication(origin),
    `${origin}/api/v1/ocds/records/${encodeURIComponent(canonical)}`,
    releases,
  );
}

export function bulkFileName(year: number): string {
  return `ocds-${year}.jsonl.gz`;
}

export interface BulkFile {
  name: string;
  gzip: Buffer;
  sha256: string;
  lines: number;
}

// The last file made per year and origin, by the hash of its uncompressed lines: gzip is skipped when the data
// has not changed. The lines themselves are rebuilt each time, so the file is never older than the data.
const made = new Map<string, { linesHash: string; file: BulkFile }>();

/**
 * The yearly bulk file: JSON Lines, one release package per line — one line per contracting process (ocid) of
 * that list year, holding all its releases — gzipped deterministically (no name, no time in the gzip header), so
 * the same data always gives the same bytes and the same checksum.
 */
export async function ocdsBulkFile(origin: string, year: number): Promise<BulkFile | null> {
  const snapshots = await loadOcdsSnapshots(getDb(), { year });
  if (snapshots.length === 0) return null;
  const config = ocdsConfig(origin);
  const publication = ocdsPublication(origin);
  const name = bulkFileName(year);
  const lines: string[] = [];
  for (const snapshot of snapshots) {
    const releases = buildReleases(snapshot, config);
    if (releases.length === 0) continue;
    const uri = `${origin}/open-data/${name}#${releases[0]!.ocid}`;
    lines.push(JSON.stringify(releasePackage(publication, uri, releases)));
  }
  const text = lines.map((line) => `${line}\n`).join("");
  const linesHash = createHash("sha256").update(text).digest("hex");
  const key = `${origin}|${year}`;
  const cached = made.get(key);
  if (cached?.linesHash === linesHash) return cached.file;
  const gzip = gzipSync(Buffer.from(text, "utf8"), { level: 6 });
  const file = { name, gzip, sha256: createHash("sha256").update(gzip).digest("hex"), lines: lines.length };
  made.set(key, { linesHash, file });
  return file;
}

/** `sha256sum` format: the checksum, two spaces, the file name. */
export function checksumLine(file: BulkFile): string {
  return `${file.sha256}  ${file.name}\n`;
}

export interface OcdsFileEntry {
  year: number;
  name: string;
  url: string;
  sizeBytes: number;
  sha256: string;
  checksumUrl: string;
  processes: number;
}

const LISTING_TTL_MS = 60_000;
const listings = new Map<string, { at: number; files: OcdsFileEntry[] }>();

/**
 * For the /open-data page: each year's OCDS bulk file with its size and checksum (and its checksum file). Making
 * them rebuilds every year's lines (about 0.3 s per 1,000 tasks), so the listing is reused for a minute; the files
 * and their .sha256 themselves are always made from the current data.
 */
export async function listOcdsFiles(origin: string, now = Date.now()): Promise<OcdsFileEntry[]> {
  const cached = listings.get(origin);
  if (cached && now - cached.at < LISTING_TTL_MS) return cached.files;
  const files: OcdsFileEntry[] = [];
  for (const year of await ocdsYears(getDb())) {
    const file = await ocdsBulkFile(origin, year);
    if (!file) continue;
    files.push({
      year,
      name: file.name,
      url: `${origin}/open-data/${file.name}`,
      sizeBytes: file.gzip.byteLength,
      sha256: file.sha256,
      checksumUrl: `${origin}/open-data/${file.name}.sha256`,
      processes: file.lines,
    });
  }
  listings.set(origin, { at: now, files });
  return files;
}
