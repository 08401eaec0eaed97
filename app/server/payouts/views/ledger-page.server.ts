import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { allBalances } from "../../../../db/repositories/ledger";
import {
  entriesOfPostings,
  latestPostings,
  organizationNames,
} from "../../../../db/repositories/payouts-views";
import { ACCOUNT_GROUPS, accountName, postingTotals } from "../../../domain/payouts-views";
import { pageFromUrl } from "../../../forms/pagination";
import { requireFinance } from "../access.server";

/* ---------- /staff/ledger (finance staff) ---------- */

const POSTINGS_PER_PAGE = 20;

/** An account as the page shows it: its code, its group and what names it (a year, an organization, a rail). */
function labelled(code: string, names: Map<number, string>) {
  const name = accountName(code);
  return {
    code,
    group: name?.group ?? "budget",
    kind: name?.kind ?? null,
    year: name && "year" in name ? name.year : null,
    rail: name && "rail" in name ? name.rail : null,
    organizationName:
      name && "organizationId" in name ? (names.get(name.organizationId) ?? `#${name.organizationId}`) : null,
  };
}

export async function ledgerPageLoader({ request }: LoaderFunctionArgs) {
  await requireFinance(request);
  const db = getDb();
  const page = pageFromUrl(new URL(request.url), "page");
  const [balances, postings] = await Promise.all([
    allBalances(db),
    latestPostings(db, { limit: POSTINGS_PER_PAGE, offset: (page - 1) * POSTINGS_PER_PAGE }),
  ]);
  const entries = await entriesOfPostings(
    db,
    postings.rows.map((p) => p.id),
  );
  const organizationIds = [...balances, ...entries].flatMap((row) => {
    const name = accountName(row.account);
    return name && "organizationId" in name ? [name.organizationId] : [];
  });
  const names = await organizationNames(db, organizationIds);
  const accounts = balances.map((b) => ({ ...labelled(b.account, names), balanceFen: b.balanceFen }));
  return {
    groups: ACCOUNT_GROUPS.map((group) => {
      const rows = accounts.filter((a) => a.group === group);
      return { group, accounts: rows, totalFen: rows.reduce((sum, a) => sum + a.balanceFen, 0) };
    }).filter((g) => g.accounts.length > 0),
    totalFen: accounts.reduce((sum, a) => sum + a.balanceFen, 0),
    postings: postings.rows.map((posting) => {
      const own = entries.filter((e) => e.postingId === posting.id);
      return {
        ...posting,
        ...postingTotals(own),
        entries: own.map((e) => ({ id: e.id, amountFen: e.amountFen, ...labelled(e.account, names) })),
      };
    }),
    page,
    pageSize: POSTINGS_PER_PAGE,
    total: postings.total,
  };
}
