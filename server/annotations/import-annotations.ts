import { placeAnnotationSteps } from "@/core/annotations/place-annotations";
import { describeSpan } from "@/core/annotations/span-anchor";
import { parseWebAnnotations, type ImportedAnnotation } from "@/core/annotations/web-annotation";
import { MAX_ANNOTATIONS_PER_IMPORT, MAX_EXCHANGE_FILE_BYTES } from "@/core/limits";
import { stageReporter, type ReportProgress } from "@/core/work/progress";
import { runInSlices, Slice } from "@/core/work/slices";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { readPages } from "../db/read-pages";
import { AppError } from "../errors";
import { fromDomainError } from "../from-domain-error";
import { completeEntry } from "../glossary/complete-entry";
import { parseTermEntryFields, sameTermKey, toTermEntryColumns } from "../glossary/term-entry-fields";

/** Largest annotation file we read. */
export const MAX_ANNOTATION_JSON = MAX_EXCHANGE_FILE_BYTES;

/**
 * Imports W3C Web Annotations (ours or another tool's) into a document, all or nothing: at most
 * MAX_ANNOTATIONS_PER_IMPORT, placed by place-annotations.ts (a bounded search, in slices, before
 * the transaction opens), then written in one transaction.
 */
export async function importAnnotations(db: Db, options: { actor: Actor; documentId: string; json: string; onProgress?: ReportProgress }) {
  const { projectId } = await requireDocumentAction(db, options.actor, options.documentId, "annotation.edit");
  if (options.json.length > MAX_ANNOTATION_JSON)
    throw new AppError("TOO_LARGE", `The file is over ${MAX_ANNOTATION_JSON / 1048576} MB.`, { reason: "TOO_LARGE", limit: MAX_ANNOTATION_JSON / 1048576 });
  let imported: ImportedAnnotation[];
  try {
    imported = parseWebAnnotations(options.json);
  } catch (error) {
    fromDomainError(error);
  }
  if (imported.length > MAX_ANNOTATIONS_PER_IMPORT) {
    const count = imported.length.toLocaleString("en");
    throw new AppError(
      "TOO_LARGE",
      `This file holds ${count} annotations; at most ${MAX_ANNOTATIONS_PER_IMPORT.toLocaleString("en")} can be imported at once — split the file.`,
      { reason: "TOO_MANY_ANNOTATIONS", count: imported.length, limit: MAX_ANNOTATIONS_PER_IMPORT },
    );
  }
  const glossFields = imported.map((a, k) => (a.kind === "gloss" && a.gloss ? parseTermEntryFields(a.gloss, `Annotation ${k + 1}: `) : null));
  const segments = await readPages((cursor, take) =>
    db.segment.findMany({
      where: { documentId: options.documentId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, sourceText: true },
      take,
      ...(cursor ? { cursor, skip: 1 } : {}),
    }),
  );
  stageReporter(options.onProgress, "reading")(0, 0);
  const placements = await runInSlices(placeAnnotationSteps(imported, segments, undefined, stageReporter(options.onProgress, "placing")));

  return db.$transaction(async (tx) => {
    const slice = new Slice();
    let orphaned = 0;
    // The termbase's entries by French term, read once (a file may gloss thousands of terms).
    const termIds = glossFields.some(Boolean)
      ? new Map((await tx.termEntry.findMany({ where: { projectId }, select: { id: true, source: true } })).map((e) => [sameTermKey(e.source), e.id]))
      : new Map<string, string>();
    for (const [k, annotation] of imported.entries()) {
      await slice.pauseIfDue();
      let termEntryId: string | null = null;
      const fields = glossFields[k];
      if (fields) {
        const key = sameTermKey(fields.source);
        const same = termIds.get(key);
        termEntryId = same
          ? (await completeEntry(tx, same, fields)).id
          : (await tx.termEntry.create({ data: { projectId, createdById: options.actor.userId, ...toTermEntryColumns(fields) } })).id;
        termIds.set(key, termEntryId);
      }
      const spot = placements[k];
      if (!spot) orphaned++;
      const anchor = spot
        ? describeSpan(spot.segment.sourceText, spot.start, spot.end)
        : { start: 0, end: 0, exact: annotation.anchor.exact, prefix: annotation.anchor.prefix, suffix: annotation.anchor.suffix };
      await tx.annotation.create({
        data: {
          documentId: options.documentId,
          segmentId: spot?.segment.id ?? null,
          kind: termEntryId ? "gloss" : "note",
          body: annotation.note.slice(0, 5000),
          termEntryId,
          ...anchor,
          status: spot ? "anchored" : "orphaned",
          authorId: options.actor.userId,
          ...(annotation.created ? { createdAt: new Date(annotation.created) } : {}),
        },
      });
    }
    return { imported: imported.length, orphaned };
  });
}
