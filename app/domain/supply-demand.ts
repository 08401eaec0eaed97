import { TASK_DOMAINS } from "./task-domains";
import type { LifecycleTable, TransitionResult } from "./lifecycle";
import { transitionIn } from "./lifecycle";

/**
 * The annual digital-economy supply–demand list (供需清单), policy clause 五(三): demands (需求) and supplies
 * (供给/能力) are published items with codes D-2026-0001 / S-2026-0001. An item's text lives in revisions: the
 * published revision stays visible while an edit of it is under review; every revision is kept.
 */

export const SD_KINDS = ["demand", "supply"] as const;
export type SdKind = (typeof SD_KINDS)[number];

export const SD_KIND_PREFIX: Record<SdKind, "D" | "S"> = { demand: "D", supply: "S" };

/** D-2026-0001: kind, year, four-digit serial per kind and year. */
export const SD_CODE_PATTERN = /^([DS])-(\d{4})-(\d{4})$/;

export function sdItemCode(kind: SdKind, year: number, serial: number): string {
  return `${SD_KIND_PREFIX[kind]}-${year}-${String(serial).padStart(4, "0")}`;
}

export function parseSdItemCode(code: string): { kind: SdKind; year: number; serial: number } | null {
  const match = SD_CODE_PATTERN.exec(code);
  if (!match) return null;
  return { kind: match[1] === "D" ? "demand" : "supply", year: Number(match[2]), serial: Number(match[3]) };
}

/** A demand's category: 数字经济 or 数字政府 (a department's digital-government reform need). */
export const DEMAND_CATEGORIES = ["digital_economy", "digital_government"] as const;
export type DemandCategory = (typeof DEMAND_CATEGORIES)[number];

/** The task domains, then the further fields demands and supplies of a city's list fall into; "other" last. */
export const SD_DOMAINS = [
  ...TASK_DOMAINS.filter((domain) => domain !== "other"),
  "iot",
  "smart_manufacturing",
  "smart_city",
  "e_government",
  "cybersecurity",
  "integrated_circuits",
  "digital_health",
  "smart_transport",
  "other",
] as const;
export type SdDomain = (typeof SD_DOMAINS)[number];

export const SD_DOMAIN_LABEL: Record<SdDomain, { zh: string; en: string }> = {
  ai: { zh: "人工智能", en: "Artificial intelligence" },
  "5g": { zh: "5G", en: "5G" },
  industrial_internet: { zh: "工业互联网", en: "Industrial internet" },
  blockchain: { zh: "区块链", en: "Blockchain" },
  metaverse: { zh: "元宇宙", en: "Metaverse" },
  big_data: { zh: "大数据", en: "Big data" },
  cloud_computing: { zh: "云计算", en: "Cloud computing" },
  iot: { zh: "物联网", en: "Internet of things" },
  smart_manufacturing: { zh: "智能制造", en: "Smart manufacturing" },
  smart_city: { zh: "智慧城市", en: "Smart city" },
  e_government: { zh: "数字政府", en: "Digital government" },
  cybersecurity: { zh: "网络安全", en: "Cybersecurity" },
  integrated_circuits: { zh: "集成电路", en: "Integrated circuits" },
  digital_health: { zh: "数字医疗", en: "Digital health" },
  smart_transport: { zh: "智慧交通", en: "Smart transport" },
  other: { zh: "其他", en: "Other" },
};

export function isSdDomain(value: string): value is SdDomain {
  return (SD_DOMAINS as readonly string[]).includes(value);
}

export const SUPPLY_KINDS = ["product", "solution", "service", "technology"] as const;
export type SupplyKind = (typeof SUPPLY_KINDS)[number];

/** How far a supply has come; "deployed" carries the number of customers it runs at. */
export const MATURITY_LEVELS = ["concept", "prototype", "pilot", "product", "deployed"] as const;
export type Maturity = (typeof MATURITY_LEVELS)[number];

/** The two agencies responsible for the list (clause 五(三)); agency staff review every item. */
export const SD_AGENCIES = ["data_bureau", "economy_bureau"] as const;
export type SdAgency = (typeof SD_AGENCIES)[number];
export const SD_AGENCY_LABEL: Record<SdAgency, { zh: string; en: string }> = {
  data_bureau: { zh: "市政务服务大数据局", en: "Municipal Government Services and Big Data Administration" },
  economy_bureau: { zh: "市经信局", en: "Municipal Bureau of Economy and Information Technology" },
};

