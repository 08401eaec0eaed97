import { type LoaderFunctionArgs } from "@remix-run/node";
import { exportList } from "../server/catalog/export.server";
import { idParam } from "../server/platform/params.server";
import { notFound } from "../server/platform/http.server";

const FORMATS = { "export.xlsx": "xlsx", "export.csv": "csv" } as const;

/** /lists/:id/export.xlsx and /lists/:id/export.csv: open data for published lists. */
export async function loader({ params }: LoaderFunctionArgs) {
  const format = FORMATS[params.file as keyof typeof FORMATS];
  const response = format ? await exportList(idParam(params.id), format) : undefined;
  if (!response) throw notFound();
  return response;
}
