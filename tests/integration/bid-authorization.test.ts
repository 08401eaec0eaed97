import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createUser } from "../../app/server/demo/factories.server";
import { addBidAttachment, saveBidContent, startBid, submitBid } from "../../app/server/bidding/bids.server";
import { answerInvitation, inviteMember } from "../../app/server/bidding/consortium.server";
import { signedIn, TestBrowser } from "../support/app";
import { completeContent, openTask, orgWithOwner } from "../support/bidding";
import { must } from "../support/outcome";

// Uploads go to a throw-away directory (the storage singleton reads UPLOAD_DIR on first use).
process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "jiebang-uploads-"));

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const SECRET = "只应联合体与工作人员可见的技术路线";

type Role = "anonymous" | "outsider" | "assessor" | "invited" | "member" | "lead" | "staff";

let bidId: number;
let attachmentId: number;
let taskCode: string;
const browsers = {} as Record<Role, TestBrowser>;

beforeAll(async () => {
  const deadline = new Date(Date.now() + 30 * 24 * 3_600_000);
  const { task } = await openTask({ year: 2041, bidDeadline: deadline });
  taskCode = task.code;
  const lead = await orgWithOwner("牵头科技有限公司");
  const member = await orgWithOwner("成员大学");
  const invited = await orgWithOwner("受邀研究院");
  const outsider = await orgWithOwner("无关公司");
  bidId = must(await startBid(lead.actor, task.code)).bidId;
  const content = completeContent();
  content.proposal[0]!.body = SECRET;
  await saveBidContent(lead.actor, bidId, content);
  await inviteMember(lead.actor, bidId, {
    organizationId: member.organization.id,
    share: 3000,
    workDivision: "算法",
  });
  await answerInvitation(member.actor, bidId, "accepted");
  await inviteMember(lead.actor, bidId, {
    organizationId: invited.organization.id,
    share: 1000,
    workDivision: "测试",
  });
  must(
    await addBidAttachment(lead.actor, bidId, {
      fileName: "方案.pdf",
      bytes: PDF,
      sizeBytes: PDF.byteLength,
      sha256: "0".repeat(64),
      contentType: "application/pdf",
    }),
  );
  attachmentId = (
    await getDb().selectFrom("attachments").select("id").where("bidId", "=", bidId).executeTakeFirstOrThrow()
  ).id;

  const assessor = await createUser(getDb(), {
    email: "assessor-authz@example.com",
    name: "专家",
    password: "assessor-password-1",
    roles: ["assessor"],
  });
  const staff = await createUser(getDb(), {
    email: "staff-authz@example.com",
    name: "工作人员",
    password: "staff-password-1",
    roles: ["staff"],
  });
  browsers.anonymous = new TestBrowser("192.0.2.10");
  browsers.outsider = await signedIn(outsider.email, outsider.password, "192.0.2.11");
  browsers.assessor = await signedIn(assessor.email, "assessor-password-1", "192.0.2.12");
  browsers.invited = await signedIn(invited.email, invited.password, "192.0.2.13");
  browsers.member = await signedIn(member.email, member.password, "192.0.2.14");
  browsers.lead = await signedIn(lead.email, lead.password, "192.0.2.15");
  browsers.staff = await signedIn(staff.email, "staff-password-1", "192.0.2.16");
});

const expectToLogin = (response: Response) => {
  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
};

describe("who may see a bid", () => {
  const visible: Record<Role, "login" | 404 | "invitation" | "full"> = {
    anonymous: "login",
    outsider: 404,
    assessor: 404,
    invited: "invitation",
    member: "full",
    lead: "full",
    staff: 404, // staff see a bid once it is submitted; this one is a draft
  };
  for (const [role, expected] of Object.entries(visible) as [Role, (typeof visible)[Role]][]) {
    it(`${role}: GET /bids/:id → ${expected}`, async () => {
      const response = await browsers[role].get(`/bids/${bidId}`);
      if (expected === "login") return expectToLogin(response);
      const html = await response.text();
      if (expected === 404) {
        expect(response.status).toBe(404);
        expect(html).not.toContain(SECRET);
        return;
      }
      expect(response.status).toBe(200);
      if (expected === "invitation") {
        expect(html).toContain("联合体邀请");
        expect(html).not.toContain(SECRET);
      } else {
        expect(html).toContain(SECRET);
      }
    });
  }

  const attachment: Record<Role, "login" | 404 | 200> = {
    anonymous: "login",
    outsider: 404,
    assessor: 404,
    invited: 404,
    member: 200,
    lead: 200,
    staff: 404,
  };
  for (const [role, expected] of Object.entries(attachment) as [Role, (typeof attachment)[Role]][]) {
    it(`${role}: GET /attachments/:id → ${expected}`, async () => {
      const response = await browsers[role].get(`/attachments/${attachmentId}`);
      if (expected === "login") return expectToLogin(response);
      expect(response.status).toBe(expected);
      if (expected === 200) {
        expect(response.headers.get("content-type")).toBe("application/pdf");
        expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
      }
    });
  }

  it("a bid id that does not exist is 404 for everyone signed in", async () => {
    for (const role of ["outsider", "member", "lead", "staff"] as const) {
      expect((await browsers[role].get(`/bids/${bidId + 999}`)).status).toBe(404);
      expect((await browsers[role].get(`/attachments/${attachmentId + 999}`)).status).toBe(404);
    }
    expect((await browsers.lead.get("/bids/abc")).status).toBe(404);
  });
});

