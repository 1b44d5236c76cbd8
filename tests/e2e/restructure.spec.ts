import { expect, test } from "@playwright/test";
import { expectAllSaved, importPasted, row } from "./helpers";

test("merge, split, move and unalign pairs from the keyboard, with undo, losing no text", async ({ page }) => {
  await importPasted(page, "Restructuration", "Le chat dort. Le chien aboie. Il pleut.\n\nFin du texte.");
  await expect(page.getByTestId("segment-count")).toHaveAttribute("data-count", "4");

  // Translate the first two segments, the second with two sentences.
  await row(page, 1).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type("The cat sleeps.");
  await page.keyboard.press("Control+Enter");
  await expect(row(page, 2).getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type("The dog barks. It rains.");

  // The second translation sentence belongs to segment 3: move it down.
  await page.keyboard.press("Alt+Shift+ArrowDown");
  await expect(page.getByTestId("structure-notice")).toContainText("moved to the next pair");
  await expect(row(page, 3)).toContainText("It rains.");
  await expect(row(page, 2).getByTestId("target-editor")).toHaveText("The dog barks.");

  // Join segments 1 and 2, then undo.
  await row(page, 1).getByTestId("segment-target").click();
  await expect(row(page, 1).getByTestId("target-editor")).toBeFocused();
  await page.keyboard.press("Control+Shift+J");
  await expect(row(page, 1)).toContainText("Le chat dort. Le chien aboie.");
  await expect(page.getByTestId("segment-row")).toHaveCount(3);
  await page.keyboard.press("Control+Alt+Z");
  await expect(page.getByTestId("segment-row")).toHaveCount(4);
  await expect(row(page, 2)).toContainText("Le chien aboie.");
  await expect(row(page, 2)).toContainText("The dog barks.");

  // Joining across a paragraph boundary is refused with a message.
  await row(page, 3).getByTestId("segment-target").click();
  await expect(row(page, 3).getByTestId("target-editor")).toBeFocused();
  await page.keyboard.press("Control+Shift+J");
  await expect(page.getByTestId("structure-notice")).toContainText("no next segment in this paragraph");

  // Detach segment 3's translation as unaligned: a pair with no source appears.
  await page.keyboard.press("Control+Shift+U");
  await expect(row(page, 4)).toContainText("No source: unaligned translation");
  await expect(row(page, 4)).toContainText("It rains.");
  await expectAllSaved(page);

  // All of it is saved: after a reload the text is all there, in order.
  await page.reload();
  // The virtual list renders after hydration: wait for every row before reading them.
  await expect(page.getByTestId("segment-row")).toHaveCount(5);
  const sources = await page.getByTestId("segment-row").locator(".seg-row__source").allTextContents();
  const targets = await page.getByTestId("segment-target").allTextContents();
  expect(sources.join(" ")).toContain("Le chat dort. Le chien aboie. Il pleut.");
  expect(targets.filter((t) => t !== "Not translated yet").join(" ")).toBe("The cat sleeps. The dog barks. It rains.");
});
