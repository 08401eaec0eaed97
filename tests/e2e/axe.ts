import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import type axe from "axe-core";

/**
 * axe-core run in the page itself: its script is evaluated into the page (through the browser's debugging
 * protocol, so the app's Content-Security-Policy stays as strict as it is) and `axe.run` audits the document.
 * @axe-core/playwright's default does the same through `axe.runPartial` in every frame and `axe.finishRun` in a
 * new blank page, for pages with cross-origin frames; our pages have no frames, and that blank page made each
 * audit three times as slow (≈ 700 ms against ≈ 220 ms a page), most of the browser journeys' time.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The serious and critical WCAG 2.1 AA violations on the page as it is now, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const audit = (window as unknown as { axe: typeof axe }).axe;
    const { violations } = await audit.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `axe ${violation.id} (${violation.impact}): ${violation.help} — ` +
          violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(" "))
            .join(" | ") +
          (violation.nodes.length > 3 ? ` and ${violation.nodes.length - 3} more` : ""),
      );
  }, WCAG_21_AA);
}
