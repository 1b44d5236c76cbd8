import { expect, test } from "@playwright/test";
import { openDemoDocument, row } from "./helpers";

const panelWidth = (page: import("@playwright/test").Page) =>
  page.getByTestId("side-panel").evaluate((element) => Math.round(element.getBoundingClientRect().width));

test("the side panel follows the open segment, its tabs move with the arrow keys, its width and visibility are remembered", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemoDocument(page);
  const panel = page.getByTestId("side-panel");
  await expect(panel.getByTestId("side-panel-segment")).toHaveText("");

  // Opening a row puts the panel on it; the History button of another row moves it there, on History.
  await row(page, 4).getByTestId("segment-target").click();
  await expect(panel.getByTestId("side-panel-segment")).toHaveText("Segment 4");
  await expect(panel.getByRole("tab", { name: "Terms" })).toHaveAttribute("aria-selected", "true");
  await row(page, 2).getByRole("button", { name: "History of segment 2" }).click();
  await expect(panel.getByTestId("side-panel-segment")).toHaveText("Segment 2");
  await expect(panel.getByRole("tab", { name: "History" })).toHaveAttribute("aria-selected", "true");
  await expect(panel.getByTestId("history-panel")).toBeVisible();

  // An ARIA tablist: arrows and Home/End move the selection and the focus.
  await panel.getByRole("tab", { name: "History" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(panel.getByRole("tab", { name: "Notes", exact: true })).toBeFocused();
  await expect(panel.getByRole("tab", { name: "Notes", exact: true })).toHaveAttribute("aria-selected", "true");
  await expect(panel.getByTestId("comments-panel")).toBeVisible();
  await page.keyboard.press("Home");
  await expect(panel.getByRole("tab", { name: "Terms" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowLeft");
  await expect(panel.getByRole("tab", { name: "QA" })).toHaveAttribute("aria-selected", "true");

  // The handle resizes with the keyboard; the width survives a reload.
  const before = await panelWidth(page);
  await panel.getByRole("separator").focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => panelWidth(page)).toBe(before + 48);
  await page.reload();
  await expect(page.getByTestId("segment-row").first()).toBeVisible();
  await expect.poll(() => panelWidth(page)).toBe(before + 48);
  await expect(panel.getByRole("tab", { name: "QA" })).toHaveAttribute("aria-selected", "true");

  // Hidden, it stays hidden until shown again.
  await panel.getByRole("button", { name: "Hide the side panel" }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId("side-panel-toggle")).toHaveAttribute("aria-pressed", "false");
  await page.reload();
  await expect(page.getByTestId("segment-row").first()).toBeVisible();
  await expect(panel).toHaveCount(0);
  await page.getByTestId("side-panel-toggle").click();
  await expect(panel).toBeVisible();
});

test("below 900 px the side panel goes under the grid and nothing overflows sideways", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await openDemoDocument(page);
  await row(page, 1).getByTestId("segment-target").click();
  const grid = await page.getByTestId("segment-grid").boundingBox();
  const panel = await page.getByTestId("side-panel").boundingBox();
  expect(panel!.y).toBeGreaterThanOrEqual(grid!.y + grid!.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});
