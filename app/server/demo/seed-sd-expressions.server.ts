import type { DbOrTrx } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import { insertOutcome } from "../../../db/repositories/sd-expressions";
import { expressionExpiry } from "../../domain/sd-expressions";
import type { SdExpressionStatus, SdKind } from "../../domain/supply-demand";
import type { SeededSdItems, SeededSdItem } from "./seed-sd-items.server";
import type { DemoCast } from "./seed-stories.server";

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** 1 万元 in fen. */
const WAN_FEN = 1_000_000;

/** Who acts for an organization in the demo: its id, name and the owner's user id. */
interface Side {
  id: number;
  name: string;
  userId: number;
}

interface Planned {
  from: Side;
  target: SeededSdItem;
  named: SeededSdItem | null;
  status: SdExpressionStatus;
  message: string;
  sentDaysAgo: number;
  /** Hours from sending to the answer (accepted / declined). */
  answeredAfterHours?: number;
  note?: string;
  outcomes?: {
    kind: "intent" | "contract";
    byOwner: boolean;
    amountWan?: number;
    signedDaysAgo?: number;
    reason?: string;
  }[];
}

/**
 * Expressions of interest for the demo (演示): every state — pending, accepted, declined, withdrawn, expired —
 * two contracts and one intent, between the department dept@demo.local (洪山区), alpha@demo.local,
 * beta@demo.local, other departments and partner companies. Written directly (the demo's notifications are
 * deleted anyway), each with an audit record; dated over the last weeks so response times have data.
 */
