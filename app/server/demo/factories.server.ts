import { usccCheckCharacter } from "../../domain/uscc";
import { hashPassword } from "../identity/password.server";
import type { DbOrTrx } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import {
  findPolicyByCode,
  insertList,
  insertPolicy,
  insertTask,
  reserveTaskSerials,
  type IndicatorFields,
} from "../../../db/repositories/catalog";
import {
  grantPlatformRole,
  insertMembership,
  insertOrganization,
  insertUser,
} from "../../../db/repositories/identity";
import type { ListStatus, OrganizationType, PlatformRole } from "../../../db/schema";
import { formatTaskCode, type TaskDomain } from "../../domain/task-domains";
import type { TaskStatus } from "../../domain/task-lifecycle";

/** Shared by the demo seed and the tests, so both build data the same way the product does. */

let usccCounter = 0;

/**
 * A code with a correct GB 32100-2015 check character; `serial` makes it unique and reproducible. The first
 * character is the registering authority: 9 (market regulation, enterprises) unless told otherwise — a
 * government department's (机关) starts with 1.
 */
export function makeUscc(
  serial = Date.now() * 1000 + ++usccCounter,
  authority: "enterprise" | "government" = "enterprise",
): string {
  const body = String(serial % 1_000_000_000).padStart(9, "0");
  const first17 = `${authority === "government" ? "11" : "91"}420100${body}`;
  return first17 + usccCheckCharacter(first17);
}

/** A password, or its hash when many users share one (argon2 is deliberately slow: the demo hashes once). */
export type Credential = { password: string } | { passwordHash: string };

const hashOfPassword = new Map<string, Promise<string>>();

/**
 * Demo and test accounts are made by the hundred with a handful of well-known passwords: each is hashed once per
 * process (argon2id takes a quarter of a second and 64 MiB a call, most of a test file's time), so accounts with the
 * same known password share a salt. Never used for a real person's account: sign-up hashes its own.
 */
function factoryHash(password: string): Promise<string> {
  let hash = hashOfPassword.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashOfPassword.set(password, hash);
    hash.catch(() => hashOfPassword.delete(password));
  }
  return hash;
}

export async function createUser(
  db: DbOrTrx,
  {
    email,
    name,
    roles = [],
    ...credential
  }: { email: string; name: string; roles?: PlatformRole[] } & Credential,
) {
  const passwordHash =
    "passwordHash" in credential ? credential.passwordHash : await factoryHash(credential.password);
  // Demo and test accounts stand for people who opened their verification mail long ago.
  const user = await insertUser(db, { email, name, passwordHash, emailVerifiedAt: new Date() });
  for (const role of roles) await grantPlatformRole(db, user.id, role);
  await appendAudit(db, {
    actorUserId: null,
    action: "user.create",
    entityType: "user",
    entityId: user.id,
    after: { email, name, roles },
  });
  return user;
}

export async function createOrganizationWithOwner(
  db: DbOrTrx,
  {
    name,
    type = "enterprise",
    uscc = makeUscc(),
    district = "洪山区",
    owner,
    verified = true,
  }: {
    name: string;
    type?: OrganizationType;
    uscc?: string;
    district?: string;
    owner: { email: string; name: string } & Credential;
    /** Demo and test organizations stand for registrations staff have checked, unless told otherwise. */
    verified?: boolean;
  },
) {
  const organization = await insertOrganization(db, {
    name,
    type,
    uscc,
    district,
    contactName: owner.name,
    contactPhone: "027-87654321",
    ...(verified ? { verifiedAt: new Date() } : {}),
  });
  const user = await createUser(db, owner);
  await insertMembership(db, { userId: user.id, organizationId: organization.id, role: "owner" });
  await appendAudit(db, {
    actorUserId: null,
    action: "organization.register",
    entityType: "organization",
    entityId: organization.id,
    after: { ...organization, owner: { id: user.id, email: user.email } },
  });
  return { organization, owner: user };
}

/* ---------- lists and tasks ---------- */

export const DEMO_POLICY = {
  code: "DEMO-2026",
  title: "【演示】武汉市数字经济应用场景开放示范政策",
  issuer: "【演示】示例发文机关",
  effectiveFrom: "2025-06-01",
  effectiveTo: "2028-05-31",
  rateBp: 3000,
  capFen: 200_000_000,
  clause: "三(六)",
  isDemo: true,
} as const;

export async function ensurePolicy(db: DbOrTrx, policy: Parameters<typeof insertPolicy>[1]) {
  return (await findPolicyByCode(db, policy.code)) ?? insertPolicy(db, policy);
}

export async function createList(
  db: DbOrTrx,
  {
    policyCode = "WH-DE-2022",
    year,
    title,
    status = "draft",
    publishedAt = null,
  }: {
    policyCode?: string;
    year: number;
    title?: string;
    status?: ListStatus;
    publishedAt?: Date | null;
  },
) {
  const policy = await findPolicyByCode(db, policyCode);
  if (!policy) throw new Error(`no policy ${policyCode}`);
  const list = await insertList(db, {
    year,
    kind: "scenario",
    title: title ?? `${year}年数字经济应用场景揭榜挂帅榜单`,
    policyId: policy.id,
    noticeDays: 7,
    maxBidsPerOrg: 1,
    maxConsortiumMembers: 5,
  });
  if (status === "draft") return list;
  return await db
    .updateTable("lists")
    .set({ status, publishedAt })
    .where("id", "=", list.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface TaskSpec {
  title: string;
  domain: TaskDomain;
  demandUnit?: string;
  district?: string;
  scenarioNeed?: string;
  goals?: string;
  eligibility?: string;
  indicativeInvestmentFen?: number;
  bidDeadline: Date;
  maxWinners?: number;
  contactName?: string;
  contactPhone?: string;
  status?: TaskStatus;
  cancelReason?: string | null;
  publishedAt?: Date | null;
  indicators?: IndicatorFields[];
}

export const DEFAULT_INDICATORS: IndicatorFields[] = [
  { name: "识别准确率", target: "≥95%", measurement: "第三方检测报告", weight: 60, veto: false },
  { name: "系统响应时间", target: "≤200毫秒", measurement: "现场测试", weight: 40, veto: false },
  { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
];

/** A task with a generated code, as the product would create it; any lifecycle state can be asked for. */
export async function createTask(db: DbOrTrx, list: { id: number; year: number }, spec: TaskSpec) {
  const serial = await reserveTaskSerials(db, list.year, spec.domain);
  return insertTask(
    db,
    {
      code: formatTaskCode(list.year, spec.domain, serial),
      listId: list.id,
      title: spec.title,
      domain: spec.domain,
      demandUnit: spec.demandUnit ?? "武汉某制造企业（演示）",
      district: spec.district ?? "洪山区",
      scenarioNeed: spec.scenarioNeed ?? "场景需求说明。",
      goals: spec.goals ?? "攻关目标说明。",
      eligibility: spec.eligibility ?? "在武汉注册的独立法人单位或联合体。",
      indicativeInvestmentFen: spec.indicativeInvestmentFen ?? 500_000_000,
      bidDeadline: spec.bidDeadline,
      maxWinners: spec.maxWinners ?? 1,
      contactName: spec.contactName ?? "王工",
      contactPhone: spec.contactPhone ?? "027-87654321",
      status: spec.status ?? "draft",
      cancelReason: spec.cancelReason ?? null,
      publishedAt: spec.publishedAt ?? (spec.status && spec.status !== "draft" ? new Date() : null),
    },
    spec.indicators ?? DEFAULT_INDICATORS,
  );
}
