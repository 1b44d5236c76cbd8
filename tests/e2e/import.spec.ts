import { expect, test } from "@playwright/test";
import { makeDocx } from "../integration/make-docx";
import { DEMO_PROJECT_NAME, expectAllSaved } from "./helpers";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

test("a user imports a Markdown file with headings and sentence segments", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "note-de-synthese.md",
    mimeType: "text/markdown",
    buffer: Buffer.from("# Note de synthèse\n\nM. Dupont a signé le contrat. Il vaut 3,5 millions d’euros.\n\n## Suite\n\nLe *Pentagone* a réagi."),
  });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("document-title")).toHaveText("note-de-synthese");
  await expect(page.getByTestId("segment-count")).toHaveAttribute("data-count", "5");
  await expect(page.getByRole("heading", { name: "Note de synthèse" })).toBeVisible();
  await expect(page.getByTestId("segment-row").nth(1)).toContainText("M. Dupont a signé le contrat.");
  await expect(page.getByTestId("segment-row").nth(4)).toContainText("Le Pentagone a réagi.");
});

test("a binary file is refused with a clear message and nothing is created", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_PROJECT_NAME);
  const documents = await page.getByTestId("document-list").getByRole("listitem").count();
  expect(documents).toBeGreaterThan(0);
  await page
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "scan.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-error")).toContainText("not a text file");
  // A PDF is named, with what to do instead.
  await page
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n\u0000\u0001binary") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-error")).toHaveText("PDF files cannot be imported: save the text as .docx or .txt first.");
  await page.reload();
  await expect(page.getByTestId("document-list").getByRole("listitem")).toHaveCount(documents);
});

test("a TMX translation memory uploaded from the project page is refused with what it is, and no document is created", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_PROJECT_NAME);
  const documents = await page.getByTestId("document-list").getByRole("listitem").count();
  expect(documents).toBeGreaterThan(0);
  const tmx =
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="fr" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="fr"><seg>Il pleut.</seg></tuv><tuv xml:lang="en"><seg>It is raining.</seg></tuv></tu></body></tmx>\n';
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "memoire.tmx", mimeType: "application/x-tmx+xml", buffer: Buffer.from(tmx) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-error")).toHaveText(/This is a TMX translation memory, not a document to translate; import the French text itself/u);
  await page.screenshot({ path: "test-results/import-tmx-refused.png" });
  await page.reload();
  await expect(page.getByTestId("document-list").getByRole("listitem")).toHaveCount(documents);
  await expect(page.getByTestId("document-list")).not.toContainText("memoire");
});

test("script in imported text is shown as text and never runs", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.getByLabel("…or paste the text").fill('Attaque <script>alert("xss")</script> ici.\n\nImage <img src=x onerror=alert(1)> là.');
  await page.getByLabel("Title (optional)").fill("<b>Titre</b>");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("document-title")).toHaveText("<b>Titre</b>");
  await expect(page.getByTestId("segment-row").first()).toContainText('<script>alert("xss")</script>');
  await expect(page.getByTestId("segment-row").nth(1)).toContainText("<img src=x onerror=alert(1)>");
  await page.getByTestId("segment-target").first().click();
  await expect(page.getByTestId("target-editor")).toBeFocused();
  await page.keyboard.type("<img src=y onerror=alert(2)>");
  await page.keyboard.press("Control+Enter");
  await expectAllSaved(page);
  await page.reload();
  await expect(page.getByTestId("segment-row").first()).toContainText("<img src=y onerror=alert(2)>");
  expect(dialogs).toEqual([]);
});

test("a file over the size limit is refused before upload, and pasted text survives a refused import", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(6 * 1024 * 1024, "a") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-error")).toHaveText("The file is over the 5 MB limit.");
  // A file and pasted text at once is refused by the server; the pasted text is still there.
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "petit.txt", mimeType: "text/plain", buffer: Buffer.from("Une phrase.") });
  await page.getByLabel("…or paste the text").fill("Texte collé à garder.");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-error")).toContainText("not both");
  await expect(page.getByLabel("…or paste the text")).toHaveValue("Texte collé à garder.");
});

test("a Word file is read by the production server (in a worker thread); a Word zip bomb is refused at once, in the interface's language", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "pluie.docx", mimeType: DOCX, buffer: Buffer.from(makeDocx({ paragraph: "Il pleut sur Paris.", paragraphs: 1_000 })) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("document-title")).toHaveText("pluie");
  await expect(page.getByTestId("segment-count")).toHaveAttribute("data-count", "1000");

  // 1.5 MB that unpacks to 330 MB: it used to take the server down.
  const bomb = {
    name: "bombe.docx",
    mimeType: DOCX,
    buffer: Buffer.from(makeDocx({ paragraph: "Une phrase de plus dans le document, avec quelques mots.", paragraphs: 3_750_000 })),
  };
  await page.goto("/en");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await expect(page.getByTestId("document-list")).toContainText("pluie");
  const documents = await page.getByTestId("document-list").getByRole("listitem").count();
  await page.getByLabel("File", { exact: true }).setInputFiles(bomb);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-error")).toHaveText(
    "This Word file unpacks to more than 50 MB, which is more than a document can hold; split it, or save the text as .txt.",
  );

  await page.goto("/fr");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME }).click();
  await page.getByLabel("Fichier", { exact: true }).setInputFiles(bomb);
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByTestId("import-error")).toHaveText(
    "Ce fichier Word occupe plus de 50 Mo une fois décompressé, plus qu’un document ne peut contenir ; découpez-le, ou enregistrez le texte en .txt.",
  );
  await page.screenshot({ path: "test-results/import-docx-bomb-fr.png" });
  await page.reload();
  await expect(page.getByTestId("document-list").getByRole("listitem")).toHaveCount(documents);
});
