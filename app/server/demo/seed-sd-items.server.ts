import { sql } from "kysely";
import type { DbOrTrx } from "../../../db/client";
import { contentColumns, setStaffScope } from "../../../db/repositories/supply-demand";
import { expiryAfter, sdItemCode, type SdContent, type SdKind } from "../../domain/supply-demand";
import { createOrganizationWithOwner, createUser, makeUscc } from "./factories.server";
import type { DemoCast } from "./seed-stories.server";
import { SEED_DEPARTMENTS, SEED_SD_ITEMS, type SeedSdDemand, type SeedSdSupply } from "./seed-data/sd-items";

const DAY = 86_400_000;
const WAN_FEN = 1_000_000;

/** An organization that publishes demo items, and the user acting for it. */
export interface SdDemoOrg {
  id: number;
  name: string;
  contact: string;
  ownerId: number;
}

export interface SeededSdItem {
  id: number;
  code: string;
  kind: SdKind;
  year: number;
  title: string;
  organizationId: number;
  status: "draft" | "submitted" | "returned" | "published";
}

export interface SeededSdItems {
  /** Government departments by key (SEED_DEPARTMENTS); `hongshan` is dept@demo.local's. */
  departments: Record<string, SdDemoOrg>;
  /** The district reviewer district@demo.local (洪山区). */
  districtReviewerId: number;
  /** Every demo item by title (titles are unique across the demo). */
  items: Map<string, SeededSdItem>;
}

/**
 * The supply–demand list's demo (演示): government departments (one signs in as dept@demo.local), reviewer scopes
 * (admin: 市经信局, approver: 市政务服务大数据局, district@demo.local: 洪山区), and demands and supplies of the
 * previous and the current year — published ones spread over their year, a few near-duplicates across
 * departments, and some submitted / returned / draft ones for the review queue. Other parts' demos build on
 * the returned items (expressions, batches, showcase …).
 */
export async function seedSdItems(
  trx: DbOrTrx,
  cast: DemoCast,
  passwordHash: string,
  now: Date,
): Promise<SeededSdItems> {
  const district = await createUser(trx, {
    email: "district@demo.local",
    name: "洪审核（洪山区·演示）",
    passwordHash,
    roles: ["staff"],
  });
  await setStaffScope(trx, district.id, { agency: null, district: "洪山区" });
  await setStaffScope(trx, cast.admin.id, { agency: "economy_bureau", district: null });
  await setStaffScope(trx, cast.approver.id, { agency: "data_bureau", district: null });

  const departments: Record<string, SdDemoOrg> = {};
  for (const [index, spec] of SEED_DEPARTMENTS.entries()) {
    const { organization, owner } = await createOrganizationWithOwner(trx, {
      name: spec.name,
      type: "government_unit",
      uscc: makeUscc(100000201 + index, "government"),
      district: spec.district,
      owner: { email: spec.email, name: `${spec.contact}（演示）`, passwordHash },
    });
    departments[spec.key] = {
      id: organization.id,
      name: organization.name,
      contact: spec.contact,
      ownerId: owner.id,
    };
  }
  const companies: SdDemoOrg[] = [cast.alpha, cast.beta, ...cast.partners].map((org) => ({
    id: org.id,
    name: org.name,
    contact: org.contact,
    ownerId: org.actor.id,
  }));
  const ownerOf = (key: string): SdDemoOrg => {
    if (key.startsWith("dept:")) {
      const department = departments[key.slice(5)];
      if (!department) throw new Error(`demo seed: no department ${key}`);
      return department;
    }
    if (key === "alpha") return companies[0]!;
    if (key === "beta") return companies[1]!;
    const found = companies.slice(2).filter((org) => org.name.includes(key));
    if (found.length !== 1) throw new Error(`demo seed: "${key}" names ${found.length} organizations`);
    return found[0]!;
  };

  const year = now.getUTCFullYear();
  const rows: PlannedItem[] = [];
  let contactSerial = 0;
  for (const [which, { demands, supplies }] of Object.entries(SEED_SD_ITEMS)) {
    const itemYear = which === "previous" ? year - 1 : year;
    const entries: [SdKind, SeedSdDemand | SeedSdSupply][] = [
      ...demands.map((entry) => ["demand", entry] as [SdKind, SeedSdDemand]),
      ...supplies.map((entry) => ["supply", entry] as [SdKind, SeedSdSupply]),
    ];
    const dates = publicationDates(itemYear, now, entries.length);
    for (const [index, [kind, entry]] of entries.entries()) {
      const owner = ownerOf(entry.owner);
      contactSerial++;
      const status = entry.status ?? "published";
      // Items waiting for review were sent in the last days; the rest were published over their year.
      const at = status === "published" ? dates[index]! : new Date(now.getTime() - ((index % 5) + 1) * DAY);
      rows.push({
        kind,
        year: itemYear,
        entry,
        owner,
        status,
        at,
        content: contentOf(kind, entry, itemYear, owner, contactSerial),
      });
    }
  }
  const items = await insertPlanned(trx, rows, cast.admin.id, now);
  return { departments, districtReviewerId: district.id, items };
}

