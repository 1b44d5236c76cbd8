import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliSandbox } from "./cli-sandbox";
import type { Actor } from "@/server/access/actor";
import { createAnnotation } from "@/server/annotations/create-annotation";
import { getDocumentAnnotations } from "@/server/annotations/get-document-annotations";
import { createComment } from "@/server/comments/create-comment";
import { listComments } from "@/server/comments/list-comments";
import { replyToComment } from "@/server/comments/reply-to-comment";
import { resolveThread } from "@/server/comments/resolve-comment";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { AppError } from "@/server/errors";
import { createTermEntry } from "@/server/glossary/create-term-entry";
import { createProject } from "@/server/projects/create-project";
import { saveSegment } from "@/server/segments/save-segment";
import { exportFile, exportText } from "./export-file";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
const SCHEMA = path.resolve("core/formats/xliff/__fixtures__/schemas/xliff-with-modules.xsd");
const SUITE = path.resolve("core/formats/xliff/__fixtures__/test-suite");
let owner: Actor;
let reviewer: Actor;
let reviewerName: string;
let projectId: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "XLIFF" })).id;
  reviewer = await createUser(db, { projectId, role: "reviewer" });
  reviewerName = (await db.user.findUniqueOrThrow({ where: { id: reviewer.userId! } })).name;
});

const HOSTILE_COMMENT = `Is <script>alert(1)</script> right & fine?\nSecond line <img src=x onerror=alert(1)>.`;

