import { expect, test } from "@playwright/test";
import { expectAllSaved, importPasted, row } from "./helpers";

test("search the translations, preview a replacement, apply it as one batch and undo it in one step", async ({ page }) => {
  await importPasted(page, "Recherche", "Le DoD parle. Le DoD agit. Rien.");
  await row(page, 1).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type("The DoD speaks.");
  await page.keyboard.press("Control+Enter");
  await expect(row(page, 2).getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type("The DoD acts.");
  await page.keyboard.press("Control+Enter");
  await expectAllSaved(page);

  await page.getByTestId("search-toggle").click();
  const panel = page.getByTestId("search-panel");
  await panel.getByLabel("Find").fill("dod");
  await panel.getByRole("combobox", { name: /^In/ }).selectOption("target");
  await expect(panel.getByTestId("search-count")).toContainText("2 matches");
  await panel.getByRole("button", { name: "Next" }).click();
  await expect(row(page, 1).getByTestId("segment-target")).toBeFocused();

  await panel.getByLabel("Replace in translations with").fill("Pentagon");
  await panel.getByRole("button", { name: "Preview replacements" }).click();
  const preview = panel.getByTestId("replace-preview");
  await expect(preview.locator("li")).toHaveCount(2);
  await expect(preview.locator("ins").first()).toHaveText("Pentagon");
  await panel.getByRole("button", { name: "Replace in 2 translations" }).click();
  await expect(panel.getByTestId("replace-result")).toContainText("Replaced in 2 translations");
  await expect(row(page, 1).getByTestId("segment-target")).toHaveText("The Pentagon speaks.");
  await expect(row(page, 2).getByTestId("segment-target")).toHaveText("The Pentagon acts.");

  await panel.getByRole("button", { name: "Undo this replacement" }).click();
  await expect(panel.getByTestId("replace-result")).toHaveText("Replacement undone.");
  await page.reload();
  await expect(row(page, 1).getByTestId("segment-target")).toHaveText("The DoD speaks.");
  await expect(row(page, 2).getByTestId("segment-target")).toHaveText("The DoD acts.");
});
