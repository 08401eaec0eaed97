import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createMmEvent } from "../../app/server/demo/mm-factories.server";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import { shanghaiBlock } from "../../app/domain/matchmaking";
import { signedIn, TestBrowser } from "../support/app";
import { conference, type Participant } from "./support";

/** The public programme through the real handler: pages, the JSON API, privacy, drafts, and the staff forms. */

let published: Awaited<ReturnType<typeof conference>>;
let draftId: number;

beforeAll(async () => {
  published = await conference(2, { attendees: 2 });
  const [a] = published.participants as [Participant];
  const supply = await createSdItem(getDb(), {
    kind: "supply",
    organizationId: a.organization.id,
    createdBy: a.owner.id,
    content: { title: "工业视觉质检平台" },
  });
  await getDb()
    .insertInto("mmRegistrationItems")
    .values({ registrationId: a.registration.id, itemId: supply.id })
    .execute();
  const range = shanghaiBlock(published.event.startsOn, "09:00", "10:00")!;
  const session = await getDb()
    .insertInto("mmSessions")
    .values({
      eventId: published.event.id,
      domain: "ai",
      titleZh: "人工智能专场",
      titleEn: "AI session",
      stageZh: "主舞台",
      stageEn: "Main stage",
      ...range,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await getDb()
    .insertInto("mmRoadshows")
    .values({
      sessionId: session.id,
      registrationId: a.registration.id,
      itemId: supply.id,
      startsAt: range.startsAt,
      endsAt: new Date(range.startsAt.getTime() + 20 * 60_000),
    })
    .execute();
  const draft = await createMmEvent(getDb(), {
    createdBy: published.staff.user.id,
    status: "draft",
    titleZh: "草稿大会",
    titleEn: "Draft conference",
  });
  draftId = draft.event.id;
});

describe("public API", () => {
  it("lists public events with counts, never drafts", async () => {
    const response = await new TestBrowser().get("/api/v1/events");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toContain("max-age");
    const body = (await response.json()) as { events: { id: number; counts: { participants: number } }[] };
    const ids = body.events.map((e) => e.id);
    expect(ids).toContain(published.event.id);
    expect(ids).not.toContain(draftId);
    expect(body.events.find((e) => e.id === published.event.id)!.counts.participants).toBe(2);
  });

  it("gives an event's programme with sessions, roadshows and counts, and no attendee name or contact", async () => {
    const response = await new TestBrowser().get(`/api/v1/events/${published.event.id}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body).toMatchObject({
      id: published.event.id,
      title: { zh: published.event.titleZh, en: published.event.titleEn },
      dates: { startsOn: published.event.startsOn, endsOn: published.event.endsOn },
      status: "published",
      counts: { participants: 2, meetings: 0 },
    });
    expect(body.blocks.length).toBe(2);
    expect(body.blocks[0].startsAt.utc).toMatch(/Z$/);
    expect(body.blocks[0].startsAt.shanghai).toMatch(/\+08:00$/);
    expect(body.sessions).toHaveLength(1);
    expect(body.sessions[0].roadshows).toHaveLength(1);
    expect(body.sessions[0].roadshows[0]).toMatchObject({
      organization: published.participants[0]!.organization.name,
      item: { title: "工业视觉质检平台" },
    });
    expect(body.sessions[0].roadshows[0].item.code).toMatch(/^S-/);
    for (const p of published.participants)
      for (const attendee of p.attendees) {
        expect(text).not.toContain(attendee.name);
        expect(text).not.toContain(attendee.phone);
        expect(text).not.toContain(attendee.email);
        expect(text).not.toContain(attendee.checkInCode);
        expect(text).not.toContain(attendee.calendarToken);
      }
  });

  it("answers 404 JSON for an unknown, malformed or draft id", async () => {
    for (const path of ["/api/v1/events/999999999", "/api/v1/events/abc", `/api/v1/events/${draftId}`]) {
      const response = await new TestBrowser().get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      const body = (await response.json()) as {
        error: { field: string; message: { zh: string; en: string } };
      };
      expect(body.error.message.en).toBe("No such conference");
    }
  });
});

describe("public pages", () => {
  it("shows the programme to anyone and hides drafts from everyone but staff", async () => {
    const anonymous = new TestBrowser();
    const list = await (await anonymous.get("/events")).text();
    expect(list).toContain(published.event.titleZh);
    expect(list).not.toContain("草稿大会");
    const page = await anonymous.get(`/events/${published.event.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("人工智能专场");
    expect(html).toContain("工业视觉质检平台");
    for (const attendee of published.participants.flatMap((p) => p.attendees)) {
      expect(html).not.toContain(attendee.name);
      expect(html).not.toContain(attendee.phone);
    }
    expect((await anonymous.get(`/events/${draftId}`)).status).toBe(404);
    const owner = published.participants[0]!;
    const member = await signedIn(owner.email, owner.password, "192.0.2.81");
    expect((await member.get(`/events/${draftId}`)).status).toBe(404);
    const staff = await signedIn(published.staff.email, published.staff.password, "192.0.2.82");
    expect((await staff.get(`/events/${draftId}`)).status).toBe(200);
  });
});

describe("staff pages", () => {
  it("only staff reach them; bad blocks are refused beside the field; a cancel closes the event", async () => {
    const owner = published.participants[1]!;
    const member = await signedIn(owner.email, owner.password, "192.0.2.83");
    expect([302, 403, 404]).toContain((await member.get("/staff/events")).status);
    const staff = await signedIn(published.staff.email, published.staff.password, "192.0.2.84");
    expect((await staff.get("/staff/events")).status).toBe(200);
    expect((await staff.get(`/staff/events/${draftId}`)).status).toBe(200);
    expect((await staff.get(`/staff/events/${draftId}/roadshows`)).status).toBe(200);
    const d = (
      await getDb()
        .selectFrom("mmEvents")
        .select("startsOn")
        .where("id", "=", draftId)
        .executeTakeFirstOrThrow()
    ).startsOn;
    const overlap = await staff.post(`/staff/events/${draftId}`, {
      intent: "blocks",
      "blocks[0].date": d,
      "blocks[0].from": "09:00",
      "blocks[0].to": "11:00",
      "blocks[1].date": d,
      "blocks[1].from": "10:00",
      "blocks[1].to": "12:00",
    });
    expect(overlap.status).toBe(400);
    // Shown beside the second row's start, in the reader's language (zh by default).
    const html400 = await overlap.text();
    expect(html400).toContain("与第 1 行的时段重叠");
    expect(html400).toMatch(/id="blk-blocks-1--from-error"/);
    expect(
      await getDb().selectFrom("mmBlocks").select("id").where("eventId", "=", draftId).execute(),
    ).toHaveLength(2);
    const cancel = await staff.post(`/staff/events/${draftId}`, { intent: "cancel", reason: "测试取消" });
    expect(cancel.status).toBe(200);
    const row = await getDb()
      .selectFrom("mmEvents")
      .select(["status", "cancelReason"])
      .where("id", "=", draftId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "cancelled", cancelReason: "测试取消" });
    // A cancelled event is public again, marked so.
    const html = await (await new TestBrowser().get("/events")).text();
    expect(html).toContain("草稿大会");
  });
});
