"use client";

import { useCallback, useRef, useState } from "react";
import { defaultSourceSplit } from "@/core/segments/restructure";
import { segmentSentences } from "@/core/segmentation/segment-sentences";
import { restructureAction } from "@/actions/segments";
import type { RestructureOp } from "@/server/segments/restructure-segments";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";
import type { StructureCommand } from "@/editor/segment-keymap";
import type { SaveQueue } from "./save-queue";

export interface StructureNotice {
  kind: "done" | "error";
  command: StructureCommand;
  message?: string;
}

interface Options {
  segments: WorkbenchSegment[];
  setSegments: (update: (current: WorkbenchSegment[]) => WorkbenchSegment[]) => void;
  queue: SaveQueue;
}

/** Where the target splits by default: at the cursor, else after its first sentence, else at its end. */
function defaultTargetSplit(target: string): number {
  const sentences = segmentSentences(target, "en");
  return sentences.length > 1 ? sentences[0].end : target.length;
}

/** The operation that undoes `op`, computed from the segment as it was before. */
function inverseOf(op: RestructureOp, before: WorkbenchSegment): RestructureOp {
  switch (op.kind) {
    case "merge":
      return { kind: "split", segmentId: op.segmentId, sourceOffset: before.sourceText.trimEnd().length, targetOffset: before.targetText.trimEnd().length };
    case "split":
    case "unalign":
      return { kind: "merge", segmentId: op.segmentId };
    case "moveTargetDown":
      return { kind: "moveTargetUp", segmentId: op.segmentId };
    case "moveTargetUp":
      return { kind: "moveTargetDown", segmentId: op.segmentId };
  }
}

/**
 * Structural edits from the grid: settles pending saves, sends the operation with the versions the
 * grid holds, splices the returned paragraphs into the grid, and keeps an undo stack of inverses.
 */
export function useRestructure({ segments, setSegments, queue }: Options) {
  const undoStack = useRef<RestructureOp[]>([]);
  const [notice, setNotice] = useState<StructureNotice | null>(null);
  const [epoch, setEpoch] = useState(0);
  const [busy, setBusy] = useState(false);

  const send = useCallback(
    async (op: RestructureOp, command: StructureCommand, inverse: RestructureOp | null) => {
      setBusy(true);
      try {
        if (!(await queue.settle())) {
          setNotice({ kind: "error", command, message: "unsaved" });
          return;
        }
        // The queue's versions, not the render's: saves that settled just now have bumped them.
        const versions = queue.versions();
        const result = await restructureAction({ op, versions });
        if (!result.ok) {
          setNotice({ kind: "error", command, message: result.message });
          return;
        }
        const affected = new Set(result.value.paragraphIds);
        setSegments((current) => {
          const firstIndex = current.findIndex((s) => affected.has(s.paragraphId));
          const kept = current.filter((s) => !affected.has(s.paragraphId));
          return [...kept.slice(0, firstIndex), ...result.value.segments, ...kept.slice(firstIndex)];
        });
        for (const s of result.value.segments) queue.setVersion(s.id, s.version);
        if (inverse) undoStack.current.push(inverse);
        setEpoch((n) => n + 1);
        setNotice({ kind: "done", command });
      } catch (error) {
        setNotice({ kind: "error", command, message: error instanceof Error ? error.message : String(error) });
      } finally {
        setBusy(false);
      }
    },
    [queue, setSegments],
  );

  /** Runs a command on a segment; offsets come from the editor's cursor or a caret in the source. */
  const run = useCallback(
    (command: StructureCommand, segmentId: string, cursor: { target?: number; source?: number } = {}) => {
      if (busy) return;
      if (command === "undo") {
        const op = undoStack.current.pop();
        if (op) void send(op, "undo", null);
        return;
      }
      const segment = segments.find((s) => s.id === segmentId);
      if (!segment) return;
      const op: RestructureOp =
        command === "split"
          ? {
              kind: "split",
              segmentId: segment.id,
              sourceOffset: cursor.source ?? defaultSourceSplit(segment.sourceText),
              targetOffset: cursor.target ?? defaultTargetSplit(segment.targetText),
            }
          : { kind: command, segmentId: segment.id };
      void send(op, command, inverseOf(op, segment));
    },
    [busy, segments, send],
  );

  return { run, notice, epoch, busy };
}
