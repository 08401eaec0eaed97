import { apiJson } from "../server/platform/api.server";
import { publicPolicies } from "../server/catalog/public-catalog.server";

export async function loader() {
  const policies = await publicPolicies();
  return apiJson({
    policies: policies.map(({ code, title, effectiveFrom, effectiveTo, rateBp, capFen }) => ({
      code,
      title,
      effectiveFrom,
      effectiveTo,
      rateBp,
      capFen,
    })),
  });
}
