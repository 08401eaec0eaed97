import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { appendStaffAudit, requireStaff, requireStaffActor } from "../identity/auth.server";
import { actionReply } from "../platform/action-reply.server";
import { checkHealth } from "../platform/health.server";
import { rebuildSearchIndex } from "./search-admin.server";

export async function searchAdminLoader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return { health: await checkHealth() };
}

export async function searchAdminAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const rebuilt = await rebuildSearchIndex();
  await appendStaffAudit(actor, "search.reindex", "index", "tasks", rebuilt);
  return actionReply("reindex", { ok: true, value: rebuilt });
}