// ── Item lifecycle ────────────────────────────────────────────────────────────────────────────────────────────

export const SD_ITEM_STATUSES = [
  "draft",
  "submitted",
  "published",
  "returned",
  "rejected",
  "closed",
] as const;
export type SdItemStatus = (typeof SD_ITEM_STATUSES)[number];

export const SD_CLOSE_REASONS = ["fulfilled", "withdrawn", "expired", "duplicate"] as const;
export type SdCloseReason = (typeof SD_CLOSE_REASONS)[number];

/**
 * The item's own status. It follows its first revision until that is approved; afterwards an edit under review
 * is a revision's business and the item stays published.
 */
export const SD_ITEM_EVENTS = {
  submit: { from: ["draft", "returned"], to: "submitted" },
  approve: { from: ["submitted"], to: "published" },
  return: { from: ["submitted"], to: "returned" },
  reject: { from: ["submitted"], to: "rejected" },
  close: { from: ["draft", "submitted", "returned", "published"], to: "closed" },
} as const satisfies LifecycleTable<SdItemStatus>;
export type SdItemEvent = keyof typeof SD_ITEM_EVENTS;

export function sdItemTransition(
  from: SdItemStatus,
  event: SdItemEvent,
): TransitionResult<SdItemStatus, SdItemEvent> {
  return transitionIn<SdItemStatus, typeof SD_ITEM_EVENTS>(SD_ITEM_EVENTS, from, event);
}

/** Which statuses an item may be closed from for each reason. */
export const CLOSE_REASON_FROM: Record<SdCloseReason, readonly SdItemStatus[]> = {
  fulfilled: ["published"],
  expired: ["published"],
  withdrawn: ["draft", "submitted", "returned", "published"],
  duplicate: ["submitted", "published"],
};

export function mayClose(status: SdItemStatus, reason: SdCloseReason): boolean {
  return CLOSE_REASON_FROM[reason].includes(status);
}

export const SD_REVISION_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "returned",
  "rejected",
  "superseded",
] as const;
export type SdRevisionStatus = (typeof SD_REVISION_STATUSES)[number];

export const SD_REVISION_EVENTS = {
  submit: { from: ["draft", "returned"], to: "submitted" },
  approve: { from: ["submitted"], to: "approved" },
  return: { from: ["submitted"], to: "returned" },
  reject: { from: ["submitted"], to: "rejected" },
  // A newer revision was approved: this one is history.
  supersede: { from: ["approved"], to: "superseded" },
} as const satisfies LifecycleTable<SdRevisionStatus>;
export type SdRevisionEvent = keyof typeof SD_REVISION_EVENTS;

export function sdRevisionTransition(
  from: SdRevisionStatus,
  event: SdRevisionEvent,
): TransitionResult<SdRevisionStatus, SdRevisionEvent> {
  return transitionIn<SdRevisionStatus, typeof SD_REVISION_EVENTS>(SD_REVISION_EVENTS, from, event);
}

// ── Expiry ───────────────────────────────────────────────────────────────────────────────────────────────────

export const PUBLICATION_MONTHS = 12;
export const EXPIRY_REMINDER_DAYS = 30;

