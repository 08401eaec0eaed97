import { getDb } from "../../db/client";
import { createOrganizationWithOwner, createUser } from "../../app/server/demo/factories.server";
import { createMmEvent, registerForEvent } from "../../app/server/demo/mm-factories.server";
import { hashPassword } from "../../app/server/identity/password.server";
import type { OrgActor } from "../../app/server/platform/actor.server";

export const PASSWORD = "correct horse battery";

/** One argon2 hash for every test account of a file: hashing each of 40 owners took most of a loaded run's time. */
let passwordHash: Promise<string> | undefined;
const hashed = () => (passwordHash ??= hashPassword(PASSWORD));

/** An organization with its owner, as the services see it (an OrgActor) and as a browser signs in. */
export async function party(name: string) {
  const email = `${name.replace(/\W/g, "") || "org"}-${Math.random().toString(36).slice(2)}@example.cn`;
  const { organization, owner } = await createOrganizationWithOwner(getDb(), {
    name,
    owner: { email, name: `${name}负责人`, passwordHash: await hashed() },
  });
  const actor: OrgActor = {
    id: owner.id,
    ip: "192.0.2.1",
    organization: { id: organization.id, name: organization.name, role: "owner" },
  };
  return { organization, owner, actor, email, password: PASSWORD };
}
export type Party = Awaited<ReturnType<typeof party>>;

/** A staff user (economy bureau) to create events and validate registrations. */
export async function staffUser(name = "会务管理员") {
  const email = `staff-${Math.random().toString(36).slice(2)}@example.cn`;
  const user = await createUser(getDb(), { email, name, roles: ["staff"], passwordHash: await hashed() });
  return { user, email, password: PASSWORD };
}

/** A published event and `n` validated participants (one attendee each unless `attendees` says otherwise). */
export async function conference(
  n: number,
  options: Partial<Parameters<typeof createMmEvent>[1]> & { attendees?: number } = {},
) {
  const staff = await staffUser();
  const created = await createMmEvent(getDb(), { createdBy: staff.user.id, ...options });
  const participants = [];
  for (let i = 0; i < n; i++) {
    const p = await party(`参会单位${i + 1}`);
    const reg = await registerForEvent(getDb(), {
      eventId: created.event.id,
      organizationId: p.organization.id,
      createdBy: p.owner.id,
      attendeeNames: options.attendees === 2 ? [`代表甲${i}`, `代表乙${i}`] : [`代表${i}`],
      reviewerId: staff.user.id,
    });
    participants.push({ ...p, ...reg });
  }
  return { staff, ...created, participants };
}
export type Participant = Awaited<ReturnType<typeof conference>>["participants"][number];
