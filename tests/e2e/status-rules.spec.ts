import { expect, test } from "@playwright/test";
import { storedSegment } from "./e2e-db";
import { expectAllSaved, importPasted, row } from "./helpers";

// Issue 10: a status says what happened to the exact text on screen. The owner (who may review)
// approves a translation, then edits it: the badge turns to Draft at the first keystroke, and the
// database, the history and the exports agree.
test("editing an approved translation takes the approval away, on screen and on the server", async ({ page }) => {
  await importPasted(page, `Statuts ${Date.now()}`, "Le DoD parle. Le DoD agit.");
  const first = row(page, 1);
  const segmentId = (await first.getAttribute("data-segment-id"))!;

  await first.getByTestId("segment-target").click();
  await page.keyboard.type("The DoD speaks.");
  await page.keyboard.press("Alt+a"); // approve and move on
  await expect(row(page, 2).getByTestId("target-editor")).toBeFocused();
  await page.keyboard.press("Escape");
  await expectAllSaved(page);
  await expect(first).toHaveAttribute("data-status", "approved");
  expect(storedSegment(segmentId)).toMatchObject({ targetText: "The DoD speaks.", status: "approved" });

  await first.getByTestId("segment-target").click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Loudly");
  await expect(first).toHaveAttribute("data-status", "draft"); // before any answer from the server
  await page.keyboard.press("Escape");
  await expectAllSaved(page);
  expect(storedSegment(segmentId)).toMatchObject({ targetText: "The DoD speaks. Loudly", status: "draft" });

  // The history says what each change was.
  await page.reload();
  await expect(first).toHaveAttribute("data-status", "draft");
  await first.getByRole("button", { name: /History/ }).click();
  await expect(page.getByTestId("revision-action").first()).toHaveText(/Edited/);
  await expect(page.getByTestId("revision-action").filter({ hasText: "Approved" })).toHaveCount(1);

  // Confirming an empty segment is refused by the status machine: nothing is queued, it stays new.
  await row(page, 2).getByTestId("segment-target").click();
  await page.keyboard.press("Control+Enter");
  await expectAllSaved(page);
  await expect(row(page, 2)).toHaveAttribute("data-status", "new");

  // The guide to the statuses comes from the status machine: every status, with its meaning (behind "Keys").
  await page.getByTestId("keyboard-help").locator("summary").first().click();
  await page.getByTestId("status-guide").locator("summary").click();
  await expect(page.getByTestId("status-guide").locator("dt")).toHaveCount(6);
  await expect(page.getByTestId("status-guide")).toContainText("any edit takes it back to draft");
});
