import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { renderNotification } from "../../app/i18n/notification-messages";
import { startSession } from "../../app/server/identity/auth.server";
import {
  createFileTransport,
  mailRetryDelayMs,
  mailTransportFromEnv,
  relayMail,
  type MailMessage,
  type MailTransport,
} from "../../app/server/notifications/mail.server";
import {
  markAllNotificationsReadFor,
  notificationPage,
  notificationText,
  notifyOrganizations,
  notifyStaff,
  notifyUsers,
  openNotification,
  unreadNotificationCount,
  type NotificationInput,
} from "../../app/server/notifications/notifications.server";
import { action, loader } from "../../app/routes/notifications";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner, createUser } from "../../app/server/demo/factories.server";
import { insertMembership } from "../../db/repositories/identity";

let serial = 0;
const unique = () => `${++serial}-${Date.now()}`;

async function newUser(roles: "staff"[] = []) {
  const id = unique();
  return createUser(getDb(), {
    email: `user${id}@example.com`,
    name: `用户${id}`,
    password: "pw-123456789",
    roles,
  });
}

async function newOrganization(extraMembers = 0) {
  const id = unique();
  const { organization, owner } = await createOrganizationWithOwner(getDb(), {
    name: `测试单位${id}`,
    owner: { email: `owner${id}@example.com`, name: `负责人${id}`, password: "pw-123456789" },
  });
  const members = [owner];
  for (let i = 0; i < extraMembers; i++) {
    const member = await newUser();
    await insertMembership(getDb(), { userId: member.id, organizationId: organization.id, role: "member" });
    members.push(member);
  }
  return { organization, members };
}

const invitation = (link = "/bids/12"): NotificationInput => ({
  kind: "consortium.invited",
  params: { taskCode: "2030-AI-001", taskTitle: "智慧养老服务平台", orgName: "武汉光谷科技有限公司" },
  link,
});

async function rowsOf(userId: number) {
  return getDb().selectFrom("notifications").selectAll().where("userId", "=", userId).orderBy("id").execute();
}

/** Mail of notifications made by earlier tests is out of the way, so each mail test sees only its own. */
async function settleOutbox() {
  await getDb()
    .updateTable("notifications")
    .set({ mailSentAt: new Date() })
    .where("mailSentAt", "is", null)
    .execute();
}

describe("writing notifications", () => {
  it("notifyOrganizations reaches every member of each organization once, and nobody else", async () => {
    const a = await newOrganization(2);
    const b = await newOrganization();
    const outsider = await newUser(["staff"]);
    await getDb()
      .transaction()
      .execute((trx) =>
        notifyOrganizations(trx, [a.organization.id, b.organization.id, a.organization.id], invitation()),
      );
    for (const member of [...a.members, ...b.members]) {
      const rows = await rowsOf(member.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        kind: "consortium.invited",
        params: invitation().params,
        link: "/bids/12",
        readAt: null,
        mailSentAt: null,
        mailAttempts: 0,
      });
    }
    expect(await rowsOf(outsider.id)).toHaveLength(0);
    await notifyOrganizations(getDb(), [], invitation());
  });

  it("notifyStaff reaches staff only; notifyUsers writes one row per distinct user", async () => {
    const staff = await newUser(["staff"]);
    const plain = await newUser();
    await notifyStaff(getDb(), {
      kind: "bid.submitted",
      params: { taskCode: "2030-AI-002" },
      link: "/staff",
    });
    expect((await rowsOf(staff.id)).map((r) => r.kind)).toEqual(["bid.submitted"]);
    expect(await rowsOf(plain.id)).toHaveLength(0);

    await notifyUsers(getDb(), [plain.id, plain.id], invitation());
    expect(await rowsOf(plain.id)).toHaveLength(1);
  });

  it("concurrent writers about one page (many bids on one task notify every staff member) never deadlock", async () => {
    const staff = await Promise.all(Array.from({ length: 8 }, () => newUser(["staff"])));
    const link = `/staff/tasks/2031-AI-${unique()}/bids`;
    const submitted = (i: number): NotificationInput => ({
      kind: "bid.submitted",
      params: { taskCode: "2031-AI-001", taskTitle: "任务", orgName: `单位${i}` },
      link,
    });
    await notifyStaff(getDb(), submitted(0));
    // Each writer holds its transaction open a moment after refreshing the unread rows, as a submission does
    // while it appends to the audit chain; a writer that locked them in another order would deadlock with it.
    for (let round = 0; round < 3; round++)
      await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          getDb()
            .transaction()
            .execute(async (trx) => {
              await notifyStaff(trx, submitted(round * 16 + i + 1));
              await sql`SELECT pg_sleep(0.005)`.execute(trx);
            }),
        ),
      );
    for (const member of staff) {
      const rows = (await rowsOf(member.id)).filter((row) => row.link === link);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.params).toMatchObject({ orgName: expect.stringMatching(/^单位\d+$/) });
    }
  });

  it("concurrent first notifications about one page leave each recipient exactly one unread row", async () => {
    const staff = await Promise.all(Array.from({ length: 4 }, () => newUser(["staff"])));
    const link = `/staff/tasks/2031-AI-${unique()}/bids`;
    // No unread row exists yet: each writer's check finds none, and each would insert its own.
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        getDb()
          .transaction()
          .execute(async (trx) => {
            await notifyStaff(trx, {
              kind: "bid.submitted",
              params: { taskCode: "2031-AI-001", taskTitle: "任务", orgName: `单位${i}` },
              link,
            });
            await sql`SELECT pg_sleep(0.005)`.execute(trx);
          }),
      ),
    );
    for (const member of staff)
      expect((await rowsOf(member.id)).filter((row) => row.link === link)).toHaveLength(1);
  });

  it("is part of the caller's transaction and refuses links that leave the site", async () => {
    const user = await newUser();
    await expect(
      getDb()
        .transaction()
        .execute(async (trx) => {
          await notifyUsers(trx, [user.id], invitation());
          throw new Error("the caller's change failed");
        }),
    ).rejects.toThrow("the caller's change failed");
    expect(await rowsOf(user.id)).toHaveLength(0);

    for (const link of ["https://evil.example/x", "//evil.example/x", "bids/12"])
      await expect(notifyUsers(getDb(), [user.id], invitation(link))).rejects.toThrow(/same-site path/);
    expect(await rowsOf(user.id)).toHaveLength(0);
  });
});

