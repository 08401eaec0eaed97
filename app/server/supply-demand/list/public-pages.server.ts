import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseListYear } from "../../../domain/sd-list";
import { notFound } from "../../platform/http.server";
import { exportYearList } from "./export.server";
import { publicListYears, publicYearList, searchYearList } from "./public-list.server";

/* ---------- /supply-demand/lists ---------- */

export async function listYearsPageLoader() {
  return { years: await publicListYears() };
}

/* ---------- /supply-demand/lists/:year ---------- */

export async function yearListPageLoader({ request, params }: LoaderFunctionArgs) {
  const year = parseListYear(params.year);
  if (year === null) throw notFound();
  const list = await publicYearList(year);
  if (!list) throw notFound();
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const found = await searchYearList(list, q);
  const total = list.batches.reduce((n, b) => n + b.items.length, 0);
  return { ...found, q, total };
}

/* ---------- /supply-demand/lists/:year/print ---------- */

export async function printPageLoader({ params }: LoaderFunctionArgs) {
  const year = parseListYear(params.year);
  if (year === null) throw notFound();
  const list = await publicYearList(year);
  if (!list) throw notFound();
  return { list };
}

/* ---------- /supply-demand/lists/:year/export.xlsx|csv ---------- */

const FORMATS = { "export.xlsx": "xlsx", "export.csv": "csv" } as const;

export async function exportLoader({ params }: LoaderFunctionArgs) {
  const year = parseListYear(params.year);
  const format = FORMATS[params.file as keyof typeof FORMATS];
  const response = year !== null && format ? await exportYearList(year, format) : undefined;
  if (!response) throw notFound();
  return response;
}
