import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAllSaved, openDemoDocument, revealRow, selectInSource } from "./helpers";

const TERM = "risque pour la chaîne d’approvisionnement";

test("gloss a term on the demo, see it everywhere, insert it with Alt+1, carry the glossary to a new project as TBX", async ({ page }, testInfo) => {
  await openDemoDocument(page);

  // Gloss the first occurrence with the keyboard shortcut.
  const first = await revealRow(page, "classifiant Anthropic");
  await selectInSource(first, TERM);
  await expect(first.getByTestId("selection-toolbar")).toBeVisible();
  await page.keyboard.press("Alt+g");
  const dialog = page.getByTestId("annotate-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("French term")).toHaveValue(TERM);
  await dialog.getByLabel("Preferred English equivalent").fill("supply chain risk");
  await dialog.getByLabel("Usage note").fill("Formal US designation (10 U.S.C. § 3252); keep the legal wording.");
  await dialog.getByRole("button", { name: "Save gloss" }).click();
  await expect(dialog).toBeHidden();
  await expect(first.locator('span[data-type="gloss"]')).toHaveText(TERM);

  // The other occurrence, in another sentence, is recognised as a term; hovering shows the gloss.
  const second = await revealRow(page, "La désignation de risque");
  const highlighted = second.locator('span[data-type="term"]');
  await expect(highlighted).toHaveText(TERM);
  await highlighted.hover();
  const card = second.getByTestId("annotation-card");
  await expect(card.getByTestId("card-equivalent")).toHaveText("supply chain risk");
  await expect(card.getByTestId("card-note")).toContainText("keep the legal wording");

  // Translating that segment: the term is offered beside the editor, Alt+1 inserts it.
  await second.getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await expect(page.getByTestId("terms-panel")).toContainText("supply chain risk");
  await page.keyboard.type("The ");
  await page.keyboard.press("Alt+1");
  await page.keyboard.type(" designation could affect the whole company.");
  await expect(page.getByTestId("target-editor")).toHaveText("The supply chain risk designation could affect the whole company.");
  await page.keyboard.press("Control+Enter");
  await expectAllSaved(page);

  // The glossary page lists it with both occurrences.
  await page.getByRole("link", { name: /^Back to/ }).click();
  await page.getByRole("link", { name: "Glossary" }).click();
  const entry = page.getByTestId("glossary-entry").filter({ hasText: TERM });
  await expect(entry).toContainText("supply chain risk");
  await expect(entry.getByTestId("occurrences")).toHaveText("2 in 1 doc.");
  await page.getByTestId("glossary-search").fill("chaine d'appro");
  await expect(page.getByTestId("glossary-entry")).toHaveCount(1);

  // The terminologist completes the entry from the glossary page.
  await entry.getByRole("button", { name: /^Edit/ }).click();
  const editor = page.getByTestId("entry-editor");
  await editor.getByLabel("Other acceptable equivalents (one per line)").fill("supply-chain risk");
  await editor.getByLabel("Domain").fill("défense");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(entry).toContainText("supply-chain risk");
  await expect(entry).toContainText("défense");

  // Export as TBX…
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "TBX-Basic (.tbx)" }).click();
  const tbxPath = testInfo.outputPath("glossary.tbx");
  await (await downloading).saveAs(tbxPath);
  expect(fs.readFileSync(tbxPath, "utf8")).toContain("supply chain risk");

  // …and import it into a fresh project, where a new text shows the term highlighted.
  await page.goto("/en");
  const projectName = `Glossary carry-over ${Date.now()}`;
  await page.getByLabel("Project name").fill(projectName);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { name: projectName })).toBeVisible();
  await page.getByRole("link", { name: "Glossary" }).click();
  await page.getByLabel("TBX or CSV file").setInputFiles(tbxPath);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("glossary-import-result")).toContainText("1 entry read: 1 added");
  await expect(page.getByTestId("glossary-entry")).toContainText("supply chain risk");

  await page.getByRole("link", { name: "Documents" }).click();
  await page.getByLabel("…or paste the text").fill("Le Pentagone évoque des risques pour les chaînes d'approvisionnement.");
  await page.getByLabel("Title (optional)").fill("Nouvelle dépêche");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("document-title")).toHaveText("Nouvelle dépêche");
  await expect(page.locator('span[data-type="term"]')).toHaveText("risques pour les chaînes d'approvisionnement");
});
