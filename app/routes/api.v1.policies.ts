import { apiJson } from "../server/api.server";
import { publicPolicies } from "../server/public-catalog.server";

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
