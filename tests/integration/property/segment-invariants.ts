import { CONFIRMED_STATUSES, DECISION_STATUSES, SEGMENT_STATUSES, type SegmentStatus } from "@/core/review/status-machine";
import type { Db } from "@/server/db/client";

/** Everything a step could change in one document: its segments and every revision. */
export interface Snapshot {
  segments: Map<string, SegmentFacts>;
  revisions: RevisionFacts[];
}
type SegmentFacts = {
  id: string;
  position: number;
  sourceText: string;
  targetText: string;
  status: string;
  version: number;
  translatedById: string | null;
  trackedBaseText: string | null;
  previousSourceText: string | null;
  reviewedVersion: number | null;
};
type RevisionFacts = { segmentId: string; version: number; targetText: string; status: string; authorId: string | null };

export async function snapshot(db: Db, documentId: string): Promise<Snapshot> {
  const rows = await db.segment.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  const revisions = await db.segmentRevision.findMany({
    where: { documentId },
    orderBy: [{ segmentId: "asc" }, { version: "asc" }],
    select: { segmentId: true, version: true, targetText: true, status: true, authorId: true },
  });
  const segments = new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        position: r.position,
        sourceText: r.sourceText,
        targetText: r.targetText,
        status: r.status,
        version: r.version,
        translatedById: r.translatedById,
        trackedBaseText: r.trackedBaseText,
        previousSourceText: r.previousSourceText,
        reviewedVersion: r.reviewedVersion,
      },
    ]),
  );
  return { segments, revisions };
}

export interface StepFacts {
  actorId: string | null;
  /** The actor may set review statuses. */
  reviews: boolean;
  /** The step restores an earlier state (undo of a replacement): it may bring a decision back. */
  restoresState: boolean;
  /** The use case refused the step. */
  refused: boolean;
}

/**
 * The invariants the record must keep after every step, whoever acted and whatever they did.
 * Returns what is broken (empty when all hold), so a failure names every problem at once.
 */
export function brokenInvariants(before: Snapshot, after: Snapshot, step: StepFacts): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);
  const revisionsOf = (segmentId: string) => after.revisions.filter((r) => r.segmentId === segmentId);
  if (step.refused && JSON.stringify([...before.segments.values(), before.revisions]) !== JSON.stringify([...after.segments.values(), after.revisions])) {
    fail("a refused step changed the record");
  }
  for (const s of after.segments.values()) {
    const revisions = revisionsOf(s.id);
    const at = (version: number) => revisions.find((r) => r.version === version);
    if (!(SEGMENT_STATUSES as readonly string[]).includes(s.status)) fail(`${s.id}: unknown status ${s.status}`);
    if ((s.status === "new") !== (s.targetText === "")) fail(`${s.id}: status ${s.status} with text "${s.targetText}"`);
    if (s.status === "reviewed" || s.status === "approved") {
      if (s.reviewedVersion === null || at(s.reviewedVersion)?.targetText !== s.targetText)
        fail(`${s.id}: ${s.status} but its text is not the text of its decision (v${s.reviewedVersion})`);
    }
    if (s.version > 1 || revisions.length > 0) {
      const latest = at(s.version);
      if (!latest || latest.targetText !== s.targetText || latest.status !== s.status) fail(`${s.id}: v${s.version} has no revision with its text and status`);
    }
    if (s.trackedBaseText !== null) {
      if (s.trackedBaseText === s.targetText) fail(`${s.id}: tracked change against its own text`);
      const lastTextChange = [...revisions].reverse().find((r, k, list) => r.targetText !== (list[k + 1]?.targetText ?? ""));
      if (s.translatedById !== null && lastTextChange?.authorId === s.translatedById) fail(`${s.id}: tracked change made by the translation's own author`);
    }
    const old = before.segments.get(s.id);
    if (!old) {
      if (s.version !== 1 || at(1)?.authorId !== step.actorId) fail(`${s.id}: a new segment without its first revision by the actor`);
      continue;
    }
    const same = JSON.stringify(old) === JSON.stringify({ ...s, position: old.position });
    if (same && s.version !== old.version) fail(`${s.id}: version moved without a change`);
    if (!same) {
      if (s.version !== old.version + 1) fail(`${s.id}: changed from v${old.version} to v${s.version}, not by exactly one`);
      const revision = at(s.version);
      if (revision && revision.authorId !== step.actorId) fail(`${s.id}: revision v${s.version} not by the actor`);
      if (!step.reviews && !step.restoresState && s.reviewedVersion !== old.reviewedVersion) fail(`${s.id}: a non-reviewer recorded a review decision`);
      if (
        !step.reviews &&
        !step.restoresState &&
        s.status !== old.status &&
        DECISION_STATUSES.includes(s.status as SegmentStatus) &&
        !(old.status === "rejected" && s.status === "rejected")
      ) {
        fail(`${s.id}: a non-reviewer moved ${old.status} → ${s.status}`);
      }
      if (CONFIRMED_STATUSES.includes(s.status as SegmentStatus) && s.targetText === "") fail(`${s.id}: confirmed with no text`);
    }
  }
  for (const r of after.revisions) {
    const known = before.revisions.some((b) => b.segmentId === r.segmentId && b.version === r.version);
    if (!known && r.authorId !== step.actorId) fail(`revision ${r.segmentId} v${r.version} not by the actor`);
  }
  return problems;
}

/**
 * The memory follows the segments (issue 13): every confirmed segment's pair is a unit of its
 * project's memory; a unit linked to a confirmed segment is that segment's current pair; no unit
 * stays linked to a rejected segment (a bad translation is not reused).
 */
export async function brokenMemoryInvariants(db: Db, documentId: string): Promise<string[]> {
  const problems: string[] = [];
  const { projectId } = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { projectId: true } });
  const segments = await db.segment.findMany({ where: { documentId } });
  const units = await db.tmUnit.findMany({ where: { projectId }, select: { sourceText: true, targetText: true, segmentId: true } });
  const pairs = new Set(units.map((u) => `${u.sourceText}\u0000${u.targetText}`));
  const linked = new Map<string, typeof units>();
  for (const u of units) if (u.segmentId) linked.set(u.segmentId, [...(linked.get(u.segmentId) ?? []), u]);
  for (const s of segments) {
    const pair = `${s.sourceText.normalize("NFC")}\u0000${s.targetText.normalize("NFC")}`;
    const confirmed = CONFIRMED_STATUSES.includes(s.status as SegmentStatus) && s.sourceText.trim() !== "";
    if (confirmed && !pairs.has(pair)) fail(`${s.id}: confirmed (${s.status}) but its pair is not in the memory`);
    for (const u of linked.get(s.id) ?? []) {
      if (s.status === "rejected") fail(`${s.id}: rejected but a unit is still linked to it ("${u.targetText}")`);
      if (confirmed && `${u.sourceText}\u0000${u.targetText}` !== pair) fail(`${s.id}: a stale unit ("${u.targetText}") is linked to it`);
    }
  }
  return problems;
  function fail(message: string) {
    problems.push(message);
  }
}
