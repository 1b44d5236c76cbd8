import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { OWNER_STATE } from "./accounts";
import { expectAllSaved, expectedDemoSegmentCount, openDemoDocument, row } from "./helpers";

test("a translator opens the demo, translates two segments with the keyboard, and finds them saved and exported", async ({ page }) => {
  await openDemoDocument(page);

  // What the import made of the file.
  await expect(page.getByTestId("document-date")).toHaveAttribute("dateTime", "2026-02-28");
  await expect(page.getByTestId("segment-count")).toHaveAttribute("data-count", String(expectedDemoSegmentCount()));
  const grid = page.getByTestId("segment-grid");
  await expect(grid.getByRole("heading", { name: "Les décisions d’Anthropic agacent Donald Trump" })).toBeVisible();
  await expect(row(page, 1)).toContainText("Donald Trump a ordonné à toutes les agences fédérales");
  // The second heading is further down: the virtual list renders it once scrolled there.
  await grid.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(grid.getByRole("heading", { name: "Un soutient de la part d’OpenAI" })).toBeAttached();
  await grid.evaluate((el) => el.scrollTo(0, 0));
  // Virtualised: far fewer rows in the DOM than segments.
  expect(await page.getByTestId("segment-row").count()).toBeLessThan(expectedDemoSegmentCount());

  // Other tests may have translated other segments of the demo: count from here.
  const doneBefore = Number((await page.getByTestId("progress-summary").textContent())!.split(" ")[0]);

  // Translate segment 1, confirm with Ctrl+Enter; the editor moves to segment 2 by itself.
  await row(page, 1).getByTestId("segment-target").click();
  const editor = page.getByTestId("target-editor");
  await expect(editor).toBeFocused();
  await page.keyboard.type("Donald Trump ordered all US federal agencies to stop using Anthropic's AI immediately.");
  await page.keyboard.press("Control+Enter");
  await expect(row(page, 2).getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type("Defense Secretary Pete Hegseth followed by designating Anthropic a supply chain risk.");
  await page.keyboard.press("Control+Enter");
  await expect(row(page, 3).getByTestId("target-editor")).toBeFocused();
  // Alt+↑ goes back, Esc leaves the editor.
  await page.keyboard.press("Alt+ArrowUp");
  await expect(row(page, 2).getByTestId("target-editor")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("target-editor")).toHaveCount(0);
  await expectAllSaved(page);

  // Reload: both are on the server, translated.
  await page.reload();
  await expect(row(page, 1)).toHaveAttribute("data-status", "translated");
  await expect(row(page, 2)).toHaveAttribute("data-status", "translated");
  await expect(row(page, 1)).toContainText("ordered all US federal agencies");
  await expect(row(page, 3)).toHaveAttribute("data-status", "new");
  await expect(page.getByTestId("progress-summary")).toContainText(`${doneBefore + 2} of ${expectedDemoSegmentCount()} segments`);

  // The Export menu closes on Esc and on a click elsewhere, and once a download is chosen.
  const exportMenu = page.getByTestId("export-menu");
  await exportMenu.locator("summary").click();
  await expect(page.getByTestId("export-xliff")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("export-xliff")).toBeHidden();
  await exportMenu.locator("summary").click();
  await page.locator("h1").click();
  await expect(page.getByTestId("export-xliff")).toBeHidden();

  // Export the English text as Markdown.
  const downloading = page.waitForEvent("download");
  await exportMenu.locator("summary").click();
  await page.getByTestId("export-md").click();
  const download = await downloading;
  await expect(page.getByTestId("export-md")).toBeHidden();
  expect(download.suggestedFilename()).toMatch(/\.en\.md$/);
  const markdown = fs.readFileSync((await download.path())!, "utf8");
  expect(markdown).toContain("Donald Trump ordered all US federal agencies to stop using Anthropic's AI immediately. Defense Secretary Pete Hegseth");
  expect(markdown).not.toContain("Donald Trump a ordonné");

  // Switch the interface to French: URL, <html lang> and labels follow.
  await page.getByRole("combobox", { name: "Interface language" }).selectOption("fr");
  await expect(page).toHaveURL(/\/fr\/projects\//);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByText("Source française", { exact: true })).toBeVisible();
  await expect(page.getByText("Traduction anglaise", { exact: true })).toBeVisible();
  await expect(row(page, 1).getByTestId("segment-status")).toHaveText("Traduit");
});

test("the browser's language picks the interface language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR", storageState: OWNER_STATE });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Projets");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await context.close();
});

test("a signed-out visitor is sent to sign in, in their language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR", storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr\/sign-in\?next=%2Ffr$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion");
  await context.close();
});
