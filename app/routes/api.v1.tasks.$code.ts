import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson } from "../server/platform/api.server";
import { publicTask, taskToApi } from "../server/catalog/public-catalog.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const task = await publicTask(params.code ?? "");
  if (!task) return apiError(404, "err.task.notFound", "code");
  return apiJson(taskToApi(task));
}
