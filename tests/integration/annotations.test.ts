import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import type { AnnotationView } from "@/server/annotations/annotation-view";
import { createAnnotation } from "@/server/annotations/create-annotation";
import { deleteAnnotation } from "@/server/annotations/delete-annotation";
import { exportAnnotations } from "@/server/annotations/export-annotations";
import { getDocumentAnnotations } from "@/server/annotations/get-document-annotations";
import { importAnnotations } from "@/server/annotations/import-annotations";
import { listAnnotations } from "@/server/annotations/list-annotations";
import { reattachAnnotation } from "@/server/annotations/reattach-annotation";
import { updateAnnotation } from "@/server/annotations/update-annotation";
import { importDocument } from "@/server/documents/import-document";
import { MAX_ANNOTATIONS_PER_IMPORT } from "@/core/limits";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { restructureSegments } from "@/server/segments/restructure-segments";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
afterAll(() => db.$disconnect());

let owner: Actor;
let translator: Actor;
let otherTranslator: Actor;
let projectId: string;

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Annotations" })).id;
  translator = await createUser(db, { projectId, role: "translator" });
  otherTranslator = await createUser(db, { projectId, role: "translator" });
});

async function newDocument(content: string, segmentation: "sentence" | "paragraph" = "sentence", project = projectId) {
  const { documentId } = await importDocument(db, { actor: owner, projectId: project, content, segmentation });
  return documentId;
}

async function segmentsOf(documentId: string) {
  return db.segment.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
}

/** The offsets of the `nth` occurrence of `quote` in `text` (checked to be there). */
function spanOf(text: string, quote: string, nth = 0) {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(quote, start + 1);
  expect(start, `« ${quote} » in « ${text} »`).toBeGreaterThanOrEqual(0);
  return { start, end: start + quote.length };
}

async function annotate(
  actor: Actor,
  segment: { id: string; sourceText: string },
  quote: string,
  options: { kind?: "gloss" | "note"; body?: string; entry?: unknown; nth?: number } = {},
) {
  return createAnnotation(db, {
    actor,
    segmentId: segment.id,
    ...spanOf(segment.sourceText, quote, options.nth),
    kind: options.kind ?? "note",
    body: options.body ?? (options.kind === "gloss" ? "" : `About ${quote}`),
    entry: options.entry,
  });
}

async function row(id: string) {
  return db.annotation.findUniqueOrThrow({ where: { id }, include: { segment: { select: { sourceText: true } } } });
}

/** Every anchored annotation of a document quotes exactly the text at its offsets in its segment. */
async function expectAnchoredSlicesMatch(documentId: string) {
  const rows = await db.annotation.findMany({ where: { documentId, status: "anchored" }, include: { segment: { select: { sourceText: true } } } });
  for (const r of rows) {
    expect(r.segment, `annotation on « ${r.exact} » has a segment`).not.toBeNull();
    expect(r.segment!.sourceText.slice(r.start, r.end)).toBe(r.exact);
  }
  return rows;
}

const error = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e as AppError,
  );

