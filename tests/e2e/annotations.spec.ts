import { expect, test } from "@playwright/test";
import { importPasted, row, selectInSource } from "./helpers";

test("notes on overlapping spans: right-click menu, keyboard card, edit, survive a merge and its undo, delete", async ({ page }) => {
  await importPasted(page, "Notes qui se chevauchent", "Le chat dort sur le canapé. Il rêve de souris.");
  page.on("dialog", (dialog) => void dialog.accept());

  // A note from the context menu: right-click on the selection focuses the Gloss / Note toolbar.
  await selectInSource(row(page, 1), "dort sur le canapé");
  await row(page, 1).getByTestId("source-editor").dispatchEvent("contextmenu");
  const toolbar = row(page, 1).getByTestId("selection-toolbar");
  await expect(toolbar.getByRole("button", { name: /Gloss/ })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const dialog = page.getByTestId("annotate-dialog");
  await dialog.getByLabel("Note").fill("A cat nap.\n<img src=x onerror=alert(1)>");
  await dialog.getByRole("button", { name: "Save note" }).click();
  await expect(dialog).toBeHidden();

  // A second note overlapping the first, with the shortcut.
  await selectInSource(row(page, 1), "chat dort sur");
  await page.keyboard.press("Alt+n");
  await dialog.getByLabel("Note").fill("Sofa.");
  await dialog.getByRole("button", { name: "Save note" }).click();
  await expect(dialog).toBeHidden();
  // Two overlapping notes render as three nested or adjacent spans.
  const spans = row(page, 1).locator('span[data-type="annotation"]');
  await expect(spans).toHaveCount(3);
  expect((await spans.allTextContents()).join("")).toContain("dort sur le canapé");

  // Keyboard: the caret inside the overlap shows both notes, as text (the markup is not run).
  const source = row(page, 1).getByTestId("source-editor");
  // A click at the very start puts the caret at offset 0 (focus alone restores the previous selection).
  await source.click({ position: { x: 1, y: 4 } });
  await expect(row(page, 1).getByTestId("selection-toolbar")).toHaveCount(0);
  for (let i = 0; i < "Le chat dort s".length; i++) await page.keyboard.press("ArrowRight");
  const card = row(page, 1).getByTestId("annotation-card");
  await expect(card.getByTestId("card-annotation-body")).toHaveCount(2);
  await expect(card).toContainText("<img src=x onerror=alert(1)>");

  // Edit the first note from its card.
  await card.getByRole("button", { name: "Edit" }).first().click();
  await card.getByRole("textbox").fill("A cat nap on the sofa.");
  await card.getByRole("button", { name: "Save" }).click();
  await expect(card).toContainText("A cat nap on the sofa.");

  // Merge with the next segment and undo: the notes follow their text both ways.
  await row(page, 1).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.press("Control+Shift+J");
  await expect(page.getByTestId("segment-row")).toHaveCount(1);
  await expect(row(page, 1)).toContainText("Le chat dort sur le canapé. Il rêve de souris.");
  expect((await row(page, 1).locator('span[data-type="annotation"]').allTextContents()).join("")).toContain("dort sur le canapé");

  // A note across the joint, then undo the merge: that note cannot be in two segments.
  await selectInSource(row(page, 1), "canapé. Il rêve");
  await page.keyboard.press("Alt+n");
  await dialog.getByLabel("Note").fill("Across the cut.");
  await dialog.getByRole("button", { name: "Save note" }).click();
  await expect(dialog).toBeHidden();
  await row(page, 1).getByTestId("source-editor").focus();
  await page.keyboard.press("Control+Alt+Z");
  await expect(page.getByTestId("segment-row")).toHaveCount(2);
  await expect(page.getByTestId("orphan")).toHaveCount(1);

  // After a reload, the two notes sit on their text; the one that straddled the cut waits in the orphan list.
  await page.reload();
  await expect(page.getByTestId("segment-row")).toHaveCount(2);
  const texts = await row(page, 1).locator('span[data-type="annotation"]').allTextContents();
  expect(texts.join("")).toContain("dort sur le canapé");
  await expect(page.getByTestId("orphan")).toHaveCount(1);
  await expect(page.getByTestId("orphan")).toContainText("canapé. Il rêve");

  // Re-attach the orphan to a selection, then delete the first note from its card.
  await selectInSource(row(page, 2), "rêve de souris");
  await page.getByTestId("orphan").getByRole("button", { name: "Re-attach to the selected text" }).click();
  await expect(page.getByTestId("orphans")).toHaveCount(0);
  await expect(row(page, 2).locator('span[data-type="annotation"]')).toHaveText("rêve de souris");
  await row(page, 2).locator('span[data-type="annotation"]').hover();
  await row(page, 2).getByTestId("annotation-card").getByRole("button", { name: "Delete" }).click();
  await expect(row(page, 2).locator('span[data-type="annotation"]')).toHaveCount(0);
  await expect(row(page, 1).locator('span[data-type="annotation"]').first()).toBeVisible();
});
