import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeZip } from "@/core/import/test-zip";
import { MAX_DOCX_XML_BYTES, MAX_UNPACKED_BYTES } from "@/core/limits";
import type { Actor } from "@/server/access/actor";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { importTranslation } from "@/server/documents/import-translation";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { documentXmlSize, makeDocx } from "./make-docx";
import { createTestDb, createUser } from "./test-db";

/** importDocument (form, paste, CLI) and importTranslation route by what a file is, not by its name. */
const { db } = createTestDb();
let owner: Actor;
let projectId: string;

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Formats" })).id;
});
afterAll(() => db.$disconnect());

const bytes = (text: string) => new TextEncoder().encode(text);

/** The whole document's sources and paragraph kinds (getWorkbench would give its first part only). */
async function sources(documentId: string) {
  const { document } = await getWorkbench(db, { actor: owner, documentId });
  const segments = await db.segment.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  const paragraphs = await db.paragraph.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  return { document, texts: segments.map((s) => s.sourceText), kinds: paragraphs.map((p) => p.kind) };
}

/** The refusal of an import, checking that no document was written. */
async function refusal(content: Uint8Array | string, fileName?: string): Promise<AppError> {
  const before = [await db.document.count(), await db.paragraph.count(), await db.segment.count()];
  const error = await importDocument(db, { actor: owner, projectId, content, fileName }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect([await db.document.count(), await db.paragraph.count(), await db.segment.count()]).toEqual(before);
  return error as AppError;
}

describe("importDocument routes by content", () => {
  it("reads an HTML page as headings and paragraphs, even named .txt", async () => {
    const html =
      "<!DOCTYPE html><html><head><title>t</title><script>alert(1)</script></head><body><h1>Le Pentagone</h1><p>Il pleut. Il <b>vente</b>.</p></body></html>";
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: bytes(html), fileName: "page.txt" });
    expect(await sources(documentId)).toMatchObject({ texts: ["Le Pentagone", "Il pleut.", "Il vente."], kinds: ["heading", "paragraph"] });
  });

  it("reads a Word file through mammoth", async () => {
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Les décisions")] }),
              new Paragraph({ children: [new TextRun("Donald Trump a ordonné. Le Pentagone exige.")] }),
            ],
          },
        ],
      }),
    );
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: new Uint8Array(docx), fileName: "article.docx" });
    expect(await sources(documentId)).toMatchObject({
      document: { title: "article" },
      texts: ["Les décisions", "Donald Trump a ordonné.", "Le Pentagone exige."],
      kinds: ["heading", "paragraph"],
    });
  });

  it("still reads text and Markdown by name", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: bytes("# Titre\n\nUne phrase."), fileName: "a.md" });
    expect(await sources(documentId)).toMatchObject({ texts: ["Titre", "Une phrase."], kinds: ["heading", "paragraph"] });
  });

  it.each([
    [
      "a TMX memory named .tmx",
      '<?xml version="1.0"?>\n<tmx version="1.4"><header/><body/></tmx>',
      "memory.tmx",
      /^This is a TMX translation memory, not a document to translate; /u,
    ],
    ["a TMX memory named .txt", '<tmx version="1.4"><header/><body/></tmx>', "memory.txt", /^This is a TMX translation memory/u],
    ["pasted TMX", '<?xml version="1.0"?><tmx version="1.4"/>', undefined, /^This is a TMX translation memory/u],
    [
      "a termbase",
      '<?xml version="1.0"?><tbx type="TBX-Basic"><text/></tbx>',
      "terms.xml",
      /^This is a TBX termbase, not a document to translate; import it on the project's Glossary page\.$/u,
    ],
    [
      "other XML",
      '<?xml version="1.0"?><rss version="2.0"><channel/></rss>',
      "feed.xml",
      /^This is an XML file \(root element <rss>\), not a document to translate; /u,
    ],
    ["a PDF", "%PDF-1.7\n%âãÏÓ\n1 0 obj", "scan.pdf", /^PDF files cannot be imported: save the text as \.docx or \.txt first\.$/u],
    ["RTF", "{\\rtf1\\ansi Il pleut.}", "note.rtf", /^RTF files cannot be imported/u],
  ])("refuses %s with one line and writes nothing", async (_name, content, fileName, message) => {
    const error = await refusal(fileName === undefined ? content : bytes(content), fileName);
    expect(error.code).toBe("UNREADABLE_FILE");
    expect(error.details).toMatchObject({ reason: "UNSUPPORTED_FORMAT" });
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
  });

  it.each([
    [
      "an OpenDocument text",
      makeZip([
        { name: "mimetype", data: "application/vnd.oasis.opendocument.text" },
        { name: "content.xml", data: "<office:document-content/>" },
      ]),
      "lettre.odt",
      /^This is an OpenDocument text \(\.odt\); save it as Word/u,
    ],
    ["an Excel workbook named .docx", makeZip([{ name: "xl/workbook.xml", data: "<workbook/>" }]), "table.docx", /^This is an Excel workbook \(\.xlsx\)/u],
    [
      "an EPUB",
      makeZip([
        { name: "mimetype", data: "application/epub+zip" },
        { name: "META-INF/container.xml", data: "<container/>" },
      ]),
      "livre.epub",
      /^This is an EPUB e-book/u,
    ],
    ["a plain zip", makeZip([{ name: "article.txt", data: "Il pleut." }]), "archive.zip", /^This is a zip archive, not a document to translate; unzip it/u],
  ])("refuses %s, naming the container", async (_name, zip, fileName, message) => {
    expect((await refusal(zip, fileName)).message).toMatch(message);
  });

  it("keeps refusing other binary files as not text", async () => {
    const error = await refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "image.txt");
    expect(error.details).toMatchObject({ reason: "BINARY_FILE" });
  });
});

