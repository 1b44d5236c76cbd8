import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { importPasted, retranslate } from "./helpers";

/** Downloads one item of the Export menu and returns its text. */
async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent("download");
  await page.getByTestId(testId).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, "utf8") };
}

test("the Export menu downloads the QA report as CSV and, when asked, inside the XLIFF", async ({ page }) => {
  await importPasted(page, "Rapport qualité", "Le contrat vaut 200 millions de dollars. Il pleut.");
  await retranslate(page, 1, "The contract is worth $200 millions.");

  const menu = page.getByTestId("export-menu");
  await menu.locator("summary").click();
  const csv = await download(page, "export-qa-csv");
  expect(csv.name).toBe("Rapport-qualite.qa.csv");
  expect(csv.text).toContain(`magnitude,error,"After a number, English writes “million”, not “millions”."`);

  // Without the box: plain XLIFF; with it: ITS quality issues in the same download.
  await menu.locator("summary").click();
  expect((await download(page, "export-xliff")).text).not.toContain("locQualityIssue");
  await menu.locator("summary").click();
  await page.getByLabel("Include the QA report in the XLIFF (ITS quality issues)").check();
  await page.screenshot({ path: "test-results/export-menu-qa.png" });
  const xliff = await download(page, "export-xliff");
  expect(xliff.text).toContain('locQualityIssueType="numbers" locQualityIssueComment="After a number, English writes “million”, not “millions”."');
  expect(xliff.text).toMatch(/<sm id="lqi-s1-1" type="its:generic" its:locQualityIssuesRef="#its=[^"]+"\/>millions<em startRef="lqi-s1-1"\/>/u);
});
