import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseXliff } from "@/core/formats/xliff/parse-xliff";
import type { Actor } from "@/server/access/actor";
import { exportDocument, EXPORT_FORMATS } from "@/server/documents/export-document";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { replaceInTargets } from "@/server/segments/replace-in-targets";
import { exportFile } from "./export-file";
import { createTestDb, createUser } from "./test-db";
import { zipEntry } from "@/core/testing/zip-entry";

// Exports are written a page of segments at a time (server/documents/export-pages.ts). A document
// of several pages, with one paragraph longer than a page (it used to overflow the stack in XLIFF),
// must come out whole and in order in every format.

const { db } = createTestDb();
let owner: Actor;
let documentId: string;
const LINES = 3_000;
const LONG = 3_000;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  const { id: projectId } = await createProject(db, { actor: owner, name: "Stream" });
  const lines = Array.from({ length: LINES }, (_, i) => (i % 10 === 0 ? `Titre ${i}` : `Ligne ${i}.`));
  const long = Array.from({ length: LONG }, (_, i) => `Phrase ${i}.`).join(" ");
  ({ documentId } = await importDocument(db, { actor: owner, projectId, content: `${lines.join("\n\n")}\n\n${long}` }));
  const segments = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  await replaceInTargets(db, {
    actor: owner,
    documentId,
    changes: segments.filter((_, i) => i % 2 === 0).map((s) => ({ segmentId: s.id, baseVersion: s.version, targetText: `EN ${s.sourceText}` })),
  });
}, 120_000);

describe("exports of a document longer than a page", () => {
  it("come as several chunks", async () => {
    const file = await exportDocument(db, { actor: owner, documentId, format: "html" });
    let chunks = 0;
    for await (const chunk of file.chunks) if (chunk.length > 0) chunks++;
    expect(chunks).toBeGreaterThan(2);
  });

  it("the English text has every segment, in order, as text or marker", async () => {
    const { text } = await exportFile(db, { actor: owner, documentId, format: "txt" });
    const body = text.trimEnd().split("\n\n").slice(1); // the title first (the document has no date)
    expect(body).toHaveLength(LINES + 1);
    expect(body[0]).toBe("EN Titre 0");
    expect(body[1]).toBe("[untranslated]");
    expect(body[LINES].split(" ").filter((w) => w === "[untranslated]")).toHaveLength(LONG / 2);
    expect(body[LINES].startsWith("EN Phrase 0. [untranslated] EN Phrase 2.")).toBe(true);
  });

  it("XLIFF reads back with every unit and segment, the long paragraph as one unit", async () => {
    const xliff = parseXliff((await exportFile(db, { actor: owner, documentId, format: "xliff" })).text);
    expect(xliff.units).toHaveLength(LINES + 1);
    expect(xliff.units.at(-1)!.segments).toHaveLength(LONG);
    expect(xliff.units.at(-1)!.segments.at(-1)).toMatchObject({ source: `Phrase ${LONG - 1}.` });
  });

  it("every other format includes the last segment", async () => {
    for (const format of EXPORT_FORMATS) {
      const { bytes, text } = await exportFile(db, { actor: owner, documentId, format });
      const content = format.startsWith("docx") ? zipEntry(bytes, "word/document.xml").toString("utf8") : text;
      expect(content, format).toContain(format === "md" || format === "txt" || format === "docx-en" ? `EN Phrase ${LONG - 2}.` : `Phrase ${LONG - 1}.`);
    }
  });
});
