import { createHash } from "node:crypto";
import { indexFacts } from "@/core/tm/index-keys";
import { TM_STATUS_RANK, type TmUnitOrigin, type TmUnitStatus } from "@/core/tm/types";
import { Slice } from "@/core/work/slices";
import type { Db } from "../db/client";
import { findStoredUnits, insertUnitRows, sqlTimestamp, UNIT_COLUMNS, updateProvenance, type StoredUnitRow, type UnitRow } from "./unit-rows";

/**
 * The one writer of translation-memory units (segments confirmed, pairs aligned, TMX imported).
 * A memory holds one unit per source and target: a unit arriving for a pair already stored is
 * merged, and the best-reviewed, then the newest, decides the status, author, date and document
 * the unit keeps. The FTS5 indexes follow the table through triggers (see the migration).
 *
 * A unit is *linked* to the segment that gives it (segmentId) or *standalone* (a TMX file). When a
 * segment takes over a standalone pair, what the file said is kept in `metadata.standalone`, so
 * that the unit falls back to it when the segment lets go of the pair (releaseUnits) instead of
 * disappearing: a pair stays in the memory while any source still gives it.
 */

export interface NewUnit {
  sourceText: string;
  targetText: string;
  status: TmUnitStatus;
  origin: TmUnitOrigin;
  segmentId?: string | null;
  documentId?: string | null;
  documentTitle?: string;
  authorId?: string | null;
  authorName?: string;
  sourceLang?: string;
  targetLang?: string;
  /** JSON kept from TMX (props, notes, attributes). */
  metadata?: string;
  contextHash?: string | null;
  /** When the unit was made (TMX creationdate/changedate); now by default. */
  changedAt?: Date;
}

export interface WriteUnitsResult {
  /** New pairs stored. */
  inserted: number;
  /** Pairs already stored that this write made better (higher status or newer). */
  updated: number;
  /** Pairs already stored (or repeated in the batch) that this write left as they were. */
  skipped: number;
}

type DbLike = Pick<Db, "$executeRaw" | "$queryRaw" | "tmUnit">;

// Units per look-up: a TMX import's whole batch; each statement takes its rows as one JSON parameter (unit-rows.ts).
const CHUNK = 2_000;

/** Deduplication key of a pair: texts as stored (NFC), so a different typography is a different unit. */
export function pairHash(sourceText: string, targetText: string): string {
  return createHash("sha256").update(sourceText).update("\u0000").update(targetText).digest("hex");
}

/** Context of a sentence for 101 % matches: its previous and next source sentences ("" at an edge). */
export function contextHash(previousSource: string, nextSource: string): string {
  return createHash("sha256").update(previousSource).update("\u0000").update(nextSource).digest("hex").slice(0, 32);
}

/** Whether `incoming` should replace what a stored unit says about itself: best-reviewed, then newest (the one home of that rule). */
export function isBetter(incoming: { status: TmUnitStatus; changedAt: Date }, stored: { status: string; updatedAt: Date }): boolean {
  const a = TM_STATUS_RANK[incoming.status];
  const b = TM_STATUS_RANK[stored.status as TmUnitStatus] ?? 0;
  return a !== b ? a > b : incoming.changedAt.getTime() > stored.updatedAt.getTime();
}

/** Stores units in a project's memory, deduplicated. Call inside the caller's transaction for all-or-nothing. */
export async function writeUnits(db: DbLike, projectId: string, units: readonly NewUnit[]): Promise<WriteUnitsResult> {
  const result: WriteUnitsResult = { inserted: 0, updated: 0, skipped: 0 };
  const slice = new Slice();
  for (let i = 0; i < units.length; i += CHUNK) {
    await slice.pauseIfDue();
    // Repeats inside the batch: keep the best one, count the others as skipped.
    const byHash = new Map<string, NewUnit & { changedAt: Date; sourceText: string; targetText: string }>();
    for (const unit of units.slice(i, i + CHUNK)) {
      const sourceText = unit.sourceText.normalize("NFC");
      const targetText = unit.targetText.normalize("NFC");
      const candidate = { ...unit, sourceText, targetText, changedAt: unit.changedAt ?? new Date() };
      const hash = pairHash(sourceText, targetText);
      const earlier = byHash.get(hash);
      if (earlier) result.skipped++;
      if (!earlier || isBetter(candidate, { status: earlier.status, updatedAt: earlier.changedAt })) byHash.set(hash, candidate);
    }
    const existing = new Map((await findStoredUnits(db, projectId, [...byHash.keys()])).map((row) => [row.pairHash, row]));
    const fresh: UnitRow[] = [];
    const better: (Provenance & { id: number })[] = [];
    for (const [hash, unit] of byHash) {
      const row = existing.get(hash);
      if (!row) {
        fresh.push(toRow(projectId, hash, unit));
      } else if (isBetter(unit, row)) {
        better.push({ ...provenanceRow(unit), id: row.id, metadata: mergedMetadata(row, unit) });
        result.updated++;
      } else {
        // A file bringing a pair a segment already gives: nothing to show, but remember the file.
        const metadata = mergedMetadata(row, unit, true);
        if (metadata !== row.metadata) await db.tmUnit.update({ where: { id: row.id }, data: { metadata } });
        result.skipped++;
      }
    }
    await insertUnitRows(db, fresh);
    await updateProvenance(db, better);
    result.inserted += fresh.length;
  }
  return result;
}

