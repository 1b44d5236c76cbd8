import { actionForStatus, isSegmentStatus, transition, type Mover, type SegmentStatus } from "@/core/review/status-machine";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";

export type SegmentPatch = Pick<WorkbenchSegment, "targetText" | "status" | "trackedBaseText" | "translatedById" | "previousSourceText">;

/**
 * What the grid shows the moment a save is asked for, before the server answers: the status
 * machine's own answer (so an edited approval turns to Draft on screen at the first keystroke, as
 * it will on the server). Null when the machine refuses — e.g. confirming an empty translation —
 * so nothing is queued that the server would refuse. The server's answer then replaces it.
 */
export function optimisticSave(segment: WorkbenchSegment, targetText: string, status: SegmentStatus | undefined, mover: Mover): SegmentPatch | null {
  if (!isSegmentStatus(segment.status)) return null;
  const action = actionForStatus(status, targetText !== segment.targetText);
  const result = transition({ ...segment, status: segment.status }, { action, targetText }, mover);
  if (!result.ok) return null;
  const { status: next, trackedBaseText, translatedById, previousSourceText } = result.state;
  return { targetText, status: next, trackedBaseText, translatedById, previousSourceText };
}