describe("XLIFF language pairs", () => {
  const xliff = (languages: string) =>
    bytes(
      `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ${languages}><file id="f"><unit id="u"><segment><source>Il pleut.</source></segment></unit></file></xliff>`,
    );

  it("keeps a French → English file's regional tags on the document", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: xliff('srcLang="fr-CA" trgLang="en-GB"'), fileName: "a.xlf" });
    expect((await sources(documentId)).document).toMatchObject({ sourceLanguage: "fr-CA", targetLanguage: "en-GB" });
  });

  it("takes a French file without trgLang as French → English", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: xliff('srcLang="fr"'), fileName: "a.xlf" });
    expect((await sources(documentId)).document).toMatchObject({ sourceLanguage: "fr", targetLanguage: "en" });
  });

  it("refuses an XLIFF file of more than 200,000 segments before writing anything", async () => {
    const units = Array.from({ length: 200_001 }, (_, k) => `<unit id="u${k}"><segment><source>P${k}.</source></segment></unit>`).join("");
    const file = bytes(
      `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en"><file id="f">${units}</file></xliff>`,
    );
    expect(await refusal(file, "huge.xlf")).toMatchObject({ code: "TOO_LARGE", details: { reason: "TOO_MANY_SEGMENTS", limit: 200_000 } });
  });

  it("refuses any other pair, naming both languages, and writes nothing", async () => {
    const error = await refusal(xliff('srcLang="en" trgLang="de"'), "de.xlf");
    expect(error).toMatchObject({
      code: "UNREADABLE_FILE",
      message: "This XLIFF file translates English (en) into German (de); Lisière translates French into English.",
      details: { reason: "UNSUPPORTED_LANGUAGES" },
    });
  });
});

