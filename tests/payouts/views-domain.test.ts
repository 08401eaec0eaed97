import { describe, expect, it } from "vitest";
import {
  expectedPayoutLedger,
  fitsBatch,
  isDifferenceCode,
  missingOfPaidBankPayout,
} from "../../app/domain/payouts-reconcile";
import { accountName, lastFour, postingTotals } from "../../app/domain/payouts-views";
import { DIFFERENCE_LABEL } from "../../app/i18n/payouts-views-messages";
import { DIFFERENCE_CODES } from "../../app/domain/payouts-reconcile";

describe("the payout views' pure rules", () => {
  it("names and groups every kind of ledger account", () => {
    expect(accountName("budget:2026")).toEqual({ group: "budget", kind: "budget", year: 2026 });
    expect(accountName("appropriation:2026")).toEqual({ group: "budget", kind: "appropriation", year: 2026 });
    expect(accountName("award_payable:12")).toEqual({
      group: "payable",
      kind: "payable",
      organizationId: 12,
    });
    expect(accountName("paid:12")).toEqual({ group: "paid", kind: "paid", organizationId: 12 });
    expect(accountName("clearing:bank")).toEqual({ group: "clearing", kind: "clearing", rail: "bank" });
    expect(accountName("clearing:paypal")).toBeNull();
    expect(accountName("cash")).toBeNull();
  });

  it("totals a posting's debits and credits and calls it balanced only when they are equal", () => {
    expect(postingTotals([{ amountFen: 500 }, { amountFen: -300 }, { amountFen: -200 }])).toEqual({
      debitFen: 500,
      creditFen: 500,
      balanced: true,
    });
    expect(postingTotals([{ amountFen: 500 }, { amountFen: -499 }]).balanced).toBe(false);
    expect(postingTotals([]).balanced).toBe(false);
  });

  it("shows an organization only the last four characters of a bank reference", () => {
    expect(lastFour("HX20261204000123")).toBe("•••• 0123");
    expect(lastFour(" 12 ")).toBe("•••• 12");
    expect(lastFour(null)).toBeNull();
  });

  it("knows where a payout's money is by its status, which statuses fit a batch, what a paid bank payout needs", () => {
    expect(expectedPayoutLedger("processing", 100)).toEqual({ clearingFen: 100, paidFen: 0 });
    expect(expectedPayoutLedger("paid", 100)).toEqual({ clearingFen: 0, paidFen: 100 });
    for (const status of ["pending", "scheduled", "failed", "returned"] as const)
      expect(expectedPayoutLedger(status, 100)).toEqual({ clearingFen: 0, paidFen: 0 });
    expect(fitsBatch("draft", "scheduled")).toBe(true);
    expect(fitsBatch("draft", "processing")).toBe(false);
    expect(fitsBatch("exported", "scheduled")).toBe(false);
    expect(fitsBatch("exported", "returned")).toBe(true);
    expect(fitsBatch("closed", "processing")).toBe(false);
    expect(missingOfPaidBankPayout({ bankReference: " ", recordedBy: 1, confirmedBy: null })).toEqual([
      "bank_reference",
      "confirmed_by",
    ]);
    expect(missingOfPaidBankPayout({ bankReference: "R1", recordedBy: 1, confirmedBy: 2 })).toEqual([]);
  });

  it("labels every difference code in both languages", () => {
    for (const code of DIFFERENCE_CODES) {
      expect(isDifferenceCode(code)).toBe(true);
      expect(DIFFERENCE_LABEL[code].zh).not.toBe("");
      expect(DIFFERENCE_LABEL[code].en).not.toBe("");
    }
    expect(isDifferenceCode("nonsense")).toBe(false);
  });
});
