/** Helpers of the dialog and focus end-to-end tests. */
import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Imports pasted French into a project of its own: the glosses made here would otherwise join the
 * demo project's glossary, which other specs count.
 */
export async function importInOwnProject(page: Page, title: string, text: string) {
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
export const focusOnBody = (page: Page) => page.evaluate(() => !document.activeElement || document.activeElement === document.body);

/**
 * Records every time focus rests on <body> for half a second or more. A focus move passes through
 * <body> for a moment, and the grid gives focus back to a row one animation frame after its editor
 * closes (late on a busy machine); neither is a lost place.
 */
export async function watchBodyFocus(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { bodyFocus: string[] };
    w.bodyFocus = [];
    document.addEventListener(
      "focusout",
      (event) => {
        const left = event.target as HTMLElement;
        const what = `${left.tagName.toLowerCase()}[${left.getAttribute("data-testid") ?? left.className}]`;
        window.setTimeout(() => {
          if (!document.activeElement || document.activeElement === document.body) w.bodyFocus.push(`after leaving ${what}`);
        }, 500);
      },
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { bodyFocus: string[] }).bodyFocus);
}

/**
 * Records every moment focus rests on <body>, however short: after focus leaves an element for
 * nowhere (a focusout with no element taking it, as when the focused element is removed), the
 * watcher looks again once the script that moved it has finished — after each DOM change (a
 * MutationObserver runs then) and at the next task. A hand-over done within one task passes; one
 * that waits for a render or a frame (a screen reader announces <body>, a key goes nowhere) is caught.
 * Returns a function that reads and clears the record, so each keyboard step can be checked alone.
 */
export async function watchFocusRests(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { focusRests: string[] };
    w.focusRests = [];
    let lostFrom: string | null = null;
    const check = () => {
      if (lostFrom !== null && (!document.activeElement || document.activeElement === document.body)) w.focusRests.push(`on <body> after leaving ${lostFrom}`);
      lostFrom = null;
    };
    document.addEventListener(
      "focusout",
      (event) => {
        if (event.relatedTarget) return;
        const left = event.target as HTMLElement;
        lostFrom = `${left.tagName.toLowerCase()}[${left.getAttribute("data-testid") ?? left.className}]`;
        window.setTimeout(check, 0);
      },
      true,
    );
    document.addEventListener("focusin", () => (lostFrom = null), true);
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { focusRests: string[] };
      return w.focusRests.splice(0);
    });
}

/** Presses Tab (or Shift+Tab) `times` times and checks after each that focus is still inside `dialog`. */
export async function expectTrapped(page: Page, dialog: Locator, key: "Tab" | "Shift+Tab", times: number) {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    const inside = await dialog.evaluate((element) => element.contains(document.activeElement) && document.activeElement !== element);
    expect(inside, `${key} #${i + 1} left the dialog`).toBe(true);
  }
}

/** The client rectangle of `word` inside the element's text (its first occurrence). */
export function wordBox(element: Locator, word: string) {
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