describe("rendering", () => {
  it("renders both languages and survives missing, unknown and odd params", () => {
    const { params } = invitation();
    expect(notificationText("consortium.invited", params, "zh")).toBe(
      "武汉光谷科技有限公司 邀请贵单位加入任务 2030-AI-001「智慧养老服务平台」的揭榜联合体",
    );
    expect(notificationText("consortium.invited", params, "en")).toBe(
      "武汉光谷科技有限公司 invited your organization to join its consortium for task 2030-AI-001 “智慧养老服务平台”",
    );
    expect(notificationText("bid.notSelected", { taskCode: "X", reason: "指标未达标" }, "zh")).toBe(
      "贵单位参与的任务 X「—」揭榜申报未入选。原因：指标未达标",
    );
    expect(notificationText("selection.revoked", { taskCode: "X", extra: 1, nested: { a: 1 } }, "en")).toBe(
      "The selection for task X “—” was revoked",
    );
    expect(notificationText("bid.selected", null, "en")).toContain("Your bid for task —");
    expect(renderNotification("something.new", { taskCode: "X" }, "zh")).toBe("您有一条新通知");
    expect(renderNotification("reason", {}, "en")).toBe("You have a new notification");
  });
});

describe("the notification centre", () => {
  it("lists newest first, 20 a page, with total and unread counts", async () => {
    const user = await newUser();
    for (let i = 1; i <= 25; i++)
      await notifyUsers(getDb(), [user.id], { ...invitation(`/bids/${i}`), params: { taskCode: `T${i}` } });
    const first = await notificationPage(user.id, { page: 1, pageSize: 20 });
    expect(first).toMatchObject({ total: 25, unread: 25 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.params).toEqual({ taskCode: "T25" });
    expect(first.items.map((item) => item.params.taskCode)).toEqual(
      Array.from({ length: 20 }, (_, i) => `T${25 - i}`),
    );
    const second = await notificationPage(user.id, { page: 2, pageSize: 20 });
    expect(second.items.map((item) => item.params.taskCode)).toEqual(["T5", "T4", "T3", "T2", "T1"]);
  });

  it("counts unread and marks read only the user's own notifications", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await notifyUsers(getDb(), [alice.id, bob.id], invitation("/bids/1"));
    await notifyUsers(getDb(), [alice.id, bob.id], invitation("/bids/2"));
    const [bobsFirst] = await rowsOf(bob.id);
    const [alicesFirst] = await rowsOf(alice.id);

    expect(await openNotification(alice.id, bobsFirst!.id)).toBeNull();
    expect(await openNotification(alice.id, 999_999_999)).toBeNull();
    expect((await rowsOf(bob.id)).every((r) => r.readAt === null)).toBe(true);
    expect(await unreadNotificationCount(bob.id)).toBe(2);

    const readAt = new Date("2030-01-02T03:04:05Z");
    expect(await openNotification(alice.id, alicesFirst!.id, readAt)).toBe("/bids/1");
    expect(await unreadNotificationCount(alice.id)).toBe(1);
    // Opening it again still leads there and keeps the first read time.
    expect(await openNotification(alice.id, alicesFirst!.id, new Date("2031-01-01T00:00:00Z"))).toBe(
      "/bids/1",
    );
    expect((await rowsOf(alice.id))[0]!.readAt).toEqual(readAt);

    expect(await markAllNotificationsReadFor(alice.id)).toBe(1);
    expect(await unreadNotificationCount(alice.id)).toBe(0);
    expect(await unreadNotificationCount(bob.id)).toBe(2);
    expect(await notificationPage(alice.id, { page: 1, pageSize: 20 })).toMatchObject({
      total: 2,
      unread: 0,
    });
  });

  it("the page's action opens one's own notification and 404s on anyone else's", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await notifyUsers(getDb(), [alice.id, bob.id], invitation("/tasks/2030-AI-001?tab=数据"));
    const [alices] = await rowsOf(alice.id);
    const [bobs] = await rowsOf(bob.id);
    const cookie = (await startSession(new Request("http://jiebang.test/"), alice.id, "203.0.113.9")).split(
      ";",
    )[0]!;
    const post = (fields: Record<string, string>) =>
      action({
        request: new Request("http://jiebang.test/notifications", {
          method: "POST",
          headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(fields),
        }),
        params: {},
        context: { csrfToken: "test", clientIp: "203.0.113.9", cspNonce: "test" },
      });

    const opened = (await post({ intent: "open", id: String(alices!.id) })) as Response;
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe("/tasks/2030-AI-001?tab=%E6%95%B0%E6%8D%AE");

    const foreign = await post({ intent: "open", id: String(bobs!.id) }).catch((thrown: unknown) => thrown);
    expect(foreign).toBeInstanceOf(Response);
    expect((foreign as Response).status).toBe(404);
    expect((await rowsOf(bob.id))[0]!.readAt).toBeNull();

    await notifyUsers(getDb(), [alice.id], invitation());
    const readAll = (await post({ intent: "readAll" })) as Response;
    expect(readAll.headers.get("location")).toBe("/notifications");
    expect(await unreadNotificationCount(alice.id)).toBe(0);

    const page = await loader({
      request: new Request("http://jiebang.test/notifications?page=1", { headers: { cookie } }),
      params: {},
      context: { csrfToken: "test", clientIp: "203.0.113.9", cspNonce: "test" },
    });
    expect(page).toMatchObject({ total: 2, unread: 0, page: 1, pageSize: 20 });
  });
});

