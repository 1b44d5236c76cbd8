import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocument } from "@/server/documents/import-document";
import { MAX_SEGMENTS } from "@/core/limits";
import { MAX_IMPORT_BYTES } from "@/server/documents/read-upload";
import { getWorkbench } from "@/server/documents/get-workbench";
import { createProject } from "@/server/projects/create-project";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/access/actor";
import { createTestDb, createUser } from "./test-db";
import { DEMO_FILE } from "@/prisma/seed/demo-project";

const { db } = createTestDb();
let owner: Actor;
let projectId: string;

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Press" })).id;
});
afterAll(() => db.$disconnect());

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("importDocument", () => {
  it("imports the demo article with its date, headings and sentence segments", async () => {
    const bytes = new Uint8Array(fs.readFileSync(DEMO_FILE));
    const { documentId, segments } = await importDocument(db, { actor: owner, projectId, content: bytes, fileName: path.basename(DEMO_FILE) });
    const workbench = await getWorkbench(db, { actor: owner, documentId });
    expect(workbench.document.title).toBe("anthropic-pentagone");
    expect(workbench.document.documentDate).toBe("2026-02-28");
    expect(workbench.segments).toHaveLength(segments);
    const headings = workbench.paragraphs.filter((p) => p.kind === "heading");
    const headingTexts = workbench.segments.filter((s) => headings.some((h) => h.id === s.paragraphId)).map((s) => s.sourceText);
    expect(headingTexts).toEqual(["Les décisions d’Anthropic agacent Donald Trump", "Un soutient de la part d’OpenAI"]);
    expect(workbench.segments[0].sourceText.startsWith("Donald Trump a ordonné")).toBe(true);
    expect(workbench.segments.every((s) => s.status === "new" && s.version === 1 && s.targetText === "")).toBe(true);
    // Sentences: more segments than paragraphs, each paragraph's sentences in order.
    expect(segments).toBeGreaterThan(workbench.paragraphs.length);
    expect(workbench.progress.words).toBeGreaterThan(400);
  });

  it("keeps whole paragraphs as segments when asked", async () => {
    const text = "Titre court\n\nPremière phrase. Deuxième phrase.\n\nTroisième phrase ici.";
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: text, segmentation: "paragraph" });
    const { segments, paragraphs } = await getWorkbench(db, { actor: owner, documentId });
    expect(segments.map((s) => s.sourceText)).toEqual(["Titre court", "Première phrase. Deuxième phrase.", "Troisième phrase ici."]);
    expect(paragraphs.map((p) => p.kind)).toEqual(["heading", "paragraph", "paragraph"]);
  });

  it("converts Windows-1252 files", async () => {
    const latin = new Uint8Array([0x4c, 0x92, 0xe9, 0x74, 0xe9, 0x20, 0x65, 0x73, 0x74, 0x20, 0x6c, 0xe0, 0x2e]); // L’été est là.
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: latin, fileName: "latin.txt" });
    const { segments } = await getWorkbench(db, { actor: owner, documentId });
    expect(segments.map((s) => s.sourceText)).toEqual(["L’été est là."]);
  });

  it.each([
    ["empty", new Uint8Array(), "UNREADABLE_FILE"],
    ["whitespace only", new Uint8Array(Buffer.from("  \n\n \t")), "UNREADABLE_FILE"],
    ["a PDF", new Uint8Array(Buffer.from("%PDF-1.7\n\x00\x01\x02binary")), "UNREADABLE_FILE"],
    ["binary with NUL bytes", new Uint8Array([0x00, 0xff, 0x10, 0x00, 0x7f, 0x00]), "UNREADABLE_FILE"],
  ])("refuses %s and creates nothing", async (_name, content, code) => {
    const before = await db.document.count();
    await expectAppError(importDocument(db, { actor: owner, projectId, content, fileName: "bad.txt" }), code);
    expect(await db.document.count()).toBe(before);
  });

  it("refuses files over the limit before reading them", async () => {
    const before = await db.segment.count();
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    const error = await expectAppError(importDocument(db, { actor: owner, projectId, content: big }), "TOO_LARGE");
    expect(error.message).toMatch(/limit/);
    expect(await db.segment.count()).toBe(before);
  });

  it(`refuses a text of more than ${MAX_SEGMENTS.toLocaleString("en")} segments before writing anything`, async () => {
    const counts = async () => [await db.document.count(), await db.paragraph.count(), await db.segment.count()];
    const before = await counts();
    // Lines of two sentences: the limit is passed while segmenting, half-way through the file.
    const text = Array.from({ length: 120_000 }, (_, k) => `Phrase ${k}. Et une autre.`).join("\n");
    const error = await expectAppError(importDocument(db, { actor: owner, projectId, content: text }), "TOO_LARGE");
    expect(error.message).toBe("This text makes more than 200,000 segments, the most one document can hold; split it into several documents.");
    expect(error.details).toMatchObject({ reason: "TOO_MANY_SEGMENTS", limit: MAX_SEGMENTS });
    expect(await counts()).toEqual(before);
  });

  it("is atomic: a failure while writing leaves no document, paragraph or segment", async () => {
    const counts = async () => [await db.document.count(), await db.paragraph.count(), await db.segment.count()];
    const before = await counts();
    // A project id that does not exist passes no access check: nothing may be written.
    await expectAppError(importDocument(db, { actor: owner, projectId: "missing", content: "Texte." }), "NOT_FOUND");
    expect(await counts()).toEqual(before);
  });

  it("does not let a non-member import into a project", async () => {
    const stranger = await createUser(db);
    await expectAppError(importDocument(db, { actor: stranger, projectId, content: "Texte." }), "NOT_FOUND");
  });
});
