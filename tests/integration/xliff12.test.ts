import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseXliff12 } from "@/core/formats/xliff12/parse-xliff12";
import type { Actor } from "@/server/access/actor";
import { getDocumentAnnotations } from "@/server/annotations/get-document-annotations";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { getSegmentMatches } from "@/server/tm/get-segment-matches";
import { cliSandbox } from "./cli-sandbox";
import { exportFile } from "./export-file";
import { createTestDb, createUser } from "./test-db";

/** XLIFF 1.2 (and Trados, memoQ, Phrase, translate-toolkit files) in, through the import use case and the CLI, and XLIFF 1.2 out. */
const { db } = createTestDb();
const FIXTURES = path.resolve("core/formats/xliff12/__fixtures__");
const SCHEMA = path.join(FIXTURES, "schemas/xliff-core-1.2-strict.xsd");
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
let owner: Actor;
let projectId: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "XLIFF 1.2" })).id;
});

function xmllint(xml: string) {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, "-"], { input: xml, encoding: "utf8" });
  if (result.error) throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${result.error.message}`);
  return { ok: result.status === 0, output: result.stderr };
}

const rowsOf = async (documentId: string) => (await getWorkbench(db, { actor: owner, documentId })).segments.map((s) => [s.sourceText, s.targetText, s.status]);

describe("importing XLIFF 1.2 as a document", () => {
  it("imports a Trados file with its segments and statuses, and exports it as valid XLIFF 1.2 that reads back the same", async () => {
    const { documentId, segments } = await importDocument(db, {
      actor: owner,
      projectId,
      content: fixture("dialects/article.sdlxliff"),
      fileName: "article.sdlxliff",
    });
    expect(segments).toBe(7);
    const rows = await rowsOf(documentId);
    expect(rows).toEqual([
      ["La souveraineté numérique", "Digital sovereignty", "approved"],
      ["Le Pentagone cite un risque.", "The Pentagon cites a risk.", "translated"],
      ["Anthropic refuse.", "Anthropic refuses.", "draft"],
      ["Il pleut.", "It is raining.", "reviewed"],
      ["Il neige.", "It snows.", "rejected"],
      ["Il vente.", "It is windy.", "rejected"],
      ["Rien.", "", "new"],
    ]);
    const document = await db.document.findUniqueOrThrow({ where: { id: documentId } });
    expect([document.sourceLanguage, document.targetLanguage]).toEqual(["fr-FR", "en-GB"]);

    const file = await exportFile(db, { actor: owner, documentId, format: "xliff12" });
    expect(file.fileName).toMatch(/\.fr-en\.xliff12\.xlf$/u);
    expect(file.contentType).toBe("application/xliff+xml; charset=utf-8");
    const check = xmllint(file.text);
    expect(check.ok, check.output).toBe(true);
    const back = parseXliff12(file.text);
    expect(back.units.map((u) => u.segments.length)).toEqual([1, 6]);
    expect(back.units.flatMap((u) => u.segments.map((s) => [s.source, s.target, s.status]))).toEqual(rows);
  });

  it("imports po2xliff's file from translate-toolkit, with its notes", async () => {
    const { documentId } = await importDocument(db, {
      actor: owner,
      projectId,
      content: fixture("translate-toolkit/article.fr-en.xlf"),
      fileName: "article.fr-en.xlf",
    });
    expect(await rowsOf(documentId)).toEqual([
      ["La souveraineté numérique", "Digital sovereignty", "translated"],
      ["Le Pentagone cite un risque pour la chaîne d’approvisionnement.", "The Pentagon cites a supply chain risk.", "translated"],
      ["Anthropic refuse.", "Anthropic refuses.", "draft"],
      ["Pourquoi ?", "", "new"],
    ]);
    const notes = (await getDocumentAnnotations(db, { actor: owner, documentId })).filter((a) => a.kind === "note").map((a) => a.body);
    expect(notes.sort()).toEqual(["developer: Titre de l'article", "po-translator: Vérifier le nom."]);
  });

  it("offers an alt-trans as a memory match with its origin, never as the segment's translation", async () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="ext.docx" source-language="fr" target-language="en" datatype="plaintext"><body>
      <trans-unit id="1"><source>Le Pentagone désigne Anthropic comme un risque.</source>
        <alt-trans origin="DeepL" match-quality="80"><target>The Pentagon designates Anthropic as a risk.</target></alt-trans></trans-unit>
      </body></file></xliff>`;
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: xml, fileName: "ext.xlf" });
    const [segment] = (await getWorkbench(db, { actor: owner, documentId })).segments;
    expect([segment.targetText, segment.status]).toEqual(["", "new"]);
    const [match] = await getSegmentMatches(db, owner, segment.id);
    expect(match).toMatchObject({ score: 100, target: "The Pentagon designates Anthropic as a risk." });
    expect(match.provenance).toMatchObject({ origin: "xliff", status: "imported" });
    const unit = await db.tmUnit.findUniqueOrThrow({ where: { id: match.unitId } });
    expect(JSON.parse(unit.metadata)).toEqual({
      props: [
        ["x-match-origin", "DeepL"],
        ["x-match-quality", "80"],
      ],
    });
  });

  it("refuses a broken XLIFF 1.2 file with its line and creates nothing", async () => {
    const before = await db.document.count();
    const xml = `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="fr" target-language="en" datatype="plaintext"><body>\n<trans-unit id="1"><source>Un.</source></trans-unit>\n<trans-unit id="1"><source>Deux.</source></trans-unit></body></file></xliff>`;
    const error = await importDocument(db, { actor: owner, projectId, content: new TextEncoder().encode(xml), fileName: "bad.xlf" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/^Line 4: Two <trans-unit>s of one <file> have the id "1"\.$/u);
    expect(await db.document.count()).toBe(before);
  });
});

describe("cli import FILE.mqxliff / export --format xliff12", () => {
  const { cli, write, remove } = cliSandbox("lisiere-xliff12-");
  afterAll(remove);

  it("imports a memoQ file and exports it as XLIFF 1.2 that validates and keeps each status", () => {
    const imported = cli(["import", write("article.mqxliff", Buffer.from(fixture("dialects/article.mqxliff")))]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const exported = cli(["export", imported.stdout.trim(), "--format", "xliff12"]);
    expect(exported.stderr).toBe("");
    expect(exported.code).toBe(0);
    const check = xmllint(exported.stdout);
    expect(check.ok, check.output).toBe(true);
    expect(parseXliff12(exported.stdout).units.map((u) => u.segments[0].status)).toEqual([
      "new",
      "draft",
      "draft",
      "draft",
      "translated",
      "reviewed",
      "approved",
      "rejected",
    ]);
  });
});