describe("mail delivery", () => {
  const mailDir = mkdtempSync(path.join(os.tmpdir(), "jiebang-mail-"));
  afterAll(() => rmSync(mailDir, { recursive: true, force: true }));
  beforeEach(settleOutbox);

  const recorder = (fail: (message: MailMessage) => boolean = () => false) => {
    const sent: MailMessage[] = [];
    const transport: MailTransport = {
      async send(message) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (fail(message)) throw new Error(`550 mailbox unavailable: ${message.to}`);
        sent.push(message);
      },
    };
    return { sent, transport };
  };

  it("writes a readable UTF-8 .eml in both languages with the absolute link, then marks it sent", async () => {
    const user = await newUser();
    await notifyUsers(getDb(), [user.id], {
      ...invitation("/bids/12"),
      kind: "bid.notSelected",
      params: { taskCode: "2030-AI-001", taskTitle: "智慧养老服务平台", reason: "关键指标未达标" },
    });
    const dir = path.join(mailDir, "eml");
    const now = new Date();
    const result = await relayMail(getDb(), createFileTransport(dir), {
      now,
      origin: "https://jiebang.example.gov.cn",
    });
    expect(result).toEqual({ sent: 1, failed: 0 });

    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const eml = readFileSync(path.join(dir, files[0]!), "utf8");
    const split = eml.indexOf("\r\n\r\n");
    const head = eml.slice(0, split);
    const body = eml.slice(split + 4);
    expect(head).toContain(`To: ${user.email}`);
    expect(head).toMatch(/^From: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= <no-reply@jiebang\.local>$/m);
    expect(head).toMatch(/^Date: \w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/m);
    expect(head).toContain("Content-Type: text/plain; charset=UTF-8");
    const subject = /^Subject: ((?:.*)(?:\r\n .*)*)/m.exec(head)![1]!;
    const decoded = [...subject.matchAll(/=\?UTF-8\?B\?([^?]+)\?=/g)]
      .map((m) => Buffer.from(m[1]!, "base64").toString("utf8"))
      .join("");
    expect(decoded).toBe("【揭榜 Jiebang】申报未入选 2030-AI-001 / Bid not selected 2030-AI-001");
    expect(`Subject: ${subject}`.split("\r\n").every((line) => line.length <= 78)).toBe(true);

    const zh = body.indexOf(
      "贵单位参与的任务 2030-AI-001「智慧养老服务平台」揭榜申报未入选。原因：关键指标未达标",
    );
    const en = body.indexOf(
      "Your bid for task 2030-AI-001 “智慧养老服务平台” was not selected. Reason: 关键指标未达标",
    );
    expect(zh).toBeGreaterThan(-1);
    expect(en).toBeGreaterThan(zh);
    expect(body).toContain(`${user.name}，您好：`);
    expect(body).toContain("查看详情：https://jiebang.example.gov.cn/bids/12");
    expect(body).toContain("Details: https://jiebang.example.gov.cn/bids/12");

    const [row] = await rowsOf(user.id);
    expect(row!.mailSentAt).toEqual(now);
    expect(await relayMail(getDb(), createFileTransport(dir), { now })).toEqual({ sent: 0, failed: 0 });
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it("keeps a failed mail with its error and retries it later with backoff, without holding up the others", async () => {
    const failing = await newUser();
    const fine = await newUser();
    await notifyUsers(getDb(), [failing.id, fine.id], invitation());
    const now = new Date();
    const first = recorder((message) => message.to === failing.email);
    expect(await relayMail(getDb(), first.transport, { now })).toEqual({ sent: 1, failed: 1 });
    expect(first.sent.map((m) => m.to)).toEqual([fine.email]);

    const [row] = await rowsOf(failing.id);
    expect(row).toMatchObject({ mailSentAt: null, mailAttempts: 1 });
    expect(row!.mailError).toContain("550 mailbox unavailable");
    expect(row!.mailNextAttemptAt.getTime()).toBe(now.getTime() + 60_000);

    // Not due yet: nothing is tried again at the same moment.
    const early = recorder();
    expect(await relayMail(getDb(), early.transport, { now })).toEqual({ sent: 0, failed: 0 });

    const later = recorder();
    const retryAt = new Date(now.getTime() + 61_000);
    expect(await relayMail(getDb(), later.transport, { now: retryAt })).toEqual({ sent: 1, failed: 0 });
    expect(later.sent.map((m) => m.to)).toEqual([failing.email]);
    expect((await rowsOf(failing.id))[0]).toMatchObject({
      mailSentAt: retryAt,
      mailAttempts: 1,
      mailError: null,
    });
  });

  it("backs off exponentially up to an hour", () => {
    expect([1, 2, 3, 6, 7, 20].map(mailRetryDelayMs)).toEqual([
      60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
  });

  it("concurrent relays never send the same notification twice", async () => {
    const users = [];
    for (let i = 0; i < 4; i++) users.push(await newUser());
    for (let i = 0; i < 10; i++)
      await notifyUsers(
        getDb(),
        users.map((u) => u.id),
        invitation(`/bids/${i}`),
      );
    const { sent, transport } = recorder();
    const relays = 4;
    const batchSize = 5;
    const first = await Promise.all(
      Array.from({ length: relays }, () => relayMail(getDb(), transport, { now: new Date(), batchSize })),
    );
    // 40 due rows and 4 relays claiming 5 each at the same moment: each gets a full batch of its own.
    expect(first).toEqual(Array.from({ length: relays }, () => ({ sent: batchSize, failed: 0 })));
    for (;;) {
      const round = await Promise.all(
        Array.from({ length: relays }, () => relayMail(getDb(), transport, { now: new Date(), batchSize })),
      );
      if (round.every((r) => r.sent + r.failed === 0)) break;
    }
    const keys = sent.map((m) => `${m.to} ${/\/bids\/\d+/.exec(m.text)![0]}`);
    expect(keys).toHaveLength(40);
    expect(new Set(keys).size).toBe(40);
    const unsent = await getDb()
      .selectFrom("notifications")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("mailSentAt", "is", null)
      .executeTakeFirstOrThrow();
    expect(unsent.n).toBe(0);
  });

  it("chooses SMTP only when SMTP_URL is set", () => {
    const base = { DATA_DIR: "/srv/jiebang", MAIL_FROM: "揭榜 Jiebang <no-reply@jiebang.local>" };
    expect(mailTransportFromEnv(base).description).toContain(path.join("/srv/jiebang", "mail"));
    expect(mailTransportFromEnv({ ...base, MAIL_DIR: "/var/mail/jb" }).description).toContain("/var/mail/jb");
    const smtp = mailTransportFromEnv({ ...base, SMTP_URL: "smtp://user:secret@smtp.example.com:587" });
    expect(smtp.description).toBe("SMTP via smtp.example.com:587");
    smtp.transport.close?.();
  });
});
