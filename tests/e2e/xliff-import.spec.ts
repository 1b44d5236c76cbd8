import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO_PROJECT_NAME, expectedDemoSegmentCount, openDemoDocument } from "./helpers";

// XLIFF files are parsed in a worker thread under the production server: a file exported from the
// workbench comes back as a document, and a refusal (a language pair we do not translate) still
// reaches the page as its message.
test("an exported XLIFF file imports back as a document; an English → German one is refused with its reason", async ({ page }, testInfo) => {
  await openDemoDocument(page);
  await page.getByTestId("export-menu").locator("summary").click();
  const downloading = page.waitForEvent("download");
  await page.getByTestId("export-xliff").click();
  const file = testInfo.outputPath("demo.xlf");
  await (await downloading).saveAs(file);

  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.getByLabel("File", { exact: true }).setInputFiles(file);
  await page.getByLabel("Title (optional)").fill("Retour XLIFF");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("document-title")).toHaveText("Retour XLIFF");
  await expect(page.getByTestId("segment-count")).toHaveAttribute("data-count", String(expectedDemoSegmentCount()));

  const german = testInfo.outputPath("en-de.xlf");
  fs.writeFileSync(
    german,
    fs
      .readFileSync(file, "utf8")
      .replace(/srcLang="[^"]+"/u, 'srcLang="en"')
      .replace(/trgLang="[^"]+"/u, 'trgLang="de"'),
  );
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.getByLabel("File", { exact: true }).setInputFiles(german);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-error")).toContainText("English (en) into German (de)");
});
