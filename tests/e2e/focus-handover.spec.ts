import { expect, test } from "@playwright/test";
import { importPasted, row } from "./helpers";
import { watchFocusRests } from "./focus-helpers";

// An editor mounts a few tasks and a frame after its row opens. The focus must be held somewhere in
// the meantime: resting on <body>, even for a moment, makes a screen reader announce the whole page
// and sends the next key nowhere. The CPU is slowed down as on a busy machine, so that moment is long.
test("focus goes from a row to its editor and from editor to editor (Enter, Ctrl+Enter, Alt+↓, Ctrl+G, a typed key) without resting on <body>", async ({
  page,
}) => {
  await importPasted(page, "Passage du focus", "Une phrase. Deux phrases. Trois phrases. Quatre phrases. Cinq phrases.");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
  const rests = await watchFocusRests(page);
  const editorOf = (n: number) => row(page, n).getByTestId("target-editor");

  // Enter on a row's English cell opens its editor.
  await row(page, 1).getByTestId("segment-target").focus();
  await page.keyboard.press("Enter");
  await expect(editorOf(1)).toBeFocused();
  expect.soft(await rests(), "Enter on the row").toEqual([]);

  // Ctrl+Enter confirms and opens the next segment's editor.
  await page.keyboard.type("One sentence.");
  await page.keyboard.press("Control+Enter");
  await expect(editorOf(2)).toBeFocused();
  await expect(row(page, 1)).toHaveAttribute("data-status", "translated");
  expect.soft(await rests(), "Ctrl+Enter").toEqual([]);

  // Alt+↓ moves on without confirming.
  await page.keyboard.press("Alt+ArrowDown");
  await expect(editorOf(3)).toBeFocused();
  expect.soft(await rests(), "Alt+↓").toEqual([]);

  // The go-to dialog closes onto another segment's editor.
  await page.keyboard.press("Control+g");
  await expect(page.getByTestId("goto-dialog").getByLabel(/Segment number/)).toBeFocused();
  await page.keyboard.type("5");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("goto-dialog")).toBeHidden();
  await expect(editorOf(5)).toBeFocused();
  expect.soft(await rests(), "Ctrl+G").toEqual([]);

  // Esc gives the focus back to the row; a letter typed there opens the editor with that letter in it.
  await page.keyboard.press("Escape");
  await expect(row(page, 5).getByTestId("segment-target")).toBeFocused();
  await page.keyboard.type("Five");
  await expect(editorOf(5)).toBeFocused();
  await expect(editorOf(5)).toHaveText("Five");
  expect.soft(await rests(), "Esc, then a typed key on the row").toEqual([]);
});

// A move typed right after a click reaches the grid before the editor exists: the focus then waits on
// the row's English cell, and the grid moves on as the editor would have.
test("Alt+↓ pressed while the clicked row's editor is still mounting moves to the next segment", async ({ page }) => {
  await importPasted(page, "Touche pendant l'ouverture", "Une phrase. Deux phrases. Trois phrases.");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
  const heldOn = await row(page, 1)
    .getByTestId("segment-target")
    .evaluate(async (button: HTMLElement) => {
      button.focus();
      button.click();
      const opened = button.ownerDocument.querySelector("[data-row-number='1'] [data-testid=segment-row]")!;
      while (!opened.classList.contains("seg-row--active")) await new Promise((resolve) => setTimeout(resolve, 0));
      const focused = document.activeElement as HTMLElement;
      focused.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", code: "ArrowDown", altKey: true, bubbles: true, cancelable: true }));
      return focused.className;
    });
  // The key was pressed during the wait, not in the editor.
  expect(heldOn).toBe("seg-row__target");
  await expect(row(page, 2)).toHaveClass(/seg-row--active/);
  await expect(row(page, 2).getByTestId("target-editor")).toBeFocused();
});
