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
  const panel = page.getByTestId("find-bar");
  await panel.getByLabel("Find").fill("dod");
  await panel.getByRole("combobox", { name: /^In/ }).selectOption("target");
  await expect(panel.getByTestId("find-count")).toHaveText("2 matches");
  await panel.getByRole("button", { name: "Next" }).click();
  await expect(panel.getByTestId("find-count")).toHaveText("1 of 2 matches");

  await panel.getByLabel("Replace in translations with").fill("Pentagon");
  await panel.getByRole("button", { name: "Preview all replacements" }).click();
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

test("Ctrl+F in the grid opens the find bar (not elsewhere), highlights the matches, replaces one at a time, and words a broken expression", async ({
  page,
}) => {
  await importPasted(page, "Recherche une à une", "Le DoD parle. Le DoD agit. Le DoD attend.");
  for (const [n, text] of [
    [1, "The DoD speaks."],
    [2, "The DoD acts."],
    [3, "The DoD waits."],
  ] as const) {
    await row(page, n).getByTestId("segment-target").click();
    await page.keyboard.type(text);
    await expect(row(page, n).getByTestId("target-editor")).toHaveText(text);
    await page.keyboard.press("Escape");
  }
  await expectAllSaved(page);

  // Outside the grid the browser's own find is left alone: the key press is not taken.
  await page.getByTestId("search-toggle").focus();
  await page.evaluate(() => window.addEventListener("keydown", (e) => ((window as unknown as { lastFind: boolean }).lastFind = e.defaultPrevented)));
  await page.keyboard.press("Control+f");
  expect(await page.evaluate(() => (window as unknown as { lastFind: boolean }).lastFind)).toBe(false);
  await expect(page.getByTestId("find-bar")).toBeHidden();

  await row(page, 2).getByTestId("segment-target").focus();
  await page.keyboard.press("Control+f");
  const bar = page.getByTestId("find-bar");
  await expect(bar.getByTestId("find-query")).toBeFocused();
  await page.keyboard.type("dod");
  await expect(bar.getByTestId("find-count")).toHaveText("6 matches");
  // Every match on screen is painted, French and English.
  await expect.poll(() => page.evaluate(() => CSS.highlights.get("find-match")?.size ?? 0)).toBe(6);
  await bar.getByRole("combobox", { name: /^In/ }).selectOption("target");
  await bar.getByTestId("find-query").press("Enter");
  await bar.getByTestId("find-query").press("Enter");
  await expect(bar.getByTestId("find-count")).toHaveText("2 of 3 matches");
  await expect.poll(() => page.evaluate(() => CSS.highlights.get("find-current")?.size ?? 0)).toBe(1);

  await bar.getByLabel("Replace in translations with").fill("Pentagon");
  await bar.getByRole("button", { name: "Replace", exact: true }).click();
  await expect(bar.getByTestId("replace-result")).toHaveText("Replaced in segment 2; it is in the segment's history.");
  await expect(row(page, 2).getByTestId("segment-target")).toHaveText("The Pentagon acts.");
  await expect(row(page, 1).getByTestId("segment-target")).toHaveText("The DoD speaks.");
  await expect(row(page, 3).getByTestId("segment-target")).toHaveText("The DoD waits.");
  // It went on to the next match, in segment 3.
  await expect(bar.getByTestId("find-count")).toHaveText("2 of 2 matches");

  await bar.getByLabel("Regular expression").check();
  await bar.getByTestId("find-query").fill("(DoD");
  await expect(bar.getByTestId("find-count")).toHaveText("This regular expression has a group that is not closed: add the missing “)”.");
  await bar.getByTestId("find-query").press("Escape");
  await expect(bar).toBeHidden();
  await page.reload();
  await expect(row(page, 2).getByTestId("segment-target")).toHaveText("The Pentagon acts.");
});
