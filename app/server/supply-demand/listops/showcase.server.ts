import { getDb } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import {
  deleteShowcaseEntry,
  insertShowcaseEntry,
  organizationIdsOfUser,
  publishedSdItemByCode,
  showcaseOfYear,
  showcaseYears,
  taskForShowcase,
} from "../../../../db/repositories/sd-listops";
import { themesFor } from "../../../domain/sd-listops";
import { SD_CODE_PATTERN, SHOWCASE_THEMES, type ShowcaseTheme } from "../../../domain/supply-demand";
import { TASK_CODE_PATTERN } from "../../../domain/task-domains";
import type { ShowcaseInput } from "../../../forms/sd-listops";
import { msg } from "../../../i18n/i18n";
import type { Actor } from "../../platform/actor.server";
import { fail, fieldFail, isUniqueViolation, type Outcome } from "../../platform/outcome.server";

/**
 * 新场景新产品新应用: staff feature published items of a year (supplies as new products or applications, demands as
 * new scenarios) and succeeded challenge tasks (new scenarios), each with a short citation in both languages.
 */

export async function featureInShowcase(
  actor: Actor,
  input: ShowcaseInput,
): Promise<Outcome<{ id: number }>> {
  try {
    return await getDb()
      .transaction()
      .execute(async (trx) => {
        let subject: { itemId: number | null; taskId: number | null; kind: "demand" | "supply" | "task" };
        if (SD_CODE_PATTERN.test(input.code)) {
          const item = await publishedSdItemByCode(trx, input.code);
          if (!item) return fieldFail({ code: [msg("err.sdShowcase.unknown")] });
          if (item.status !== "published") return fieldFail({ code: [msg("err.sdShowcase.notPublished")] });
          if (item.year !== input.year)
            return fieldFail({ code: [msg("err.sdShowcase.year", { year: item.year })] });
          if ((await organizationIdsOfUser(trx, actor.id)).has(item.organizationId))
            return fail("err.sdListops.conflict");
          subject = { itemId: item.id, taskId: null, kind: item.kind };
        } else if (TASK_CODE_PATTERN.test(input.code)) {
          const task = await taskForShowcase(trx, input.code);
          if (!task) return fieldFail({ code: [msg("err.sdShowcase.unknown")] });
          if (task.status !== "succeeded") return fieldFail({ code: [msg("err.sdShowcase.notSucceeded")] });
          subject = { itemId: null, taskId: task.id, kind: "task" };
        } else return fieldFail({ code: [msg("err.sdShowcase.code")] });
        if (!themesFor(subject.kind).includes(input.theme))
          return fieldFail({
            theme: [
              msg(subject.kind === "supply" ? "err.sdShowcase.supplyTheme" : "err.sdShowcase.scenarioTheme"),
            ],
          });
        const entry = await insertShowcaseEntry(trx, {
          year: input.year,
          theme: input.theme,
          itemId: subject.itemId,
          taskId: subject.taskId,
          citationZh: input.citationZh,
          citationEn: input.citationEn,
          featuredBy: actor.id,
        });
        await appendAudit(trx, {
          actorUserId: actor.id,
          action: "sd.showcase.feature",
          entityType: "sd_showcase",
          entityId: entry.id,
          after: { ...entry, code: input.code },
          ip: actor.ip,
        });
        return { ok: true as const, value: { id: entry.id } };
      });
  } catch (error) {
    if (isUniqueViolation(error, "sd_showcase")) return fieldFail({ code: [msg("err.sdShowcase.already")] });
    throw error;
  }
}

export async function removeFromShowcase(actor: Actor, id: number): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const removed = await deleteShowcaseEntry(trx, id);
      if (!removed) return fail("err.sdShowcase.notFound");
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "sd.showcase.remove",
        entityType: "sd_showcase",
        entityId: id,
        before: removed,
        ip: actor.ip,
      });
      return { ok: true as const, value: null };
    });
}

export type ShowcaseCard = {
  id: number;
  theme: ShowcaseTheme;
  code: string;
  href: string;
  title: string;
  by: string;
  citation: { zh: string; en: string };
  isDemo: boolean;
};

/** A year's showcase grouped by theme (新场景, 新产品, 新应用), as cards; no contacts. */
export async function showcaseGroups(year: number) {
  const rows = await showcaseOfYear(getDb(), year);
  const cards: ShowcaseCard[] = rows.map((row) => {
    const isTask = row.taskCode !== null;
    const code = (isTask ? row.taskCode : row.itemCode) ?? "";
    return {
      id: row.id,
      theme: row.theme,
      code,
      href: isTask ? `/tasks/${code}` : `/supply-demand/${code}`,
      title: (isTask ? row.taskTitle : row.itemTitle) ?? code,
      by: (isTask ? row.taskDemandUnit : row.organizationName) ?? "",
      citation: { zh: row.citationZh, en: row.citationEn },
      isDemo: row.itemIsDemo ?? false,
    };
  });
  return SHOWCASE_THEMES.map((theme) => ({ theme, cards: cards.filter((c) => c.theme === theme) }));
}

export const yearsWithShowcase = () => showcaseYears(getDb());
