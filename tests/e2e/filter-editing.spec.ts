import { expect, test, type Page } from "@playwright/test";
import { storedSegment } from "./e2e-db";
import { expectAllSaved, importPasted, row } from "./helpers";

const FRENCH = "Un. Deux. Trois. Quatre. Cinq. Six. Sept. Huit.";

/** Opens segment n's editor from the full list and types a word at the end of its English. */
async function openAndType(page: Page, n: number, word: string) {
  await page.getByTestId("row-filter").selectOption("all");
  await row(page, n).getByTestId("segment-target").click();
  await expect(row(page, n).getByTestId("target-editor")).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.type(word);
}

test("every filter of the Show menu, chosen while a segment is open before, inside or after the filtered rows, keeps the page and the text", async ({
  page,
}) => {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`));

  await importPasted(page, "Filtres", FRENCH);
  // Segments 3-5 translated (the filtered range of "Translated"), 6 a draft, the rest new.
  await row(page, 3).getByTestId("segment-target").click();
  for (const [n, english] of [
    [3, "Three."],
    [4, "Four."],
    [5, "Five."],
  ] as const) {
    await expect(row(page, n).getByTestId("target-editor")).toBeFocused();
    await page.keyboard.type(english);
    await page.keyboard.press("Control+Enter");
  }
  await expect(row(page, 6).getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type("Six");
  await page.keyboard.press("Escape");
  await expectAllSaved(page);

  const filters = await page
    .getByTestId("row-filter")
    .locator("option")
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(filters).toEqual(expect.arrayContaining(["all", "new", "draft", "translated"]));

  // What each segment's English should be; words are appended to it.
  const typed = new Map<number, string>([
    [1, ""],
    [4, "Four."],
    [8, ""],
  ]);
  // 1 and 2 come before the translated rows, 4 is inside them, 8 after them (and after the draft).
  for (const n of [1, 4, 8]) {
    for (const filter of filters) {
      const word = `${typed.get(n) ? " " : ""}${filter}${n}`;
      await openAndType(page, n, word);
      typed.set(n, typed.get(n) + word);
      await page.getByTestId("row-filter").selectOption(filter);
      await expect(page.getByTestId("segment-grid")).toBeVisible();
      // The editor, if still open, is the one of segment n, with its text — never another segment's.
      const editors = page.getByTestId("target-editor");
      if ((await editors.count()) > 0) {
        await expect(row(page, n).getByTestId("target-editor")).toHaveCount(1);
        await expect(editors).toHaveText(typed.get(n)!);
        // And it still takes keys and saves them.
        await editors.click();
        await page.keyboard.press("End");
        await page.keyboard.type("!");
        typed.set(n, typed.get(n)! + "!");
        await page.keyboard.press("Escape");
      }
      await expectAllSaved(page);
      // Rows before and after the filtered range open and move.
      const first = page.getByTestId("segment-row").first();
      await first.getByTestId("segment-target").click();
      await expect(first.getByTestId("target-editor")).toBeFocused();
      for (const key of ["Alt+ArrowDown", "Alt+ArrowUp"]) {
        await page.keyboard.press(key);
        await expect(page.getByTestId("target-editor")).toBeFocused();
      }
      await page.keyboard.press("Escape");
      await expect(page.getByTestId("target-editor")).toHaveCount(0);
    }
  }

  await expectAllSaved(page);
  await expect(page.getByText(/couldn.t load/)).toHaveCount(0);
  expect(problems).toEqual([]);
  await page.reload();
  for (const [n, text] of typed) {
    await expect(row(page, n).getByTestId("segment-target")).toHaveText(text);
    expect(storedSegment((await row(page, n).getAttribute("data-segment-id"))!).targetText).toBe(text);
  }
});
