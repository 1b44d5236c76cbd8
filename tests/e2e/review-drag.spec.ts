import { expect, test } from "@playwright/test";
import { expectAllSaved, importPasted, row } from "./helpers";
import { expectTrapped, wordBox } from "./focus-helpers";

test("review mode: dragging across words selects them and their segment on the first try, even past the end of the text; the reject dialog returns focus to the column", async ({
  page,
}) => {
  await importPasted(page, "Glisser en relecture", "Le contrat vaut 200 millions. Le groupe refuse de céder.");
  await row(page, 1).getByTestId("segment-target").click();
  for (const text of ["The contract is worth 200 million.", "The group refuses to give in."]) {
    await expect(page.getByTestId("target-editor")).toBeFocused();
    await page.keyboard.type(text);
    await page.keyboard.press("Control+Enter");
  }
  await expectAllSaved(page);
  await page.getByTestId("open-review").click();

  // A drag from "refuses" past the end of segment 2's English (the last of its paragraph), with
  // nothing selected before: the button goes up beside the text, not on it.
  const english = page.getByTestId("review-target").locator("[data-number='2']");
  await expect(english).toHaveText("The group refuses to give in.");
  const start = await wordBox(english, "refuses");
  const end = await wordBox(english, "in.");
  await page.mouse.move(start.x + 1, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2, { steps: 3 });
  await page.mouse.move(end.x + end.width + 40, end.y + end.height / 2, { steps: 6 });
  await page.mouse.up();
  expect(await page.evaluate(() => getSelection()!.toString().trim())).toBe("refuses to give in.");
  const inspector = page.getByTestId("review-inspector");
  await expect(inspector.getByRole("heading", { level: 2 })).toHaveText("Segment 2");
  await expect(inspector.getByText("Comment on the selected words: “refuses to give in.”")).toBeVisible();
  // A drag inside a segment's text works as before.
  const first = page.getByTestId("review-target").locator("[data-number='1']");
  const from = await wordBox(first, "contract");
  const to = await wordBox(first, "worth");
  await page.mouse.move(from.x + 1, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width - 1, to.y + to.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect(inspector.getByRole("heading", { level: 2 })).toHaveText("Segment 1");
  await expect(inspector.getByText("Comment on the selected words: “contract is worth”")).toBeVisible();

  // Alt+R from the column: the dialog traps focus and gives it back to the column.
  await page.keyboard.press("Alt+r");
  const dialog = page.getByTestId("reject-dialog");
  await expect(dialog.getByRole("textbox")).toBeFocused();
  await expectTrapped(page, dialog, "Tab", 4);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("review-target")).toBeFocused();
});
