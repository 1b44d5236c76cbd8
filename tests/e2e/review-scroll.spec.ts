import { expect, test } from "@playwright/test";
import { alignPastedEnglish, importPasted } from "./helpers";

// 40 paragraphs; the English ones are much shorter than the French, so the columns differ in height
// and scrolling both by the same pixels would drift apart.
const FRENCH = Array.from(
  { length: 40 },
  (_, i) =>
    `Paragraphe ${i + 1} : le Pentagone a longuement exposé ses exigences au groupe, qui a répondu par une lettre détaillée et argumentée. Les négociations ont repris le lendemain matin.`,
).join("\n\n");
const ENGLISH = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}: the Pentagon set out its demands. Talks resumed the next day.`).join("\n\n");

test("review mode scrolls the English column with the French one, paragraph by paragraph", async ({ page }) => {
  await importPasted(page, "Défilement", FRENCH);
  await alignPastedEnglish(page, ENGLISH);
  await expect(page.getByTestId("align-result")).toContainText("80 pairs");
  await page.getByTestId("open-review").click();

  const french = page.getByTestId("review-source");
  const english = page.getByTestId("review-target");
  await expect(english.locator("[data-number='1']")).toHaveText("Paragraph 1: the Pentagon set out its demands.");
  // The paragraph at the top of a column (the one under its top edge).
  const topParagraph = (pane: typeof french) =>
    pane.evaluate((el) => {
      const top = el.getBoundingClientRect().top + 2;
      const blocks = [...el.querySelectorAll<HTMLElement>("[data-paragraph-id]")];
      return blocks.find((b) => b.getBoundingClientRect().bottom > top)?.textContent?.match(/\d+/)?.[0];
    });

  await french.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect.poll(() => english.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect.poll(async () => (await topParagraph(english)) === (await topParagraph(french))).toBe(true);
  const middle = Number(await topParagraph(french));
  expect(middle).toBeGreaterThan(10);

  // And the other way round: scrolling the English back to the top brings the French along.
  await english.evaluate((el) => el.scrollTo(0, 0));
  await expect.poll(() => french.evaluate((el) => el.scrollTop)).toBe(0);

  // Keyboard: J moves through segments and brings the selected one into view in both columns.
  await page.locator("h1").click();
  for (let i = 0; i < 3; i++) await page.keyboard.press("j");
  await expect(page.getByTestId("review-inspector").getByRole("heading", { level: 2 })).toHaveText("Segment 3");
  await expect(french.locator(".review-seg--selected")).toBeVisible();
});
