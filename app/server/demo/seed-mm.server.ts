import type { DbOrTrx } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import { createMmEvent, registerForEvent } from "./mm-factories.server";
import type { SeededSdItems } from "./seed-sd-items.server";
import type { DemoCast } from "./seed-stories.server";

const DAY = 86_400_000;
const ATTENDEE_NAMES = [
  ["陈明", "刘洋"],
  ["王芳"],
  ["李强", "赵敏"],
  ["周杰"],
  ["吴磊", "郑丽"],
  ["孙浩"],
  ["马琳", "朱涛"],
  ["胡军"],
  ["郭静", "何平"],
  ["高峰"],
  ["林雪", "罗斌"],
  ["梁晨"],
  ["宋佳"],
  ["唐亮"],
  ["韩冰"],
];

export interface SeededParticipant {
  registrationId: number;
  organizationId: number;
  organizationName: string;
  /** The user who acts for the organization (its owner). */
  userId: number;
  attendeeIds: number[];
  /** Published items the organization brings. */
  itemIds: number[];
}

export interface SeededConference {
  eventId: number;
  /** The 12 validated participants; alpha, beta and dept@demo.local's department first. */
  participants: SeededParticipant[];
  /** Two registrations waiting for staff and one refused. */
  pending: SeededParticipant[];
  refused: SeededParticipant;
}

/**
 * This year's conference (演示): three days, the first of which was yesterday (so meetings can be held, missed
 * and given feedback), 8 tables, 20-minute slots; registration and booking stay open until the last morning.
 * Twelve organizations with published items are validated participants (alpha, beta and the 洪山区 department
 * first), two more wait for validation and one was refused; dept-jianghan@ and dept-emergency@demo.local are left
 * to register. Requests, sessions, roadshows, check-ins and feedback
 * are seeded by the parts that own them, on this event.
 */
export async function seedMatchmaking(
  trx: DbOrTrx,
  cast: DemoCast,
  sd: SeededSdItems,
  now: Date,
): Promise<SeededConference> {
  const actors = new Map<number, { name: string; userId: number }>();
  for (const org of [cast.alpha, cast.beta, ...cast.partners])
    actors.set(org.id, { name: org.name, userId: org.actor.id });
  for (const dept of Object.values(sd.departments))
    actors.set(dept.id, { name: dept.name, userId: dept.ownerId });

  const itemsOf = new Map<number, number[]>();
  for (const item of sd.items.values())
    if (item.status === "published")
      itemsOf.set(item.organizationId, [...(itemsOf.get(item.organizationId) ?? []), item.id]);
  const first = [cast.alpha.id, cast.beta.id, sd.departments.hongshan!.id];
  // dept-jianghan@ and dept-emergency@ stay unregistered: visitors (and the browser journey) register them.
  const unregistered = [sd.departments.jianghan!.id, sd.departments.emergency!.id];
  const rest = [...itemsOf.keys()]
    .filter((id) => !first.includes(id) && !unregistered.includes(id) && actors.has(id))
    .sort((a, b) => itemsOf.get(b)!.length - itemsOf.get(a)!.length || a - b);
  const chosen = [...first, ...rest].filter((id) => actors.has(id)).slice(0, 15);
  if (chosen.length < 15) throw new Error(`demo seed: only ${chosen.length} organizations can attend`);

  const { event } = await createMmEvent(trx, {
    createdBy: cast.admin.id,
    now,
    daysAhead: -1,
    days: 3,
    tableCount: 8,
    isDemo: true,
    titleZh: `${new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear()} 武汉数字经济供需对接大会（演示）`,
    titleEn: `${new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear()} Wuhan Digital Economy Supply–Demand Matchmaking Conference (demo)`,
    // Open until the last morning: on-site registration and booking continue while the conference runs.
    registrationClosesAt: new Date(now.getTime() + DAY),
    bookingClosesAt: new Date(now.getTime() + 1.25 * DAY),
  });
  await trx
    .updateTable("mmEvents")
    .set({
      registrationOpensAt: new Date(now.getTime() - 30 * DAY),
      bookingOpensAt: new Date(now.getTime() - 20 * DAY),
    })
    .where("id", "=", event.id)
    .execute();

  const register = async (organizationId: number, i: number, status: "pending" | "validated") => {
    const actor = actors.get(organizationId)!;
    const itemIds = (itemsOf.get(organizationId) ?? []).slice(0, 3);
    const { registration, attendees } = await registerForEvent(trx, {
      eventId: event.id,
      organizationId,
      createdBy: actor.userId,
      attendeeNames: ATTENDEE_NAMES[i]!,
      itemIds,
      status,
      reviewerId: cast.admin.id,
    });
    return {
      registrationId: registration.id,
      organizationId,
      organizationName: actor.name,
      userId: actor.userId,
      attendeeIds: attendees.map((a) => a.id),
      itemIds,
    };
  };
  const participants: SeededParticipant[] = [];
  for (let i = 0; i < 12; i++) participants.push(await register(chosen[i]!, i, "validated"));
  const pending = [await register(chosen[12]!, 12, "pending"), await register(chosen[13]!, 13, "pending")];
  const refused = await register(chosen[14]!, 14, "pending");
  await trx
    .updateTable("mmRegistrations")
    .set({
      status: "refused",
      refuseReason: "所带供需条目与本届大会主题不符（演示）",
      reviewedBy: cast.admin.id,
      reviewedAt: new Date(now.getTime() - 5 * DAY),
    })
    .where("id", "=", refused.registrationId)
    .execute();
  await appendAudit(trx, {
    actorUserId: cast.admin.id,
    action: "mm.demo.seed",
    entityType: "mm_event",
    entityId: event.id,
    after: { participants: participants.length, pending: pending.length, refused: 1 },
  });
  return { eventId: event.id, participants, pending, refused };
}
