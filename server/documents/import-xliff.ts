import { randomUUID } from "node:crypto";
import { checkLanguagePair, type LanguagePair } from "@/core/import/language-pair";
import type { XliffDocument, XliffGlossEntry, XliffMatch } from "@/core/formats/xliff/xliff-model";
import type { XliffDropped } from "@/core/formats/xliff/validate/refuse";
import { CONFIRMED_STATUSES, DECISION_STATUSES, importedStatus } from "@/core/review/status-machine";
import { MAX_EXCHANGE_FILE_BYTES, MAX_SEGMENTS } from "@/core/limits";
import { tooManySegments } from "@/core/segmentation/segment-blocks";
import { countWords } from "@/core/text/count-words";
import { segmentKeyHashes } from "@/core/qa/inconsistent";
import { Slice } from "@/core/work/slices";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import { commentImporter, importedCommentRows, type ImportedCommentRow } from "../comments/import-comments";
import type { Db } from "../db/client";
import { insertRows } from "../db/insert-rows";
import { AppError } from "../errors";
import { recordSegmentUnits } from "../tm/record-segment-units";
import { writeUnits } from "../tm/write-units";
import { unitsFromXliffMatches } from "../tm/xliff-match-units";
import { fromDomainError } from "../from-domain-error";
import { importedAnnotationRows, importTermEntries, type ImportedAnnotationRow } from "./import-xliff-annotations";
import { parseExchangeFile } from "../workers/parse-exchange";
import { assertUploadSize } from "./read-upload";

/** Largest XLIFF file we read (bytes); XML is verbose, so this is above the text limit. */
export const MAX_XLIFF_BYTES = MAX_EXCHANGE_FILE_BYTES;

/**
 * Reads an XLIFF file and its language pair, turning its refusals (malformed, hostile, not XLIFF 2,
 * breaking XLIFF 2.1's rules, not French → English) into coded errors. `lenient`: import anyway,
 * leaving out what breaks the rules (listed in `dropped`).
 */
async function readXliff(content: Uint8Array | string, lenient: boolean): Promise<XliffDocument & LanguagePair & { dropped: XliffDropped[] }> {
  const size = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
  assertUploadSize(size, MAX_XLIFF_BYTES);
  try {
    const { document, dropped } = await parseExchangeFile({ kind: "xliff", content, lenient });
    return { ...document, ...checkLanguagePair(document.sourceLanguage, document.targetLanguage), dropped };
  } catch (error) {
    fromDomainError(error);
  }
}

/**
 * Imports an XLIFF file (2.x; 1.2 and the Trados, memoQ, Phrase dialects) as a new document with
 * its sources, targets, statuses, notes and comments, and the matches it carries (alt-trans,
 * mtc:match) into the project's memory: one paragraph per unit, one segment per XLIFF segment, a revision for every translated
 * segment, each note kept as a note on its segment, and the comment threads of our own exports
 * as comments (see importedCommentRows). The document keeps the file's language tags (French →
 * English of any region; other pairs are refused). At most MAX_SEGMENTS segments. One
 * transaction: a refused file creates nothing. A file that breaks XLIFF 2.1 is refused with the
 * line and rule, unless `importAnyway`: then what breaks the rules is left out and returned in
 * `dropped`, for the user to see.
 */
