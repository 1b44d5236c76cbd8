import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { importPasted, retranslate } from "./helpers";

/** Downloads the English Markdown from the Export menu and returns its text. */
async function downloadMarkdown(page: Page): Promise<string> {
  const downloading = page.waitForEvent("download");
  await page.getByTestId("export-menu").locator("summary").click();
  await page.getByTestId("export-md").click();
  return fs.readFileSync((await (await downloading).path())!, "utf8");
}

test("the Export menu's choice for untranslated segments changes the downloaded Markdown", async ({ page }) => {
  const url = await importPasted(page, "Choix d’export", "Première phrase. Deuxième phrase.");
  await retranslate(page, 1, "First sentence.");

  // By default a missing translation is a visible marker, under the title.
  expect(await downloadMarkdown(page)).toBe("# Choix d’export\n\nFirst sentence. [untranslated]\n");

  const menu = page.getByTestId("export-menu");
  await menu.locator("summary").click();
  await expect(page.getByTestId("export-untranslated")).toHaveText("1 of 2 segments is not translated yet.");
  await page.getByLabel("Use the French source").check();
  await page.getByLabel("Flag unconfirmed translations with [draft]").check();
  await page.keyboard.press("Escape");
  expect(await downloadMarkdown(page)).toBe("# Choix d’export\n\nFirst sentence. Deuxième phrase.\n");

  // "Refuse" with a segment missing: the English downloads are disabled and the menu says why.
  await menu.locator("summary").click();
  await page.getByLabel("Refuse the download").check();
  for (const format of ["md", "txt", "docx-en"]) {
    await expect(page.getByTestId(`export-${format}`)).toHaveAttribute("aria-disabled", "true");
    await expect(page.getByTestId(`export-${format}`)).not.toHaveAttribute("href");
  }
  await expect(page.getByText("English downloads are refused while segments are untranslated")).toBeVisible();
  await expect(page.getByTestId("export-html")).toHaveAttribute("href", /format=html$/u);
  await page.screenshot({ path: "test-results/export-menu-refused.png" });

  // The route refuses the same way, and validates its options.
  const documentId = /documents\/([^/?#]+)/u.exec(url)![1];
  const refused = await page.request.get(`/api/documents/${documentId}/export?format=md&missing=fail`);
  expect(refused.status()).toBe(409);
  expect(await refused.json()).toMatchObject({ code: "INCOMPLETE_TRANSLATION", message: "1 of 2 segments is not translated yet." });
  expect((await page.request.get(`/api/documents/${documentId}/export?format=md&drafts=drop`)).status()).toBe(400);
});