describe("creating glosses and notes", () => {
  const TEXT =
    "Le Pentagone a désigné Anthropic comme un risque pour la chaîne d’approvisionnement. Ce risque pour la chaîne d'approvisionnement inquiète les industriels.";
  let documentId: string;
  let segments: Awaited<ReturnType<typeof segmentsOf>>;
  beforeAll(async () => {
    documentId = await newDocument(TEXT);
    segments = await segmentsOf(documentId);
    expect(segments).toHaveLength(2);
  });

  it("a gloss stores its quote with context and creates the termbase entry it links", async () => {
    const s = segments[0];
    const quote = "risque pour la chaîne d’approvisionnement";
    const { start, end } = spanOf(s.sourceText, quote);
    const { annotation, entry } = await annotate(translator, s, quote, {
      kind: "gloss",
      body: "Désignation officielle.",
      entry: { preferred: "supply chain risk" },
    });
    expect(annotation).toMatchObject({
      kind: "gloss",
      segmentId: s.id,
      start,
      end,
      exact: quote,
      body: "Désignation officielle.",
      status: "anchored",
      author: { id: translator.userId },
    });
    const stored = await row(annotation.id);
    expect(stored.prefix).toBe(s.sourceText.slice(start - 32, start));
    expect(stored.prefix).toHaveLength(32);
    expect(stored.suffix).toBe(".");
    expect(stored.termEntryId).toBe(entry!.id);
    expect(await db.termEntry.findUniqueOrThrow({ where: { id: entry!.id } })).toMatchObject({
      projectId,
      source: quote,
      preferred: "supply chain risk",
      createdById: translator.userId,
    });
  });

  it("a second gloss of the same term elsewhere links the same entry and only fills what it lacked", async () => {
    const first = (await db.annotation.findFirstOrThrow({ where: { documentId, kind: "gloss" } })).termEntryId!;
    const entriesBefore = await db.termEntry.count({ where: { projectId } });
    const s = segments[1];
    // Written with a straight apostrophe here: still the same term.
    const { annotation, entry } = await annotate(otherTranslator, s, "risque pour la chaîne d'approvisionnement", {
      kind: "gloss",
      entry: { preferred: "supply-chain hazard", definition: "Un fournisseur jugé dangereux." },
    });
    expect(entry!.id).toBe(first);
    expect(annotation.termEntryId).toBe(first);
    expect(await db.termEntry.count({ where: { projectId } })).toBe(entriesBefore);
    expect(await db.termEntry.findUniqueOrThrow({ where: { id: first } })).toMatchObject({
      preferred: "supply chain risk",
      definition: "Un fournisseur jugé dangereux.",
    });
    expect(await db.annotation.count({ where: { termEntryId: first } })).toBe(2);
  });

  it("notes may overlap each other and a gloss", async () => {
    const s = segments[0];
    const a = await annotate(owner, s, "désigné Anthropic comme un risque");
    const b = await annotate(translator, s, "Anthropic comme");
    const c = await annotate(translator, s, "un risque pour la chaîne");
    const listed = await getDocumentAnnotations(db, { actor: owner, documentId });
    for (const n of [a, b, c])
      expect(listed.find((v) => v.id === n.annotation.id)).toMatchObject({ kind: "note", status: "anchored", segmentId: s.id, exact: n.annotation.exact });
    expect(b.annotation.start).toBeGreaterThan(a.annotation.start);
    expect(b.annotation.end).toBeLessThan(a.annotation.end);
    await expectAnchoredSlicesMatch(documentId);
  });

  it("refuses empty notes, blank or out-of-range spans, and overlong notes", async () => {
    const s = segments[0];
    const count = await db.annotation.count();
    await expect(createAnnotation(db, { actor: owner, segmentId: s.id, start: 0, end: 2, kind: "note", body: "   " })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(createAnnotation(db, { actor: owner, segmentId: s.id, start: 5, end: 5, kind: "note", body: "x" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      createAnnotation(db, { actor: owner, segmentId: s.id, start: 0, end: s.sourceText.length + 1, kind: "note", body: "x" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createAnnotation(db, { actor: owner, segmentId: s.id, ...spanOf(s.sourceText, " "), kind: "note", body: "x" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(createAnnotation(db, { actor: owner, segmentId: s.id, start: 0, end: 2, kind: "note", body: "x".repeat(5001) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      createAnnotation(db, { actor: owner, segmentId: s.id, start: 0, end: 2, kind: "gloss", body: "", entry: { sourceUrl: "javascript:alert(1)" } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.annotation.count()).toBe(count);
  });

  it("refuses an update from a stale version, with their text, and changes nothing", async () => {
    const { annotation } = await annotate(translator, segments[1], "inquiète", { body: "Premier jet." });
    const saved = await updateAnnotation(db, { actor: translator, annotationId: annotation.id, baseUpdatedAt: annotation.updatedAt, body: "Second jet." });
    expect(saved.updatedAt).not.toBe(annotation.updatedAt);
    const before = await row(annotation.id);
    const e = await error(updateAnnotation(db, { actor: translator, annotationId: annotation.id, baseUpdatedAt: annotation.updatedAt, body: "Jet périmé." }));
    expect(e.code).toBe("CONFLICT");
    expect(e.details).toMatchObject({ theirs: "Second jet." });
    expect(await row(annotation.id)).toEqual(before);
    await expect(
      updateAnnotation(db, { actor: translator, annotationId: annotation.id, baseUpdatedAt: saved.updatedAt, body: "Troisième jet." }),
    ).resolves.toMatchObject({ body: "Troisième jet." });
  });

  it("lets only one of two concurrent note edits from the same version through", async () => {
    const { annotation } = await annotate(translator, segments[1], "industriels", { body: "Base." });
    const save = (body: string) => updateAnnotation(db, { actor: translator, annotationId: annotation.id, baseUpdatedAt: annotation.updatedAt, body });
    const outcomes = await Promise.allSettled([save("Mine."), save("Theirs.")]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "CONFLICT" });
    const winner = outcomes.find((o): o is PromiseFulfilledResult<AnnotationView> => o.status === "fulfilled")!.value;
    expect((await row(annotation.id)).body).toBe(winner.body);
  });

  it("only its author or an owner may change or delete a note", async () => {
    const s = segments[1];
    const { annotation } = await annotate(translator, s, "Ce risque", { body: "Mon avis." });
    const other = await error(
      updateAnnotation(db, { actor: otherTranslator, annotationId: annotation.id, baseUpdatedAt: annotation.updatedAt, body: "Pas d’accord." }),
    );
    expect(other.code).toBe("FORBIDDEN");
    await expect(deleteAnnotation(db, { actor: otherTranslator, annotationId: annotation.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reattachAnnotation(db, { actor: otherTranslator, annotationId: annotation.id, segmentId: s.id, start: 0, end: 2 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await row(annotation.id)).toMatchObject({ body: "Mon avis.", start: annotation.start });

    const byOwner = await updateAnnotation(db, { actor: owner, annotationId: annotation.id, baseUpdatedAt: annotation.updatedAt, body: "Avis relu." });
    expect(byOwner.body).toBe("Avis relu.");
    const byAuthor = await updateAnnotation(db, { actor: translator, annotationId: annotation.id, baseUpdatedAt: byOwner.updatedAt, body: "Avis final." });
    expect(byAuthor.body).toBe("Avis final.");
    await deleteAnnotation(db, { actor: owner, annotationId: annotation.id });
    expect(await db.annotation.count({ where: { id: annotation.id } })).toBe(0);

    const mine = await annotate(otherTranslator, s, "inquiète les");
    await deleteAnnotation(db, { actor: otherTranslator, annotationId: mine.annotation.id });
    expect(await db.annotation.count({ where: { id: mine.annotation.id } })).toBe(0);
  });

  it("deleting a gloss keeps its termbase entry; strangers see nothing", async () => {
    const { annotation, entry } = await annotate(owner, segments[0], "Pentagone", { kind: "gloss", entry: { preferred: "Pentagon" } });
    const stranger = await createUser(db);
    await expect(deleteAnnotation(db, { actor: stranger, annotationId: annotation.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Annotation not found.",
    });
    await expect(getDocumentAnnotations(db, { actor: stranger, documentId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteAnnotation(db, { actor: owner, annotationId: annotation.id });
    expect(await db.termEntry.count({ where: { id: entry!.id } })).toBe(1);
  });
});

describe("annotations across projects", () => {
  it("a member of another project reaches no annotation, segment or document of this one by id", async () => {
    const documentId = await newDocument("Une phrase annotée.");
    const [s] = await segmentsOf(documentId);
    const { annotation } = await annotate(owner, s, "phrase", { body: "À nous." });
    const intruder = await createUser(db);
    const theirProject = (await createProject(db, { actor: intruder, name: "Theirs" })).id;
    const [theirs] = await segmentsOf((await importDocument(db, { actor: intruder, projectId: theirProject, content: "Une phrase à eux." })).documentId);
    const codes = await Promise.all(
      [
        updateAnnotation(db, { actor: intruder, annotationId: annotation.id, baseUpdatedAt: annotation.updatedAt, body: "pwned" }),
        deleteAnnotation(db, { actor: intruder, annotationId: annotation.id }),
        reattachAnnotation(db, { actor: intruder, annotationId: annotation.id, segmentId: theirs.id, start: 0, end: 3 }),
        createAnnotation(db, { actor: intruder, segmentId: s.id, start: 0, end: 3, kind: "note", body: "pwned" }),
        importAnnotations(db, {
          actor: intruder,
          documentId,
          json: JSON.stringify({ type: "Annotation", bodyValue: "pwned", target: { selector: [{ type: "TextQuoteSelector", exact: "phrase" }] } }),
        }),
        exportAnnotations(db, { actor: intruder, documentId, origin: "https://x.example" }),
        getDocumentAnnotations(db, { actor: intruder, documentId }),
      ].map((p) =>
        p.then(
          () => "ok",
          (e: AppError) => e.code,
        ),
      ),
    );
    expect(codes).toEqual(Array(codes.length).fill("NOT_FOUND"));
    expect(await db.annotation.findMany({ where: { documentId } })).toHaveLength(1);
    expect(await row(annotation.id)).toMatchObject({ body: "À nous.", segmentId: s.id });
    // Even the project's owner cannot move an annotation onto another document's segment.
    await expect(reattachAnnotation(db, { actor: owner, annotationId: annotation.id, segmentId: theirs.id, start: 0, end: 3 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("anchors that survive merges, splits and source corrections", () => {
  async function versions(documentId: string) {
    return Object.fromEntries((await segmentsOf(documentId)).map((s) => [s.id, s.version]));
  }

  it("merging two annotated segments puts every annotation on the merged segment, quotes intact", async () => {
    const documentId = await newDocument(
      "Le Pentagone a désigné Anthropic comme un risque.   Cette désignation de risque inquiète les industriels.\n\nAutre paragraphe ici.",
    );
    const [s1, s2, s3] = await segmentsOf(documentId);
    const made = [
      await annotate(owner, s1, "Pentagone"),
      await annotate(owner, s1, "risque", { kind: "gloss", entry: { preferred: "risk" } }),
      await annotate(owner, s1, "un risque."),
      await annotate(translator, s2, "Cette"),
      await annotate(translator, s2, "désignation de risque", { kind: "gloss" }),
      await annotate(translator, s2, "industriels."),
      await annotate(translator, s3, "Autre"),
    ].map((m) => m.annotation);
    await restructureSegments(db, { actor: owner, op: { kind: "merge", segmentId: s1.id }, versions: await versions(documentId) });
    const merged = await db.segment.findUniqueOrThrow({ where: { id: s1.id } });
    expect(merged.sourceText).toBe(`${s1.sourceText} ${s2.sourceText}`);
    const rows = await expectAnchoredSlicesMatch(documentId);
    expect(rows).toHaveLength(7);
    for (const a of made.slice(0, 6)) expect(await row(a.id)).toMatchObject({ segmentId: s1.id, status: "anchored", exact: a.exact });
    expect(await row(made[6].id)).toMatchObject({ segmentId: s3.id, start: made[6].start });
    // The second segment's annotations moved by the first segment's length plus the joining space.
    expect((await row(made[3].id)).start).toBe(s1.sourceText.length + 1);
    // Listing finds them all in place and changes nothing.
    const stamp = (await db.annotation.findMany({ where: { documentId }, orderBy: { id: "asc" } })).map((r) => [r.id, r.start, r.end, r.prefix, r.suffix]);
    const listed = await listAnnotations(db, documentId);
    expect(listed.filter((v) => v.status === "anchored")).toHaveLength(7);
    expect((await db.annotation.findMany({ where: { documentId }, orderBy: { id: "asc" } })).map((r) => [r.id, r.start, r.end, r.prefix, r.suffix])).toEqual(
      stamp,
    );
    // The moved anchors' context was refreshed to the merged text.
    const moved = await row(made[3].id);
    expect(moved.prefix).toBe(merged.sourceText.slice(moved.start - 32, moved.start));
    // Moving an anchor is not an edit of the note: its author saves from the version loaded before the merge.
    expect(moved.updatedAt.toISOString()).toBe(made[3].updatedAt);
    await expect(
      updateAnnotation(db, { actor: translator, annotationId: made[3].id, baseUpdatedAt: made[3].updatedAt, body: "Relu après fusion." }),
    ).resolves.toMatchObject({ body: "Relu après fusion.", start: moved.start });
  });

  it("splitting between annotations sends each with its text; one cut through is orphaned, the rest intact", async () => {
    const text = "La dissuasion nucléaire reste centrale. La souveraineté numérique aussi, dit le ministre.";
    const documentId = await newDocument(text, "paragraph");
    const [s] = await segmentsOf(documentId);
    expect(s.sourceText).toBe(text);
    const a = (await annotate(owner, s, "dissuasion nucléaire", { kind: "gloss" })).annotation;
    const b = (await annotate(owner, s, "souveraineté numérique")).annotation;
    const c = (await annotate(translator, s, "ministre.")).annotation;
    const cut = (await annotate(translator, s, "centrale. La souveraineté")).annotation;

    const at = text.indexOf(" La souveraineté");
    await restructureSegments(db, {
      actor: owner,
      op: { kind: "split", segmentId: s.id, sourceOffset: at, targetOffset: 0 },
      versions: await versions(documentId),
    });
    const [first, second] = await segmentsOf(documentId);
    expect([first.sourceText, second.sourceText]).toEqual(["La dissuasion nucléaire reste centrale.", "La souveraineté numérique aussi, dit le ministre."]);
    expect(await row(a.id)).toMatchObject({ segmentId: first.id, start: a.start, end: a.end, exact: "dissuasion nucléaire", status: "anchored" });
    expect(await row(b.id)).toMatchObject({
      segmentId: second.id,
      ...spanOf(second.sourceText, "souveraineté numérique"),
      exact: "souveraineté numérique",
      status: "anchored",
    });
    expect(await row(c.id)).toMatchObject({ segmentId: second.id, ...spanOf(second.sourceText, "ministre."), status: "anchored" });
    expect(await row(cut.id)).toMatchObject({ status: "orphaned", exact: "centrale. La souveraineté" });
    await expectAnchoredSlicesMatch(documentId);

    const listed = await listAnnotations(db, documentId);
    expect(listed.find((v) => v.id === cut.id)).toMatchObject({ status: "orphaned", exact: "centrale. La souveraineté" });
    expect(
      listed
        .filter((v) => v.status === "anchored")
        .map((v) => v.exact)
        .sort(),
    ).toEqual(["dissuasion nucléaire", "ministre.", "souveraineté numérique"]);

    // Split the first half again through a gloss: only that gloss is orphaned.
    const d = (await annotate(owner, first, "reste")).annotation;
    await restructureSegments(db, {
      actor: owner,
      op: { kind: "split", segmentId: first.id, sourceOffset: first.sourceText.indexOf("nucléaire") - 1, targetOffset: 0 },
      versions: await versions(documentId),
    });
    expect(await row(a.id)).toMatchObject({ status: "orphaned" });
    const third = (await segmentsOf(documentId))[1];
    expect(third.sourceText).toBe("nucléaire reste centrale.");
    expect(await row(d.id)).toMatchObject({ status: "anchored", segmentId: third.id, ...spanOf(third.sourceText, "reste") });
    await expectAnchoredSlicesMatch(documentId);
  });

  it("a corrected source re-anchors annotations on load and saves the new anchors; deleted words orphan theirs; reattach brings one back", async () => {
    const original = "Selon le rapport, le risque pour la chaîne d’approvisionement est réel et la dissuasion reste crédible.";
    const documentId = await newDocument(original);
    const [s] = await segmentsOf(documentId);
    const typo = (await annotate(owner, s, "risque pour la chaîne d’approvisionement", { kind: "gloss" })).annotation;
    const moved = (await annotate(owner, s, "dissuasion")).annotation;
    const gone = (await annotate(translator, s, "est réel")).annotation;
    const before = (await annotate(translator, s, "Selon le rapport")).annotation;

    // A source correction: words inserted before the spans, a letter fixed inside one, two words deleted.
    const corrected = "Selon le rapport publié hier par le ministère, le risque pour la chaîne d’approvisionnement et la dissuasion reste crédible.";
    await db.segment.update({ where: { id: s.id }, data: { sourceText: corrected } });

    const listed = await getDocumentAnnotations(db, { actor: translator, documentId });
    const view = (id: string) => listed.find((v) => v.id === id)!;
    expect(view(typo.id)).toMatchObject({
      status: "anchored",
      ...spanOf(corrected, "risque pour la chaîne d’approvisionnement"),
      exact: "risque pour la chaîne d’approvisionnement",
    });
    expect(view(moved.id)).toMatchObject({ status: "anchored", ...spanOf(corrected, "dissuasion"), exact: "dissuasion" });
    expect(view(before.id)).toMatchObject({ status: "anchored", start: 0, end: "Selon le rapport".length });
    expect(view(gone.id)).toMatchObject({ status: "orphaned", exact: "est réel" });
    // Saved: the database now holds the new anchors.
    for (const id of [typo.id, moved.id, before.id]) {
      const r = await row(id);
      expect(r).toMatchObject({ status: "anchored", start: view(id).start, end: view(id).end, exact: view(id).exact });
      expect(corrected.slice(r.start, r.end)).toBe(r.exact);
    }
    // The moved ones also carry their new context.
    for (const id of [typo.id, moved.id]) {
      const r = await row(id);
      expect(r.prefix).toBe(corrected.slice(Math.max(0, r.start - 32), r.start));
      expect(r.suffix).toBe(corrected.slice(r.end, r.end + 32));
    }
    expect(await row(gone.id)).toMatchObject({ status: "orphaned", exact: "est réel" });
    // Re-anchoring is no edit either: the note's version and date are those its author saw.
    expect((await row(moved.id)).updatedAt.toISOString()).toBe(moved.updatedAt);
    await expect(updateAnnotation(db, { actor: owner, annotationId: moved.id, baseUpdatedAt: moved.updatedAt, body: "Toujours là." })).resolves.toMatchObject({
      body: "Toujours là.",
      exact: "dissuasion",
    });

    // Reattach the orphan to a span the user chooses.
    const span = spanOf(corrected, "reste crédible");
    const back = await reattachAnnotation(db, { actor: translator, annotationId: gone.id, segmentId: s.id, ...span });
    expect(back).toMatchObject({ status: "anchored", segmentId: s.id, ...span, exact: "reste crédible", body: "About est réel" });
    expect(await row(gone.id)).toMatchObject({ status: "anchored", ...span, exact: "reste crédible", prefix: corrected.slice(span.start - 32, span.start) });
    expect((await listAnnotations(db, documentId)).find((v) => v.id === gone.id)).toMatchObject({ status: "anchored", ...span });
    await expectAnchoredSlicesMatch(documentId);
  });

  it("reattach refuses a bad span or a segment of another document", async () => {
    const documentId = await newDocument("Un texte court.");
    const [s] = await segmentsOf(documentId);
    const { annotation } = await annotate(owner, s, "texte");
    const elsewhere = (await segmentsOf(await newDocument("Ailleurs.")))[0];
    await expect(reattachAnnotation(db, { actor: owner, annotationId: annotation.id, segmentId: elsewhere.id, start: 0, end: 3 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(reattachAnnotation(db, { actor: owner, annotationId: annotation.id, segmentId: s.id, start: 4, end: 99 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(reattachAnnotation(db, { actor: owner, annotationId: annotation.id, segmentId: s.id, start: 2, end: 3 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await row(annotation.id)).toMatchObject({ segmentId: s.id, exact: "texte", start: annotation.start });
  });
});

describe("W3C Web Annotation export and import", () => {
  const TEXT = [
    "Le Pentagone a désigné Anthropic comme un risque pour la chaîne d’approvisionnement.",
    "Ce risque inquiète les industriels, et le risque juridique aussi.",
    "La dissuasion nucléaire reste centrale.",
  ].join(" ");

  async function annotatedDocument() {
    const documentId = await newDocument(TEXT);
    const [s1, s2, s3] = await segmentsOf(documentId);
    await annotate(owner, s1, "risque pour la chaîne d’approvisionnement", {
      kind: "gloss",
      body: "Voir la note du DoD.",
      entry: { preferred: "supply chain risk", definition: "Fournisseur jugé dangereux.", admitted: ["supply-chain risk"] },
    });
    await annotate(translator, s2, "risque", { nth: 1, body: "Le second « risque », pas le premier." });
    await annotate(translator, s2, "risque", { kind: "gloss", entry: { preferred: "risk" } });
    await annotate(owner, s3, "dissuasion nucléaire", { body: "Doctrine." });
    // An orphan: its words were removed from the source since it was written.
    const orphan = (await annotate(owner, s3, "reste centrale", { body: "Sera orphelin." })).annotation;
    await db.annotation.update({ where: { id: orphan.id }, data: { status: "orphaned", exact: "phrase disparue", prefix: "", suffix: "" } });
    return documentId;
  }

  /** What the user sees of a document's annotations: segment index, span, quote, kind, note, term. */
  async function described(documentId: string) {
    const order = new Map((await segmentsOf(documentId)).map((s, k) => [s.id, k]));
    const rows = await db.annotation.findMany({ where: { documentId }, include: { termEntry: true } });
    return rows
      .map((r) => ({
        segment: r.status === "anchored" && r.segmentId ? order.get(r.segmentId) : null,
        start: r.status === "anchored" ? r.start : null,
        end: r.status === "anchored" ? r.end : null,
        exact: r.exact,
        kind: r.kind,
        status: r.status,
        body: r.body,
        term: r.termEntry
          ? { source: r.termEntry.source, preferred: r.termEntry.preferred, definition: r.termEntry.definition, admitted: r.termEntry.admitted }
          : null,
      }))
      .sort((a, b) => `${a.segment}:${a.start}:${a.kind}:${a.exact}`.localeCompare(`${b.segment}:${b.start}:${b.kind}:${b.exact}`));
  }

  it("exports a JSON-LD AnnotationCollection with a TextQuoteSelector on every annotation", async () => {
    const documentId = await annotatedDocument();
    const viewer = await createUser(db, { projectId, role: "viewer" });
    const file = await exportAnnotations(db, { actor: viewer, documentId, origin: "https://lisiere.example" });
    expect(file.contentType).toMatch(/^application\/ld\+json/);
    const json = JSON.parse(file.body) as {
      "@context": unknown;
      type: string;
      total: number;
      first: {
        items: { type: string; motivation: string; target: { source: string; selector: { type: string; exact?: string }[] }; "lisiere:term"?: string }[];
      };
    };
    expect(json["@context"]).toEqual(expect.arrayContaining(["http://www.w3.org/ns/anno.jsonld"]));
    expect(json.type).toBe("AnnotationCollection");
    expect(json.total).toBe(5);
    expect(json.first.items).toHaveLength(5);
    for (const item of json.first.items) {
      expect(item.type).toBe("Annotation");
      const quote = item.target.selector.find((sel) => sel.type === "TextQuoteSelector");
      expect(quote?.exact).toBeTruthy();
    }
    const glosses = json.first.items.filter((i) => i.motivation === "describing");
    expect(glosses.map((g) => g["lisiere:term"]).sort()).toEqual(["risque", "risque pour la chaîne d’approvisionnement"]);
    const orphan = json.first.items.find((i) => i.target.selector.some((sel) => sel.exact === "phrase disparue"))!;
    expect(orphan.target.source).toBe(`https://lisiere.example/en/projects/${projectId}/documents/${documentId}`);
    expect(orphan.target.selector.map((sel) => sel.type)).toEqual(["TextQuoteSelector"]);
    expect(await db.auditEvent.count({ where: { projectId, action: "annotations.exported", targetId: documentId, actorId: viewer.userId } })).toBe(1);
  });

  it("imports an export into a fresh copy of the same text, anchored on the same quotes", async () => {
    const documentId = await annotatedDocument();
    const expected = await described(documentId);
    const file = await exportAnnotations(db, { actor: owner, documentId, origin: "https://lisiere.example" });

    // Same project: the glosses link the existing entries.
    const copy = await newDocument(TEXT);
    const entries = await db.termEntry.count({ where: { projectId } });
    expect(await importAnnotations(db, { actor: translator, documentId: copy, json: file.body })).toEqual({ imported: 5, orphaned: 1 });
    expect(await described(copy)).toEqual(expected);
    expect(await db.termEntry.count({ where: { projectId } })).toBe(entries);
    await expectAnchoredSlicesMatch(copy);
    expect(await db.annotation.count({ where: { documentId: copy, authorId: translator.userId } })).toBe(5);

    // Another project: the glosses recreate the termbase entries.
    const otherOwner = await createUser(db);
    const other = (await createProject(db, { actor: otherOwner, name: "Elsewhere" })).id;
    const { documentId: far } = await importDocument(db, { actor: otherOwner, projectId: other, content: TEXT });
    expect(await importAnnotations(db, { actor: otherOwner, documentId: far, json: file.body })).toEqual({ imported: 5, orphaned: 1 });
    expect(await described(far)).toEqual(expected);
    expect((await db.termEntry.findMany({ where: { projectId: other } })).map((e) => e.source).sort()).toEqual([
      "risque",
      "risque pour la chaîne d’approvisionnement",
    ]);
    // A file that glosses one term twice makes one entry, not two.
    const third = (await createProject(db, { actor: otherOwner, name: "Twice" })).id;
    const { documentId: twice } = await importDocument(db, { actor: otherOwner, projectId: third, content: TEXT });
    const collection = JSON.parse(file.body) as { first: { items: { motivation?: string }[] } };
    const doubled = [...collection.first.items, ...collection.first.items.filter((i) => i.motivation === "describing")];
    expect(await importAnnotations(db, { actor: otherOwner, documentId: twice, json: JSON.stringify(doubled) })).toEqual({ imported: 7, orphaned: 1 });
    expect(await db.termEntry.count({ where: { projectId: third } })).toBe(2);
  });

  it("places imported annotations by their quote even when the copy's text moved around", async () => {
    const documentId = await annotatedDocument();
    const file = await exportAnnotations(db, { actor: owner, documentId, origin: "https://lisiere.example" });
    const copy = await newDocument(`Introduction ajoutée. ${TEXT}`);
    await importAnnotations(db, { actor: owner, documentId: copy, json: file.body });
    const rows = await expectAnchoredSlicesMatch(copy);
    expect(rows).toHaveLength(4);
    const segments = await segmentsOf(copy);
    const second = rows.find((r) => r.body.startsWith("Le second"))!;
    expect(second.segmentId).toBe(segments[2].id);
    expect(second.start).toBe(spanOf(segments[2].sourceText, "risque", 1).start);
  });

  it(`refuses more than ${MAX_ANNOTATIONS_PER_IMPORT.toLocaleString("en")} annotations in one file before placing any, and creates nothing`, async () => {
    const documentId = await newDocument(TEXT);
    const before = await db.annotation.count();
    const many = Array.from({ length: MAX_ANNOTATIONS_PER_IMPORT + 1 }, (_, k) => ({
      type: "Annotation",
      bodyValue: `Note ${k}`,
      target: { selector: [{ type: "TextQuoteSelector", exact: "risque" }] },
    }));
    const refused = await error(importAnnotations(db, { actor: owner, documentId, json: JSON.stringify(many) }));
    expect(refused.code).toBe("TOO_LARGE");
    expect(refused.message).toBe("This file holds 5,001 annotations; at most 5,000 can be imported at once — split the file.");
    expect(refused.details).toMatchObject({ reason: "TOO_MANY_ANNOTATIONS", count: 5_001, limit: 5_000 });
    expect(await db.annotation.count()).toBe(before);
  });

  it("refuses malformed JSON or a malformed annotation with a clear message and creates nothing", async () => {
    const documentId = await newDocument(TEXT);
    const counts = async () => [await db.annotation.count(), await db.termEntry.count()];
    const before = await counts();
    const malformed = await error(importAnnotations(db, { actor: owner, documentId, json: '{"type": "AnnotationCollection", "first": {' }));
    expect(malformed.code).toBe("INVALID_INPUT");
    expect(malformed.message).toMatch(/not valid JSON/);
    expect(await counts()).toEqual(before);

    const good = {
      type: "Annotation",
      motivation: "describing",
      "lisiere:term": "dissuasion nouvelle",
      body: [{ type: "TextualBody", value: "new deterrence", purpose: "identifying", language: "en" }],
      target: { selector: [{ type: "TextQuoteSelector", exact: "dissuasion nucléaire" }] },
    };
    const bad = { type: "Annotation", target: { selector: [{ type: "TextPositionSelector", start: 0, end: 4 }] } };
    const partial = await error(importAnnotations(db, { actor: owner, documentId, json: JSON.stringify([good, bad]) }));
    expect(partial.code).toBe("INVALID_INPUT");
    expect(partial.message).toMatch(/Annotation 2/);
    expect(await counts()).toEqual(before);

    const notAnnotations = await error(importAnnotations(db, { actor: owner, documentId, json: JSON.stringify({ hello: "world" }) }));
    expect(notAnnotations.code).toBe("INVALID_INPUT");
    expect(notAnnotations.message).toMatch(/Web Annotation/);
    expect(await counts()).toEqual(before);
  });
});
