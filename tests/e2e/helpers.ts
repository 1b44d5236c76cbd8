import fs from "node:fs";
import { expect, type Page } from "@playwright/test";
import { decodeText } from "@/core/import/decode-text";
import { parseTextDocument } from "@/core/import/parse-text-document";
import { segmentSentences } from "@/core/segmentation/segment-sentences";
import { DEMO_FILE, DEMO_PROJECT_NAME, DEMO_TITLE } from "@/prisma/seed/demo-project";

export { DEMO_PROJECT_NAME, DEMO_TITLE };

/** Segments the demo should have, computed by the core from the shipped file (not hard-coded). */
export function expectedDemoSegmentCount(): number {
  const parsed = parseTextDocument(decodeText(new Uint8Array(fs.readFileSync(DEMO_FILE))).text, { format: "txt" });
  return parsed.blocks.reduce((n, block) => n + (block.kind === "heading" ? 1 : segmentSentences(block.text, "fr").length), 0);
}

/** Opens the demo article from the project list, as a user would. */
export async function openDemoDocument(page: Page, lng = "en") {
  await page.goto(`/${lng}`);
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.getByRole("link", { name: DEMO_TITLE }).click();
  await expect(page.getByTestId("document-title")).toHaveText(DEMO_TITLE);
  await expect(page.getByTestId("segment-row").first()).toBeVisible();
}

/** Waits until the autosave indicator says everything is on the server. */
export async function expectAllSaved(page: Page) {
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-pending", "0");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-phase", /saved|idle/);
}

/** The grid row of segment n (1-based), scrolled into view by the virtual list. */
export function row(page: Page, n: number) {
  return page.locator(`[data-row-number="${n}"] [data-testid=segment-row]`);
}

/** Imports pasted French text into the demo project through the UI and opens it. */
export async function importPasted(page: Page, title: string, text: string) {
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.getByLabel("…or paste the text").fill(text);
  await page.getByLabel("Title (optional)").fill(title);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("document-title")).toHaveText(title);
  return page.url();
}
