/**
 * The programme's double-entry ledger (DESIGN.md "Payouts"), as pure rules: which entries each money event posts.
 * Amounts are integer fen, debits positive and credits negative, so a posting balances when its entries sum to
 * zero (the database checks that too, at commit). Every account holds money "where it is now":
 *
 *   appropriation:<year>  the source: credited with what the city appropriates for the year
 *   budget:<year>         appropriated and not yet reserved by an approved award (what approvals may still use)
 *   award_payable:<org>   reserved for the organization by an approved award, not yet sent
 *   clearing:<rail>       sent through a rail (a bank batch, a Stripe transfer), not yet confirmed
 *   paid:<org>            confirmed paid to the organization
 *
 * Per award: its entries on award_payable and clearing are what it still has reserved, on paid what it has paid,
 * and the two always add up to its payable amount (reserved = payable − paid).
 */
export type Rail = "bank" | "stripe";
export const RAILS = ["bank", "stripe"] as const satisfies readonly Rail[];

export type LedgerAccount =
  | `budget:${number}`
  | `appropriation:${number}`
  | `award_payable:${number}`
  | `paid:${number}`
  | `clearing:${Rail}`;

export const account = {
  budget: (year: number): LedgerAccount => `budget:${year}`,
  appropriation: (year: number): LedgerAccount => `appropriation:${year}`,
  awardPayable: (organizationId: number): LedgerAccount => `award_payable:${organizationId}`,
  paid: (organizationId: number): LedgerAccount => `paid:${organizationId}`,
  clearing: (rail: Rail): LedgerAccount => `clearing:${rail}`,
};

export type PostingKind = "appropriate" | "approve" | "send" | "settle" | "fail" | "return";

interface PayoutMove {
  rail: Rail;
  awardId: number;
  payoutId: number;
  organizationId: number;
  amountFen: number;
}

export type LedgerEvent =
  | { kind: "appropriate"; year: number; amountFen: number }
  | {
      kind: "approve";
      year: number;
      awardId: number;
      parts: readonly { organizationId: number; amountFen: number }[];
    }
  | ({ kind: "send" | "settle" | "fail" | "return" } & PayoutMove);

export interface LedgerEntry {
  account: LedgerAccount;
  amountFen: number;
  awardId: number | null;
  payoutId: number | null;
}

function assertAmount(amountFen: number, { zeroAllowed = false } = {}) {
  if (!Number.isSafeInteger(amountFen) || amountFen < 0 || (!zeroAllowed && amountFen === 0))
    throw new RangeError(`a ledger amount must be a positive integer of fen: ${amountFen}`);
}

/** Money moving from one account to another, as a debit and a credit. */
function move(
  from: LedgerAccount,
  to: LedgerAccount,
  amountFen: number,
  awardId: number | null,
  payoutId: number | null,
) {
  return [
    { account: to, amountFen, awardId, payoutId },
    { account: from, amountFen: -amountFen, awardId, payoutId },
  ];
}

/**
 * The entries of one event. An approval whose payable amount is zero moves nothing and posts nothing (an empty
 * list); members whose share is zero get no entry.
 */
export function postingEntries(event: LedgerEvent): LedgerEntry[] {
  switch (event.kind) {
    case "appropriate":
      assertAmount(event.amountFen);
      return move(account.appropriation(event.year), account.budget(event.year), event.amountFen, null, null);
    case "approve": {
      const parts = event.parts.filter((part) => {
        assertAmount(part.amountFen, { zeroAllowed: true });
        return part.amountFen > 0;
      });
      if (parts.length === 0) return [];
      const total = parts.reduce((sum, part) => sum + part.amountFen, 0);
      return [
        { account: account.budget(event.year), amountFen: -total, awardId: event.awardId, payoutId: null },
        ...parts.map((part) => ({
          account: account.awardPayable(part.organizationId),
          amountFen: part.amountFen,
          awardId: event.awardId,
          payoutId: null,
        })),
      ];
    }
    default: {
      assertAmount(event.amountFen);
      const payable = account.awardPayable(event.organizationId);
      const clearing = account.clearing(event.rail);
      const paid = account.paid(event.organizationId);
      const routes: Record<typeof event.kind, [from: LedgerAccount, to: LedgerAccount]> = {
        send: [payable, clearing],
        settle: [clearing, paid],
        fail: [clearing, payable],
        return: [paid, payable],
      };
      const [from, to] = routes[event.kind];
      return move(from, to, event.amountFen, event.awardId, event.payoutId);
    }
  }
}

export function isBalanced(entries: readonly { amountFen: number }[]): boolean {
  return entries.length >= 2 && entries.reduce((sum, entry) => sum + entry.amountFen, 0) === 0;
}

/** An award's position from its entries: still reserved (payable and in clearing) and paid. */
export function awardPosition(entries: readonly { account: string; amountFen: number }[]): {
  reservedFen: number;
  paidFen: number;
} {
  let reservedFen = 0;
  let paidFen = 0;
  for (const entry of entries) {
    if (entry.account.startsWith("award_payable:") || entry.account.startsWith("clearing:"))
      reservedFen += entry.amountFen;
    else if (entry.account.startsWith("paid:")) paidFen += entry.amountFen;
  }
  return { reservedFen, paidFen };
}
