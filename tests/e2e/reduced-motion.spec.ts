import { expect, test } from "@playwright/test";
import { openDemoDocument } from "./helpers";

test("with prefers-reduced-motion the progress bar does not animate; without it, it does", async ({ page }) => {
  await openDemoDocument(page);
  const part = page.locator(".progress__part").first();
  await expect(part).toBeVisible();
  const duration = () => part.evaluate((element) => getComputedStyle(element).transitionDuration);
  expect(await duration()).not.toBe("0s");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await duration()).toBe("0s");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
});