function contentOf(
  kind: SdKind,
  entry: SeedSdDemand | SeedSdSupply,
  year: number,
  owner: SdDemoOrg,
  serial: number,
): SdContent {
  const common = {
    title: entry.title,
    summary: entry.summary,
    description: `${entry.summary}。\n\n${entry.detail}`,
    domain: entry.domain,
    tags: entry.tags,
    contactName: `${owner.contact}（演示）`,
    contactPhone: `027-6${String(serial).padStart(7, "0")}`,
    contactEmail: `sd-contact-${String(serial).padStart(3, "0")}@demo.local`,
  };
  const none = {
    category: null,
    expectedOutcome: null,
    budgetMinFen: null,
    budgetMaxFen: null,
    wantedBy: null,
    supplyKind: null,
    maturity: null,
    deployedCustomers: null,
    referenceCases: null,
    districtsServed: [],
    priceMinFen: null,
    priceMaxFen: null,
  };
  if (kind === "demand") {
    const demand = entry as SeedSdDemand;
    return {
      ...common,
      ...none,
      district: demand.district,
      category: demand.owner.startsWith("dept:") ? "digital_government" : "digital_economy",
      expectedOutcome: demand.expectedOutcome,
      budgetMinFen: demand.budgetWan ? demand.budgetWan[0] * WAN_FEN : null,
      budgetMaxFen: demand.budgetWan ? demand.budgetWan[1] * WAN_FEN : null,
      wantedBy: `${year + 1}-${serial % 2 ? "06-30" : "12-31"}`,
    };
  }
  const supply = entry as SeedSdSupply;
  return {
    ...common,
    ...none,
    // A supply's district is where its provider sits; districtsServed says where it works (empty: city-wide).
    district: null,
    supplyKind: supply.kind,
    maturity: supply.maturity,
    deployedCustomers: supply.customers ?? null,
    referenceCases: supply.referenceCases,
    districtsServed: supply.districtsServed,
    priceMinFen: supply.priceWan ? supply.priceWan[0] * WAN_FEN : null,
    priceMaxFen: supply.priceWan ? supply.priceWan[1] * WAN_FEN : null,
  };
}

/** `count` dates spread over the list year up to a few days before `now`. */
function publicationDates(year: number, now: Date, count: number): Date[] {
  let start = Date.UTC(year, 1, 20, 2);
  let end = Math.min(Date.UTC(year, 11, 20, 2), now.getTime() - 2 * DAY);
  if (end <= start) {
    start = Date.UTC(year, 0, 1, 2);
    end = Math.max(start, now.getTime() - DAY);
  }
  // Interleave demands and supplies so both kinds are spread over the whole year.
  return Array.from({ length: count }, (_, i) => {
    const position = ((i * 37) % count) / Math.max(1, count - 1);
    return new Date(start + Math.round((position * (end - start)) / DAY) * DAY);
  });
}

interface PlannedItem {
  kind: SdKind;
  year: number;
  entry: SeedSdDemand | SeedSdSupply;
  owner: SdDemoOrg;
  status: SeededSdItem["status"];
  /** Published: when; otherwise when it was written (and sent). */
  at: Date;
  content: SdContent;
}

/**
 * All items in a handful of statements (codes reserved per kind and year, items, revisions, the items' revision
 * links) instead of seven per item, so the demo seed stays fast. Rows go in with their final status: the status
 * trigger guards updates, and these rows are born where the lifecycle would have brought them.
 */
