import { expect, test, type Locator } from "@playwright/test";
import { expectAllSaved, importPasted, row } from "./helpers";

/** The bar's figures for one status, from its legend ("0" when the status is absent). */
async function figures(progress: Locator, status: string) {
  const item = progress.locator(`li[data-status="${status}"]`);
  if ((await item.count()) === 0) return { segments: 0, words: 0 };
  return { segments: Number(await item.getAttribute("data-segments")), words: Number(await item.getAttribute("data-words")) };
}

test("the progress bar shows every status in segments and source words, and moves as one works", async ({ page }) => {
  const title = `Progress ${Date.now()}`;
  await importPasted(page, title, "Il pleut beaucoup. Il fait froid. Le vent souffle fort ce soir.");
  const progress = page.locator(".workbench").getByTestId("progress");
  // Three new segments of 3 + 3 + 6 French words; the legend says so in words, not colour alone.
  await expect(progress.locator('li[data-status="new"]')).toHaveText("New: 3 segments, 12 words");
  expect(await figures(progress, "draft")).toEqual({ segments: 0, words: 0 });

  // Typing makes segment 1 a draft; confirming it moves it from draft to translated.
  await row(page, 1).getByTestId("segment-target").click();
  await page.keyboard.type("It is raining hard.");
  await expect(progress.locator('li[data-status="draft"]')).toHaveText("Draft: 1 segment, 3 words");
  expect(await figures(progress, "new")).toEqual({ segments: 2, words: 9 });
  await page.keyboard.press("Control+Enter");
  await expect(progress.locator('li[data-status="translated"]')).toHaveText("Translated: 1 segment, 3 words");
  expect(await figures(progress, "draft")).toEqual({ segments: 0, words: 0 });
  await expect(progress.getByTestId("progress-summary")).toHaveText("1 of 3 segments · 3 of 12 source words translated");
  await page.keyboard.press("Escape");
  await expectAllSaved(page);

  // The project page shows the same figures for the document, and the project's own bar.
  await page.goto(page.url().replace(/\/documents\/.*$/, ""));
  const card = page.getByTestId("document-list").locator("li", { hasText: title });
  expect(await figures(card.getByTestId("progress"), "translated")).toEqual({ segments: 1, words: 3 });
  expect((await figures(page.getByTestId("project-progress"), "translated")).segments).toBeGreaterThanOrEqual(1);

  // In French, the legend agrees in number: « 1 segment », « 3 mots ».
  await page.goto(page.url().replace("/en/", "/fr/"));
  await expect(page.getByTestId("document-list").locator("li", { hasText: title }).locator('li[data-status="translated"]')).toHaveText(
    "Traduit : 1 segment, 3 mots",
  );
});