function xmllint(xml: string) {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, "-"], { input: xml, encoding: "utf8" });
  if (result.error) throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${result.error.message}`);
  return { ok: result.status === 0, output: result.stderr };
}

const bytes = (text: string) => new TextEncoder().encode(text);

async function translatedDocument() {
  const { documentId } = await importDocument(db, {
    actor: owner,
    projectId,
    content: "Le Pentagone\n\nLe Pentagone cite un risque pour la chaîne d’approvisionnement. Anthropic refuse. Il pleut.",
  });
  await createTermEntry(db, {
    actor: owner,
    projectId,
    fields: { source: "risque pour la chaîne d'approvisionnement", preferred: "supply chain risk", definition: "Désignation du DoD." },
  }).catch((error: unknown) => {
    // The project's glossary is shared by the tests of this file: the entry may be there already.
    if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
  });
  const [heading, first, second] = (await getWorkbench(db, { actor: owner, documentId })).segments;
  await saveSegment(db, { actor: owner, segmentId: heading.id, baseVersion: heading.version, targetText: "The Pentagon", status: "translated" });
  await saveSegment(db, {
    actor: owner,
    segmentId: first.id,
    baseVersion: first.version,
    targetText: "The Pentagon cites a supply chain risk & more.",
    status: "approved",
  });
  await saveSegment(db, { actor: owner, segmentId: second.id, baseVersion: second.version, targetText: "Anthropic refuses." });
  await createAnnotation(db, { actor: owner, segmentId: second.id, start: 0, end: 9, kind: "note", body: "Check the <b>tense</b>\non two lines." });
  return documentId;
}

/** The translated document with two threads: one on words of the target, answered; one resolved. */
async function commentedDocument() {
  const documentId = await translatedDocument();
  const [heading, , second] = (await getWorkbench(db, { actor: owner, documentId })).segments;
  const root = await createComment(db, { actor: reviewer, segmentId: second.id, body: HOSTILE_COMMENT, start: 10, end: 17 });
  await replyToComment(db, { actor: owner, commentId: root.id, body: "Kept as is.\n\nSee the style guide." });
  const resolved = await createComment(db, { actor: owner, segmentId: heading.id, body: "Title case?" });
  await resolveThread(db, { actor: reviewer, commentId: resolved.id });
  return documentId;
}

/** Threads as a reader sees them: segment source, author, body, resolved, quote, replies. */
async function threadShape(documentId: string) {
  const sources = new Map((await getWorkbench(db, { actor: owner, documentId })).segments.map((s) => [s.id, s.sourceText]));
  const comment = (c: Awaited<ReturnType<typeof listComments>>[number]["root"]) => [c.authorName, c.body, c.createdAt];
  return (await listComments(db, { actor: owner, documentId })).map(({ root, replies }) => ({
    segment: sources.get(root.segmentId!),
    root: comment(root),
    resolved: root.resolvedAt !== null,
    span: root.span,
    replies: replies.map(comment),
  }));
}

describe("XLIFF 2.1 export and import", () => {
  it("exports a document that validates against the OASIS schemas, with states, notes and terms", async () => {
    const documentId = await translatedDocument();
    const file = await exportFile(db, { actor: owner, documentId, format: "xliff" });
    expect(file.fileName).toMatch(/\.xlf$/);
    const check = xmllint(file.text);
    expect(check.output).toContain("validates");
    expect(check.ok).toBe(true);
    expect(file.text).toContain('state="final"');
    expect(file.text).toContain("supply chain risk");
    expect(file.text).toMatch(/Check the &lt;b&gt;tense&lt;\/b&gt;|Check the &lt;b>tense&lt;\/b>/);
  });

  it("round-trips our own export: sources, targets, statuses, headings and notes", async () => {
    const documentId = await translatedDocument();
    const xliff = await exportText(db, { actor: owner, documentId, format: "xliff" });
    const { documentId: copyId } = await importDocument(db, { actor: owner, projectId, content: bytes(xliff), fileName: "copy.xlf" });
    const [original, copy] = await Promise.all([getWorkbench(db, { actor: owner, documentId }), getWorkbench(db, { actor: owner, documentId: copyId })]);
    const shape = (w: typeof original) => w.segments.map((s) => [s.sourceText, s.targetText, s.status, w.paragraphs.find((p) => p.id === s.paragraphId)?.kind]);
    expect(shape(copy)).toEqual(shape(original));
    const notes = await getDocumentAnnotations(db, { actor: owner, documentId: copyId });
    // The note was about "Anthropic" (0–9), not the whole segment: its span comes back with it.
    expect(notes.map((n) => [n.body, n.exact, n.start, n.end])).toEqual([["Check the <b>tense</b>\non two lines.", "Anthropic", 0, 9]]);
  });

  it("exports comment threads as notes of their unit (replies, resolved state, escaped bodies) and stays valid", async () => {
    const documentId = await commentedDocument();
    const xml = await exportText(db, { actor: owner, documentId, format: "xliff" });
    const check = xmllint(xml);
    expect(check.output).toContain("validates");
    expect(check.ok).toBe(true);
    expect(xml).not.toMatch(/<script|<img/u);
    const thread = (await listComments(db, { actor: owner, documentId })).find((t) => t.replies.length > 0)!;
    const [root, reply] = [thread.root, thread.replies[0]];
    expect(xml).toContain(
      `<note id="c-${root.id}" category="comment" appliesTo="target" lis:segment="s3" lis:author="${reviewerName}" lis:created="${root.createdAt}" lis:start="10" lis:end="17" lis:exact="refuses">Is &lt;script&gt;alert(1)&lt;/script&gt; right &amp; fine?\nSecond line &lt;img src=x onerror=alert(1)&gt;.</note>`,
    );
    expect(xml).toContain(`<note id="c-${reply.id}" category="comment" appliesTo="target" lis:segment="s3"`);
    expect(xml).toContain(`lis:replyTo="c-${root.id}">Kept as is.\n\nSee the style guide.</note>`);
    expect(xml).toMatch(
      /<unit id="p1" type="lis:heading">[\s\S]*<note id="c-[^"]+" category="comment" appliesTo="target" lis:segment="s1" [^>]*lis:resolved="[^"]+">Title case\?<\/note>/u,
    );
  });

  it("round-trips comment threads through our own export, without turning them into notes", async () => {
    const documentId = await commentedDocument();
    const xliff = await exportText(db, { actor: owner, documentId, format: "xliff" });
    const { documentId: copyId } = await importDocument(db, { actor: owner, projectId, content: bytes(xliff), fileName: "copy.xlf" });
    const [original, copy] = await Promise.all([threadShape(documentId), threadShape(copyId)]);
    // The importer's own comments stay theirs; another name is not an account here: it stays in the body.
    const signed = original.map((t) => ({ ...t, root: t.root[0] === reviewerName ? [null, `${reviewerName}: ${t.root[1]}`, t.root[2]] : t.root }));
    expect(copy).toEqual(signed);
    expect(copy.map((t) => [t.segment, t.resolved, t.span, t.replies.length])).toEqual([
      ["Le Pentagone", true, null, 0],
      ["Anthropic refuse.", false, { start: 10, end: 17, exact: "refuses" }, 1],
    ]);
    const notes = await getDocumentAnnotations(db, { actor: owner, documentId: copyId });
    expect(notes.map((n) => n.body)).toEqual(["Check the <b>tense</b>\non two lines."]);
    // And again: the copy exports the same threads.
    const again = await exportText(db, { actor: owner, documentId: copyId, format: "xliff" });
    expect(xmllint(again).ok).toBe(true);
    expect(again.match(/<note id="c-/gu)).toHaveLength(3);
  });

  it("imports files written by other tools (OASIS test suite), once their languages are French → English", async () => {
    const sample = path.join(
      SUITE,
      "core/valid",
      fs
        .readdirSync(path.join(SUITE, "core/valid"))
        .find(
          (f) =>
            f.endsWith(".xlf") &&
            /srcLang="en" trgLang="fr"/u.test(fs.readFileSync(path.join(SUITE, "core/valid", f), "utf8")) &&
            fs.readFileSync(path.join(SUITE, "core/valid", f), "utf8").includes("<target"),
        )!,
    );
    const original = fs.readFileSync(sample, "utf8");
    // As written (English into French), the suite's file is refused with both languages named.
    const refused = await importDocument(db, { actor: owner, projectId, content: bytes(original), fileName: path.basename(sample) }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: "UNREADABLE_FILE",
      message: "This XLIFF file translates English (en) into French (fr); Lisière translates French into English.",
    });
    const swapped = original.replace('srcLang="en" trgLang="fr"', 'srcLang="fr" trgLang="en"');
    const { documentId, segments } = await importDocument(db, { actor: owner, projectId, content: bytes(swapped), fileName: path.basename(sample) });
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
  const { dir, cli, remove } = cliSandbox("lisiere-xliff-");
  afterAll(remove);

  it("imports an XLIFF file, prints its id, and exports it back as valid XLIFF", () => {
    const file = path.join(dir, "in.xlf");
    fs.writeFileSync(
      file,
      '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en"><file id="f1" original="Dépêche"><unit id="u1"><segment id="s1" state="translated"><source>Il pleut.</source><target>It is raining.</target></segment></unit></file></xliff>',
    );
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
    fs.writeFileSync(
      file,
      '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr"><file id="f"><unit id="u"><segment><source>&xxe;</source></segment></unit></file></xliff>',
    );
    const result = cli(["import", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^error: .*evil\.xlf: .*[Ll]ine 2/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
