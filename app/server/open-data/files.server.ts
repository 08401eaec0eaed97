import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError } from "../platform/api.server";
import { OPEN_DATA_FILE_BY_IP, openDataLimited } from "./ocds-api.server";
import { publicOrigin } from "../platform/http.server";
import { checksumLine, ocdsBulkFile } from "./ocds.server";
import { SD_DATASET_FILE, sdDatasetFile } from "./sd-datasets.server";

export interface OpenDataFile {
  body: Uint8Array<ArrayBuffer> | string;
  contentType: string;
}

type Producer = (match: RegExpMatchArray, origin: string) => Promise<OpenDataFile | null>;

const yearOf = (match: RegExpMatchArray) => Number(match[1]);

/**
 * Every downloadable file under /open-data/: a file-name pattern and the producer that makes it (null: no such
 * file). Add a dataset by adding a row.
 */
export const OPEN_DATA_FILES: { pattern: RegExp; produce: Producer }[] = [
  {
    pattern: /^ocds-(\d{4})\.jsonl\.gz$/,
    produce: async (match, origin) => {
      const file = await ocdsBulkFile(origin, yearOf(match));
      return file && { body: new Uint8Array(file.gzip), contentType: "application/gzip" };
    },
  },
  {
    pattern: /^ocds-(\d{4})\.jsonl\.gz\.sha256$/,
    produce: async (match, origin) => {
      const file = await ocdsBulkFile(origin, yearOf(match));
      return file && { body: checksumLine(file), contentType: "text/plain; charset=utf-8" };
    },
  },
  { pattern: SD_DATASET_FILE, produce: (match, origin) => sdDatasetFile(match, origin) },
];

export async function produceOpenDataFile(name: string, origin: string): Promise<OpenDataFile | null> {
  for (const { pattern, produce } of OPEN_DATA_FILES) {
    const match = name.match(pattern);
    if (match) return produce(match, origin);
  }
  return null;
}

/** GET /open-data/:file — rate limited per IP like the open-data API; unknown names are a 404 (zh + en). */
export async function openDataFileLoader({ request, params, context }: LoaderFunctionArgs) {
  const limited = await openDataLimited(OPEN_DATA_FILE_BY_IP, context.clientIp);
  if (limited) return limited;
  const name = params.file ?? "";
  const file = await produceOpenDataFile(name, publicOrigin(request));
  if (!file) return apiError(404, "ocds.err.fileNotFound", "file");
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "public, max-age=300",
      "access-control-allow-origin": "*",
    },
  });
}
