import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { openDemoDocument, row } from "./helpers";

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const OUT = "test-results/layout";

/** Elements whose right edge is past the viewport and that are not clipped by a scrolling ancestor. */
function overflowingElements(page: Page) {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 0.5;
    const clippedBy = (element: Element) => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.overflowX !== "visible" && node.getBoundingClientRect().right <= limit) return true;
      }
      return false;
    };
    const found: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= limit) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.display === "none" || clippedBy(element)) continue;
      found.push(`${element.tagName.toLowerCase()}.${String(element.className).split(" ")[0]} right=${Math.round(box.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, found };
  });
}

/**
 * How the rows sit in the grid's scroll area: whether the open row is wholly inside, how many rows are
 * wholly inside, and how many show at least a full line of text (24 px, or all of a shorter row).
 */
function gridFigures(page: Page) {
  return page.getByTestId("segment-grid").evaluate((grid) => {
    const view = grid.getBoundingClientRect();
    const inside = (box: DOMRect) => box.top >= view.top - 0.5 && box.bottom <= view.bottom + 0.5;
    const shown = (box: DOMRect) => Math.min(box.bottom, view.bottom) - Math.max(box.top, view.top) >= Math.min(24, box.height) - 0.5;
    const rows = [...grid.querySelectorAll("[data-testid=segment-row]")].map((r) => r.getBoundingClientRect());
    const active = grid.querySelector(".seg-row--active")?.getBoundingClientRect();
    return {
      wholeRows: rows.filter(inside).length,
      shownRows: rows.filter(shown).length,
      activeInside: active ? inside(active) : null,
      view: { top: Math.round(view.top), bottom: Math.round(view.bottom) },
      active: active && { top: Math.round(active.top), bottom: Math.round(active.bottom) },
    };
  });
}

for (const lng of ["en", "fr"]) {
  for (const size of SIZES) {
    test(`the document page at ${size.width}×${size.height} (${lng}): nothing overflows, the open row is wholly in view`, async ({ page }) => {
      await page.setViewportSize(size);
      await openDemoDocument(page, lng);
      // Open segment 2, then move down with Alt+↓ until the open row has to be scrolled into view.
      await row(page, 2).getByTestId("segment-target").click();
      await expect(page.getByTestId("target-editor")).toBeFocused();
      await expect.poll(async () => (await gridFigures(page)).activeInside).toBe(true);
      fs.mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: `${OUT}/document-${lng}-${size.width}x${size.height}.png` });
      const first = await gridFigures(page);
      const figures = `${lng} ${size.width}×${size.height}: ${first.shownRows} segments shown, ${first.wholeRows} wholly`;
      test.info().annotations.push({ type: "rows", description: figures });
      console.log(`layout ${figures}`);
      if (size.width === 1366) expect(first.shownRows, "segments shown at 1366×768").toBeGreaterThanOrEqual(8);
      // Clicking a row cut by the bottom edge opens it wholly in view.
      const cut = await page.getByTestId("segment-grid").evaluate((grid) => {
        const view = grid.getBoundingClientRect();
        const rows = [...grid.querySelectorAll("[data-row-number]")];
        const partly = rows.find((slot) => {
          const box = slot.getBoundingClientRect();
          return box.top < view.bottom - 12 && box.bottom > view.bottom + 1;
        });
        return partly ? Number(partly.getAttribute("data-row-number")) : null;
      });
      if (cut !== null) {
        await row(page, cut)
          .getByTestId("segment-target")
          .click({ position: { x: 5, y: 5 } });
        await expect(row(page, cut)).toHaveClass(/seg-row--active/);
        await expect.poll(async () => (await gridFigures(page)).activeInside, { timeout: 5000 }).toBe(true);
        await row(page, 2).getByTestId("segment-target").click();
        await expect(row(page, 2)).toHaveClass(/seg-row--active/);
      }
      for (let n = 3; n <= 9; n++) {
        await page.keyboard.press("Alt+ArrowDown");
        await expect(row(page, n)).toHaveClass(/seg-row--active/);
        await expect(page.getByTestId("target-editor")).toBeFocused();
      }
      // The virtual list scrolls to the open row once it is measured; wait until it is in place.
      await expect.poll(async () => (await gridFigures(page)).activeInside, { timeout: 5000 }).toBe(true);

      await page.screenshot({ path: `${OUT}/document-${lng}-${size.width}x${size.height}-segment-9.png` });

      const overflow = await overflowingElements(page);
      expect(overflow.scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(overflow.clientWidth);
      expect(overflow.found, "elements past the right edge of the window").toEqual([]);

      const moved = await gridFigures(page);
      expect(moved.activeInside, JSON.stringify(moved)).toBe(true);
    });
  }
}
