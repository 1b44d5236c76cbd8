import { expect, test } from "@playwright/test";
import { PART_SIZE } from "@/core/model/parts";
import { expectAllSaved, row, startLongPaste } from "./helpers";

// A long document opens a part at a time: the page carries one part, numbered from its offset,
// with the whole document's progress and gaps; links to a segment of another part open that part.
test("a document longer than a part opens by part, keeps whole-document figures, and follows links across parts", async ({ page }) => {
  test.setTimeout(120_000);
  const total = PART_SIZE + 50;
  const n = (value: number) => value.toLocaleString("en-US");
  const text = Array.from({ length: total }, (_, i) => `Ligne ${i + 1}.`).join("\n\n");
  const title = `Parties ${Date.now()}`;
  let streams = 0; // live update streams opened: one per page (re)load
  page.on("request", (request) => void (request.url().endsWith("/events") && streams++));
  await startLongPaste(page, title, text);
  await expect(page.getByTestId("document-title")).toHaveText(title);
  const url = page.url();
  await expect(page.getByTestId("segment-count")).toHaveAttribute("data-count", String(total));
  await expect(page.getByTestId("part-range")).toContainText(`Part 1 of 2: segments 1–${n(PART_SIZE)} of ${n(total)}`);
  expect(await page.getByTestId("segment-row").count()).toBeLessThan(100); // still a virtual list
  // The page stays put: its live catch-up of a part of rows just imported once reloaded it every second.
  await page.waitForTimeout(4_000);
  expect(streams).toBe(1);

  await page.getByTestId("part-next").click();
  await expect(page).toHaveURL(/\?part=2$/);
  await expect(page.getByTestId("part-range")).toContainText(`Part 2 of 2: segments ${n(PART_SIZE + 1)}–${n(total)} of ${n(total)}`);
  const first = row(page, PART_SIZE + 1);
  await expect(first).toContainText(`Ligne ${PART_SIZE + 1}.`);
  await first.getByTestId("segment-target").click();
  await page.keyboard.type(`Line ${PART_SIZE + 1}.`);
  await page.keyboard.press("Control+Enter");
  await page.keyboard.press("Escape");
  await expectAllSaved(page);
  await expect(page.getByTestId("progress-summary")).toContainText(new RegExp(`^1 of ${n(total)} segments`));
  await page.getByTestId("export-menu").locator("summary").click();
  await expect(page.getByTestId("export-menu")).toContainText(`${n(total - 1)} of ${n(total)}`);

  // A link to a segment of the other part (as the activity view makes them) opens that part.
  await page.goto(`${url.split("?")[0]}#segment-${PART_SIZE + 3}`);
  await expect(page).toHaveURL(new RegExp(`\\?part=2#segment-${PART_SIZE + 3}$`));
  await expect(row(page, PART_SIZE + 3)).toBeVisible();

  // The find bar counts the whole document too, and leads to the nearest match in another part.
  await page.getByTestId("part-first").or(page.getByTestId("part-previous")).first().click();
  await expect(page.getByTestId("part-range")).toContainText(/Part 1 of 2/);
  await row(page, 1).getByTestId("segment-target").focus();
  await page.keyboard.press("Control+f");
  const bar = page.getByTestId("find-bar");
  await bar.getByTestId("find-query").fill(`Ligne ${PART_SIZE + 40}.`);
  await expect(bar.getByTestId("find-count")).toHaveText("No matches");
  await expect(bar.getByTestId("find-document")).toHaveText("1 match in the whole document");
  await bar.getByTestId("find-nextPart").click();
  await expect(page).toHaveURL(new RegExp(`\\?part=2#segment-${PART_SIZE + 40}$`));
  await expect(row(page, PART_SIZE + 40)).toBeVisible();
});
