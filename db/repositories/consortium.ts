import { sql } from "kysely";
import type { DbOrTrx } from "../client";
import type { AcceptedTerms, ConsortiumMemberStatus } from "../schema";

/* The consortium of a bid: its members, their terms and their answers (the bid itself is in ./bids). */

export async function insertMember(
  db: DbOrTrx,
  member: {
    bidId: number;
    organizationId: number;
    role: "lead" | "member";
    shareBp: number;
    workDivision: string;
    status: ConsortiumMemberStatus;
    invitedBy: number;
  },
) {
  await db.insertInto("consortiumMembers").values(member).execute();
}

/** Re-inviting an organization that declined earlier turns its row back into an invitation. */
export async function reinviteMember(
  db: DbOrTrx,
  bidId: number,
  organizationId: number,
  values: { shareBp: number; workDivision: string; invitedBy: number; at: Date },
) {
  return db
    .updateTable("consortiumMembers")
    .set({
      status: "invited",
      shareBp: values.shareBp,
      workDivision: values.workDivision,
      invitedBy: values.invitedBy,
      invitedAt: values.at,
      respondedBy: null,
      respondedAt: null,
    })
    .where("bidId", "=", bidId)
    .where("organizationId", "=", organizationId)
    .where("status", "=", "declined")
    .returning("organizationId")
    .executeTakeFirst();
}

export async function membersOfBids(db: DbOrTrx, bidIds: number[]) {
  const byBid = new Map<number, Awaited<ReturnType<typeof membersQuery>>>();
  if (bidIds.length === 0) return byBid;
  for (const member of await membersQuery(db, bidIds)) {
    const list = byBid.get(member.bidId) ?? [];
    list.push(member);
    byBid.set(member.bidId, list);
  }
  return byBid;
}

function membersQuery(db: DbOrTrx, bidIds: number[]) {
  return db
    .selectFrom("consortiumMembers")
    .innerJoin("organizations", "organizations.id", "consortiumMembers.organizationId")
    .selectAll("consortiumMembers")
    .select(["organizations.name as organizationName", "organizations.uscc"])
    .where("consortiumMembers.bidId", "in", bidIds)
    .orderBy(sql`consortium_members.role = 'lead'`, "desc")
    .orderBy("consortiumMembers.invitedAt")
    .orderBy("consortiumMembers.organizationId")
    .execute();
}

export async function membersOf(db: DbOrTrx, bidId: number) {
  return (await membersOfBids(db, [bidId])).get(bidId) ?? [];
}

/**
 * Sets a member's terms. A member (not the lead) whose terms change goes back to `invited`: it must accept the new
 * terms before the bid can be submitted. Returns the row before and after, undefined when there is no such member.
 */
export async function updateMemberTerms(
  db: DbOrTrx,
  bidId: number,
  organizationId: number,
  terms: { shareBp: number; workDivision: string },
) {
  const before = await db
    .selectFrom("consortiumMembers")
    .select(["role", "status", "shareBp", "workDivision"])
    .where("bidId", "=", bidId)
    .where("organizationId", "=", organizationId)
    .where("status", "!=", "declined")
    .forUpdate()
    .executeTakeFirst();
  if (!before) return undefined;
  const changed = before.shareBp !== terms.shareBp || before.workDivision !== terms.workDivision;
  const backToInvited = changed && before.role === "member" && before.status === "accepted";
  const after = await db
    .updateTable("consortiumMembers")
    .set({
      ...terms,
      ...(backToInvited ? { status: "invited" as const, respondedBy: null, respondedAt: null } : {}),
    })
    .where("bidId", "=", bidId)
    .where("organizationId", "=", organizationId)
    .returning(["role", "status"])
    .executeTakeFirstOrThrow();
  return { before, after, changed };
}

/** Removes a member (never the lead); returns the status it had. */
export async function removeMember(db: DbOrTrx, bidId: number, organizationId: number) {
  return db
    .deleteFrom("consortiumMembers")
    .where("bidId", "=", bidId)
    .where("organizationId", "=", organizationId)
    .where("role", "=", "member")
    .returning(["organizationId", "status"])
    .executeTakeFirst();
}

export async function respondToInvitation(
  db: DbOrTrx,
  bidId: number,
  organizationId: number,
  answer: "accepted" | "declined",
  by: number,
  at: Date,
) {
  return db
    .updateTable("consortiumMembers")
    .set({
      status: answer,
      respondedBy: by,
      respondedAt: at,
      // The terms on the row at this moment are the ones accepted (the row is locked by the caller's bid lock).
      acceptedTerms:
        answer === "accepted"
          ? sql<AcceptedTerms>`jsonb_build_object('shareBp', share_bp, 'workDivision', work_division)`
          : null,
    })
    .where("bidId", "=", bidId)
    .where("organizationId", "=", organizationId)
    .where("status", "=", "invited")
    .returning(["organizationId", "shareBp", "workDivision"])
    .executeTakeFirst();
}

/** The organization's part in a bid: lead, accepted or invited member (declined counts as none). */
export async function memberStatusOf(db: DbOrTrx, bidId: number, organizationId: number) {
  return db
    .selectFrom("consortiumMembers")
    .select(["role", "status", "shareBp", "workDivision"])
    .where("bidId", "=", bidId)
    .where("organizationId", "=", organizationId)
    .where("status", "!=", "declined")
    .executeTakeFirst();
}

/** The lead holds whatever share the other members (invited or accepted) leave. */
export async function rebalanceLeadShare(db: DbOrTrx, bidId: number) {
  await db
    .updateTable("consortiumMembers")
    .set({
      shareBp: sql<number>`greatest(0, 10000 - (SELECT coalesce(sum(m.share_bp), 0) FROM consortium_members m
        WHERE m.bid_id = ${bidId} AND m.role = 'member' AND m.status <> 'declined'))`,
    })
    .where("bidId", "=", bidId)
    .where("role", "=", "lead")
    .execute();
}