async function insertPlanned(
  trx: DbOrTrx,
  rows: PlannedItem[],
  reviewerId: number,
  now: Date,
): Promise<Map<string, SeededSdItem>> {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.entry.title)) throw new Error(`demo seed: two items are titled ${row.entry.title}`);
    seen.add(row.entry.title);
  }
  const codes: string[] = [];
  const next = new Map<string, number>();
  for (const row of rows) {
    const group = `${row.kind}:${row.year}`;
    if (!next.has(group)) {
      const count = rows.filter((r) => r.kind === row.kind && r.year === row.year).length;
      const { lastSerial } = await trx
        .insertInto("sdCodeCounters")
        .values({ kind: row.kind, year: row.year, lastSerial: count })
        .onConflict((oc) =>
          oc
            .columns(["kind", "year"])
            .doUpdateSet({ lastSerial: sql`sd_code_counters.last_serial + ${count}` }),
        )
        .returning("lastSerial")
        .executeTakeFirstOrThrow();
      next.set(group, lastSerial - count + 1);
    }
    const serial = next.get(group)!;
    next.set(group, serial + 1);
    codes.push(sdItemCode(row.kind, row.year, serial));
  }
  const inserted = await trx
    .insertInto("sdItems")
    .values(
      rows.map((row, i) => {
        const published = row.status === "published";
        return {
          code: codes[i]!,
          kind: row.kind,
          year: row.year,
          organizationId: row.owner.id,
          createdBy: row.owner.ownerId,
          status: row.status,
          publishedAt: published ? row.at : null,
          expiresAt: published ? renewedExpiry(row.at, now) : null,
          isDemo: true,
          createdAt: new Date(row.at.getTime() - 2 * DAY),
          updatedAt: row.at,
        };
      }),
    )
    .returning(["id", "code"])
    .execute();
  const idOf = new Map(inserted.map((item) => [item.code, item.id]));
  const revisions = await trx
    .insertInto("sdRevisions")
    .values(
      rows.map((row, i) => {
        const sent = row.status !== "draft";
        const reviewed = row.status === "published" || row.status === "returned";
        return {
          itemId: idOf.get(codes[i]!)!,
          number: 1,
          createdBy: row.owner.ownerId,
          ...contentColumns(row.content),
          status: REVISION_STATUS[row.status],
          submittedAt: sent ? new Date(row.at.getTime() - DAY) : null,
          reviewedBy: reviewed ? reviewerId : null,
          reviewedAt: reviewed ? row.at : null,
          reviewReason: row.status === "returned" ? (row.entry.returnReason ?? "请补充材料（演示）。") : null,
          createdAt: new Date(row.at.getTime() - 2 * DAY),
        };
      }),
    )
    .returning(["id", "itemId"])
    .execute();
  const rowOfItem = new Map(rows.map((row, i) => [idOf.get(codes[i]!)!, row]));
  const links = revisions.map(
    (revision) =>
      sql`(${revision.itemId}::bigint, ${revision.id}::bigint, ${rowOfItem.get(revision.itemId)!.status === "published"})`,
  );
  await sql`
    UPDATE sd_items SET latest_revision_id = links.revision_id,
      published_revision_id = CASE WHEN links.published THEN links.revision_id END
    FROM (VALUES ${sql.join(links)}) AS links (item_id, revision_id, published)
    WHERE sd_items.id = links.item_id`.execute(trx);
  return new Map(
    rows.map((row, i) => [
      row.entry.title,
      {
        id: idOf.get(codes[i]!)!,
        code: codes[i]!,
        kind: row.kind,
        year: row.year,
        title: row.entry.title,
        organizationId: row.owner.id,
        status: row.status,
      },
    ]),
  );
}

const REVISION_STATUS = {
  draft: "draft",
  submitted: "submitted",
  returned: "returned",
  published: "approved",
} as const;

/** Last year's items were renewed by their owners: their expiry stays ahead of the demo's clock. */
function renewedExpiry(publishedAt: Date, now: Date): Date {
  let expiresAt = expiryAfter(publishedAt);
  while (expiresAt <= now) expiresAt = expiryAfter(expiresAt);
  return expiresAt;
}
