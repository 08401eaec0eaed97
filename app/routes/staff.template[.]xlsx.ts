import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "../server/auth.server";
import { attachment } from "../server/export.server";
import { buildTaskTemplate } from "../server/task-spreadsheet.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return attachment(
    "揭榜任务导入模板.xlsx",
    new Uint8Array(await buildTaskTemplate()),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
}
