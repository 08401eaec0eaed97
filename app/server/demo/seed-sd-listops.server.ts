import { getDb } from "../../../db/client";
import { scenarioListsForConversion } from "../../../db/repositories/sd-listops";
import { clip } from "../../domain/sd-listops";
import type { ShowcaseTheme } from "../../domain/supply-demand";
import { featureInShowcase } from "../supply-demand/listops/showcase.server";
import { convertDemandToTask } from "../supply-demand/listops/to-task.server";
import type { SeededSdItem, SeededSdItems } from "./seed-sd-items.server";
import type { DemoCast } from "./seed-stories.server";

/**
 * The listops demo (演示), through the product's own services: a 新场景新产品新应用 showcase for the previous and the
 * current year (two products, one application, two scenarios, and a succeeded challenge task as a scenario), and
 * one published demand of the current year turned into a draft challenge task.
 */
export async function seedSdListops(cast: DemoCast, sd: SeededSdItems, now: Date): Promise<void> {
  const staff = cast.admin;
  const year = now.getUTCFullYear();
  const published = [...sd.items.values()].filter((item) => item.status === "published");
  const succeededTask = await getDb()
    .selectFrom("tasks")
    .select(["code", "title"])
    .where("status", "=", "succeeded")
    .orderBy("code")
    .executeTakeFirst();

  for (const showYear of [year - 1, year]) {
    const ofYear = published.filter((item) => item.year === showYear);
    const supplies = ofYear.filter((item) => item.kind === "supply").slice(0, 3);
    const demands = ofYear.filter((item) => item.kind === "demand").slice(0, 2);
    const picks: [SeededSdItem, ShowcaseTheme][] = [
      ...supplies.map((item, index): [SeededSdItem, ShowcaseTheme] => [
        item,
        index === 2 ? "application" : "product",
      ]),
      ...demands.map((item): [SeededSdItem, ShowcaseTheme] => [item, "scenario"]),
    ];
    for (const [item, theme] of picks) await feature(staff, showYear, item.code, theme, item.title);
    if (showYear === year && succeededTask)
      await feature(staff, showYear, succeededTask.code, "scenario", succeededTask.title);
  }

  // One published demand of this year becomes a draft task of the newest open scenario list.
  const list = (await scenarioListsForConversion(getDb()))[0];
  const demand = published.find((item) => item.kind === "demand" && item.year === year);
  if (list && demand) {
    const converted = await convertDemandToTask(
      staff,
      demand.code,
      { listId: list.id, district: "洪山区" },
      now,
    );
    if (!converted.ok)
      throw new Error(`demo: ${demand.code} did not become a task: ${JSON.stringify(converted)}`);
  }
}

async function feature(
  staff: DemoCast["admin"],
  year: number,
  code: string,
  theme: ShowcaseTheme,
  title: string,
) {
  const outcome = await featureInShowcase(staff, {
    year,
    code,
    theme,
    citationZh: `“${clip(title, 80)}”入选${year}年度数字经济${theme === "scenario" ? "新场景" : theme === "product" ? "新产品" : "新应用"}（演示）。`,
    citationEn: `Featured as a ${year} digital-economy new ${theme} of the city (demo).`,
  });
  if (!outcome.ok) throw new Error(`demo: ${code} was not featured: ${JSON.stringify(outcome)}`);
}
