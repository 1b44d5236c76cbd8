import { expect, test } from "@playwright/test";
import { expectAllSaved, importPasted, row } from "./helpers";

test("a reviewer approves with Alt+A and rejects with Alt+R and a reason the translator can read as a comment", async ({ page }) => {
  await importPasted(page, "Relecture", "Il pleut sur Paris. Le Pentagone a répondu.");
  await row(page, 1).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type("It is raining on Paris.");
  await page.keyboard.press("Control+Enter");
  await expect(row(page, 2).getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type("The Pentagon answer.");
  await page.keyboard.press("Control+Enter");
  await expectAllSaved(page);

  // Approve the first in one keystroke; the grid moves on to the next segment.
  await row(page, 1).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.press("Alt+a");
  await expect(row(page, 1)).toHaveAttribute("data-status", "approved");
  await expect(row(page, 2).getByTestId("target-editor")).toBeFocused();

  // Reject the second: a reason is required and becomes a comment on the segment.
  await page.keyboard.press("Alt+r");
  const dialog = page.getByTestId("reject-dialog");
  await dialog.getByLabel("Why? (kept as a comment for the translator)").fill("Wrong tense: “answered”.");
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 2)).toHaveAttribute("data-status", "rejected");
  await expectAllSaved(page);

  await page.reload();
  await expect(row(page, 1)).toHaveAttribute("data-status", "approved");
  await expect(row(page, 2)).toHaveAttribute("data-status", "rejected");
  await expect(row(page, 2).getByTestId("comments-button")).toHaveText("Comments (1)");
  await row(page, 2).getByTestId("comments-button").click();
  await expect(page.getByTestId("comments-panel").getByTestId("comment-body")).toHaveText("Wrong tense: “answered”.");

  // The translator narrows the grid to what was rejected.
  await page.getByTestId("row-filter").selectOption({ label: "With open comments (1)" });
  await expect(page.getByTestId("segment-row")).toHaveCount(1);
  await page.getByTestId("row-filter").selectOption({ label: "Rejected (1)" });
  await expect(page.getByTestId("segment-row")).toHaveCount(1);
  await expect(page.getByTestId("segment-row")).toContainText("Le Pentagone a répondu.");
  await page.getByTestId("row-filter").selectOption({ label: "All segments (2)" });
  await expect(page.getByTestId("segment-row")).toHaveCount(2);
});
