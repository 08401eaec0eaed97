import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../db/client";
import { publicListYears, publishedSdListYears } from "../../../db/repositories/open-data";
import { openDataCatalogue } from "../../domain/open-data-catalogue";
import { OCDS_PLACEHOLDER_PREFIX, readEnv } from "../platform/env.server";
import { publicOrigin } from "../platform/http.server";
import { listOcdsFiles } from "./ocds.server";
import { sdDatasetFiles } from "./sd-datasets.server";

/** /open-data: every dataset, its licence, schema, update frequency and an example request. */
export async function openDataPageLoader({ request }: LoaderFunctionArgs) {
  const db = getDb();
  const origin = publicOrigin(request);
  const [listYears, sdListYears, sdFiles, ocdsFiles] = await Promise.all([
    publicListYears(db),
    publishedSdListYears(db),
    sdDatasetFiles(),
    listOcdsFiles(origin),
  ]);
  const datasets = openDataCatalogue({
    origin,
    listYears,
    ocdsFiles,
    sdListYears,
    sdItemFiles: sdFiles.items,
    sdOutcomeFiles: sdFiles.outcomes,
  });
  const prefix = readEnv().OCDS_PREFIX;
  return {
    datasets,
    ocds: { prefix, placeholder: prefix === OCDS_PLACEHOLDER_PREFIX, example: `${prefix}-2026-AI-001` },
  };
}
