import { requiredText, wholeNumber, yuanField } from "./fields";
import { z } from "./zod";

/** Recording an appropriation (资金预算下达): the year, the amount in yuan (→ fen, more than zero), the 文号. */
export const appropriationSchema = z.object({
  year: wholeNumber(2000, 2100),
  amount: yuanField.refine((fen) => fen > 0, "err.money.positive"),
  documentRef: requiredText(200),
});
export type AppropriationInput = z.infer<typeof appropriationSchema>;
