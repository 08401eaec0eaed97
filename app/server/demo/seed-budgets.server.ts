import { appropriateBudget } from "../payouts/budget.server";
import type { DemoCast } from "./seed-stories.server";

/** The programme's appropriation per demo year: ¥30,000,000 each, in two documents (年初预算 and 追加). */
export async function seedBudgets(cast: DemoCast, tasks: readonly { year: number }[]): Promise<void> {
  const years = [...new Set(tasks.map((task) => task.year))].sort();
  for (const year of years) {
    for (const [amountFen, documentRef] of [
      [25_000_000_00, `武经信〔${year}〕12号（演示）年初预算`],
      [5_000_000_00, `武经信〔${year}〕87号（演示）追加预算`],
    ] as const) {
      const result = await appropriateBudget(cast.finance.officer, { year, amountFen, documentRef });
      if (!result.ok) throw new Error(`demo budget ${year}: ${JSON.stringify(result)}`);
    }
  }
}
