import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { createAnnotation } from "@/server/annotations/create-annotation";
import { getDocumentAnnotations } from "@/server/annotations/get-document-annotations";
import { createComment } from "@/server/comments/create-comment";
import { listComments } from "@/server/comments/list-comments";
import { replyToComment } from "@/server/comments/reply-to-comment";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { createTermEntry } from "@/server/glossary/create-term-entry";
import { loadTermbase } from "@/server/glossary/load-termbase";
import { createProject } from "@/server/projects/create-project";
import { saveSegment } from "@/server/segments/save-segment";
import { exportText } from "./export-file";
import { createTestDb, createUser } from "./test-db";

/**
 * Our own XLIFF extensions through the server, as another tool would hand them back: the export
 * re-serialised with other namespace prefixes is imported into a second project and brings back
 * every comment thread, note (with its span), gloss and glossary entry with all its fields.
 */
const { db } = createTestDb();
let owner: Actor;
let source: string;
let target: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  source = (await createProject(db, { actor: owner, name: "Export" })).id;
  target = (await createProject(db, { actor: owner, name: "Import" })).id;
});

const ENTRY = {
  source: "chaîne d’approvisionnement",
  preferred: "supply chain",
  admitted: ["supply line"],
  forbidden: ["provisioning chain"],
  definition: "Ensemble des étapes de production.",
  note: "Use “supply chain” in defence texts.",
  domain: "Logistique",
  partOfSpeech: "noun",
  sourceUrl: "https://example.org/glossaire?t=1&x=2",
};

/** Only names change: xmlns:lis → xmlns:x, gls → g, the core namespace default → xlf: prefix. */
function reprefix(xml: string): string {
  return xml
    .replace(/xmlns:lis=/gu, "xmlns:x=")
    .replace(/(\s)lis:([A-Za-z]+)=/gu, "$1x:$2=")
    .replace(/<(\/?)lis:/gu, "<$1x:")
    .replace(/xmlns:gls=/gu, "xmlns:g=")
    .replace(/<(\/?)gls:/gu, "<$1g:")
    .replace(/<(\/?)([A-Za-z]+)([\s/>])/gu, "<$1xlf:$2$3")
    .replace(/xmlns="urn:oasis:names:tc:xliff:document:2.0"/u, 'xmlns:xlf="urn:oasis:names:tc:xliff:document:2.0"');
}

async function annotatedDocument(): Promise<string> {
  await createTermEntry(db, { actor: owner, projectId: source, fields: ENTRY });
  const { documentId } = await importDocument(db, {
    actor: owner,
    projectId: source,
    content: "La chaîne d’approvisionnement tient. Anthropic refuse de céder.",
  });
  const [first, second] = (await getWorkbench(db, { actor: owner, documentId })).segments;
  await saveSegment(db, { actor: owner, segmentId: first.id, baseVersion: first.version, targetText: "The supply chain holds.", status: "translated" });
  await createAnnotation(db, { actor: owner, segmentId: first.id, start: 3, end: 29, kind: "note", body: "Check the apostrophe." });
  await createAnnotation(db, { actor: owner, segmentId: second.id, start: 10, end: 16, kind: "gloss", body: "To decline.", entry: { preferred: "refuse" } });
  await createAnnotation(db, { actor: owner, segmentId: second.id, start: 0, end: second.sourceText.length, kind: "note", body: "Whole sentence." });
  const root = await createComment(db, { actor: owner, segmentId: first.id, body: "Holds or stands?", start: 4, end: 16 });
  await replyToComment(db, { actor: owner, commentId: root.id, body: "Holds." });
  return documentId;
}

// Sorted: an import writes every annotation at the same instant, so their listing order is not kept.
const annotationShape = async (documentId: string) =>
  (await getDocumentAnnotations(db, { actor: owner, documentId }))
    .map((a) => [a.kind, a.body, a.start, a.end, a.exact, a.termEntryId !== null])
    .sort((a, b) => String(a[1]).localeCompare(String(b[1])));

const threadShape = async (documentId: string) =>
  (await listComments(db, { actor: owner, documentId })).map(({ root, replies }) => [root.body, root.span, replies.map((r) => r.body)]);

describe("our XLIFF extensions survive other namespace prefixes", () => {
  it("imports comment threads, note spans, glosses and glossary entries with all their fields", async () => {
    const documentId = await annotatedDocument();
    const xml = reprefix(await exportText(db, { actor: owner, documentId, format: "xliff" }));
    expect(xml).toMatch(/<xlf:segment /u);
    expect(xml).toMatch(/<g:glossEntry [^>]*x:domain="Logistique"/u);
    const { documentId: copyId } = await importDocument(db, { actor: owner, projectId: target, content: new TextEncoder().encode(xml), fileName: "copy.xlf" });

    expect(await annotationShape(copyId)).toEqual(await annotationShape(documentId));
    expect(await threadShape(copyId)).toEqual(await threadShape(documentId));
    const strip = ({ source, preferred, admitted, forbidden, definition, note, domain, partOfSpeech, sourceUrl }: typeof ENTRY & { admitted?: string[] }) => ({
      source,
      preferred,
      admitted,
      forbidden,
      definition,
      note,
      domain,
      partOfSpeech,
      sourceUrl,
    });
    const termbase = await loadTermbase(db, target);
    expect(termbase.map((e) => strip(e as typeof ENTRY)).find((e) => e.source === ENTRY.source)).toEqual(ENTRY);
    // The glossed term came with its gloss: an entry, linked from the copy's gloss.
    expect(termbase.map((e) => e.source).sort()).toEqual([ENTRY.source, "refuse"].sort());
  });
});
