import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO_PROJECT_NAME, expectedDemoSegmentCount, openDemoDocument } from "./helpers";

// The Export menu's XLIFF 1.2 choice (for OmegaT, Trados, memoQ) downloads a file that imports back
// as a document under the production server, whose XLIFF reader runs in a worker thread.
test("the XLIFF 1.2 export downloads a file that imports back with every segment", async ({ page }, testInfo) => {
  await openDemoDocument(page);
  await page.getByTestId("export-menu").locator("summary").click();
  const choice = page.getByTestId("export-xliff12");
  await expect(choice).toHaveText("XLIFF 1.2 (OmegaT, Trados, memoQ)");
  await page.screenshot({ path: testInfo.outputPath("export-menu.png") });
  const downloading = page.waitForEvent("download");
  await choice.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.fr-en\.xliff12\.xlf$/u);
  const file = testInfo.outputPath("demo.xliff12.xlf");
  await download.saveAs(file);
  expect(fs.readFileSync(file, "utf8")).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">');

  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.getByLabel("File", { exact: true }).setInputFiles(file);
  await page.getByLabel("Title (optional)").fill("Retour XLIFF 1.2");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("document-title")).toHaveText("Retour XLIFF 1.2");
  await expect(page.getByTestId("segment-count")).toHaveAttribute("data-count", String(expectedDemoSegmentCount()));
});
