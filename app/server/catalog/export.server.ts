import { attachmentDisposition } from "../platform/http.server";
import { shanghaiDate } from "../../domain/time";
import { publicList } from "./public-catalog.server";
import { tasksToCsv, tasksToWorkbook } from "./spreadsheet/writer.server";
import { type TaskExportRow } from "./spreadsheet/columns.server";

async function exportRows(listId: number) {
  const found = await publicList(listId);
  if (!found) return undefined;
  const rows: TaskExportRow[] = found.tasks.map((task) => ({
    code: task.code,
    title: task.title,
    domain: task.domain,
    demandUnit: task.demandUnit,
    district: task.district as TaskExportRow["district"],
    scenarioNeed: task.scenarioNeed,
    goals: task.goals,
    eligibility: task.eligibility,
    indicativeInvestment: task.indicativeInvestmentFen,
    bidDeadline: task.bidDeadline,
    maxWinners: task.maxWinners,
    contactName: task.contactName,
    contactPhone: task.contactPhone,
    indicators: task.indicators,
  }));
  return { list: found.list, rows };
}

export function attachment(filename: string, body: BodyInit, type: string): Response {
  return new Response(body, {
    headers: {
      "content-type": type,
      "content-disposition": attachmentDisposition("jiebang-export", filename),
      "cache-control": "no-store",
    },
  });
}

/** A published list as .xlsx (the import layout, so it round-trips) or CSV; undefined for drafts or unknown ids. */
export async function exportList(listId: number, format: "xlsx" | "csv"): Promise<Response | undefined> {
  const found = await exportRows(listId);
  if (!found) return undefined;
  const name = `${found.list.year}-${found.list.title}-${shanghaiDate(new Date())}.${format}`;
  if (format === "csv") return attachment(name, tasksToCsv(found.rows), "text/csv; charset=utf-8");
  return attachment(
    name,
    new Uint8Array(await tasksToWorkbook(found.rows)),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
}
