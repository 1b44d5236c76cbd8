import { expect, test } from "@playwright/test";
import { expectAllSaved, importPasted, row } from "./helpers";

test("review decisions are said through the page's one polite live region", async ({ page }) => {
  await importPasted(page, "Annonces", "Il pleut sur Paris. Le Pentagone a répondu.");
  const announcer = page.getByTestId("announcer");
  await expect(announcer).toHaveRole("status");
  await expect(announcer).toHaveAttribute("aria-live", "polite");
  await expect(page.locator('[aria-live="polite"]:not([data-testid="save-state"]):not(#find-count)')).toHaveCount(1);

  await row(page, 1).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type("It is raining on Paris.");
  await page.keyboard.press("Control+Enter");
  await expectAllSaved(page);
  await expect(announcer).toHaveText("");

  // The owner approves segment 1 in one keystroke: the decision is announced, not only coloured.
  await row(page, 1).getByTestId("segment-target").click();
  await expect(row(page, 1).locator(".target-editor")).toBeFocused(); // the key goes to segment 1's editor, not the one leaving
  await page.keyboard.press("Alt+a");
  await expect(row(page, 1)).toHaveAttribute("data-status", "approved");
  await expect(announcer).toHaveText("Segment 1 approved");

  await expectAllSaved(page);
});
