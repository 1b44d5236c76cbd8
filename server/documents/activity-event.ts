import type { ActivityCursor } from "@/core/activity/activity-cursor";
import type { Db } from "../db/client";

// What the activity streams share: the event shape, the page query, and the row helpers.

export const ACTIVITY_KINDS = ["edit", "status", "source", "replace", "comment", "resolve", "annotation"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface ActivityEvent {
  /** `<stream letter>:<row id>`, unique across streams. */
  id: string;
  at: string;
  kind: ActivityKind;
  authorName: string | null;
  segmentId: string | null;
  /** 1-based, as numbered in the grid; null for a comment or annotation whose segment is gone. */
  segmentPosition: number | null;
  sourceExcerpt: string | null;
  detail: { fromStatus?: string; toStatus?: string; before?: string; after?: string; body?: string; quote?: string; restored?: boolean; action?: string };
}

export type Query = { db: Db; documentId: string; authorId?: string; cursor: ActivityCursor | null; take: number };
export type SegmentInfo = { id: string; position: number; sourceText: string } | null;
const EXCERPT = 80;

export function segmentFields(segment: SegmentInfo) {
  if (!segment) return { segmentId: null, segmentPosition: null, sourceExcerpt: null };
  const text = segment.sourceText;
  return { segmentId: segment.id, segmentPosition: segment.position + 1, sourceExcerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text };
}

export const segmentSelect = { select: { id: true, position: true, sourceText: true } } as const;
export const authorSelect = { select: { name: true } } as const;
