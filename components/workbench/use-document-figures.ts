"use client";

import { useMemo, useState } from "react";
import { translationGaps } from "@/core/formats/english-text";
import { addProgress, progressOf, type Progress } from "@/core/model/progress";
import type { Workbench, WorkbenchSegment } from "@/server/documents/get-workbench";

const gapsOf = (segments: readonly WorkbenchSegment[]) => translationGaps(segments.map((s) => ({ source: s.sourceText, target: s.targetText })));

/**
 * Progress and missing translations of the whole document while one part of it is open: the
 * server's figures at load, moved by what changed in this part since (the same rules — progressOf,
 * translationGaps — applied to the part as loaded and as it is now).
 */
export function useDocumentFigures(
  data: Pick<Workbench, "progress" | "gaps" | "segments">,
  segments: readonly WorkbenchSegment[],
): { progress: Progress; gaps: { missing: number; total: number } } {
  const [initial] = useState(() => ({ progress: progressOf(data.segments), gaps: gapsOf(data.segments) }));
  return useMemo(() => {
    const now = progressOf(segments);
    const gaps = gapsOf(segments);
    return {
      progress: addProgress(data.progress, now, initial.progress),
      gaps: { missing: data.gaps.missing + gaps.missing - initial.gaps.missing, total: data.gaps.total + gaps.total - initial.gaps.total },
    };
  }, [segments, data.progress, data.gaps, initial]);
}
