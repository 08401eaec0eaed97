import { apiJson } from "../server/api.server";
import { publicLists } from "../server/public-catalog.server";

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
