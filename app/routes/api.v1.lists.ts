import { apiJson } from "../server/platform/api.server";
import { publicLists } from "../server/catalog/public-catalog.server";

export async function loader() {
  const lists = await publicLists();
  return apiJson({
    lists: lists.map(({ id, year, kind, title, status, policyCode, taskCount }) => ({
      id,
      year,
      kind,
      title,
      status,
      policyCode,
      taskCount,
    })),
  });
}
