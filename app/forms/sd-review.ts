import { z } from "./zod";
import { requiredText, wholeNumber } from "./fields";
import { SD_AGENCIES } from "../domain/supply-demand";
import { DISTRICTS } from "../domain/districts";

/** The review page's forms: the revision a reviewer saw rides along, so a newer resubmission is never decided blind. */
const revision = wholeNumber(1, Number.MAX_SAFE_INTEGER);

export const sdApproveSchema = z.object({ revision });

export const sdReasonSchema = z.object({ revision, reason: requiredText(2000) });

export const sdDuplicateSchema = z.object({
  revision,
  canonical: z
    .string({ error: "err.required" })
    .trim()
    .min(1, "err.required")
    .max(20, "err.sdReview.canonicalFormat")
    .regex(/^[DSds]-\d{4}-\d{4}$/, "err.sdReview.canonicalFormat"),
});

/** A reviewer's scope: "agency:data_bureau", "district:洪山区", or "none". */
export const SCOPE_CHOICES = [
  "none",
  ...SD_AGENCIES.map((agency) => `agency:${agency}` as const),
  ...DISTRICTS.map((district) => `district:${district}` as const),
] as const;

export const sdScopeSchema = z.object({
  userId: wholeNumber(1, Number.MAX_SAFE_INTEGER),
  scope: z.enum(SCOPE_CHOICES, { error: "err.sdReview.scopeChoice" }),
});