export async function importXliff(
  db: Db,
  options: { actor: Actor; projectId: string; content: Uint8Array | string; fileName?: string; title?: string; importAnyway?: boolean },
) {
  await requireProjectAction(db, options.actor, options.projectId, "document.import");
  const xliff = await readXliff(options.content, options.importAnyway === true);
  if (xliff.units.reduce((n, unit) => n + unit.segments.length, 0) > MAX_SEGMENTS) fromDomainError(tooManySegments("text"));
  const importer = await commentImporter(db, options.actor);
  const documentId = randomUUID();
  const now = new Date();
  const paragraphs: Record<string, string | number | null>[] = [];
  const segments: Record<string, string | number | Date | null>[] = [];
  const revisions: Record<string, string | number | Date | null>[] = [];
  const notes: ImportedAnnotationRow[] = [];
  const terms: XliffGlossEntry[] = [];
  const comments: ImportedCommentRow[] = [];
  const matches: XliffMatch[] = [];
  // Rows for up to 200,000 segments: built in slices, like the writes.
  const slice = new Slice();
  for (const [position, unit] of xliff.units.entries()) {
    await slice.pauseIfDue();
    const paragraphId = randomUUID();
    paragraphs.push({ id: paragraphId, documentId, position, kind: unit.kind, level: unit.kind === "heading" ? (unit.level ?? 1) : null });
    for (const segment of unit.segments) {
      const id = randomUUID();
      const version = segment.target ? 2 : 1;
      // The file's decisions count as decisions on the text it brings (version 2, written now).
      const status = importedStatus(segment.status, segment.target);
      const decided = DECISION_STATUSES.includes(status) ? version : null;
      const translatedById = segment.target ? options.actor.userId : null;
      segments.push({
        id,
        documentId,
        paragraphId,
        position: segments.length,
        sourceText: segment.source,
        targetText: segment.target,
        status,
        version,
        sourceWords: countWords(segment.source),
        ...segmentKeyHashes(segment.source, segment.target),
        translatedById,
        reviewedVersion: decided,
        createdAt: now,
        updatedAt: now,
      });
      if (segment.target)
        revisions.push({
          id: randomUUID(),
          segmentId: id,
          documentId,
          version,
          targetText: segment.target,
          status,
          sourceText: segment.source,
          authorId: options.actor.userId,
          action: "import",
          createdAt: now,
        });
      notes.push(...importedAnnotationRows(segment, { documentId, segmentId: id, authorId: options.actor.userId, now }));
      terms.push(...(segment.terms ?? []));
      matches.push(...(segment.matches ?? []));
      comments.push(...importedCommentRows(segment.comments ?? [], { documentId, segmentId: id, target: segment.target, importer, now }));
    }
  }
  if (segments.length === 0)
    throw new AppError("INVALID_INPUT", "This XLIFF file has nothing to translate: it has no segments.", { reason: "XLIFF_NO_SEGMENTS" });
  const title = options.title?.trim() || xliff.title || options.fileName || "XLIFF import";
  await db.$transaction(
    async (tx) => {
      await tx.document.create({
        data: {
          id: documentId,
          projectId: options.projectId,
          title,
          sourceLanguage: xliff.sourceLanguage,
          targetLanguage: xliff.targetLanguage,
          documentDate: xliff.date ?? null,
          originFileName: options.fileName ?? null,
          segmentation: "sentence",
          createdById: options.actor.userId,
        },
      });
      await insertRows(tx, "Paragraph", ["id", "documentId", "position", "kind", "level"], paragraphs);
      await insertRows(
        tx,
        "Segment",
        [
          "id",
          "documentId",
          "paragraphId",
          "position",
          "sourceText",
          "targetText",
          "status",
          "version",
          "sourceWords",
          "sourceKeyHash",
          "targetKeyHash",
          "translatedById",
          "reviewedVersion",
          "createdAt",
          "updatedAt",
        ],
        segments,
      );
      await insertRows(
        tx,
        "SegmentRevision",
        ["id", "segmentId", "documentId", "version", "targetText", "status", "sourceText", "authorId", "action", "createdAt"],
        revisions,
      );
      // The file's glossary entries and glossed terms join the termbase; each gloss is linked to its entry.
      const glossTerms = notes.flatMap((n) => (n.termKey !== undefined ? [String(n.exact)] : []));
      const entryIds = await importTermEntries(tx, { projectId: options.projectId, createdById: options.actor.userId, terms, glossTerms });
      const annotations: Record<string, string | number | Date | null>[] = notes.map(({ termKey, ...row }) => {
        const termEntryId = termKey === undefined ? null : (entryIds.get(termKey) ?? null);
        return { ...row, termEntryId, kind: termEntryId ? row.kind : "note" };
      });
      await insertRows(
        tx,
        "Annotation",
        [
          "id",
          "documentId",
          "segmentId",
          "kind",
          "body",
          "termEntryId",
          "start",
          "end",
          "exact",
          "prefix",
          "suffix",
          "status",
          "authorId",
          "createdAt",
          "updatedAt",
        ],
        annotations,
      );
      // Roots come before their replies, so each reply's parent exists when it is inserted.
      if (comments.length > 0) await tx.comment.createMany({ data: comments });
      // Translations the file brings as confirmed are confirmed pairs like any other: into the memory.
      const confirmed = await tx.segment.findMany({ where: { documentId, status: { in: [...CONFIRMED_STATUSES] } } });
      await recordSegmentUnits(
        tx,
        confirmed.map((after) => ({ before: null, after, action: "import" })),
      );
      // The proposals the file carried (alt-trans, mtc:match) join the memory as its matches.
      if (matches.length > 0) {
        const context = {
          documentId,
          documentTitle: title,
          authorId: options.actor.userId,
          sourceLang: xliff.sourceLanguage,
          targetLang: xliff.targetLanguage,
        };
        await writeUnits(tx, options.projectId, unitsFromXliffMatches(matches, context));
      }
    },
    { timeout: 120_000 },
  );
  return { documentId, segments: segments.length, dropped: xliff.dropped };
}
