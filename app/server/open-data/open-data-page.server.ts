import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../db/client";
import { publicListYears, publishedSdListYears } from "../../../db/repositories/open-data";
import { openDataCatalogue } from "../../domain/open-data-catalogue";
import { publicOrigin } from "../platform/http.server";
import { sdDatasetFiles } from "./sd-datasets.server";

/** /open-data: every dataset, its licence, schema, update frequency and an example request. */
export async function openDataPageLoader({ request }: LoaderFunctionArgs) {
  const db = getDb();
  const [listYears, sdListYears, sdFiles] = await Promise.all([
    publicListYears(db),
    publishedSdListYears(db),
    sdDatasetFiles(),
  ]);
  const datasets = openDataCatalogue({
    origin: publicOrigin(request),
    listYears,
    sdListYears,
    sdItemFiles: sdFiles.items,
    sdOutcomeFiles: sdFiles.outcomes,
  });
  return { datasets, ocds: OCDS_PREFIX_INFO() };
}

// Replaced by the OCDS module's prefix when it lands.
function OCDS_PREFIX_INFO() {
  return { prefix: "ocds-xxxxxx", placeholder: true, example: "ocds-xxxxxx-2026-AI-001" };
}
