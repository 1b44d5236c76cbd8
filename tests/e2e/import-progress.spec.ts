import { expect, test } from "@playwright/test";
import { startLongPaste } from "./helpers";

// An import that takes more than a moment shows where it is (stage, bar and count), then opens
// the document.
test("a long import shows its progress, then opens the document", async ({ page }) => {
  test.setTimeout(120_000);
  const lines = 60_000;
  const text = Array.from({ length: lines }, (_, i) => `Ligne ${i + 1}. Elle suit.`).join("\n\n");
  await startLongPaste(page, "Progrès", text);
  const progress = page.getByTestId("work-progress");
  await expect(progress).toBeVisible({ timeout: 30_000 });
  await expect(progress).toContainText(/Reading the file|Cutting the text into sentences|Saving/);
  await expect(page.getByTestId("document-title")).toHaveText("Progrès", { timeout: 90_000 });
  await expect(page.getByTestId("segment-count")).toHaveAttribute("data-count", String(lines * 2));
});
