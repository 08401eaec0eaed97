import { usccCheckCharacter } from "../app/domain/uscc";
import { hashPassword } from "../app/server/password.server";
import type { DbOrTrx } from "./client";
import { appendAudit } from "./repositories/audit";
import { grantPlatformRole, insertMembership, insertOrganization, insertUser } from "./repositories/identity";
import type { OrganizationType, PlatformRole } from "./schema";

/** Shared by the demo seed and the tests, so both build data the same way the product does. */

let usccCounter = 0;

/** A code with a correct GB 32100-2015 check character; `serial` makes it unique and reproducible. */
export function makeUscc(serial = Date.now() * 1000 + ++usccCounter): string {
  const body = String(serial % 1_000_000_000).padStart(9, "0");
  const first17 = `91420100${body}`;
  return first17 + usccCheckCharacter(first17);
}

export async function createUser(
  db: DbOrTrx,
  {
    email,
    name,
    password,
    roles = [],
  }: { email: string; name: string; password: string; roles?: PlatformRole[] },
) {
  const user = await insertUser(db, { email, name, passwordHash: await hashPassword(password) });
  for (const role of roles) await grantPlatformRole(db, user.id, role);
  await appendAudit(db, {
    actorUserId: null,
    action: "user.create",
    entityType: "user",
    entityId: user.id,
    after: { email, name, roles },
  });
  return user;
}

export async function createOrganizationWithOwner(
  db: DbOrTrx,
  {
    name,
    type = "enterprise",
    uscc = makeUscc(),
    district = "洪山区",
    owner,
  }: {
    name: string;
    type?: OrganizationType;
    uscc?: string;
    district?: string;
    owner: { email: string; name: string; password: string };
  },
) {
  const organization = await insertOrganization(db, {
    name,
    type,
    uscc,
    district,
    contactName: owner.name,
    contactPhone: "027-87654321",
  });
  const user = await createUser(db, owner);
  await insertMembership(db, { userId: user.id, organizationId: organization.id, role: "owner" });
  await appendAudit(db, {
    actorUserId: null,
    action: "organization.register",
    entityType: "organization",
    entityId: organization.id,
    after: { ...organization, owner: { id: user.id, email: user.email } },
  });
  return { organization, owner: user };
}
