import type { Rail } from "./ledger";

/** How the ledger page groups and names an account (pure: from its code). */
export type AccountGroup = "budget" | "payable" | "clearing" | "paid";
export type AccountName =
  | { group: "budget"; kind: "budget" | "appropriation"; year: number }
  | { group: "payable" | "paid"; kind: "payable" | "paid"; organizationId: number }
  | { group: "clearing"; kind: "clearing"; rail: Rail };

export const ACCOUNT_GROUPS: readonly AccountGroup[] = ["budget", "payable", "clearing", "paid"];

export function accountName(code: string): AccountName | null {
  const [prefix, rest] = code.split(":");
  if (rest === undefined) return null;
  switch (prefix) {
    case "budget":
    case "appropriation":
      return { group: "budget", kind: prefix, year: Number(rest) };
    case "award_payable":
      return { group: "payable", kind: "payable", organizationId: Number(rest) };
    case "paid":
      return { group: "paid", kind: "paid", organizationId: Number(rest) };
    case "clearing":
      return rest === "bank" || rest === "stripe"
        ? { group: "clearing", kind: "clearing", rail: rest }
        : null;
    default:
      return null;
  }
}

/** A posting's debits (positive entries) and credits (negative entries, as a positive figure). */
export function postingTotals(entries: readonly { amountFen: number }[]) {
  let debitFen = 0;
  let creditFen = 0;
  for (const entry of entries) {
    if (entry.amountFen > 0) debitFen += entry.amountFen;
    else creditFen -= entry.amountFen;
  }
  return { debitFen, creditFen, balanced: entries.length >= 2 && debitFen === creditFen };
}

/** The last four characters of a bank reference (流水号), all an organization sees of it. */
export function lastFour(reference: string | null): string | null {
  if (!reference) return null;
  const trimmed = reference.trim();
  return trimmed.length <= 4 ? `•••• ${trimmed}` : `•••• ${trimmed.slice(-4)}`;
}
