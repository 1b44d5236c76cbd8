import { groupBy } from "@/core/group-by";
import { CONFIRMED_STATUSES, isConfirmed } from "@/core/review/status-machine";
import type { TmUnitStatus } from "@/core/tm/types";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { inChunks } from "../db/in-chunks";
import type { SegmentRow, Tx } from "../segments/write-segment";
import { textList } from "./json-rows";
import { neighbourColumns, neighboursOfMany } from "./segment-context";
import { contextHash, isBetter, pairHash, releaseUnits, writeUnits, type NewUnit, type UnitRelease } from "./write-units";

/**
 * Keeps each project's memory in step with its segments, inside the transaction that stores them
 * (called by the one segment writer, and by the XLIFF import for the decisions a file brings):
 * - a segment stored as translated, reviewed or approved with a new text or status gives its pair
 *   (status, author, date, document, context); a pair it gave before is let go;
 * - a pair made by aligning an existing translation (the "import" action) is an "aligned" unit;
 * - a rejected segment lets go of its pair: a bad translation must not be reused.
 * A pair let go stays while another confirmed segment or a TMX file gives it (write-units.ts).
 */

export interface SegmentChange {
  /** The row before the write; null for a row created with its text (XLIFF import). */
  before: SegmentRow | null;
  after: SegmentRow;
  action: string;
}

type Reader = Pick<Db, "segment" | "document" | "user" | "tmUnit" | "$queryRaw" | "$executeRaw">;

const hasPair = (row: { sourceText: string; targetText: string }) => row.sourceText.trim() !== "" && row.targetText.trim() !== "";
const hashOf = (row: { sourceText: string; targetText: string }) => pairHash(row.sourceText.normalize("NFC"), row.targetText.normalize("NFC"));

interface Decision {
  row: SegmentRow;
  /** The unit the row gives now, if any. */
  gives: { status: TmUnitStatus; origin: "segment" | "alignment" } | null;
  /** Which of the units linked to the row it lets go of (those of another pair). */
  releases: "all" | "alignment";
}

function decide({ before, after, action }: SegmentChange): Decision | null {
  const changed = !before || before.targetText !== after.targetText || before.status !== after.status || before.sourceText !== after.sourceText;
  if (!changed) return null;
  if (isConfirmed(after.status) && hasPair(after)) return { row: after, gives: { status: after.status as TmUnitStatus, origin: "segment" }, releases: "all" };
  // Aligning again replaces what the last alignment gave, never what a person confirmed.
  if (action === "import") return { row: after, gives: hasPair(after) ? { status: "aligned", origin: "alignment" } : null, releases: "alignment" };
  if (after.status === "rejected") return { row: after, gives: null, releases: "all" };
  return null;
}

/** Records what a batch of stored segment writes means for the memory. Cheap when none confirms, rejects or aligns. */
export async function recordSegmentUnits(tx: Tx | Reader, changes: readonly SegmentChange[]): Promise<void> {
  const decisions = changes.map(decide).filter((d) => d !== null);
  if (decisions.length === 0) return;
  // One JSON list per few thousand ids: an IN list of bound values costs Prisma ~20 ms per 500.
  const linked: LinkedUnit[] = [];
  const ids = decisions.map((d) => d.row.id);
  for (let i = 0; i < ids.length; i += 5_000)
    linked.push(
      ...(await tx.$queryRaw<LinkedUnit[]>`SELECT "id", "segmentId", "pairHash", "origin", "projectId", "sourceText", "targetText" FROM "TmUnit"
        WHERE "segmentId" IN (${textList(tx, ids.slice(i, i + 5_000))})`),
    );
  const bySegment = new Map<string, LinkedUnit[]>();
  for (const unit of linked) {
    const list = bySegment.get(unit.segmentId!);
    if (list) list.push(unit);
    else bySegment.set(unit.segmentId!, [unit]);
  }
  const released: LinkedUnit[] = [];
  for (const d of decisions) {
    const keep = d.gives ? hashOf(d.row) : null;
    for (const unit of bySegment.get(d.row.id) ?? []) {
      if (unit.pairHash === keep) continue;
      if (d.releases === "alignment" && unit.origin !== "alignment") continue;
      released.push(unit);
    }
  }
  const giving = decisions.flatMap((d) => (d.gives ? [{ row: d.row, ...d.gives }] : []));
  const units = await unitsOf(tx, giving);
  if (released.length > 0) {
    // A confirmed segment always outranks an alignment, so a pair still linked to an alignment is
    // given by no confirmed segment: only pairs from segments need the look-up.
    const others = await confirmedSegmentsGiving(
      tx,
      released.filter((u) => u.origin !== "alignment"),
    );
    const replacements = await unitsOf(
      tx,
      others.map((row) => ({ row, status: row.status as TmUnitStatus, origin: "segment" as const })),
    );
    const byPair = new Map(replacements.map((u) => [`${u.projectId}:${hashOf(u.unit)}`, u.unit]));
    // Each segment's first unit let go may become its new pair in place (same id).
    const newPairOf = new Map(units.map(({ unit }) => [unit.segmentId!, unit]));
    const releases: UnitRelease[] = released.map((u) => {
      const becomes = newPairOf.get(u.segmentId);
      newPairOf.delete(u.segmentId);
      return { unitId: Number(u.id), replacement: byPair.get(`${u.projectId}:${u.pairHash}`) ?? null, becomes };
    });
    await releaseUnits(tx, releases);
  }
  for (const [projectId, list] of groupBy(units, (u) => u.projectId))
    await writeUnits(
      tx,
      projectId,
      list.map((u) => u.unit),
    );
}

