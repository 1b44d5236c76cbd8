import fc from "fast-check";
import { SEGMENT_STATUSES, type SegmentStatus } from "@/core/review/status-machine";
import type { Actor } from "@/server/access/actor";
import type { Db } from "@/server/db/client";
import { importTranslation } from "@/server/documents/import-translation";
import { editSource } from "@/server/segments/edit-source";
import { replaceInTargets } from "@/server/segments/replace-in-targets";
import { restoreRevision } from "@/server/segments/restore-revision";
import { restructureSegments, type RestructureOp } from "@/server/segments/restructure-segments";
import { saveSegment } from "@/server/segments/save-segment";
import { settleTrackedChange } from "@/server/segments/settle-tracked-change";
import { undoReplace } from "@/server/segments/undo-replace";

/**
 * Random steps against the real use cases: who acts, and what they do to which segment. Indices
 * are taken modulo the segments there are when the step runs, so any sequence is meaningful.
 */
export const PEOPLE = ["owner", "translator", "translator2", "reviewer", "viewer"] as const;
export type Person = (typeof PEOPLE)[number];

const ENGLISH = ["The DoD speaks.", "The Pentagon speaks.", "Anthropic refuses. It stands firm.", "", "The contract holds.", "It rains."];
const FRENCH = ["Le DoD parle.", "Le Pentagone parle encore.", "Anthropic refuse."];

const text = fc.constantFrom(...ENGLISH);
const index = fc.nat({ max: 40 });

export type Op =
  | { kind: "save"; at: number; text: string; status: SegmentStatus | undefined; stale: boolean }
  | { kind: "settle"; at: number; decision: "accept" | "revert" }
  | { kind: "restore"; at: number; pick: number }
  | { kind: "replace"; at: number[]; with: string }
  | { kind: "undo"; pick: number }
  | { kind: "restructure"; at: number; op: RestructureOp["kind"]; cut: number }
  | { kind: "source"; at: number; text: string }
  | { kind: "import" };

export interface Step {
  who: Person;
  op: Op;
}

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("save" as const),
      at: index,
      text,
      status: fc.constantFrom(undefined, ...SEGMENT_STATUSES),
      stale: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 }),
    }),
    weight: 12,
  },
  { arbitrary: fc.record({ kind: fc.constant("settle" as const), at: index, decision: fc.constantFrom("accept" as const, "revert" as const) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("restore" as const), at: index, pick: fc.nat({ max: 10 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.array(index, { minLength: 1, maxLength: 3 }), with: text }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("undo" as const), pick: fc.nat({ max: 5 }) }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("restructure" as const),
      at: index,
      op: fc.constantFrom("merge" as const, "split" as const, "moveTargetDown" as const, "moveTargetUp" as const, "unalign" as const),
      cut: fc.nat({ max: 30 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant("source" as const), at: index, text: fc.constantFrom(...FRENCH) }), weight: 1 },
  { arbitrary: fc.constant({ kind: "import" as const }), weight: 1 },
);

export const step: fc.Arbitrary<Step> = fc.record({ who: fc.constantFrom(...PEOPLE), op });

export interface Run {
  db: Db;
  documentId: string;
  actors: Record<Person, Actor>;
  /** Batch ids of the replacements made so far, for undo to pick from. */
  batches: string[];
}

/** Runs one step through the use case a user would reach; refusals are thrown as the app throws them. */
export async function perform(run: Run, { who, op }: Step): Promise<void> {
  const { db, documentId } = run;
  const actor = run.actors[who];
  const segments = await db.segment.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  const at = (i: number) => segments[i % segments.length];
  switch (op.kind) {
    case "save": {
      const s = at(op.at);
      await saveSegment(db, { actor, segmentId: s.id, baseVersion: op.stale ? s.version - 1 || 7 : s.version, targetText: op.text, status: op.status });
      return;
    }
    case "settle": {
      const s = at(op.at);
      await settleTrackedChange(db, { actor, segmentId: s.id, baseVersion: s.version, decision: op.decision });
      return;
    }
    case "restore": {
      const s = at(op.at);
      const revisions = await db.segmentRevision.findMany({ where: { segmentId: s.id }, orderBy: { version: "asc" } });
      if (revisions.length === 0) return;
      await restoreRevision(db, { actor, segmentId: s.id, revisionId: revisions[op.pick % revisions.length].id, baseVersion: s.version });
      return;
    }
    case "replace": {
      const chosen = [...new Map(op.at.map((i) => [at(i).id, at(i)])).values()];
      const { batchId } = await replaceInTargets(db, {
        actor,
        documentId,
        changes: chosen.map((s) => ({ segmentId: s.id, baseVersion: s.version, targetText: op.with })),
      });
      run.batches.push(batchId);
      return;
    }
    case "undo": {
      if (run.batches.length === 0) return;
      await undoReplace(db, { actor, documentId, batchId: run.batches[op.pick % run.batches.length] });
      return;
    }
    case "restructure": {
      const s = at(op.at);
      const restructure: RestructureOp =
        op.op === "split"
          ? { kind: "split", segmentId: s.id, sourceOffset: op.cut % (s.sourceText.length + 1), targetOffset: op.cut % (s.targetText.length + 1) }
          : { kind: op.op, segmentId: s.id };
      await restructureSegments(db, { actor, op: restructure, versions: Object.fromEntries(segments.map((x) => [x.id, x.version])) });
      return;
    }
    case "source": {
      const s = at(op.at);
      await editSource(db, { actor, segmentId: s.id, baseVersion: s.version, sourceText: op.text });
      return;
    }
    case "import":
      await importTranslation(db, { actor, documentId, content: "The DoD speaks. The Pentagon acts.\n\nNothing changes.", format: "txt", replace: true });
      return;
  }
}
