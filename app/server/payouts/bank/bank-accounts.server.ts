import { getDb } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import {
  findBankAccount,
  organizationForBank,
  payoutsOfOrganization,
  upsertBankAccount,
  vouchersOfPayouts,
} from "../../../../db/repositories/payouts-bank";
import { maskAccountNumber } from "../../../domain/payouts";
import { accountNameMatches } from "../../../domain/payouts-bank";
import { msg } from "../../../i18n/i18n";
import { fail, fieldFail, type Outcome } from "../../platform/outcome.server";
import type { OrgActor } from "../../platform/actor.server";

export interface BankAccountInput {
  accountName: string;
  bankName: string;
  /** Already normalized (digits only) and checked by the form. */
  accountNumber: string;
}

/** What anyone but finance staff's export sees of a bank account: the number masked to its last four digits. */
export function maskedAccount(account: { accountName: string; bankName: string; accountNumber: string }) {
  return {
    accountName: account.accountName,
    bankName: account.bankName,
    accountNumberMasked: maskAccountNumber(account.accountNumber),
  };
}

/**
 * The owner records or changes the organization's bank account. The payee name must be the registered name
 * exactly (the treasury pays no one else); a payout already scheduled keeps the account it was scheduled with
 * (its own snapshot columns), so a change here never touches money on its way.
 */
export async function saveBankAccount(actor: OrgActor, input: BankAccountInput): Promise<Outcome<null>> {
  if (actor.organization.role !== "owner") return fail("err.payBank.ownerOnly");
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const organization = await organizationForBank(trx, actor.organization.id);
      if (!organization) return fail("err.payBank.ownerOnly");
      if (!accountNameMatches(input.accountName, organization.name))
        return fieldFail({ accountName: [msg("err.payBank.accountName", { name: organization.name })] });
      const before = await findBankAccount(trx, organization.id, { lock: true });
      const saved = await upsertBankAccount(trx, {
        organizationId: organization.id,
        accountName: input.accountName.trim(),
        bankName: input.bankName.trim(),
        accountNumber: input.accountNumber,
        updatedBy: actor.id,
      });
      // The audit trail is readable by staff: it holds the masked number, never the full one.
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: before ? "bank_account.change" : "bank_account.create",
        entityType: "bank_account",
        entityId: organization.id,
        before: before ? maskedAccount(before) : null,
        after: maskedAccount(saved),
        ip: actor.ip,
      });
      return { ok: true as const, value: null };
    });
}

/** The organization's own bank account (masked) and its own payouts, for its members. */
export async function organizationBankView(organizationId: number) {
  const db = getDb();
  const [organization, account, payouts] = await Promise.all([
    organizationForBank(db, organizationId),
    findBankAccount(db, organizationId),
    payoutsOfOrganization(db, organizationId),
  ]);
  const vouchers = await vouchersOfPayouts(
    db,
    payouts.map((p) => p.id),
  );
  return {
    registeredName: organization?.name ?? "",
    account: account ? { ...maskedAccount(account), updatedAt: account.updatedAt } : null,
    payouts: payouts.map((p) => ({
      id: p.id,
      projectId: p.projectId,
      taskCode: p.taskCode,
      taskTitle: p.taskTitle,
      amountFen: p.amountFen,
      status: p.status,
      rail: p.rail,
      awaitingConfirmation: p.status === "processing" && p.recordedAt !== null,
      accountNumberMasked: p.bankAccountNumber ? maskAccountNumber(p.bankAccountNumber) : null,
      bankReference: p.status === "paid" || p.status === "returned" ? p.bankReference : null,
      paidAt: p.paidAt,
      vouchers: vouchers.filter((v) => v.payoutId === p.id).map((v) => ({ id: v.id, fileName: v.fileName })),
    })),
  };
}
