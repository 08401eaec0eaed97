import { getDb } from "../../../db/client";
import {
  publicSdItemsOfYear,
  publicSdItemYears,
  publicSdOutcomesOfYear,
  sdOutcomeYears,
} from "../../../db/repositories/open-data";
import {
  parseSdDatasetFile,
  sdDatasetFileName,
  sdItemRecord,
  sdItemsCsv,
  sdOutcomeRecord,
  sdOutcomesCsv,
  type DatasetFormat,
  type SdDataset,
} from "../../domain/open-data-sd";

/**
 * The supply–demand open datasets, `/open-data/sd-items-<year>.json|csv` (every item published in the year, as
 * published) and `/open-data/sd-outcomes-<year>.json|csv` (every outcome recorded in the year). Produced on
 * request from the database: they are small (thousands of rows) and must reflect the list as it is now.
 */

export async function sdDatasetBody(
  dataset: SdDataset,
  year: number,
  format: DatasetFormat,
  origin: string,
): Promise<string> {
  const db = getDb();
  if (dataset === "sd-items") {
    const records = (await publicSdItemsOfYear(db, year)).map((row) => sdItemRecord(row, origin));
    return format === "csv" ? sdItemsCsv(records) : JSON.stringify({ dataset, year, items: records });
  }
  const records = (await publicSdOutcomesOfYear(db, year)).map(sdOutcomeRecord);
  return format === "csv" ? sdOutcomesCsv(records) : JSON.stringify({ dataset, year, outcomes: records });
}

/** The response for a supply–demand dataset file name; undefined when the name is none of them. */
export async function sdDatasetResponse(name: string, origin: string): Promise<Response | undefined> {
  const file = parseSdDatasetFile(name);
  if (!file) return undefined;
  const body = await sdDatasetBody(file.dataset, file.year, file.format, origin);
  return new Response(body, {
    headers: {
      "content-type": file.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "public, max-age=300",
      "access-control-allow-origin": "*",
    },
  });
}

/** For the /open-data page: each dataset's years and file names. */
export async function sdDatasetFiles() {
  const db = getDb();
  const [itemYears, outcomeYears] = await Promise.all([publicSdItemYears(db), sdOutcomeYears(db)]);
  const files = (dataset: SdDataset, years: number[]) =>
    years.map((year) => ({
      year,
      json: sdDatasetFileName(dataset, year, "json"),
      csv: sdDatasetFileName(dataset, year, "csv"),
    }));
  return { items: files("sd-items", itemYears), outcomes: files("sd-outcomes", outcomeYears) };
}
