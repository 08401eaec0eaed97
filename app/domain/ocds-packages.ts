import { BID_EXTENSION_URL } from "./ocds";
import type { OcdsRelease } from "./ocds-types";

/** Package metadata shared by every release and record package we publish. */
export interface OcdsPublication {
  publisher: { name: string; uri: string };
  license: string;
  publicationPolicy: string;
}

export const OCDS_VERSION = "1.1";
/** CC BY 4.0: an open licence of the kind OCDS recommends (attribution only). */
export const OCDS_LICENSE = "https://creativecommons.org/licenses/by/4.0/";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isIdentified = (value: Json[]): boolean =>
  value.length > 0 && value.every((item) => isObject(item) && "id" in item);

/**
 * OCDS merging (https://standard.open-contracting.org/1.1/en/schema/merging/), for what we emit: a later value
 * replaces an earlier one, objects merge field by field, arrays of objects that all have an `id` merge item by
 * item on that id (new ids appended in order), any other array is replaced whole, and null removes the field.
 */
function merge(into: JsonObject, from: JsonObject): JsonObject {
  const out: JsonObject = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const current = out[key];
    if (value === null) delete out[key];
    else if (isObject(value) && isObject(current)) out[key] = merge(current, value);
    else if (Array.isArray(value) && Array.isArray(current) && isIdentified(value) && isIdentified(current)) {
      const merged = current.map((item) => ({ ...(item as JsonObject) }));
      for (const item of value as JsonObject[]) {
        const at = merged.findIndex((m) => m.id === item.id);
        if (at === -1) merged.push(item);
        else merged[at] = merge(merged[at]!, item);
      }
      out[key] = merged;
    } else out[key] = value;
  }
  return out;
}

/** The compiled release: every release of the process merged in date order (ours are already in that order). */
export function compileReleases(releases: readonly OcdsRelease[]): OcdsRelease {
  const last = releases.at(-1);
  if (!last) throw new Error("compileReleases: no release");
  let compiled: JsonObject = {};
  for (const release of releases) {
    const { id: _id, date: _date, tag: _tag, ...rest } = release as unknown as JsonObject;
    compiled = merge(compiled, rest);
  }
  return {
    ...(compiled as unknown as OcdsRelease),
    id: `${last.ocid}-compiled`,
    date: last.date,
    tag: ["compiled"],
  };
}

/** The latest release date in a set: a package's publishedDate comes from its data, so it is stable too. */
export function latestDate(releases: readonly OcdsRelease[]): string | null {
  return releases.reduce<string | null>((max, r) => (max === null || r.date > max ? r.date : max), null);
}

export function releasePackage(
  publication: OcdsPublication,
  uri: string,
  releases: OcdsRelease[],
  extra: { publishedDate?: string; links?: { next: string } } = {},
) {
  return {
    uri,
    version: OCDS_VERSION,
    extensions: [BID_EXTENSION_URL],
    publishedDate: extra.publishedDate ?? latestDate(releases) ?? "1970-01-01T00:00:00.000Z",
    publisher: publication.publisher,
    license: publication.license,
    publicationPolicy: publication.publicationPolicy,
    releases,
    ...(extra.links ? { links: extra.links } : {}),
  };
}

export function recordPackage(publication: OcdsPublication, uri: string, releases: OcdsRelease[]) {
  return {
    uri,
    version: OCDS_VERSION,
    extensions: [BID_EXTENSION_URL],
    publishedDate: latestDate(releases)!,
    publisher: publication.publisher,
    license: publication.license,
    publicationPolicy: publication.publicationPolicy,
    records: [{ ocid: releases[0]!.ocid, releases, compiledRelease: compileReleases(releases) }],
  };
}
