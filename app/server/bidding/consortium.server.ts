import { msg } from "../../i18n/i18n";
import { asLead, auditBid } from "./bids.server";
import { getDb } from "../../../db/client";
import {
  countParticipations,
  findBid,
  findOrganization,
  insertMember,
  lockOrganizations,
  rebalanceLeadShare,
  memberStatusOf,
  membersOf,
  reinviteMember,
  removeMember,
  respondToInvitation,
  taskForBidding,
  updateMemberTerms,
} from "../../../db/repositories/bids";
import { bidEditable, biddingOpen, countedMembers } from "../../domain/bidding";
import { notifyOrganizations } from "../notifications/notifications.server";
import { fail, fieldFail, type Outcome } from "../platform/outcome.server";
import { OrgActor } from "../platform/actor.server";

export async function inviteMember(
  actor: OrgActor,
  bidId: number,
  input: { organizationId: number; share: number; workDivision: string },
  now = new Date(),
): Promise<Outcome<null>> {
  return asLead(actor, bidId, now, { editable: true }, async (trx, found) => {
    const { bid, task } = found;
    const invitee = await findOrganization(trx, input.organizationId);
    if (!invitee) return fieldFail({ organizationId: [msg("err.consortium.noSuchOrg")] });
    if (invitee.id === bid.leadOrgId) return fieldFail({ organizationId: [msg("err.consortium.self")] });
    await lockOrganizations(trx, [invitee.id]);
    const members = await membersOf(trx, bid.id);
    const previous = members.find((m) => m.organizationId === invitee.id);
    if (previous && previous.status !== "declined")
      return fieldFail({ organizationId: [msg("err.consortium.already")] });
    if (countedMembers(members) >= task.maxConsortiumMembers)
      return fail("err.consortium.full", { max: task.maxConsortiumMembers });
    if ((await countParticipations(trx, invitee.id, task.listId, bid.id)) >= task.maxBidsPerOrg)
      return fieldFail({
        organizationId: [msg("err.consortium.memberQuota", { name: invitee.name, max: task.maxBidsPerOrg })],
      });
    const terms = { shareBp: input.share, workDivision: input.workDivision };
    if (previous) await reinviteMember(trx, bid.id, invitee.id, { ...terms, invitedBy: actor.id, at: now });
    else
      await insertMember(trx, {
        bidId: bid.id,
        organizationId: invitee.id,
        role: "member",
        ...terms,
        status: "invited",
        invitedBy: actor.id,
      });
    await rebalanceLeadShare(trx, bid.id);
    await notifyOrganizations(trx, [invitee.id], {
      kind: "consortium.invited",
      params: { taskCode: task.code, taskTitle: task.title, orgName: actor.organization.name },
      link: `/bids/${bid.id}`,
    });
    await auditBid(trx, actor, "consortium.invite", bid.id, { organizationId: invitee.id, ...terms });
    return { ok: true as const, value: null };
  });
}

/** The lead sets any member's share and division of work (its own included). */
export async function setMemberTerms(
  actor: OrgActor,
  bidId: number,
  input: { organizationId: number; share: number; workDivision: string },
  now = new Date(),
): Promise<Outcome<null>> {
  return asLead(actor, bidId, now, { editable: true }, async (trx) => {
    const terms = { shareBp: input.share, workDivision: input.workDivision };
    if (!(await updateMemberTerms(trx, bidId, input.organizationId, terms)))
      return fieldFail({ organizationId: [msg("err.consortium.noSuchMember")] });
    await auditBid(trx, actor, "consortium.terms", bidId, { organizationId: input.organizationId, ...terms });
    return { ok: true as const, value: null };
  });
}

export async function removeConsortiumMember(
  actor: OrgActor,
  bidId: number,
  organizationId: number,
  now = new Date(),
): Promise<Outcome<null>> {
  return asLead(actor, bidId, now, { editable: true }, async (trx) => {
    if (!(await removeMember(trx, bidId, organizationId))) return fail("err.consortium.noSuchMember");
    await rebalanceLeadShare(trx, bidId);
    await auditBid(trx, actor, "consortium.remove", bidId, { organizationId });
    return { ok: true as const, value: null };
  });
}

/** An owner of the invited organization accepts (quota re-checked) or declines. */
export async function answerInvitation(
  actor: OrgActor,
  bidId: number,
  answer: "accepted" | "declined",
  now = new Date(),
): Promise<Outcome<null>> {
  if (actor.organization.role !== "owner") return fail("err.consortium.ownerOnly");
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const bid = await findBid(trx, bidId, { lock: true });
      if (!bid) return fail("err.bid.notFound");
      const part = await memberStatusOf(trx, bidId, actor.organization.id);
      if (!part || part.role !== "member") return fail("err.bid.notFound");
      if (part.status !== "invited") return fail("err.consortium.answered");
      const task = await taskForBidding(trx, { id: bid.taskId }, true);
      if (!task) return fail("err.bid.notFound");
      if (answer === "accepted") {
        if (!bidEditable(bid.status) || !biddingOpen(task.bidDeadline, now) || task.status !== "published")
          return fail("err.bid.closed");
        await lockOrganizations(trx, [actor.organization.id]);
        if (
          (await countParticipations(trx, actor.organization.id, task.listId, bid.id)) >= task.maxBidsPerOrg
        )
          return fail("err.bid.quota", { max: task.maxBidsPerOrg });
      }
      await respondToInvitation(trx, bidId, actor.organization.id, answer, actor.id, now);
      if (answer === "declined") await rebalanceLeadShare(trx, bidId);
      await notifyOrganizations(trx, [bid.leadOrgId], {
        kind: answer === "accepted" ? "consortium.accepted" : "consortium.declined",
        params: { taskCode: task.code, taskTitle: task.title, orgName: actor.organization.name },
        link: `/bids/${bid.id}`,
      });
      await auditBid(trx, actor, `consortium.${answer === "accepted" ? "accept" : "decline"}`, bidId, {
        organizationId: actor.organization.id,
      });
      return { ok: true as const, value: null };
    });
}