/** Twelve months after `from` (same day of month, clamped: 29 Feb → 28 Feb). */
export function expiryAfter(from: Date, months = PUBLICATION_MONTHS): Date {
  const at = new Date(from.getTime());
  const day = at.getUTCDate();
  at.setUTCDate(1);
  at.setUTCMonth(at.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  at.setUTCDate(Math.min(day, lastDay));
  return at;
}

/** The reminder goes out once the expiry is at most 30 days ahead. */
export function reminderDue(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() - now.getTime() <= EXPIRY_REMINDER_DAYS * 86_400_000;
}

/** Renewal is offered from the reminder on, while the item is still published. */
export function mayRenew(status: SdItemStatus, expiresAt: Date | null, now: Date): boolean {
  return status === "published" && expiresAt !== null && reminderDue(expiresAt, now) && expiresAt > now;
}

// ── Expressions of interest ───────────────────────────────────────────────────────────────────────────────────

export const SD_EXPRESSION_STATUSES = ["pending", "accepted", "declined", "withdrawn", "expired"] as const;
export type SdExpressionStatus = (typeof SD_EXPRESSION_STATUSES)[number];

export const SD_EXPRESSION_EVENTS = {
  accept: { from: ["pending"], to: "accepted" },
  decline: { from: ["pending"], to: "declined" },
  withdraw: { from: ["pending"], to: "withdrawn" },
  expire: { from: ["pending"], to: "expired" },
} as const satisfies LifecycleTable<SdExpressionStatus>;
export type SdExpressionEvent = keyof typeof SD_EXPRESSION_EVENTS;

export function sdExpressionTransition(
  from: SdExpressionStatus,
  event: SdExpressionEvent,
): TransitionResult<SdExpressionStatus, SdExpressionEvent> {
  return transitionIn<SdExpressionStatus, typeof SD_EXPRESSION_EVENTS>(SD_EXPRESSION_EVENTS, from, event);
}

/** An unanswered expression lapses after 14 days. */
export const EXPRESSION_DAYS = 14;
/** At most this many pending expressions sent by one organization per day. */
export const EXPRESSIONS_PER_ORG_PER_DAY = 20;

export const SD_OUTCOME_KINDS = ["intent", "contract", "failed"] as const;
export type SdOutcomeKind = (typeof SD_OUTCOME_KINDS)[number];

// ── Batches of the annual list ────────────────────────────────────────────────────────────────────────────────

export const SD_BATCH_STATUSES = ["draft", "published"] as const;
export type SdBatchStatus = (typeof SD_BATCH_STATUSES)[number];

export const SD_BATCH_EVENTS = {
  publish: { from: ["draft"], to: "published" },
} as const satisfies LifecycleTable<SdBatchStatus>;

/** 第一批, 第二批 … as the official list names its batches. */
export function batchOrdinalZh(n: number): string {
  const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  const spell = (k: number): string => {
    if (k < 10) return digits[k]!;
    if (k < 20) return `十${k % 10 ? digits[k % 10] : ""}`;
    if (k < 100) return `${digits[Math.floor(k / 10)]}十${k % 10 ? digits[k % 10] : ""}`;
    return String(k);
  };
  return `第${spell(n)}批`;
}

/** Showcase themes: 新场景 (demands, succeeded tasks), 新产品 and 新应用 (supplies). */
export const SHOWCASE_THEMES = ["scenario", "product", "application"] as const;
export type ShowcaseTheme = (typeof SHOWCASE_THEMES)[number];

// ── Content ──────────────────────────────────────────────────────────────────────────────────────────────────

/** What an owner writes in one revision. Demand-only fields are null on a supply and the other way round. */
export interface SdContent {
  title: string;
  summary: string;
  description: string;
  domain: SdDomain;
  tags: string[];
  /** null: city-wide (全市). */
  district: string | null;
  // Demand
  category: DemandCategory | null;
  expectedOutcome: string | null;
  budgetMinFen: number | null;
  budgetMaxFen: number | null;
  /** YYYY-MM-DD. */
  wantedBy: string | null;
  // Supply
  supplyKind: SupplyKind | null;
  maturity: Maturity | null;
  deployedCustomers: number | null;
  referenceCases: string | null;
  /** Empty: the whole city. */
  districtsServed: string[];
  priceMinFen: number | null;
  priceMaxFen: number | null;
  // Contact: never shown to anyone but the owner, staff, and an accepted counterpart.
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

export const MAX_TAGS = 10;

// ── Budget bands (a search facet over a demand's budget or a supply's price) ────────────────────────────────

export const BUDGET_BANDS = ["under_500k", "500k_2m", "2m_10m", "over_10m", "unspecified"] as const;
export type BudgetBand = (typeof BUDGET_BANDS)[number];

/** The band of a range's upper end (its lower end when no upper is given), in fen. */
export function budgetBand(minFen: number | null, maxFen: number | null): BudgetBand {
  const top = maxFen ?? minFen;
  if (top === null) return "unspecified";
  if (top < 50_000_000) return "under_500k";
  if (top < 200_000_000) return "500k_2m";
  if (top <= 1_000_000_000) return "2m_10m";
  return "over_10m";
}

/** The district facet's value for a city-wide item. */
export const CITY_WIDE = "全市";
