"use client";

import { useMemo } from "react";
import type { Workbench as WorkbenchData } from "@/server/documents/get-workbench";
import type { RowInfo } from "./SegmentRow";

/** Every segment of the loaded part as a grid row: its number in the whole document, heading level, paragraph start. */
export function useGridRows(segments: WorkbenchData["segments"], paragraphs: WorkbenchData["paragraphs"], offset: number): RowInfo[] {
  return useMemo(() => {
    const byId = new Map(paragraphs.map((p) => [p.id, p]));
    return segments.map((segment, index) => {
      const paragraph = byId.get(segment.paragraphId);
      return {
        segment,
        number: offset + index + 1,
        heading: paragraph?.kind === "heading" ? { level: paragraph.level ?? 2 } : null,
        paragraphStart: index === 0 || segments[index - 1].paragraphId !== segment.paragraphId,
      };
    });
  }, [segments, paragraphs, offset]);
}
