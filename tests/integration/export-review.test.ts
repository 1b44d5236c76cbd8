import fs from "node:fs";
import path from "node:path";
import { zipEntry } from "@/core/testing/zip-entry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliSandbox } from "./cli-sandbox";
import type { Actor } from "@/server/access/actor";
import { createAnnotation } from "@/server/annotations/create-annotation";
import { createComment } from "@/server/comments/create-comment";
import { replyToComment } from "@/server/comments/reply-to-comment";
import { resolveThread } from "@/server/comments/resolve-comment";
import { exportDocument } from "@/server/documents/export-document";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { saveSegment } from "@/server/segments/save-segment";
import { exportFile } from "./export-file";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
let owner: Actor;
let ownerName: string;
let reviewer: Actor;
let reviewerName: string;
let projectId: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  ownerName = (await db.user.findUniqueOrThrow({ where: { id: owner.userId! } })).name;
  projectId = (await createProject(db, { actor: owner, name: "Review exports" })).id;
  reviewer = await createUser(db, { projectId, role: "reviewer" });
  reviewerName = (await db.user.findUniqueOrThrow({ where: { id: reviewer.userId! } })).name;
});

const HOSTILE_NOTE = `Check the <script>alert(1)</script> tense\n<img src=x onerror=alert(2)> on two lines & more.`;
const HOSTILE_COMMENT = `Is <img src=x onerror=alert(1)> fine?\n<script>alert(3)</script> & so on.`;
/** A comment's date as the exports show it. */
const WHEN = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC";

async function translatedDocument() {
  const { documentId } = await importDocument(db, {
    actor: owner,
    projectId,
    title: "Dépêche <b>AFP</b>",
    content: "Le Pentagone\n\nLe Pentagone cite un risque pour la chaîne d’approvisionnement. Anthropic refuse. Il pleut.",
  });
  const [heading, first, second] = (await getWorkbench(db, { actor: owner, documentId })).segments;
  await saveSegment(db, { actor: owner, segmentId: heading.id, baseVersion: heading.version, targetText: "The Pentagon", status: "translated" });
  await saveSegment(db, {
    actor: owner,
    segmentId: first.id,
    baseVersion: first.version,
    targetText: "The Pentagon cites a supply chain risk.",
    status: "approved",
  });
  await saveSegment(db, { actor: owner, segmentId: second.id, baseVersion: second.version, targetText: "Anthropic <refuses>." });
  await createAnnotation(db, { actor: owner, segmentId: second.id, start: 0, end: 9, kind: "note", body: HOSTILE_NOTE });
  await createAnnotation(db, { actor: owner, segmentId: second.id, start: 0, end: 9, kind: "gloss", body: "A gloss is not a comment." });
  const root = await createComment(db, { actor: owner, segmentId: second.id, body: HOSTILE_COMMENT, start: 0, end: 9 });
  await replyToComment(db, { actor: reviewer, commentId: root.id, body: "Fine by me.\nResolving later." });
  const done = await createComment(db, { actor: reviewer, segmentId: first.id, body: "Approved wording." });
  await resolveThread(db, { actor: owner, commentId: done.id });
  return documentId;
}

/** The text of a WordprocessingML document: its w:t runs, a space per paragraph, "\n" per line break. */
function wordText(xml: string): string {
  return [...xml.matchAll(/<w:br\/>|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)]
    .map((m) => (m[0] === "<w:br/>" ? "\n" : m[0] === "</w:p>" ? " " : m[1]))
    .join("");
}

