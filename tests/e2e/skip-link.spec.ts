import { expect, test } from "@playwright/test";
import { openDemoDocument, row } from "./helpers";

for (const lng of ["en", "fr"]) {
  test(`the skip link lands on the grid: from page load, at most 3 Tab presses to the first segment's translation (${lng})`, async ({ page }) => {
    await openDemoDocument(page, lng);
    await page.reload();
    await expect(row(page, 1)).toBeVisible();

    await page.keyboard.press("Tab");
    await expect(page.locator(".skip-link")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("segment-grid")).toBeFocused();

    const target = row(page, 1).getByTestId("segment-target");
    let presses = 1;
    while (presses < 3 && !(await target.evaluate((element) => element === document.activeElement))) {
      await page.keyboard.press("Tab");
      presses++;
    }
    await expect(target).toBeFocused();
    expect(presses).toBeLessThanOrEqual(3);
  });
}