/** What a unit says of where its segment is: its document, its author's name, its neighbours. */
interface Facts {
  projectId: string;
  title: string;
  sourceLanguage: string;
  targetLanguage: string;
  authorName: string;
  previousSource: string;
  nextSource: string;
}

/** The facts of some segment rows: one statement for a single row (every confirm), three reads for a batch. */
async function factsOf(tx: Reader, rows: readonly SegmentRow[]): Promise<Map<string, Facts>> {
  if (rows.length === 1) {
    const [row] = rows;
    const [facts] = await tx.$queryRaw<Facts[]>`SELECT d."projectId", d."title", d."sourceLanguage", d."targetLanguage",
      COALESCE((SELECT "name" FROM "User" WHERE "id" = ${row.translatedById}), '') AS "authorName", ${neighbourColumns(row)}
      FROM "Document" d WHERE d."id" = ${row.documentId}`;
    return new Map([[row.id, { ...facts, previousSource: facts.previousSource ?? "", nextSource: facts.nextSource ?? "" }]]);
  }
  const documentIds = [...new Set(rows.map((row) => row.documentId))];
  const documents = new Map(
    (
      await tx.document.findMany({
        where: { id: { in: documentIds } },
        select: { id: true, projectId: true, title: true, sourceLanguage: true, targetLanguage: true },
      })
    ).map((d) => [d.id, d]),
  );
  const authorIds = [...new Set(rows.flatMap((row) => (row.translatedById ? [row.translatedById] : [])))];
  const authors = new Map(
    (await inChunks(authorIds, (chunk) => tx.user.findMany({ where: { id: { in: chunk } }, select: { id: true, name: true } }))).map((u) => [u.id, u.name]),
  );
  const context = await neighboursOfMany(tx, rows);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        ...documents.get(row.documentId)!,
        authorName: (row.translatedById && authors.get(row.translatedById)) || "",
        ...(context.get(row.id) ?? { previousSource: "", nextSource: "" }),
      },
    ]),
  );
}

/** The units some segment rows give, with their provenance and context, and the memory each goes to. */
async function unitsOf(
  tx: Reader,
  items: readonly { row: SegmentRow; status: TmUnitStatus; origin: "segment" | "alignment" }[],
): Promise<{ projectId: string; unit: NewUnit }[]> {
  if (items.length === 0) return [];
  const facts = await factsOf(
    tx,
    items.map((i) => i.row),
  );
  return items.map(({ row, status, origin }) => {
    const f = facts.get(row.id)!;
    return {
      projectId: f.projectId,
      unit: {
        sourceText: row.sourceText,
        targetText: row.targetText,
        status,
        origin,
        segmentId: row.id,
        documentId: row.documentId,
        documentTitle: f.title,
        authorId: row.translatedById,
        authorName: f.authorName,
        sourceLang: f.sourceLanguage,
        targetLang: f.targetLanguage,
        contextHash: contextHash(f.previousSource, f.nextSource),
        changedAt: row.updatedAt,
      },
    };
  });
}

// Above this many pairs let go at once, one pass over the project's confirmed segments beats a look-up each.
const PER_PAIR_LIMIT = 32;

/** For pairs let go, the best (then newest) confirmed segment of the same project that still gives each. */
async function confirmedSegmentsGiving(
  tx: Reader,
  units: readonly { projectId: string; pairHash: string; sourceText: string; targetText: string }[],
): Promise<SegmentRow[]> {
  const found: SegmentRow[] = [];
  const statuses = Prisma.join(CONFIRMED_STATUSES);
  for (const [projectId, group] of groupBy(units, (u) => u.projectId)) {
    // Pairs are compared as units store them (NFC), so read the texts and hash them here.
    const candidates =
      group.length <= PER_PAIR_LIMIT
        ? (
            await Promise.all(
              group.map(
                (u) =>
                  tx.$queryRaw<Candidate[]>`SELECT s."id", s."sourceText", s."targetText" FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId"
                  WHERE d."projectId" = ${projectId} AND s."sourceText" = ${u.sourceText} AND s."targetText" = ${u.targetText} AND s."status" IN (${statuses})`,
              ),
            )
          ).flat()
        : await tx.$queryRaw<Candidate[]>`SELECT s."id", s."sourceText", s."targetText" FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId"
            WHERE d."projectId" = ${projectId} AND s."status" IN (${statuses})`;
    const wanted = new Set(group.map((u) => u.pairHash));
    const hashById = new Map(candidates.map((c) => [c.id, hashOf(c)]));
    const rows = await inChunks(
      candidates.filter((c) => wanted.has(hashById.get(c.id)!)).map((c) => c.id),
      (chunk) => tx.segment.findMany({ where: { id: { in: chunk } } }),
    );
    const best = new Map<string, SegmentRow>();
    for (const row of rows) {
      const hash = hashById.get(row.id)!;
      const earlier = best.get(hash);
      if (!earlier || isBetter({ status: row.status as TmUnitStatus, changedAt: row.updatedAt }, earlier)) best.set(hash, row);
    }
    found.push(...best.values());
  }
  return found;
}

type LinkedUnit = { id: number; segmentId: string; pairHash: string; origin: string; projectId: string; sourceText: string; targetText: string };
type Candidate = { id: string; sourceText: string; targetText: string };
