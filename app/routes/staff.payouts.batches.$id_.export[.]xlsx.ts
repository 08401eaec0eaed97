import { batchFileLoader } from "../server/payouts/bank/pages.server";

/** The exported batch as the treasury system's Excel file (finance staff only; each download audited). */
export const loader = batchFileLoader;
