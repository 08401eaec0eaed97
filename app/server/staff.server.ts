import { getDb } from "../../db/client";
import { listAudit } from "../../db/repositories/audit";
import { listOrganizations } from "../../db/repositories/identity";

export async function staffOverview({
  orgPage,
  auditPage,
  pageSize,
}: {
  orgPage: number;
  auditPage: number;
  pageSize: number;
}) {
  const db = getDb();
  const [organizations, audit] = await Promise.all([
    listOrganizations(db, { limit: pageSize, offset: (orgPage - 1) * pageSize }),
    listAudit(db, { limit: pageSize, offset: (auditPage - 1) * pageSize }),
  ]);
  return { organizations, audit };
}
