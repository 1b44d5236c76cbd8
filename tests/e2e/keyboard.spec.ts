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
