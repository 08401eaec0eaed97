import { apiJson } from "../platform/api.server";
import { publishedAuditHeads } from "./heads.server";

/** GET /audit: the published daily heads and how to check one. Public: a head reveals nothing but a hash. */
export async function auditPageLoader() {
  return { heads: await publishedAuditHeads() };
}

/** GET /api/v1/audit/heads: the same heads as JSON, newest day first, for anyone who saves them. */
export async function auditHeadsApiLoader() {
  return apiJson({
    verify: "npm run audit:verify -- --head <seq>:<hash>",
    heads: await publishedAuditHeads(),
  });
}