describe("who may change a bid", () => {
  const intents: Record<string, Record<string, string>> = {
    save: { summary: "篡改" },
    invite: { organizationId: "1", share: "10", workDivision: "x" },
    terms: { organizationId: "1", share: "10", workDivision: "x" },
    remove: { organizationId: "1" },
    submit: {},
    withdraw: {},
    detach: { attachmentId: "1" },
    answer: { answer: "accepted" },
  };
  const refused: Record<Exclude<Role, "lead">, (intent: string) => "login" | "allowed" | 403 | 404> = {
    anonymous: () => "login",
    outsider: () => 404,
    assessor: () => 404,
    invited: (intent) => (intent === "answer" ? "allowed" : 403),
    member: () => 403,
    staff: () => 404,
  };
  for (const [role, expectation] of Object.entries(refused) as [
    Exclude<Role, "lead">,
    (i: string) => "login" | "allowed" | 403 | 404,
  ][]) {
    for (const [intent, fields] of Object.entries(intents)) {
      const expected = expectation(intent);
      if (expected === "allowed") continue; // the invited organization answering: tested below
      it(`${role}: POST ${intent} → ${expected}`, async () => {
        const response = await browsers[role].post(`/bids/${bidId}`, { intent, ...fields });
        if (expected === "login") return expectToLogin(response);
        expect(response.status).toBe(expected);
      });
    }
    it(`${role}: multipart upload → ${expectation("upload")}`, async () => {
      const form = new FormData();
      form.set("intent", "upload");
      form.set("file", new Blob([PDF], { type: "application/pdf" }), "x.pdf");
      const response = await browsers[role].postMultipart(`/bids/${bidId}`, form);
      const expected = expectation("upload");
      if (expected === "login") return expectToLogin(response);
      expect(response.status).toBe(expected);
    });
  }

  it("nothing the refused requests sent reached the bid", async () => {
    const bid = await getDb()
      .selectFrom("bids")
      .selectAll()
      .where("id", "=", bidId)
      .executeTakeFirstOrThrow();
    expect(bid.status).toBe("draft");
    expect(bid.summary).not.toBe("篡改");
    const attachments = await getDb()
      .selectFrom("attachments")
      .select("id")
      .where("bidId", "=", bidId)
      .execute();
    expect(attachments).toHaveLength(1);
    const members = await getDb()
      .selectFrom("consortiumMembers")
      .select(["status"])
      .where("bidId", "=", bidId)
      .orderBy("organizationId")
      .execute();
    expect(members.map((m) => m.status)).toEqual(["accepted", "accepted", "invited"]);
  });

  it("the lead may act (and the invited organization may answer)", async () => {
    const saved = await browsers.lead.post(`/bids/${bidId}`, {
      intent: "save",
      summary: "牵头单位修改的摘要",
    });
    expect(saved.status).toBe(200);
    const answered = await browsers.invited.post(`/bids/${bidId}`, { intent: "answer", answer: "declined" });
    expect(answered.status).toBe(302);
    expect(answered.headers.get("location")).toBe("/bids");
    // Once declined, the organization no longer sees the bid at all.
    expect((await browsers.invited.get(`/bids/${bidId}`)).status).toBe(404);
  });
});

describe("staff-only review pages", () => {
  for (const role of ["outsider", "assessor", "member", "lead"] as const) {
    it(`${role}: review page and its actions → 403`, async () => {
      expect((await browsers[role].get(`/staff/tasks/${taskCode}/bids`)).status).toBe(403);
      const response = await browsers[role].post(`/staff/tasks/${taskCode}/bids`, {
        intent: "select",
        id: String(bidId),
        reason: "x",
      });
      expect(response.status).toBe(403);
    });
  }
  it("anonymous: review page → sign in", async () => {
    expectToLogin(await browsers.anonymous.get(`/staff/tasks/${taskCode}/bids`));
  });
  it("staff: review page lists only submitted bids (this one is a draft)", async () => {
    const response = await browsers.staff.get(`/staff/tasks/${taskCode}/bids`);
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain(SECRET);
  });
  it("the public notices API carries no bid content", async () => {
    const response = await browsers.anonymous.get("/api/v1/notices");
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain(SECRET);
  });
  it("submitting through the staff account is refused (staff have no organization)", async () => {
    // A draft does not exist for staff (they see bids once submitted): 404, as for any bid not theirs to see.
    expect((await browsers.staff.post(`/bids/${bidId}`, { intent: "submit" })).status).toBe(404);
    expect(
      (await submitBid({ id: 0, ip: "x", organization: { id: -1, name: "", role: "owner" } }, bidId)).ok,
    ).toBe(false);
  });
});

describe("staff's own review state", () => {
  it("never reaches the consortium (neither the page nor its data)", async () => {
    const note = "内部评审备注：价格偏高";
    await getDb()
      .updateTable("bids")
      .set({ staffNote: note, shortlisted: true })
      .where("id", "=", bidId)
      .execute();
    for (const role of ["lead", "member"] as const) {
      const html = await (await browsers[role].get(`/bids/${bidId}`)).text();
      expect(html).not.toContain(note);
      expect(html).not.toContain('"shortlisted"');
      const data = await (await browsers[role].get(`/bids/${bidId}.data`)).text();
      expect(data).not.toContain(note);
      expect(data).not.toContain("shortlisted");
    }
  });
});
