import { expect, test } from "@playwright/test";
import { expectAllSaved, importPasted, row } from "./helpers";

test("the history of a segment shows each saved version with a word diff, and restores an older one", async ({ page }) => {
  await importPasted(page, "Historique", "Anthropic a refusé l’offre du Pentagone.");
  await row(page, 1).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type("Anthropic refused the offer.");
  await page.keyboard.press("Control+Enter");
  await expectAllSaved(page);
  // The only segment: Ctrl+Enter confirms it and stays in its editor, saying there is nothing left.
  await expect(page.getByTestId("nav-message")).toHaveText("No segment left to confirm after this one.");
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("Anthropic turned down the Pentagon's offer.");
  await page.keyboard.press("Escape");
  await expectAllSaved(page);

  await page.getByRole("button", { name: "History of segment 1" }).click();
  const panel = page.getByTestId("history-panel");
  await expect(panel.getByTestId("revision")).toHaveCount(2);
  const compare = panel.getByTestId("history-compare");
  await expect(compare.locator("del")).toContainText(["refused"]);
  await expect(compare.locator("ins").first()).toContainText("turned");

  await panel.getByRole("button", { name: /Restore v2/ }).click();
  await expect(panel.getByTestId("revision")).toHaveCount(3);
  await expect(row(page, 1).getByTestId("segment-target")).toHaveText("Anthropic refused the offer.");

  await page.reload();
  await expect(row(page, 1).getByTestId("segment-target")).toHaveText("Anthropic refused the offer.");
});