describe("importTranslation uses the same sniffer", () => {
  it("refuses a TMX or a PDF given as the English translation, changing nothing", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Il pleut. Il vente." });
    for (const [content, message] of [
      ['<?xml version="1.0"?><tmx version="1.4"/>', /^This is a TMX translation memory, not a translation to align; /u],
      ["%PDF-1.4\n", /^PDF files cannot be imported/u],
    ] as const) {
      const error = await importTranslation(db, { actor: owner, documentId, content: bytes(content), format: "txt" }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "UNREADABLE_FILE", details: { reason: "UNSUPPORTED_FORMAT" } });
      expect((error as Error).message).toMatch(message);
    }
    const { segments } = await getWorkbench(db, { actor: owner, documentId });
    expect(segments.every((s) => s.targetText === "" && s.version === 1)).toBe(true);
  });

  it("reads an HTML page uploaded under a .txt name as HTML", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Il pleut." });
    await importTranslation(db, { actor: owner, documentId, content: bytes("<!DOCTYPE html><p>It <i>is</i> raining.</p>"), format: "txt" });
    expect((await getWorkbench(db, { actor: owner, documentId })).segments.map((s) => s.targetText)).toEqual(["It is raining."]);
  });
});

describe("Word files are checked for what they unpack to before anything reads them", () => {
  const sentence = "Une phrase de plus dans le document, avec quelques mots.";

  it("refuses a zip bomb given as the English translation in seconds, changing nothing", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Il pleut. Il vente." });
    // 1.5 MB that unpacks to 330 MB: it took the server down in 51 s. (Sizes the zip declares
    // are not trusted: every part is really inflated, up to the limit.)
    const bomb = makeDocx({ paragraph: sentence, paragraphs: 3_750_000 });
    expect(bomb.byteLength).toBeLessThan(2_000_000);
    expect(documentXmlSize(sentence, 3_750_000)).toBeGreaterThan(300_000_000);
    const started = Date.now();
    const error = await importTranslation(db, { actor: owner, documentId, content: bomb, format: "docx" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "TOO_LARGE", details: { reason: "UNPACKED_TOO_LARGE", limitMb: MAX_UNPACKED_BYTES / 1048576 } });
    expect((error as Error).message).toBe(
      "This Word file unpacks to more than 50 MB, which is more than a document can hold; split it, or save the text as .txt.",
    );
    // A guard against hangs, not a timing goal: the inflation stops at the limit.
    expect(Date.now() - started).toBeLessThan(20_000);
    const { segments } = await getWorkbench(db, { actor: owner, documentId });
    expect(segments.map((s) => [s.targetText, s.version])).toEqual([
      ["", 1],
      ["", 1],
    ]);
  });

  it("refuses a small Word file whose text unpacks past what mammoth may parse, creating no document", async () => {
    // 92 KB that unpacks to 30 MB of XML: it froze the server for 135 s and wrote 699,033 segments.
    const docx = makeDocx({ paragraph: "Oui.", paragraphs: 900_000 });
    const xml = documentXmlSize("Oui.", 900_000);
    expect(xml).toBeGreaterThan(MAX_DOCX_XML_BYTES);
    expect(xml).toBeLessThan(MAX_UNPACKED_BYTES);
    const error = await refusal(docx, "petit.docx");
    expect(error).toMatchObject({ code: "TOO_LARGE", details: { reason: "DOCX_TEXT_TOO_LARGE", limitMb: MAX_DOCX_XML_BYTES / 1048576 } });
  });

  it("refuses a Word file whose zip directory cannot be read whole (its parts cannot all be measured)", async () => {
    const docx = makeDocx({ paragraph: "Oui.", paragraphs: 1_000 });
    // The end record claims one more part than the directory holds.
    const end = docx.byteLength - 22;
    new DataView(docx.buffer, docx.byteOffset).setUint16(end + 10, 4, true);
    expect(await refusal(docx, "cut.docx")).toMatchObject({
      code: "UNREADABLE_FILE",
      message: "This DOCX file cannot be read (it is damaged or not a Word document).",
    });
  });

  it("still reads a Word file within the limits (in a worker thread)", async () => {
    const { documentId } = await importDocument(db, {
      actor: owner,
      projectId,
      content: makeDocx({ paragraph: "Il pleut sur Paris.", paragraphs: 2_000 }),
      fileName: "pluie.docx",
    });
    const { texts } = await sources(documentId);
    expect(texts).toHaveLength(2_000);
    expect(new Set(texts)).toEqual(new Set(["Il pleut sur Paris."]));
  });
});
