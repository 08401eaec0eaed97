import type { ActionFunctionArgs } from "@remix-run/node";
import { requireStaffActor } from "../server/identity/auth.server";
import { importUploadedWorkbook } from "../server/catalog/import.server";
import { idParam } from "../server/platform/params.server";

/** The same import as the list page's form, answering JSON for the upload-with-progress widget. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const result = await importUploadedWorkbook(actor, idParam(params.id), request);
  return Response.json(result, { status: result.ok ? 200 : 400 });
}
