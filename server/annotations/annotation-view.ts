/** An annotation as the workbench shows it: where it is, what it says, who wrote it. */
export interface AnnotationView {
  id: string;
  kind: "gloss" | "note";
  /** null when orphaned and its segment is gone. */
  segmentId: string | null;
  start: number;
  end: number;
  /** The quoted source text as it was when the annotation was made (shown for orphans). */
  exact: string;
  body: string;
  status: "anchored" | "orphaned";
  termEntryId: string | null;
  author: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
}

export const ANNOTATION_SELECT = {
  id: true,
  kind: true,
  segmentId: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  body: true,
  status: true,
  termEntryId: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
} as const;

interface AnnotationRow {
  id: string;
  kind: string;
  segmentId: string | null;
  start: number;
  end: number;
  exact: string;
  body: string;
  status: string;
  termEntryId: string | null;
  createdAt: Date;
  updatedAt: Date;
  author: { id: string; name: string } | null;
}

export function toAnnotationView(row: AnnotationRow): AnnotationView {
  return {
    id: row.id,
    kind: row.kind === "gloss" ? "gloss" : "note",
    segmentId: row.segmentId,
    start: row.start,
    end: row.end,
    exact: row.exact,
    body: row.body,
    status: row.status === "orphaned" ? "orphaned" : "anchored",
    termEntryId: row.termEntryId,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Notes are plain text; this bounds their size (they are shown as text, never as HTML). */
export const MAX_NOTE_LENGTH = 5000;
