import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

test("a rich TBX-Basic glossary imports with its synonyms, definitions and contexts visible on the glossary page", async ({ page }, testInfo) => {
  // LTAC's astronomy example, its Spanish sections playing the French ones.
  const example = fs
    .readFileSync(path.resolve("core/formats/tbx/__golden__/ltac/Example_Astronomy_DCA_VALID.tbx"), "utf8")
    .replaceAll('xml:lang="es"', 'xml:lang="fr"');
  const file = testInfo.outputPath("astronomy.tbx");
  fs.writeFileSync(file, example);

  await page.goto("/en");
  const projectName = `Astronomy ${Date.now()}`;
  await page.getByLabel("Project name").fill(projectName);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { name: projectName })).toBeVisible();
  await page.getByRole("link", { name: "Glossary" }).click();
  await page.getByLabel("TBX or CSV file").setInputFiles(file);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("glossary-import-result")).toContainText("52 entries read: 52 added");
  // The six concepts with no French term are named, not dropped silently.
  await expect(page.getByTestId("glossary-import-result")).toContainText("Imported with 1 remark:");
  await expect(page.getByTestId("glossary-import-result")).toContainText("6 concept(s) without a French term were not imported: c17, c18, c19, c20, c22, c40.");

  await page.getByTestId("glossary-import-result").screenshot({ path: testInfo.outputPath("glossary-import-result.png") });

  // "disco de acreción" and "disco de acrecimiento" are one concept: each shows the other as a synonym.
  const entry = page.getByTestId("glossary-entry").filter({ has: page.locator('td[lang="fr"]', { hasText: /^disco de acreción/u }) });
  const details = entry.getByTestId("concept-details");
  await details.getByText("Concept details (TBX)").click();
  await expect(details).toContainText("French synonyms");
  await expect(details).toContainText("disco de acrecimiento");
  await expect(details).toContainText("Definition (English)");
  await expect(details).toContainText("A structure that forms around a compact object");
  await expect(details).toContainText("Contexts");
  await expect(details).toContainText("circumstellar accretion disk");
  await details.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("glossary-concept-details.png"), fullPage: false });
});
