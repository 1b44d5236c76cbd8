import { expect, test } from "@playwright/test";
import { DEMO_PROJECT_NAME } from "./helpers";

/**
 * Strict XLIFF 2 reading as a user meets it: a file that breaks XLIFF 2.1 is refused with its line
 * and rule in the interface's language (the XSD and rule checks run in the server's parser worker);
 * "import anyway" imports the rest and lists what was left out before opening the document.
 */
const XLIFF = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en">
<file id="f1" original="Météo stricte">
<unit id="u1">
<segment id="s1" state="translated">
<source>Il pleut.</source>
<target>It rains.</target>
</segment>
</unit>
<unit id="u2">
<segment id="s1">
<source><sc id="1"/>Il neige.</source>
</segment>
</unit>
<unit id="u3" colour="red">
<segment id="s1">
<source>Il vente.</source>
</segment>
</unit>
</file>
</xliff>
`;
const file = { name: "meteo.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(XLIFF) };

test("a file that breaks XLIFF 2.1 is refused with the line and the rule, in English and in French", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.locator('input[type="file"][name="file"]').setInputFiles(file);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-error")).toContainText(
    `Line 12: <sc id="1"> has no matching <ec startRef="1"> after it in its unit. (1 more problem in the file)`,
  );

  await page.goto(page.url().replace("/en/", "/fr/"));
  await page.locator('input[type="file"][name="file"]').setInputFiles(file);
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByTestId("import-error")).toContainText(
    `Ligne 12 : <sc id="1"> n’a pas de <ec startRef="1"> correspondant après lui dans son unité. (et 1 autre problème dans le fichier)`,
  );
  await page.screenshot({ path: "test-results/xliff-strict-refused-fr.png" });
});

test("import anyway brings what is safe and lists what was left out", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.locator('input[type="file"][name="file"]').setInputFiles(file);
  await page.getByTestId("import-anyway").check();
  await page.getByRole("button", { name: "Import" }).click();
  const report = page.getByTestId("xliff-dropped");
  await expect(report).toContainText("The document was imported, but 2 parts of the file were left out:");
  await expect(report).toContainText(`Unit “u2” (line 12) was not imported: <sc id="1"> has no matching <ec startRef="1"> after it in its unit.`);
  await expect(report).toContainText(`Unit “u3” (line 15) was not imported: the file does not follow the XLIFF 2 schema: Element 'unit', attribute 'colour'`);
  await report.screenshot({ path: "test-results/xliff-strict-dropped.png" });
  await report.getByRole("link", { name: "Open the document" }).click();
  await expect(page.getByTestId("document-title")).toHaveText("Météo stricte");
  await expect(page.getByTestId("segment-count")).toHaveAttribute("data-count", "1");
});