/** What a standalone source (a TMX file) said of a pair a segment has taken over. */
interface Standalone {
  status: string;
  origin: string;
  documentId: string | null;
  documentTitle: string;
  authorId: string | null;
  authorName: string;
  contextHash: string | null;
  updatedAt: string;
}
/** What a standalone source says of a pair, kept while a segment speaks for it. */
function standaloneOf(source: {
  status: string;
  origin: string;
  documentId?: string | null;
  documentTitle?: string;
  authorId?: string | null;
  authorName?: string;
  contextHash?: string | null;
  updatedAt: Date;
}): Standalone {
  return {
    status: source.status,
    origin: source.origin,
    documentId: source.documentId ?? null,
    documentTitle: source.documentTitle ?? "",
    authorId: source.authorId ?? null,
    authorName: source.authorName ?? "",
    contextHash: source.contextHash ?? null,
    updatedAt: source.updatedAt.toISOString(),
  };
}

/** What writeUnits reads of a stored unit to merge into it. */
type StoredUnit = Omit<StoredUnitRow, "id" | "pairHash">;

function parseMetadata(metadata: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(metadata);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The metadata a merge leaves: the incoming unit's when it brings some (TMX props and notes),
 * else the stored one's; plus, when a linked unit meets a standalone one, what the standalone
 * source said (`standalone`). `keepStored`: the stored unit stays as it is (the incoming one lost).
 */
function mergedMetadata(stored: StoredUnit, incoming: NewUnit & { changedAt: Date }, keepStored = false): string {
  const base = parseMetadata(keepStored || incoming.metadata === undefined ? stored.metadata : incoming.metadata);
  const previous = parseMetadata(stored.metadata).standalone as Standalone | undefined;
  let standalone: Standalone | undefined = previous;
  if (keepStored && !incoming.segmentId && stored.segmentId) {
    standalone = standaloneOf({ ...incoming, updatedAt: incoming.changedAt });
  } else if (!keepStored && incoming.segmentId && !stored.segmentId) {
    standalone = standaloneOf(stored);
  } else if (!keepStored && !incoming.segmentId) {
    standalone = undefined; // the standalone source itself now speaks for the unit
  }
  const merged = { ...base };
  delete merged.standalone;
  if (standalone) merged.standalone = standalone;
  const text = JSON.stringify(merged);
  return keepStored && text === JSON.stringify(parseMetadata(stored.metadata)) ? stored.metadata : text;
}

/** A unit a segment lets go of (its text changed, or it was rejected), and who else gives the pair. */
export interface UnitRelease {
  unitId: number;
  /** Another segment that gives the same pair: the unit is linked to it instead. */
  replacement: NewUnit | null;
  /**
   * The pair the segment gives now. When nothing else gives the released pair and the memory does
   * not hold the new one yet, the unit is rewritten in place (same id) rather than deleted.
   */
  becomes?: NewUnit;
}

/**
 * Lets units go from the segments that gave them: each is relinked to another segment giving the
 * same pair, else falls back to its standalone source (a TMX file), else is deleted, so that no
 * pair stays in the memory that nothing gives any more (a rejected translation is not reused).
 */
export async function releaseUnits(db: DbLike, releases: readonly UnitRelease[]): Promise<{ relinked: number; deleted: number }> {
  const counts = { relinked: 0, deleted: 0 };
  if (releases.length === 0) return counts;
  const storedOf = new Map<number, { metadata: string; projectId: string }>();
  for (let i = 0; i < releases.length; i += CHUNK) {
    const ids = releases.slice(i, i + CHUNK).map((r) => r.unitId);
    for (const row of await db.tmUnit.findMany({ where: { id: { in: ids } }, select: { id: true, metadata: true, projectId: true } }))
      storedOf.set(row.id, row);
  }
  const doomed: number[] = [];
  const claimed = new Set<string>();
  for (const { unitId, replacement, becomes } of releases) {
    const { metadata, projectId } = storedOf.get(unitId) ?? {};
    if (metadata === undefined || projectId === undefined) continue;
    const parsed = parseMetadata(metadata);
    const standalone = parsed.standalone as Standalone | undefined;
    if (replacement) {
      const changedAt = replacement.changedAt ?? new Date();
      // The unit keeps its metadata: what a TMX file said of the pair stays with it.
      await db.tmUnit.update({ where: { id: unitId }, data: { ...provenanceRow({ ...replacement, changedAt }), metadata, updatedAt: changedAt } });
      counts.relinked++;
    } else if (standalone) {
      delete parsed.standalone;
      await db.tmUnit.update({
        where: { id: unitId },
        data: { ...standalone, segmentId: null, updatedAt: new Date(standalone.updatedAt), metadata: JSON.stringify(parsed) },
      });
      counts.relinked++;
    } else if (becomes && (await rewriteInPlace(db, unitId, projectId, becomes, claimed))) {
      counts.relinked++;
    } else {
      doomed.push(unitId);
    }
  }
  for (let i = 0; i < doomed.length; i += CHUNK) await db.tmUnit.deleteMany({ where: { id: { in: doomed.slice(i, i + CHUNK) } } });
  counts.deleted = doomed.length;
  return counts;
}

/** A segment's unit follows its new text: same id, new pair, unless the memory holds that pair already. */
async function rewriteInPlace(db: DbLike, unitId: number, projectId: string, unit: NewUnit, claimed: Set<string>): Promise<boolean> {
  const sourceText = unit.sourceText.normalize("NFC");
  const targetText = unit.targetText.normalize("NFC");
  const hash = pairHash(sourceText, targetText);
  if (
    claimed.has(`${projectId}:${hash}`) ||
    (await db.tmUnit.findUnique({ where: { projectId_pairHash: { projectId, pairHash: hash } }, select: { id: true } }))
  )
    return false;
  claimed.add(`${projectId}:${hash}`);
  const changedAt = unit.changedAt ?? new Date();
  const row = toRow(projectId, hash, { ...unit, sourceText, targetText, changedAt });
  // Everything but the memory it is in and when it was first stored.
  const data = { ...Object.fromEntries(UNIT_COLUMNS.filter((c) => c !== "projectId" && c !== "createdAt").map((c) => [c, row[c]])), updatedAt: changedAt };
  await db.tmUnit.update({ where: { id: unitId }, data });
  return true;
}

/** What a unit says of itself besides its pair: the columns (PROVENANCE_COLUMNS) a better unit for a stored pair rewrites. */
type Provenance = {
  contextHash: string | null;
  status: string;
  origin: string;
  segmentId: string | null;
  documentId: string | null;
  documentTitle: string;
  authorId: string | null;
  authorName: string;
  sourceLang: string;
  targetLang: string;
  metadata: string;
  /** As `sqlTimestamp` writes it. */
  updatedAt: string;
};

function provenanceRow(unit: NewUnit & { changedAt: Date }): Provenance {
  return {
    contextHash: unit.contextHash ?? null,
    status: unit.status,
    origin: unit.origin,
    segmentId: unit.segmentId ?? null,
    documentId: unit.documentId ?? null,
    documentTitle: unit.documentTitle ?? "",
    authorId: unit.authorId ?? null,
    authorName: unit.authorName ?? "",
    sourceLang: unit.sourceLang ?? "fr",
    targetLang: unit.targetLang ?? "en",
    metadata: unit.metadata ?? "{}",
    updatedAt: sqlTimestamp(unit.changedAt),
  };
}

function toRow(projectId: string, hash: string, unit: NewUnit & { changedAt: Date }): UnitRow {
  const index = indexFacts(unit.sourceText);
  const provenance = provenanceRow(unit);
  return {
    ...provenance,
    projectId,
    sourceText: unit.sourceText,
    targetText: unit.targetText,
    pairHash: hash,
    sourceKeys: index.keys,
    sourceLength: index.length,
    createdAt: provenance.updatedAt,
  };
}
