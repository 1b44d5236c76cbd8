import { expect, test } from "@playwright/test";
import { DEMO_PROJECT_NAME } from "./helpers";

// An import that takes more than a moment shows where it is (stage, bar and count), then opens
// the document.
test("a long import shows its progress, then opens the document", async ({ page }) => {
  test.setTimeout(120_000);
  const lines = 60_000;
  const text = Array.from({ length: lines }, (_, i) => `Ligne ${i + 1}. Elle suit.`).join("\n\n");
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.getByLabel("…or paste the text").evaluate((element, value) => {
    // What a paste does, without typing 60,000 lines: the native setter, then an input event.
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(element, value);
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  await page.getByLabel("Title (optional)").fill("Progrès");
  await page.getByRole("button", { name: "Import" }).click();
  const progress = page.getByTestId("work-progress");
  await expect(progress).toBeVisible({ timeout: 30_000 });
  await expect(progress).toContainText(/Reading the file|Cutting the text into sentences|Saving/);
  await expect(page.getByTestId("document-title")).toHaveText("Progrès", { timeout: 90_000 });
  await expect(page.getByTestId("segment-count")).toHaveAttribute("data-count", String(lines * 2));
});
