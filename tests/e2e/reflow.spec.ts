import { expect, test, type Page } from "@playwright/test";
import { openDemoDocument } from "./helpers";

/**
 * Reflow (WCAG 1.4.10): at 320 CSS px wide — 1280 px at 400 % zoom — no page scrolls sideways
 * and no control is pushed out of sight; only the grid may scroll inside its own area.
 */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Inside a box that scrolls sideways itself (the grid), content may be wider than the screen.
    const inScroller = (element: Element) => {
      for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
        const { overflowX } = getComputedStyle(e);
        if ((overflowX === "auto" || overflowX === "scroll") && e.scrollWidth > e.clientWidth) return true;
      }
      return false;
    };
    const cut = [...document.querySelectorAll("button, a[href], input, select, textarea, h1, h2, [role=tab]")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        // Shown only: a closed menu's items and the skip link (until focused) are not on screen.
        if (box.width === 0 || !element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) return false;
        if (element.closest(".visually-hidden, .skip-link")) return false;
        return (box.left < -1 || box.right > width + 1) && !inScroller(element);
      })
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className || element.getAttribute("data-testid")} «${(element.textContent ?? "").trim().slice(0, 30)}»`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, cut };
  });
}

for (const lng of ["en", "fr"]) {
  test(`every working page reflows at 320 px wide, ${lng}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openDemoDocument(page, lng);
    const documentUrl = new URL(page.url()).pathname;
    const projectUrl = documentUrl.replace(/\/documents\/.*$/, "");
    const pages = {
      projects: `/${lng}`,
      project: projectUrl,
      glossary: `${projectUrl}/glossary`,
      document: documentUrl,
      review: `${documentUrl}/review`,
    };
    for (const height of [256, 640]) {
      await page.setViewportSize({ width: 320, height });
      for (const [name, url] of Object.entries(pages)) {
        await page.goto(url);
        await page.waitForLoadState("networkidle");
        await expect(page.locator("main h1, main h2").first()).toBeVisible();
        const found = await overflow(page);
        expect.soft(found.scrollWidth, `${name} (${url}) at 320×${height} scrolls sideways`).toBeLessThanOrEqual(320);
        expect.soft(found.cut, `${name} (${url}) at 320×${height}: controls out of sight`).toEqual([]);
      }
    }
  });
}
