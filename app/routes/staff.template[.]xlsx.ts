import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "../server/identity/auth.server";
import { attachment } from "../server/catalog/export.server";
import { buildTaskTemplate } from "../server/catalog/spreadsheet/writer.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return attachment(
    "揭榜任务导入模板.xlsx",
    new Uint8Array(await buildTaskTemplate()),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
}
