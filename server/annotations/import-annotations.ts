import { anchorSpan } from "@/core/annotations/anchor-span";
import { describeSpan, type SpanAnchor } from "@/core/annotations/span-anchor";
import { parseWebAnnotations, type ImportedAnnotation } from "@/core/annotations/web-annotation";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { fromDomainError } from "../from-domain-error";
import { completeEntry } from "../glossary/complete-entry";
import { parseTermEntryFields, sameTermKey, toTermEntryColumns } from "../glossary/term-entry-fields";

/** Largest annotation file we read. */
export const MAX_ANNOTATION_JSON = 20 * 1024 * 1024;

interface Segment {
  id: string;
  sourceText: string;
}

/**
 * Where an imported annotation goes: the segment its target names (a `#segment-<id>` fragment of
 * this document) if its quote is found there; else the segment of the document where the quote and
 * its context match best (not merely the first that holds the quote: a short term like « risque »
 * occurs in many sentences, and only the stored prefix/suffix tell which one was meant); else
 * nowhere (it is imported as an orphan, never dropped).
 */
function place(annotation: ImportedAnnotation, segments: Segment[], byId: Map<string, Segment>): { segment: Segment; start: number; end: number } | null {
  const anchor: SpanAnchor = { ...annotation.anchor, start: annotation.anchor.start ?? -1, end: annotation.anchor.end ?? -1 };
  const named = byId.get(annotation.segmentRef?.match(/#segment-([A-Za-z0-9_-]+)$/)?.[1] ?? "");
  if (named) {
    const found = anchorSpan(named.sourceText, anchor);
    if (found) return { segment: named, start: found.start, end: found.end };
  }
  // Offsets are relative to a segment we do not have: compare by quote and context only.
  const byQuote: SpanAnchor = { ...anchor, start: -1, end: -1 };
  let best: { segment: Segment; start: number; end: number; score: number } | null = null;
  for (const segment of segments) {
    const found = anchorSpan(segment.sourceText, byQuote);
    if (found && (best === null || found.score > best.score)) best = { segment, start: found.start, end: found.end, score: found.score };
    if (best && best.score >= 1) break;
  }
  return best && { segment: best.segment, start: best.start, end: best.end };
}

/** Imports W3C Web Annotations (ours or another tool's) into a document, all or nothing. */
export async function importAnnotations(db: Db, options: { actor: Actor; documentId: string; json: string }) {
  const { projectId } = await requireDocumentAction(db, options.actor, options.documentId, "annotation.edit");
  if (options.json.length > MAX_ANNOTATION_JSON) throw new AppError("TOO_LARGE", `The file is over ${MAX_ANNOTATION_JSON / 1048576} MB.`);
  let imported: ImportedAnnotation[];
  try {
    imported = parseWebAnnotations(options.json);
  } catch (error) {
    fromDomainError(error);
  }
  const glossFields = imported.map((a, k) => (a.kind === "gloss" && a.gloss ? parseTermEntryFields(a.gloss, `Annotation ${k + 1}: `) : null));
  const segments = await db.segment.findMany({ where: { documentId: options.documentId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, sourceText: true } });
  const byId = new Map(segments.map((s) => [s.id, s]));

  return db.$transaction(async (tx) => {
    let orphaned = 0;
    // The termbase's entries by French term, read once (a file may gloss thousands of terms).
    const termIds = glossFields.some(Boolean)
      ? new Map((await tx.termEntry.findMany({ where: { projectId }, select: { id: true, source: true } })).map((e) => [sameTermKey(e.source), e.id]))
      : new Map<string, string>();
    for (const [k, annotation] of imported.entries()) {
      let termEntryId: string | null = null;
      const fields = glossFields[k];
      if (fields) {
        const key = sameTermKey(fields.source);
        const same = termIds.get(key);
        termEntryId = same ? (await completeEntry(tx, same, fields)).id : (await tx.termEntry.create({ data: { projectId, createdById: options.actor.userId, ...toTermEntryColumns(fields) } })).id;
        termIds.set(key, termEntryId);
      }
      const spot = place(annotation, segments, byId);
      if (!spot) orphaned++;
      const anchor = spot ? describeSpan(spot.segment.sourceText, spot.start, spot.end) : { start: 0, end: 0, exact: annotation.anchor.exact, prefix: annotation.anchor.prefix, suffix: annotation.anchor.suffix };
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
