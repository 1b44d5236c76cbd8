import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { DEMO_PROJECT_NAME, DEMO_TITLE } from "./helpers";

// The project page offers the whole project as one zip; what arrives is the archive of the project.
test("the project page downloads the whole project as a zip with its manifest", async ({ page }, testInfo) => {
  await page.goto("/fr");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await expect(page.getByTestId("project-archive")).toHaveText("Télécharger tout le projet (.zip)");
  await page.goto(page.url().replace("/fr/", "/en/"));
  const link = page.getByRole("link", { name: "Download the whole project (.zip)" });
  await link.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("project-archive.png"), fullPage: true });
  const downloading = page.waitForEvent("download");
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/-archive\.zip$/);
  const file = testInfo.outputPath("project.zip");
  await download.saveAs(file);
  const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
  expect(manifest.project.name).toBe(DEMO_PROJECT_NAME);
  expect(manifest.documents.map((d: { title: string }) => d.title)).toContain(DEMO_TITLE);
  for (const document of manifest.documents) expect(Object.keys(files)).toContain(document.files.xliff);
});
