import { isAccountNumber, normalizeAccountNumber } from "../domain/payouts";
import { BANK_REFERENCE_MAX, REASON_MAX } from "../domain/payouts-bank";
import { requiredText } from "./fields";
import { z } from "./zod";

/** The organization's bank account (开户名, 开户行, 账号); the name is checked against the registered one by the service. */
export const bankAccountSchema = z.object({
  accountName: requiredText(200),
  bankName: requiredText(200),
  accountNumber: z
    .string({ error: "err.required" })
    .transform(normalizeAccountNumber)
    .refine((value) => value.length > 0, "err.required")
    .refine((value) => value.length === 0 || isAccountNumber(value), "err.payBank.accountNumber"),
});

export const bankReferenceSchema = z.object({
  reference: requiredText(BANK_REFERENCE_MAX),
});

export const failureSchema = z.object({
  reason: requiredText(REASON_MAX),
});

export const returnSchema = z.object({
  reason: requiredText(REASON_MAX),
  reference: requiredText(BANK_REFERENCE_MAX),
});
