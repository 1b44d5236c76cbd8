import { expect, test } from "@playwright/test";
import { expectAllSaved, importPasted, row } from "./helpers";

test("typing on a focused row opens its editor without losing the first key; Esc gives focus back", async ({ page }) => {
  await importPasted(page, "Clavier", "Première phrase. Deuxième phrase. Troisième phrase.");
  await row(page, 2).getByTestId("segment-target").focus();
  await page.keyboard.type("Second sentence.");
  const editor = row(page, 2).getByTestId("target-editor");
  await expect(editor).toBeFocused();
  await expect(editor).toHaveText("Second sentence.");
  await page.keyboard.press("Escape");
  await expect(row(page, 2).getByTestId("segment-target")).toBeFocused();
  await expectAllSaved(page);
  await page.reload();
  await expect(row(page, 2)).toHaveAttribute("data-status", "draft");
  await expect(row(page, 2).getByTestId("segment-target")).toHaveText("Second sentence.");
});

test("keys typed right after Ctrl+Enter, before the next editor exists, land in the next segment", async ({ page }) => {
  await importPasted(page, "Clavier rapide", "Première phrase. Deuxième phrase. Troisième phrase.");
  await row(page, 1).getByTestId("segment-target").click();
  await expect(row(page, 1).getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type("First sentence.");
  // No wait between the confirmation and the next words: a fast typist does not wait either.
  await page.keyboard.press("Control+Enter");
  await page.keyboard.type("Second sentence.");
  await expect(row(page, 2).getByTestId("target-editor")).toHaveText("Second sentence.");
  await page.keyboard.press("Alt+ArrowDown");
  await page.keyboard.type("Third");
  await expect(row(page, 3).getByTestId("target-editor")).toHaveText("Third");
  await page.keyboard.press("Escape");
  await expectAllSaved(page);
  await page.reload();
  await expect(row(page, 2).getByTestId("segment-target")).toHaveText("Second sentence.");
  await expect(row(page, 3).getByTestId("segment-target")).toHaveText("Third");
});
