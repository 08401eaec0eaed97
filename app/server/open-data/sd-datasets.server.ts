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
  type SdDataset,
} from "../../domain/open-data-sd";
import type { OpenDataFile } from "./files.server";

/**
 * The supply–demand open datasets, `/open-data/sd-items-<year>.json|csv` (every item published in the year, as
 * published) and `/open-data/sd-outcomes-<year>.json|csv` (every outcome recorded in the year). Made on request
 * from the database: they are small (thousands of rows) and must show the list as it is now. A year without data
 * is an empty dataset, not an error.
 */

/** The row of the /open-data file table: any name that looks like a dataset file; the producer checks the rest. */
export const SD_DATASET_FILE = /^sd-(?:items|outcomes)-\d{4}\.(?:json|csv)$/;

export async function sdDatasetFile(match: RegExpMatchArray, origin: string): Promise<OpenDataFile | null> {
  const file = parseSdDatasetFile(match[0]);
  if (!file) return null;
  const { dataset, year, format } = file;
  const db = getDb();
  const csv = format === "csv";
  const contentType = csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
  if (dataset === "sd-items") {
    const records = (await publicSdItemsOfYear(db, year)).map((row) => sdItemRecord(row, origin));
    return {
      contentType,
      body: csv ? sdItemsCsv(records) : JSON.stringify({ dataset, year, items: records }),
    };
  }
  const records = (await publicSdOutcomesOfYear(db, year)).map(sdOutcomeRecord);
  return {
    contentType,
    body: csv ? sdOutcomesCsv(records) : JSON.stringify({ dataset, year, outcomes: records }),
  };
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
