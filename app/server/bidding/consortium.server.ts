import { hoursToWait, minutesToWait } from "../../domain/throttle";
import { msg } from "../../i18n/i18n";
import { asLead, auditBid } from "./bids.server";
import { getDb } from "../../../db/client";
import {
  countParticipations,
  findBid,
  findOrganization,
  lockOrganizations,
  taskForBidding,
} from "../../../db/repositories/bids";
import {
  insertMember,
  rebalanceLeadShare,
  memberStatusOf,
  membersOf,
  reinviteMember,
  removeMember,
  respondToInvitation,
  updateMemberTerms,
} from "../../../db/repositories/consortium";
import { bidEditable, biddingOpen, countedMembers } from "../../domain/bidding";
import { notifyOrganizations } from "../notifications/notifications.server";
import { fail, fieldFail, type Outcome } from "../platform/outcome.server";
import { OrgActor } from "../platform/actor.server";
import { consumeLimit } from "../platform/rate-limit.server";
import { INVITES_BY_LEAD, INVITE_SAME_ORG } from "./bidding-limits.server";

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
    const byLead = await consumeLimit(INVITES_BY_LEAD, String(actor.organization.id), 1, { trx });
    if (!byLead.allowed)
      return fail("err.consortium.inviteLimit", { minutes: minutesToWait(byLead.retryAfterSeconds) });
    const sameOrg = await consumeLimit(INVITE_SAME_ORG, `${bid.id}:${invitee.id}`, 1, { trx });
    if (!sameOrg.allowed)
      return fieldFail({
        organizationId: [
          msg("err.consortium.inviteCooldown", { hours: hoursToWait(sameOrg.retryAfterSeconds) }),
        ],
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

/**
 * The lead sets any member's share and division of work (its own included). A member that had accepted goes back
 * to `invited` when its terms change: it is told, and must accept the new terms before the bid can be submitted
 * (the award follows the shares, so nobody's share changes without their consent).
 */
export async function setMemberTerms(
  actor: OrgActor,
  bidId: number,
  input: { organizationId: number; share: number; workDivision: string },
  now = new Date(),
): Promise<Outcome<null>> {
  return asLead(actor, bidId, now, { editable: true }, async (trx, { task }) => {
    const terms = { shareBp: input.share, workDivision: input.workDivision };
    const updated = await updateMemberTerms(trx, bidId, input.organizationId, terms);
    if (!updated) return fieldFail({ organizationId: [msg("err.consortium.noSuchMember")] });
    if (!updated.changed) return { ok: true as const, value: null };
    const consentWithdrawn = updated.before.status === "accepted" && updated.after.status === "invited";
    if (consentWithdrawn)
      await notifyOrganizations(trx, [input.organizationId], {
        kind: "consortium.termsChanged",
        params: { taskCode: task.code, taskTitle: task.title, orgName: actor.organization.name },
        link: `/bids/${bidId}`,
      });
    await auditBid(trx, actor, "consortium.terms", bidId, {
      organizationId: input.organizationId,
      before: { shareBp: updated.before.shareBp, workDivision: updated.before.workDivision },
      ...terms,
      status: updated.after.status,
    });
    return { ok: true as const, value: null };
  });
}

export async function removeConsortiumMember(
  actor: OrgActor,
  bidId: number,
  organizationId: number,
  now = new Date(),
): Promise<Outcome<null>> {
  return asLead(actor, bidId, now, { editable: true }, async (trx, { task }) => {
    const removed = await removeMember(trx, bidId, organizationId);
    if (!removed) return fail("err.consortium.noSuchMember");
    await rebalanceLeadShare(trx, bidId);
    // A member that had joined learns it is out; an invitation withdrawn before its answer is not mailed (that
    // would make invite → remove a way to mail an organization twice).
    if (removed.status === "accepted")
      await notifyOrganizations(trx, [organizationId], {
        kind: "consortium.removed",
        params: { taskCode: task.code, taskTitle: task.title, orgName: actor.organization.name },
        link: `/bids`,
      });
    await auditBid(trx, actor, "consortium.remove", bidId, { organizationId, status: removed.status });
    return { ok: true as const, value: null };
  });
}

/**
 * An owner of the invited organization accepts (quota re-checked) or declines. `seen`: the terms the page showed;
 * an acceptance is refused when the lead changed them since, so nobody accepts terms they did not read.
 */
export async function answerInvitation(
  actor: OrgActor,
  bidId: number,
  answer: "accepted" | "declined",
  now = new Date(),
  seen?: { shareBp: number; workDivision: string },
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
      if (
        answer === "accepted" &&
        seen &&
        (seen.shareBp !== part.shareBp || seen.workDivision !== part.workDivision)
      )
        return fail("err.consortium.termsChanged");
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
      const answered = await respondToInvitation(trx, bidId, actor.organization.id, answer, actor.id, now);
      if (!answered) return fail("err.consortium.answered");
      if (answer === "declined") await rebalanceLeadShare(trx, bidId);
      await notifyOrganizations(trx, [bid.leadOrgId], {
        kind: answer === "accepted" ? "consortium.accepted" : "consortium.declined",
        params: { taskCode: task.code, taskTitle: task.title, orgName: actor.organization.name },
        link: `/bids/${bid.id}`,
      });
      // The audit keeps the terms answered: what a member accepted can be shown later, whatever changed since.
      await auditBid(trx, actor, `consortium.${answer === "accepted" ? "accept" : "decline"}`, bidId, {
        organizationId: actor.organization.id,
        shareBp: answered.shareBp,
        workDivision: answered.workDivision,
      });
      return { ok: true as const, value: null };
    });
}