export async function seedSdExpressions(
  trx: DbOrTrx,
  cast: DemoCast,
  sd: SeededSdItems,
  now: Date,
): Promise<{ expressions: number; outcomes: number }> {
  const published = [...sd.items.values()].filter((item) => item.status === "published");
  const year = now.getUTCFullYear();
  /** The n-th published item of that organization and kind, this year's first. */
  const nth = (organizationId: number, kind: SdKind, n = 0): SeededSdItem => {
    const found = published
      .filter((item) => item.organizationId === organizationId && item.kind === kind)
      .sort((a, b) => (b.year === year ? 1 : 0) - (a.year === year ? 1 : 0) || a.id - b.id);
    const item = found[n] ?? found[0];
    if (!item) throw new Error(`demo seed: organization ${organizationId} has no published ${kind}`);
    return item;
  };
  const org = (o: { id: number; name: string; actor: { id: number } }): Side => ({
    id: o.id,
    name: o.name,
    userId: o.actor.id,
  });
  const dept = (key: string): Side => {
    const d = sd.departments[key];
    if (!d) throw new Error(`demo seed: no department ${key}`);
    return { id: d.id, name: d.name, userId: d.ownerId };
  };
  const alpha = org(cast.alpha);
  const beta = org(cast.beta);
  const partners = cast.partners.map(org);
  const hongshan = dept("hongshan");
  const water = dept("water");
  const transport = dept("transport");
  const health = dept("health");
  const suppliers = partners.filter((p) =>
    published.some((i) => i.organizationId === p.id && i.kind === "supply"),
  );

  const plan: Planned[] = [
    {
      from: beta,
      target: nth(hongshan.id, "demand", 0),
      named: nth(beta.id, "supply", 0),
      status: "accepted",
      message: "【演示】我司工业互联网平台已服务多个园区，可提供数据接入与智能预审能力，希望进一步交流。",
      sentDaysAgo: 40,
      answeredAfterHours: 30,
      note: "欢迎来中心现场交流。",
      outcomes: [
        { kind: "intent", byOwner: false, reason: "双方已现场交流，形成初步合作意向。" },
        { kind: "contract", byOwner: true, amountWan: 128, signedDaysAgo: 10 },
      ],
    },
    {
      from: alpha,
      target: nth(hongshan.id, "demand", 0),
      named: nth(alpha.id, "supply", 0),
      status: "pending",
      message: "【演示】阿尔法的大模型导办方案已在两个区试点，愿意提供演示环境。",
      sentDaysAgo: 2,
    },
    {
      from: hongshan,
      target: nth(alpha.id, "supply", 1),
      named: nth(hongshan.id, "demand", 1),
      status: "accepted",
      message: "【演示】区数据局正在梳理数据资源目录，希望了解贵司产品的部署方式和报价。",
      sentDaysAgo: 30,
      answeredAfterHours: 20,
      outcomes: [{ kind: "contract", byOwner: false, amountWan: 45, signedDaysAgo: 5 }],
    },
    {
      from: alpha,
      target: nth(water.id, "demand", 0),
      named: nth(alpha.id, "supply", 0),
      status: "declined",
      message: "【演示】我们可以提供基于视觉识别的管网巡检服务。",
      sentDaysAgo: 25,
      answeredAfterHours: 72,
      note: "本期已有合作单位，感谢关注。",
    },
    {
      from: beta,
      target: nth(transport.id, "demand", 0),
      named: nth(beta.id, "supply", 0),
      status: "withdrawn",
      message: "【演示】贝塔可提供交通设备的预测性维护方案。",
      sentDaysAgo: 12,
    },
    {
      from: suppliers[0] ?? beta,
      target: nth(hongshan.id, "demand", 1),
      named: null,
      status: "expired",
      message: "【演示】我们对该需求很感兴趣，希望沟通。",
      sentDaysAgo: 20,
    },
    {
      from: suppliers[1] ?? beta,
      target: nth(alpha.id, "supply", 0),
      named: null,
      status: "pending",
      message: "【演示】希望将贵司产品集成进我们的行业解决方案，可否约时间交流？",
      sentDaysAgo: 1,
    },
    {
      from: beta,
      target: nth(health.id, "demand", 0),
      named: nth(beta.id, "supply", 1),
      status: "accepted",
      message: "【演示】我司在设备物联与数据治理方面有成熟经验。",
      sentDaysAgo: 18,
      answeredAfterHours: 96,
    },
  ];

  let outcomes = 0;
  for (const p of plan) {
    const createdAt = new Date(now.getTime() - p.sentDaysAgo * DAY);
    const answered = p.answeredAfterHours !== undefined;
    const answeredAt = answered ? new Date(createdAt.getTime() + p.answeredAfterHours! * HOUR) : null;
    const targetOwner = [alpha, beta, hongshan, water, transport, health, ...partners].find(
      (side) => side.id === p.target.organizationId,
    );
    const row = await trx
      .insertInto("sdExpressions")
      .values({
        targetItemId: p.target.id,
        fromOrganizationId: p.from.id,
        fromUserId: p.from.userId,
        fromItemId: p.named?.id ?? null,
        message: p.message,
        status: p.status,
        createdAt,
        expiresAt: expressionExpiry(createdAt),
        answeredAt,
        answeredBy: answered ? (targetOwner?.userId ?? null) : null,
        answerNote: p.note ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actorUserId: p.from.userId,
      action: "sd_expression.send",
      entityType: "sd_expression",
      entityId: row.id,
      after: { targetCode: p.target.code, fromOrganizationId: p.from.id, demo: true, status: p.status },
    });
    for (const outcome of p.outcomes ?? []) {
      const by = outcome.byOwner ? (targetOwner ?? p.from) : p.from;
      await insertOutcome(trx, {
        expressionId: row.id,
        kind: outcome.kind,
        amountFen: outcome.amountWan ? outcome.amountWan * WAN_FEN : null,
        signedOn:
          outcome.signedDaysAgo !== undefined
            ? new Date(now.getTime() - outcome.signedDaysAgo * DAY + 8 * HOUR).toISOString().slice(0, 10)
            : null,
        reason: outcome.reason ?? null,
        recordedBy: by.userId,
        recordedByOrganizationId: by.id,
        createdAt: new Date(now.getTime() - (outcome.signedDaysAgo ?? 15) * DAY),
      });
      outcomes++;
    }
  }
  return { expressions: plan.length, outcomes };
}