describe("review exports", () => {
  it("exports the review copy as Word: a zip whose document holds both texts, statuses and notes, escaped", async () => {
    const documentId = await translatedDocument();
    const file = await exportFile(db, { actor: owner, documentId, format: "docx" });
    expect(file.fileName).toBe("Depeche-b-AFP-b.fr-en.review.docx");
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const zip = file.bytes;
    expect(zip.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(zip.includes("word/document.xml")).toBe(true);
    const xml = zipEntry(zip, "word/document.xml").toString("utf8");
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain("Le Pentagone cite un risque pour la chaîne d’approvisionnement.");
    expect(xml).toContain("The Pentagon cites a supply chain risk.");
    expect(xml).toContain("Anthropic &lt;refuses&gt;.");
    expect(xml).toContain("Dépêche &lt;b&gt;AFP&lt;/b&gt;");
    expect(xml).not.toMatch(/<script|<img|<b>/u);
    const text = wordText(xml);
    for (const label of ["#", "French", "English", "Status", "Comments", "Approved", "Translated", "Draft"]) expect(text).toContain(label);
    expect(text).toContain(`${ownerName}\nCheck the &lt;script&gt;alert(1)&lt;/script&gt; tense\n&lt;img src=x onerror=alert(2)&gt; on two lines &amp; more.`);
    expect(text).not.toContain("A gloss is not a comment.");
    // Comment threads follow the notes: author and date, the quoted words, the body; replies marked.
    expect(text).toMatch(
      new RegExp(
        `${ownerName}  ${WHEN}\n“Anthropic”\nIs &lt;img src=x onerror=alert\\(1\\)&gt; fine\\?\n&lt;script&gt;alert\\(3\\)&lt;/script&gt; &amp; so on\\. ↳ ${reviewerName}  ${WHEN}\nFine by me\\.\nResolving later\\.`,
        "u",
      ),
    );
    expect(text).toMatch(new RegExp(`${reviewerName}  ${WHEN}  Resolved\nApproved wording\\.`, "u"));
    expect(xml).toMatch(/<w:ind w:left="280"\/>(?:(?!<\/w:p>).)*↳/u);
  });

  it("exports the English text alone as Word, headings as Word headings", async () => {
    const documentId = await translatedDocument();
    const file = await exportFile(db, { actor: owner, documentId, format: "docx-en" });
    expect(file.fileName).toBe("Depeche-b-AFP-b.en.docx");
    const xml = zipEntry(file.bytes, "word/document.xml").toString("utf8");
    expect(xml).toMatch(/<w:pStyle w:val="Heading\d"\/>(?:(?!<\/w:p>).)*The Pentagon</u);
    expect(xml).toContain("The Pentagon cites a supply chain risk. Anthropic &lt;refuses&gt;.");
    expect(xml).not.toContain("Le Pentagone cite");
    expect(xml).not.toContain("Check the");
  });

  it("exports the review copy as HTML with the notes' authors and escaped text, and no markup from users", async () => {
    const documentId = await translatedDocument();
    const file = await exportFile(db, { actor: owner, documentId, format: "review-html" });
    expect(file.fileName).toBe("Depeche-b-AFP-b.fr-en.review.html");
    expect(file.contentType).toBe("text/html; charset=utf-8");
    const html: string = file.text;
    expect(html).toContain(
      `<div class="note-author">${ownerName}</div><div class="note-text">Check the &lt;script&gt;alert(1)&lt;/script&gt; tense\n&lt;img src=x onerror=alert(2)&gt; on two lines &amp; more.</div>`,
    );
    expect(html).toContain('<td lang="en">The Pentagon cites a supply chain risk.</td><td><span class="status status-approved">Approved</span></td>');
    expect(html).toMatch(/<tr class="heading level-\d" id="s1"><td colspan="5">/u);
    expect(html).not.toMatch(/<script|<img|<b>/u);
    expect(html).not.toContain("A gloss is not a comment.");
    expect(html).toMatch(
      new RegExp(
        `<div class="thread"><div class="note comment"><div class="note-author">${ownerName} <span class="comment-date">${WHEN}</span></div><div class="comment-quote">“Anthropic”</div>` +
          `<div class="note-text">Is &lt;img src=x onerror=alert\\(1\\)&gt; fine\\?\n&lt;script&gt;alert\\(3\\)&lt;/script&gt; &amp; so on\\.</div></div>` +
          `<div class="note comment reply"><div class="note-author">↳ ${reviewerName} <span class="comment-date">${WHEN}</span></div><div class="note-text">Fine by me\\.\nResolving later\\.</div></div></div>`,
        "u",
      ),
    );
    expect(html).toMatch(
      new RegExp(
        `<div class="thread resolved"><div class="note comment"><div class="note-author">${reviewerName} <span class="comment-date">${WHEN}</span> <span class="comment-resolved">Resolved</span></div><div class="note-text">Approved wording\\.</div>`,
        "u",
      ),
    );
    const audit = await db.auditEvent.findMany({ where: { targetId: documentId, action: "document.exported" } });
    expect(audit.map((e) => JSON.parse(String(e.details)).format)).toEqual(["review-html"]);
  });

  it("refuses strangers like every export", async () => {
    const documentId = await translatedDocument();
    const stranger = await createUser(db);
    await expect(exportDocument(db, { actor: stranger, documentId, format: "docx" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("cli export --format review-html|docx|docx-en", () => {
  const { dir, cliBytes: cli, remove } = cliSandbox("lisiere-review-");
  afterAll(remove);

  it("writes the Word file as raw bytes and the review page as HTML to stdout", () => {
    const file = path.join(dir, "in.txt");
    fs.writeFileSync(file, "Le Pentagone\n\nLe Pentagone cite un risque. Anthropic refuse.");
    const imported = cli(["import", file, "--title", "Dépêche"]);
    expect(imported.stderr).toBe("");
    const id = imported.stdout.toString("utf8").trim();

    const docx = cli(["export", id, "--format", "docx"]);
    expect(docx.stderr).toBe("");
    expect(docx.code).toBe(0);
    expect(docx.stdout.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(zipEntry(docx.stdout, "word/document.xml").toString("utf8")).toContain("Le Pentagone cite un risque.");

    const english = cli(["export", id, "--format", "docx-en"]);
    expect(english.code).toBe(0);
    expect(english.stdout.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(zipEntry(english.stdout, "[Content_Types].xml").length).toBeGreaterThan(0);

    const html = cli(["export", id, "--format", "review-html"]);
    expect(html.code).toBe(0);
    const page = html.stdout.toString("utf8");
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).toContain("<h1>Dépêche</h1>");
    expect(page).toContain('<td lang="fr">Le Pentagone cite un risque.</td>');
  }, 60_000); // five CLI processes

  it("lists the new formats when the format is unknown", () => {
    const result = cli(["export", "x", "--format", "pdf"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("md, txt, html, xliff, xliff12, review-html, docx, docx-en");
  });
});
