/** Runs axe-core (WCAG 2.0/2.1, levels A and AA) on a page and reports what a user would be hurt by. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);

/**
 * The serious and critical violations on `page` as it is now, one line per rule: its id, what to do
 * and the elements it hit, prefixed by `state` so that a failure says which page and state it was.
 */
export async function seriousViolations(page: Page, state: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ""))
    .map((violation) => {
      const all = violation.nodes.map((node) => node.target.join(" "));
      const targets = all.slice(0, 3).join(", ") + (all.length > 3 ? ` (+${all.length - 3} more)` : "");
      return `[${state}] ${violation.id} (${violation.impact}): ${violation.help} — ${targets}`;
    });
}
