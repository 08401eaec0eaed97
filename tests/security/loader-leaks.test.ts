import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { insertMembership } from "../../db/repositories/identity";
import { createUser } from "../../app/server/demo/factories.server";
import { saveBidContent, startBid, submitBid } from "../../app/server/bidding/bids.server";
import { answerInvitation, inviteMember } from "../../app/server/bidding/consortium.server";
import { inviteMember as inviteColleague } from "../../app/server/identity/organizations.server";
import { signedIn, type TestBrowser } from "../support/app";
import { completeContent, openTask, orgWithOwner, staffActor } from "../support/bidding";
import { must } from "../support/outcome";

/**
 * Issue 12, item 13: loader data is what the browser receives, so a field a role must not see has to be absent
 * from it, not just left off the page. Requests go through the real handler (production build) and read the
 * route's single-fetch data (`/path.data`), exactly what a curious user can fetch.
 *
 * Before the fix: the invited organization received the estimate computed from the hidden planned investment,
 * the checklist computed from the hidden content and every member's row (with ids of the users who invited and
 * answered); staff opened draft bids by id; every member of an organization received the pending invitations'
 * email addresses on /org.
 */

const PLANNED_FEN = 987_654_321_00; // a value that appears nowhere else
const SECRET_WORK = "只给成员看的分工说明";

let bidId: number;
let lead: TestBrowser;
let invited: TestBrowser;
let staff: TestBrowser;
let acceptedName: string;
let acceptedUscc: string;
let leadOrgId: number;

const routeData = async (browser: TestBrowser, path: string) => {
  const response = await browser.get(`${path}.data`);
  return { status: response.status, text: await response.text() };
};

beforeAll(async () => {
  const { task } = await openTask({ year: 2080, bidDeadline: new Date(Date.now() + 30 * 86_400_000) });
  const leadOrg = await orgWithOwner("牵头泄露测试有限公司");
  leadOrgId = leadOrg.organization.id;
  const member = await orgWithOwner("已加入成员研究院");
  const guest = await orgWithOwner("受邀未答复大学");
  acceptedName = member.organization.name;
  acceptedUscc = member.organization.uscc;
  bidId = must(await startBid(leadOrg.actor, task.code)).bidId;
  // Content with one gap (no team), so a checklist computed from it would say so.
  must(await saveBidContent(leadOrg.actor, bidId, { ...completeContent(PLANNED_FEN), team: [] }));
  must(
    await inviteMember(leadOrg.actor, bidId, {
      organizationId: member.organization.id,
      share: 3000,
      workDivision: SECRET_WORK,
    }),
  );
  must(await answerInvitation(member.actor, bidId, "accepted"));
  must(
    await inviteMember(leadOrg.actor, bidId, {
      organizationId: guest.organization.id,
      share: 1000,
      workDivision: "测试",
    }),
  );
  const staffUser = await staffActor();
  lead = await signedIn(leadOrg.email, leadOrg.password, "192.0.2.40");
  invited = await signedIn(guest.email, guest.password, "192.0.2.41");
  staff = await signedIn(staffUser.email, staffUser.password, "192.0.2.42");
});

describe("loader data per role", () => {
  it("the lead's data carries the content, the estimate and the checklist (the baseline)", async () => {
    const { status, text } = await routeData(lead, `/bids/${bidId}`);
    expect(status).toBe(200);
    expect(text).toContain(String(PLANNED_FEN));
    expect(text).toContain("cappedFen");
    expect(text).toContain("err.bid.team");
    expect(text).toContain(SECRET_WORK);
  });

  it("an invited organization gets no investment, no estimate, no checklist, no other members", async () => {
    const { status, text } = await routeData(invited, `/bids/${bidId}`);
    expect(status).toBe(200);
    expect(text).toContain("受邀未答复大学"); // its own invitation
    expect(text).not.toContain(String(PLANNED_FEN));
    expect(text).not.toContain("cappedFen");
    expect(text).not.toContain("err.bid.team");
    expect(text).not.toContain(SECRET_WORK);
    expect(text).not.toContain(acceptedName);
    expect(text).not.toContain(acceptedUscc);
    for (const key of ["invitedBy", "respondedBy", "createdBy", "staffNote", "acceptedTerms", "leadOrgId"])
      expect(text).not.toContain(`"${key}"`);
  });

  it("staff cannot open a draft bid by id; once submitted they can, without the consortium's internals", async () => {
    expect((await routeData(staff, `/bids/${bidId}`)).status).toBe(404);
    expect((await staff.get(`/bids/${bidId}`)).status).toBe(404);
    // Complete the consortium and the content, then submit.
    const db = getDb();
    const guestRow = await db
      .selectFrom("consortiumMembers")
      .select("organizationId")
      .where("bidId", "=", bidId)
      .where("status", "=", "invited")
      .executeTakeFirstOrThrow();
    await db
      .deleteFrom("consortiumMembers")
      .where("bidId", "=", bidId)
      .where("organizationId", "=", guestRow.organizationId)
      .execute();
    await db
      .updateTable("consortiumMembers")
      .set({ shareBp: 7000 })
      .where("bidId", "=", bidId)
      .where("role", "=", "lead")
      .execute();
    const leadActor = {
      id: (await db.selectFrom("bids").select("createdBy").where("id", "=", bidId).executeTakeFirstOrThrow())
        .createdBy,
      ip: "192.0.2.40",
      organization: { id: leadOrgId, name: "牵头泄露测试有限公司", role: "owner" as const },
    };
    must(await saveBidContent(leadActor, bidId, completeContent(PLANNED_FEN)));
    must(await submitBid(leadActor, bidId));
    const { status, text } = await routeData(staff, `/bids/${bidId}`);
    expect(status).toBe(200);
    expect(text).toContain(String(PLANNED_FEN));
    for (const key of ["invitedBy", "respondedBy", "createdBy", "acceptedTerms"])
      expect(text).not.toContain(`"${key}"`);
  });
});

describe("/org", () => {
  it("pending invitations' addresses go to owners only", async () => {
    const org = await orgWithOwner("邀请泄露测试有限公司");
    const colleague = await createUser(getDb(), {
      email: `colleague-${Date.now()}@example.com`,
      name: "普通成员",
      password: "colleague-password-1",
    });
    await insertMembership(getDb(), {
      userId: colleague.id,
      organizationId: org.organization.id,
      role: "member",
    });
    const pendingEmail = `pending-${Date.now()}@example.com`;
    must(
      await inviteColleague(
        { id: org.owner.id, organization: { id: org.organization.id, role: "owner" } },
        pendingEmail,
        "192.0.2.50",
      ),
    );
    const owner = await signedIn(org.email, org.password, "192.0.2.51");
    const member = await signedIn(colleague.email, "colleague-password-1", "192.0.2.52");
    expect((await routeData(owner, "/org")).text).toContain(pendingEmail);
    const seen = await routeData(member, "/org");
    expect(seen.status).toBe(200);
    expect(seen.text).toContain("普通成员");
    expect(seen.text).not.toContain(pendingEmail);
  });
});
