import { expect, test, type Locator, type Page } from "@playwright/test";
import { OWNER_STATE } from "./accounts";
import { expectAllSaved, importPasted, row, selectInSource } from "./helpers";

/**
 * Imports pasted French into a project of its own: the glosses made here would otherwise join the
 * demo project's glossary, which other specs count.
 */
async function importInOwnProject(page: Page, title: string, text: string) {
  await page.goto("/en");
  const name = `${title} ${Date.now()}`;
  await page.getByLabel("Project name").fill(name);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await page.getByLabel("…or paste the text").fill(text);
  await page.getByLabel("Title (optional)").fill(title);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("document-title")).toHaveText(title);
}

/** Whether focus sits on <body> (or nowhere), where a keyboard user has lost their place. */
const focusOnBody = (page: Page) => page.evaluate(() => !document.activeElement || document.activeElement === document.body);

/**
 * Records every time focus rests on <body> for half a second or more. A focus move passes through
 * <body> for a moment, and the grid gives focus back to a row one animation frame after its editor
 * closes (late on a busy machine); neither is a lost place.
 */
async function watchBodyFocus(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { bodyFocus: string[] };
    w.bodyFocus = [];
    document.addEventListener("focusout", (event) => {
      const left = event.target as HTMLElement;
      const what = `${left.tagName.toLowerCase()}[${left.getAttribute("data-testid") ?? left.className}]`;
      window.setTimeout(() => {
        if (!document.activeElement || document.activeElement === document.body) w.bodyFocus.push(`after leaving ${what}`);
      }, 500);
    }, true);
  });
  return () => page.evaluate(() => (window as unknown as { bodyFocus: string[] }).bodyFocus);
}

/** Presses Tab (or Shift+Tab) `times` times and checks after each that focus is still inside `dialog`. */
async function expectTrapped(page: Page, dialog: Locator, key: "Tab" | "Shift+Tab", times: number) {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    const inside = await dialog.evaluate((element) => element.contains(document.activeElement) && document.activeElement !== element);
    expect(inside, `${key} #${i + 1} left the dialog`).toBe(true);
  }
}

test("the gloss dialog: Alt+G, English field first, Tab stays inside, Esc and Ctrl+Enter close it back to the French text, the toolbar goes", async ({ page }) => {
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
  await row(page, 2).getByTestId("source-editor").click({ position: { x: 2, y: 4 } });
  await expect(row(page, 2).getByTestId("selection-toolbar")).toHaveCount(0);
  // Moving into the English leaves no toolbar behind in the French either.
  await selectInSource(row(page, 2), "souris");
  await expect(row(page, 2).getByTestId("selection-toolbar")).toBeVisible();
  await row(page, 1).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await expect(page.getByTestId("selection-toolbar")).toHaveCount(0);
});

test("the reject dialog: Alt+R in the editor, reason first, Tab stays inside, Esc and Ctrl+Enter return to the editor; the history dialog likewise", async ({ page }) => {
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

  // The history of the segment: modal, Esc gives focus back to its button.
  const historyButton = row(page, 1).getByRole("button", { name: "History of segment 1" });
  await historyButton.focus();
  await page.keyboard.press("Enter");
  const history = page.getByTestId("history-panel");
  await expect(history.getByRole("button", { name: "Close" })).toBeFocused();
  await expectTrapped(page, history, "Shift+Tab", 4);
  await page.keyboard.press("Escape");
  await expect(history).toBeHidden();
  await expect(historyButton).toBeFocused();
});

test("the conflict dialog: Tab stays inside, Esc defers the choice to a reminder, Ctrl+Enter keeps my version", async ({ browser }) => {
  const context = await browser.newContext({ storageState: OWNER_STATE });
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  const url = await importPasted(tabA, "Dialogue de conflit", "Une phrase. Deux phrases.");
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

  // Comment on segment 1: Tab to its comments button, write, send with Ctrl+Enter.
  const comments = row(page, 1).getByTestId("comments-button");
  for (let i = 0; i < 8 && !(await comments.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(comments).toBeFocused();
  await page.keyboard.press("Enter");
  const panel = page.getByTestId("comments-panel");
  await expect(panel).toBeVisible();
  const box = panel.getByLabel("New comment");
  for (let i = 0; i < 6 && !(await box.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(box).toBeFocused();
  await page.keyboard.type("Fixed in the glossary too.");
  await page.keyboard.press("Control+Enter");
  await expect(panel.getByTestId("comment-body").last()).toHaveText("Fixed in the glossary too.");
  // The comments are a modal dialog too: Esc from the box closes it, back on the button that opened it.
  await expectTrapped(page, panel, "Tab", 6);
  await box.focus();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(comments).toBeFocused();
  await expectAllSaved(page);
  expect(await focusOnBody(page)).toBe(false);
  expect(await lost()).toEqual([]);
});

test("review mode: dragging across words selects them and their segment on the first try, even past the end of the text; the reject dialog returns focus to the column", async ({ page }) => {
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

/** The client rectangle of `word` inside the element's text (its first occurrence). */
function wordBox(element: Locator, word: string) {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height };
    }
    throw new Error(`no « ${wanted} »`);
  }, word);
}
