import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { decodeText } from "@/core/import/decode-text";
import { DEMO_FILE } from "@/prisma/seed/demo-project";
import { expectAllSaved, importDemoIntoNewProject, importPasted, row } from "./helpers";

// The "Done when", in Chromium on the real build: translate a sentence of the demo, import
// the article again, and the memory answers — exact, then fuzzy with a word diff, pre-translation,
// concordance with French inflection folded. Screenshots at 1366×768 go to test-results/tm-ui/.
const SHOTS = "test-results/tm-ui";
const ENGLISH =
  "Defence Secretary Pete Hegseth followed by classifying Anthropic as a “supply chain risk to national security”, a label usually reserved for foreign adversaries.";

async function importArticleAgain(page: Page, projectUrl: string, title: string) {
  await page.goto(projectUrl);
  await page.getByLabel("…or paste the text").fill(decodeText(new Uint8Array(fs.readFileSync(DEMO_FILE))).text);
  await page.getByLabel("Title (optional)").fill(title);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("document-title")).toHaveText(title);
}

async function openMatches(page: Page, n: number) {
  await row(page, n).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.getByTestId("side-panel").getByRole("tab", { name: "Matches" }).click();
  return page.getByTestId("matches-panel");
}

test("a confirmed sentence comes back as a 100/101 % match, then fuzzy with its word diff; pre-translation and concordance use it", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await importDemoIntoNewProject(page, "Mémoire e2e", "Article one");
  const projectUrl = page.url().replace(/\/documents\/.*$/, "");

  // Translate and confirm segment 2 (« … risque pour la chaîne d'approvisionnement … »).
  await row(page, 2).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type(ENGLISH);
  await page.keyboard.press("Control+Enter");
  await expectAllSaved(page);

  // The same article again: segment 2 has an exact match in the same context, inserted by Ctrl+1.
  await importArticleAgain(page, projectUrl, "Article two");
  const panel = await openMatches(page, 2);
  const best = panel.getByTestId("match").first();
  await expect(best).toHaveAttribute("data-score", /^10[01]$/);
  await expect(best.getByTestId("match-score")).toHaveText(/^10[01]\u00a0%$/);
  await expect(best.getByTestId("match-target")).toContainText(ENGLISH);
  await expect(best.getByTestId("match-provenance")).toContainText("Article one");
  await expect(best.getByTestId("match-provenance")).toContainText("Olivia Owner");
  await page.screenshot({ path: `${SHOTS}/matches-exact.png` });
  await row(page, 2).getByTestId("target-editor").focus();
  await page.keyboard.press("Control+1");
  await expect(page.getByTestId("target-editor")).toHaveText(ENGLISH);
  await expect(page.getByTestId("announcer")).toContainText("Match 1");
  await expectAllSaved(page);

  // A third copy whose segment 2 says one word differently: a fuzzy match, the word diff visible.
  await importArticleAgain(page, projectUrl, "Article three");
  const documentUrl = page.url();
  await page.getByTestId("open-review").click();
  const inspector = page.getByTestId("review-inspector");
  await page.getByTestId("review-source").locator("[data-number='2']").click();
  await inspector.getByRole("button", { name: "Edit the source" }).click();
  const input = inspector.getByTestId("source-input");
  await input.fill((await input.inputValue()).replace("secrétaire", "ministre"));
  await inspector.getByRole("button", { name: "Save the source" }).click();
  await expect(page.getByTestId("review-source").locator("[data-number='2']")).toContainText("Le ministre à la Défense");
  await page.goto(documentUrl);
  const fuzzyPanel = await openMatches(page, 2);
  const fuzzy = fuzzyPanel.getByTestId("match").first();
  await expect(fuzzy).toHaveAttribute("data-tier", /^(high|medium|low)$/);
  expect(Number(await fuzzy.getAttribute("data-score"))).toBeLessThan(100);
  await expect(fuzzy.getByTestId("match-source").locator("del")).toHaveText("secrétaire");
  await expect(fuzzy.getByTestId("match-source").locator("ins")).toHaveText("ministre");
  await page.screenshot({ path: `${SHOTS}/matches-fuzzy.png` });
  await page.keyboard.press("Escape");

  // Pre-translate the document: segment 2 is filled from the memory, marked, and the filter finds it.
  await page.getByTestId("pretranslate-open").click();
  const dialog = page.getByTestId("pretranslate-dialog");
  await expect(dialog.getByRole("heading", { name: "Pre-translate from the translation memory" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/pretranslate-dialog.png` });
  await dialog.getByTestId("pretranslate-run").click();
  await expect(dialog.getByTestId("pretranslate-result")).toContainText("1 segment filled");
  await page.screenshot({ path: `${SHOTS}/pretranslate-result.png` });
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(row(page, 2).getByTestId("match-mark")).toHaveText(/^TM \d+(\.\d)?\u00a0%$/);
  await expect(row(page, 2).getByTestId("segment-target")).toContainText("Pete Hegseth");
  await page.getByTestId("row-filter").selectOption({ label: "Pre-translated (1)" });
  await expect(page.getByTestId("segment-row")).toHaveCount(1);
  await page.getByTestId("row-filter").selectOption({ label: "All segments (18)" });

  // Concordance: Ctrl+K, « chaînes » finds « chaîne » as a keyword in context, with its translation.
  await row(page, 1).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.press("Control+k");
  const concordance = page.getByTestId("concordance-panel");
  await expect(concordance.getByTestId("concordance-input")).toBeFocused();
  await page.keyboard.type("chaînes");
  await page.keyboard.press("Enter");
  const hit = concordance.getByTestId("concordance-hit").first();
  await expect(hit.getByTestId("concordance-keyword")).toHaveText(/^chaîne$/i);
  await expect(hit).toContainText(ENGLISH);
  await page.screenshot({ path: `${SHOTS}/concordance.png` });
});

test("confirming a sentence offers to fill its identical repetitions, and filling them marks them", async ({ page }) => {
  await importPasted(page, "Répétitions", "Le vote est reporté. La séance continue. Le vote est reporté.");
  await row(page, 1).getByTestId("segment-target").click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type("The vote is postponed.");
  await page.keyboard.press("Control+Enter");
  const notice = page.getByTestId("repetition-notice");
  await expect(notice).toContainText("Segment 1 has 1 identical untranslated repetition");
  await expect(page.getByTestId("announcer")).toContainText("1 identical untranslated repetition");
  await notice.getByRole("button", { name: "Fill 1 repetition" }).click();
  await expect(notice).toContainText("1 repetition filled");
  await expect(row(page, 3).getByTestId("segment-target")).toHaveText("The vote is postponed.");
  await expect(row(page, 3).getByTestId("match-mark")).toBeVisible();
  await expectAllSaved(page);
});

/** A TMX file as another tool writes it: regional language variants, a header, props and notes. */
function otherToolTmx(units: number): string {
  const tus = Array.from(
    { length: units },
    (_, k) => `  <tu tuid="${k}" creationdate="20250102T030405Z">
    <prop type="x-client">Agence</prop>
    <note>Checked by the agency</note>
    <tuv xml:lang="fr-FR"><seg>La chaîne de production numéro ${k} reprend demain.</seg></tuv>
    <tuv xml:lang="en-US"><seg>Production line number ${k} restarts tomorrow.</seg></tuv>
  </tu>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="OtherTool" creationtoolversion="2.1" segtype="sentence" o-tmf="other" adminlang="en-US" srclang="fr-FR" datatype="plaintext"/>
  <body>
${tus.join("\n")}
  </body>
</tmx>
`;
}

test("the Memory page imports a TMX with progress and a result, refuses a bad file in one line, and exports TMX", async ({ page }) => {
  // 20,000 units take 8 s on PostgreSQL alone but 26–60 s and more as its GIN indexes grow and CI
  // runs beside it (issue 16's note); the figure belongs to the bench, the behaviour to this test.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("/en");
  await page.getByLabel("Project name").fill("TMX e2e");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { name: "TMX e2e" })).toBeVisible();
  await page.getByRole("link", { name: "Translation memory" }).click();
  await expect(page.getByRole("heading", { name: "Translation memory", level: 2 })).toBeVisible();
  await expect(page.getByTestId("memory-units")).toHaveAttribute("data-count", "0");

  // A file big enough for the import to take a moment: the server's progress shows, then the counts.
  const units = 20_000;
  const form = page.getByTestId("tmx-import");
  await form.getByLabel("TMX file").setInputFiles({ name: "agence.tmx", mimeType: "application/x-tmx+xml", buffer: Buffer.from(otherToolTmx(units)) });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByTestId("work-progress")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/memory-import-progress.png` });
  await expect(form.getByTestId("tmx-import-result")).toHaveText(
    `${units.toLocaleString("en")} units read, ${units.toLocaleString("en")} imported, 0 skipped (already there or without French and English).`,
    {
      timeout: 150_000,
    },
  );
  await expect(page.getByTestId("memory-units")).toHaveAttribute("data-count", String(units));
  await page.screenshot({ path: `${SHOTS}/memory-page.png`, fullPage: true });

  // Not TMX: refused with a clear line, nothing imported.
  await form.getByLabel("TMX file").setInputFiles({ name: "notes.tmx", mimeType: "text/plain", buffer: Buffer.from("just some words, no XML") });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByTestId("tmx-import-error")).toContainText("This file could not be imported:");
  await expect(page.getByTestId("memory-units")).toHaveAttribute("data-count", String(units));

  // Export: a TMX 1.4 download holding the units.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("tmx-export").click()]);
  expect(download.suggestedFilename()).toMatch(/\.tmx$/);
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text).toContain('<tmx version="1.4">');
  expect(text).toContain("Production line number 7 restarts tomorrow.");
});
