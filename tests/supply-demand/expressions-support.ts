import { getDb } from "../../db/client";
import { createOrganizationWithOwner } from "../../app/server/demo/factories.server";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import type { OrgActor } from "../../app/server/platform/actor.server";
import type { SdContent, SdKind } from "../../app/domain/supply-demand";

export const PASSWORD = "correct horse battery";

/** An organization with its owner, as the services see it (an OrgActor) and as a browser signs in. */
export async function party(name: string, contactPhone?: string) {
  const email = `${name.replace(/\W/g, "") || "org"}-${Math.random().toString(36).slice(2)}@example.cn`;
  const { organization, owner } = await createOrganizationWithOwner(getDb(), {
    name,
    owner: { email, name: `${name}负责人`, password: PASSWORD },
  });
  if (contactPhone)
    await getDb()
      .updateTable("organizations")
      .set({ contactPhone })
      .where("id", "=", organization.id)
      .execute();
  const actor: OrgActor = {
    id: owner.id,
    ip: "192.0.2.1",
    organization: { id: organization.id, name: organization.name, role: "owner" },
  };
  return { organization, owner, actor, email, password: PASSWORD };
}

export type Party = Awaited<ReturnType<typeof party>>;

export async function itemOf(p: Party, kind: SdKind, content: Partial<SdContent> = {}) {
  return createSdItem(getDb(), { kind, organizationId: p.organization.id, createdBy: p.owner.id, content });
}

export async function statusOf(expressionId: number) {
  const row = await getDb()
    .selectFrom("sdExpressions")
    .select(["status", "answeredAt", "answerNote"])
    .where("id", "=", expressionId)
    .executeTakeFirstOrThrow();
  return row;
}

export async function notificationsOf(userId: number) {
  return getDb()
    .selectFrom("notifications")
    .select(["kind", "link"])
    .where("userId", "=", userId)
    .orderBy("id")
    .execute();
}

export async function auditActions(expressionId: number) {
  const rows = await getDb()
    .selectFrom("auditLog")
    .select("action")
    .where("entityType", "=", "sd_expression")
    .where("entityId", "=", String(expressionId))
    .orderBy("seq")
    .execute();
  return rows.map((r) => r.action);
}
