import { expect, test, type Page } from "@playwright/test";
import { OWNER_STATE } from "./accounts";
import { expectAllSaved, importPasted, row, selectInSource } from "./helpers";
import { expectTrapped, focusOnBody, importInOwnProject, watchBodyFocus } from "./focus-helpers";

test("the gloss dialog: Alt+G, English field first, Tab stays inside, Esc and Ctrl+Enter close it back to the French text, the toolbar goes", async ({
  page,
}) => {
  await importInOwnProject(page, "Dialogue de glose", "Le chat dort sur le canapé. Il rêve de souris.");
  const source = row(page, 1).getByTestId("source-editor");
  await selectInSource(row(page, 1), "canapé");
  await expect(row(page, 1).getByTestId("selection-toolbar")).toBeVisible();

  await page.keyboard.press("Alt+g");
  const dialog = page.getByTestId("annotate-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName("Gloss « canapé »");
  await expect(dialog.getByLabel("French term")).toHaveValue("canapé");
  await expect(dialog.getByLabel("Preferred English equivalent")).toBeFocused();
  await expectTrapped(page, dialog, "Tab", 14);
  await expectTrapped(page, dialog, "Shift+Tab", 14);

  // Esc from a field further down closes it; focus is back in the French text, the toolbar is gone.
  await dialog.getByLabel("Usage note").focus();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(source).toBeFocused();
  await expect(row(page, 1).getByTestId("selection-toolbar")).toHaveCount(0);

  // Again from the same selection; Ctrl+Enter from the note field saves the gloss.
  await page.keyboard.press("Alt+g");
  await expect(dialog.getByLabel("Preferred English equivalent")).toBeFocused();
  await page.keyboard.type("sofa");
  await dialog.getByLabel("Usage note").focus();
  await page.keyboard.type("Any sofa.");
  await page.keyboard.press("Control+Enter");
  await expect(dialog).toBeHidden();
  await expect(row(page, 1).locator('span[data-type="gloss"]')).toHaveText("canapé");
  await expect(source).toBeFocused();
  await expect(row(page, 1).getByTestId("selection-toolbar")).toHaveCount(0);
  expect(await focusOnBody(page)).toBe(false);

  // A new selection brings the toolbar back; collapsing it (a click in the text) takes it away.
  await selectInSource(row(page, 2), "souris");
  await expect(row(page, 2).getByTestId("selection-toolbar")).toBeVisible();
  await row(page, 2)
    .getByTestId("source-editor")
    .click({ position: { x: 2, y: 4 } });
  await expect(row(page, 2).getByTestId("selection-toolbar")).toHaveCount(0);
  // Moving into the English leaves no toolbar behind in the French either.
  await selectInSource(row(page, 2), "souris");
  await expect(row(page, 2).getByTestId("selection-toolbar")).toBeVisible();
  await row(page, 1).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await expect(page.getByTestId("selection-toolbar")).toHaveCount(0);
});

test("the reject dialog: Alt+R in the editor, reason first, Tab stays inside, Esc and Ctrl+Enter return to the editor; the history dialog likewise", async ({
  page,
}) => {
  await importPasted(page, "Dialogue de rejet", "Le contrat reste en vigueur. Rien ne change.");
  await row(page, 1).getByTestId("segment-target").click();
  const editor = page.getByTestId("target-editor");
  await expect(editor).toBeFocused();
  await page.keyboard.type("The contract stays valid.");

  await page.keyboard.press("Alt+r");
  const dialog = page.getByTestId("reject-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName("Reject segment 1");
  const reason = dialog.getByLabel("Why? (kept as a comment for the translator)");
  await expect(reason).toBeFocused();
  await expectTrapped(page, dialog, "Tab", 5);
  await expectTrapped(page, dialog, "Shift+Tab", 5);

  await dialog.getByRole("button", { name: "Cancel" }).focus();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(editor).toBeFocused();

  await page.keyboard.press("Alt+r");
  await expect(reason).toBeFocused();
  await page.keyboard.type("“Stays valid” is not the legal term.");
  await page.keyboard.press("Control+Enter");
  await expect(dialog).toBeHidden();
  await expect(row(page, 1)).toHaveAttribute("data-status", "rejected");
  await expect(editor).toBeFocused();
  await expectAllSaved(page);
  await expect(row(page, 1).getByTestId("comments-button")).toHaveAccessibleName(/1/);

  // The history of the segment is a tab of the side panel, not a dialog: its button takes the focus there.
  const historyButton = row(page, 1).getByRole("button", { name: "History of segment 1" });
  await historyButton.focus();
  await page.keyboard.press("Enter");
  const panel = page.getByTestId("side-panel");
  await expect(panel.getByRole("tab", { name: "History" })).toHaveAttribute("aria-selected", "true");
  await expect(panel.getByTestId("history-panel")).toBeVisible();
  await expect(panel.getByRole("tabpanel")).toBeFocused();
});

test("the conflict dialog: Tab stays inside, Esc defers the choice to a reminder, Ctrl+Enter keeps my version", async ({ browser }) => {
  const context = await browser.newContext({ storageState: OWNER_STATE });
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  const url = await importPasted(tabA, "Dialogue de conflit", "Une phrase. Deux phrases.");
  // Tab B gets no live updates, so it keeps the old version and meets the conflict (see conflict.spec.ts).
  await tabB.route("**/events", (route) => route.abort());
  await tabB.goto(url);
  await row(tabA, 2).getByTestId("segment-target").click();
  await tabA.keyboard.type("Text from tab A.");
  await tabA.keyboard.press("Control+Enter");
  await expectAllSaved(tabA);

  await row(tabB, 2).getByTestId("segment-target").click();
  await expect(tabB.getByTestId("target-editor")).toBeFocused();
  await tabB.keyboard.type("Text from tab B.");
  await tabB.keyboard.press("Escape");
  const dialog = tabB.getByTestId("conflict-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName("This segment was changed by someone else");
  await expect(tabB.getByTestId("announcer")).toHaveText("Segment 2 was changed by someone else: choose a version");
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await expectTrapped(tabB, dialog, "Tab", 4);
  await expectTrapped(tabB, dialog, "Shift+Tab", 4);

  // Esc: decide later. The dialog goes, a reminder stays, focus is back where the user was.
  await tabB.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(tabB.getByTestId("conflict-reminder")).toBeVisible();
  expect(await focusOnBody(tabB)).toBe(false);
  await tabB.getByTestId("conflict-reminder").click();
  await expect(dialog).toBeVisible();

  // Ctrl+Enter keeps mine; it is saved over tab A's.
  await tabB.keyboard.press("Control+Enter");
  await expect(dialog).toBeHidden();
  await expect(tabB.getByTestId("conflict-reminder")).toHaveCount(0);
  await expectAllSaved(tabB);
  expect(await focusOnBody(tabB)).toBe(false);
  await tabA.reload();
  await expect(row(tabA, 2)).toContainText("Text from tab B.");
  await context.close();
});

test("keyboard only: translate, gloss (Alt+G), reject (Alt+R) and comment without focus ever landing on <body>", async ({ page }) => {
  await importInOwnProject(page, "Au clavier", "Le Pentagone exige des garanties. Anthropic refuse de céder.");
  const lost = await watchBodyFocus(page);
  await row(page, 1).getByTestId("segment-target").focus();
  await page.keyboard.press("Enter");
  const editor = page.getByTestId("target-editor");
  await expect(editor).toBeFocused();
  await page.keyboard.type("The Pentagon demands guarantees.");
  await page.keyboard.press("Control+Enter");
  await expect(row(page, 1)).toHaveAttribute("data-status", "translated");
  await expect(editor).toBeFocused(); // now segment 2's

  // Back to segment 1's French: Shift+Tab from segment 2's editor reaches it... through the grid.
  await page.keyboard.press("Alt+ArrowUp");
  await expect(row(page, 1).locator(".target-editor")).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(row(page, 1).getByTestId("source-editor")).toBeFocused();
  await page.keyboard.press("Home");
  for (let i = 0; i < "Le Pentagone".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Alt+g");
  const gloss = page.getByTestId("annotate-dialog");
  await expect(gloss.getByLabel("French term")).toHaveValue("Le Pentagone");
  await expect(gloss.getByLabel("Preferred English equivalent")).toBeFocused();
  await page.keyboard.type("the Pentagon");
  await page.keyboard.press("Control+Enter");
  await expect(gloss).toBeHidden();
  await expect(row(page, 1).locator('span[data-type="gloss"]')).toHaveText("Le Pentagone");
  await expect(row(page, 1).getByTestId("source-editor")).toBeFocused();

  // Reject it from its editor, still open beside the French: Tab reaches it.
  await page.keyboard.press("Tab");
  await expect(row(page, 1).locator(".target-editor")).toBeFocused();
  await page.keyboard.press("Alt+r");
  await expect(page.getByTestId("reject-dialog").getByRole("textbox")).toBeFocused();
  await page.keyboard.type("Say “requires”.");
  await page.keyboard.press("Control+Enter");
  await expect(row(page, 1)).toHaveAttribute("data-status", "rejected");
  await expect(editor).toBeFocused();
  await page.keyboard.press("Escape");
  expect(await focusOnBody(page)).toBe(false);

  // Comment on segment 1: Tab to its comments button, which opens the side panel's Notes and comments
  // tab and puts the focus in it; Tab on to the comment box, write, send with Ctrl+Enter.
  const comments = row(page, 1).getByTestId("comments-button");
  for (let i = 0; i < 8 && !(await comments.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(comments).toBeFocused();
  await page.keyboard.press("Enter");
  const panel = page.getByTestId("comments-panel");
  await expect(panel).toBeVisible();
  await expect(page.getByTestId("side-panel").getByRole("tabpanel")).toBeFocused();
  const box = panel.getByLabel("New comment");
  for (let i = 0; i < 20 && !(await box.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(box).toBeFocused();
  await page.keyboard.type("Fixed in the glossary too.");
  await page.keyboard.press("Control+Enter");
  await expect(panel.getByTestId("comment-body").last()).toHaveText("Fixed in the glossary too.");
  expect(await focusOnBody(page)).toBe(false);
  await expectAllSaved(page);
  expect(await focusOnBody(page)).toBe(false);
  expect(await lost()).toEqual([]);
});

/** Where the focus is, as a user would say it: which element, in which row. */
const whereFocus = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return "";
    return `${element.tagName}[${element.dataset.testid ?? element.className}] in row ${element.closest<HTMLElement>("[data-row-number]")?.dataset.rowNumber ?? "-"}`;
  });

test("the go-to dialog (Ctrl+G) and the shortcut list (F1): Tab stays inside, Esc closes, focus goes back to the editor or the row", async ({ page }) => {
  await importPasted(page, "Dialogues clavier", "Une phrase. Deux phrases. Trois phrases.");
  await row(page, 1).getByTestId("segment-target").click();
  const editor = page.getByTestId("target-editor");
  await expect(editor).toBeFocused();

  // Ctrl+G from the editor: the number field first, Tab and Shift+Tab stay inside, Esc from a button
  // gives the focus back to the editor.
  await page.keyboard.press("Control+g");
  const goTo = page.getByTestId("goto-dialog");
  await expect(goTo).toBeVisible();
  const number = goTo.locator('input[name="number"]');
  await expect(number).toBeFocused();
  await expectTrapped(page, goTo, "Tab", 5);
  await expectTrapped(page, goTo, "Shift+Tab", 5);
  await goTo.getByRole("button", { name: "Cancel" }).focus();
  await page.keyboard.press("Escape");
  await expect(goTo).toBeHidden();
  await expect(row(page, 1).getByTestId("target-editor")).toBeFocused();

  // Going somewhere lands in that segment's editor.
  await page.keyboard.press("Control+g");
  await expect(number).toBeFocused();
  await page.keyboard.type("3");
  await page.keyboard.press("Enter");
  await expect(goTo).toBeHidden();
  await expect(row(page, 3).getByTestId("target-editor")).toBeFocused();

  // F1 from the row (editor closed): the list keeps the focus, Esc gives it back to the row.
  await page.keyboard.press("Escape");
  await expect(editor).toHaveCount(0);
  const focusedRow = await whereFocus(page);
  expect(focusedRow).toContain("in row 3");
  expect(await focusOnBody(page)).toBe(false);
  await page.keyboard.press("F1");
  const help = page.getByTestId("shortcut-help");
  await expect(help).toBeVisible();
  expect(await help.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await expectTrapped(page, help, "Tab", 6);
  await expectTrapped(page, help, "Shift+Tab", 6);
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  expect(await whereFocus(page)).toBe(focusedRow);
  expect(await focusOnBody(page)).toBe(false);
});
