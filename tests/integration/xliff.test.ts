import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { createAnnotation } from "@/server/annotations/create-annotation";
import { getDocumentAnnotations } from "@/server/annotations/get-document-annotations";
import { exportDocument } from "@/server/documents/export-document";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { AppError } from "@/server/errors";
import { createTermEntry } from "@/server/glossary/create-term-entry";
import { createProject } from "@/server/projects/create-project";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
const SCHEMA = path.resolve("core/formats/xliff/__fixtures__/schemas/xliff-with-modules.xsd");
const SUITE = path.resolve("core/formats/xliff/__fixtures__/test-suite");
let owner: Actor;
let projectId: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "XLIFF" })).id;
});

function xmllint(xml: string) {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, "-"], { input: xml, encoding: "utf8" });
  if (result.error) throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${result.error.message}`);
  return { ok: result.status === 0, output: result.stderr };
}

const bytes = (text: string) => new TextEncoder().encode(text);

async function translatedDocument() {
  const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Le Pentagone\n\nLe Pentagone cite un risque pour la chaîne d’approvisionnement. Anthropic refuse. Il pleut." });
  await createTermEntry(db, { actor: owner, projectId, fields: { source: "risque pour la chaîne d'approvisionnement", preferred: "supply chain risk", definition: "Désignation du DoD." } }).catch((error: unknown) => {
    // The project's glossary is shared by the tests of this file: the entry may be there already.
    if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
  });
  const [heading, first, second] = (await getWorkbench(db, { actor: owner, documentId })).segments;
  await saveSegment(db, { actor: owner, segmentId: heading.id, baseVersion: heading.version, targetText: "The Pentagon", status: "translated" });
  await saveSegment(db, { actor: owner, segmentId: first.id, baseVersion: first.version, targetText: "The Pentagon cites a supply chain risk & more.", status: "approved" });
  await saveSegment(db, { actor: owner, segmentId: second.id, baseVersion: second.version, targetText: "Anthropic refuses." });
  await createAnnotation(db, { actor: owner, segmentId: second.id, start: 0, end: 9, kind: "note", body: "Check the <b>tense</b>\non two lines." });
  return documentId;
}

describe("XLIFF 2.1 export and import", () => {
  it("exports a document that validates against the OASIS schemas, with states, notes and terms", async () => {
    const documentId = await translatedDocument();
    const file = await exportDocument(db, { actor: owner, documentId, format: "xliff" });
    expect(file.fileName).toMatch(/\.xlf$/);
    const check = xmllint(file.body);
    expect(check.output).toContain("validates");
    expect(check.ok).toBe(true);
    expect(file.body).toContain('state="final"');
    expect(file.body).toContain("supply chain risk");
    expect(file.body).toMatch(/Check the &lt;b&gt;tense&lt;\/b&gt;|Check the &lt;b>tense&lt;\/b>/);
  });

  it("round-trips our own export: sources, targets, statuses, headings and notes", async () => {
    const documentId = await translatedDocument();
    const xliff = (await exportDocument(db, { actor: owner, documentId, format: "xliff" })).body;
    const { documentId: copyId } = await importDocument(db, { actor: owner, projectId, content: bytes(xliff), fileName: "copy.xlf" });
    const [original, copy] = await Promise.all([getWorkbench(db, { actor: owner, documentId }), getWorkbench(db, { actor: owner, documentId: copyId })]);
    const shape = (w: typeof original) => w.segments.map((s) => [s.sourceText, s.targetText, s.status, w.paragraphs.find((p) => p.id === s.paragraphId)?.kind]);
    expect(shape(copy)).toEqual(shape(original));
    const notes = await getDocumentAnnotations(db, { actor: owner, documentId: copyId });
    expect(notes.map((n) => [n.body, n.exact])).toEqual([["Check the <b>tense</b>\non two lines.", "Anthropic refuse."]]);
  });

  it("imports files written by other tools (OASIS test suite)", async () => {
    const sample = path.join(SUITE, "core/valid", fs.readdirSync(path.join(SUITE, "core/valid")).find((f) => f.endsWith(".xlf") && fs.readFileSync(path.join(SUITE, "core/valid", f), "utf8").includes("<target"))!);
    const { documentId, segments } = await importDocument(db, { actor: owner, projectId, content: new Uint8Array(fs.readFileSync(sample)), fileName: path.basename(sample) });
    expect(segments).toBeGreaterThan(0);
    expect((await getWorkbench(db, { actor: owner, documentId })).segments.length).toBe(segments);
  });

  it("refuses hostile and broken files with the line, creating nothing", async () => {
    const before = await db.document.count();
    const cases = [
      '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr"><file id="f"><unit id="u"><segment><source>&b;</source></segment></unit></file></xliff>',
      '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr">\n<file id="f">\n<unit id="u"><segment><target>x</target></segment></unit></file></xliff>',
      '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="fr" datatype="plaintext"><body/></file></xliff>',
      '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr">\n<file id="f"><unit id="u"><segment><source>ouvert</segment></unit></file></xliff>',
    ];
    for (const xml of cases) {
      const error = await importDocument(db, { actor: owner, projectId, content: bytes(xml), fileName: "bad.xlf" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(/line \d+|XLIFF/i);
    }
    expect(await db.document.count()).toBe(before);
  });
});

describe("cli import FILE.xlf / export --format xliff", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-xliff-"));
  const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}` };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const cli = (args: string[]) => {
    const result = spawnSync(path.resolve("node_modules/.bin/tsx"), ["cli/main.ts", ...args], { env, encoding: "utf8" });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it("imports an XLIFF file, prints its id, and exports it back as valid XLIFF", () => {
    const file = path.join(dir, "in.xlf");
    fs.writeFileSync(file, '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en"><file id="f1" original="Dépêche"><unit id="u1"><segment id="s1" state="translated"><source>Il pleut.</source><target>It is raining.</target></segment></unit></file></xliff>');
    const imported = cli(["import", file]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const id = imported.stdout.trim();
    expect(id).toMatch(/^[\w-]+$/);
    const exported = cli(["export", id, "--format", "xliff"]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain("<target>It is raining.</target>");
    expect(xmllint(exported.stdout).ok).toBe(true);
  });

  it("refuses a hostile file with one line on stderr, exit code 1, and no document", () => {
    const file = path.join(dir, "evil.xlf");
    fs.writeFileSync(file, '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr"><file id="f"><unit id="u"><segment><source>&xxe;</source></segment></unit></file></xliff>');
    const result = cli(["import", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^error: .*evil\.xlf: .*[Ll]ine 2/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
