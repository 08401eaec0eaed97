import type { TaskDomain } from "./task-domains";
import type { SdDomain, SdKind, ShowcaseTheme } from "./supply-demand";

/**
 * Rules of the supply–demand list's staff operations: the 新场景新产品新应用 showcase and turning a published demand
 * into a challenge task.
 */

// ── Showcase ─────────────────────────────────────────────────────────────────────────────────────────────────

/** A citation is a sentence or two: long enough to say why, short enough for a card. */
export const CITATION_LIMITS = { zh: { min: 4, max: 120 }, en: { min: 10, max: 300 } } as const;

/** Supplies are new products or new applications; demands and succeeded challenge tasks are new scenarios. */
export function themesFor(subject: SdKind | "task"): readonly ShowcaseTheme[] {
  return subject === "supply" ? ["product", "application"] : ["scenario"];
}

export const SHOWCASE_FIRST_YEAR = 2000;

/** A showcase year worth a page: from 2000 to next year (a list is prepared the year before). */
export function showcaseYear(text: string | undefined, now: Date): number | null {
  if (text === undefined || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  const last = now.getUTCFullYear() + 1;
  return year >= SHOWCASE_FIRST_YEAR && year <= last ? year : null;
}

// ── From demand to challenge task ──────────────────────────────────────────────────────────────────────────────

/** The task domain a demand's domain falls under: the task domains map to themselves, the list's extra ones nearby. */
export const SD_TO_TASK_DOMAIN: Record<SdDomain, TaskDomain> = {
  ai: "ai",
  "5g": "5g",
  industrial_internet: "industrial_internet",
  blockchain: "blockchain",
  metaverse: "metaverse",
  big_data: "big_data",
  cloud_computing: "cloud_computing",
  iot: "industrial_internet",
  smart_manufacturing: "industrial_internet",
  smart_city: "big_data",
  e_government: "big_data",
  smart_transport: "big_data",
  digital_health: "ai",
  cybersecurity: "other",
  integrated_circuits: "other",
  other: "other",
};

/** Days between the conversion and the draft task's bid deadline, which staff adjust before publishing. */
export const TASK_DEADLINE_DAYS = 60;

/** Cuts text to at most `max` characters (code points), marking the cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
