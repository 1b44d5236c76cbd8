/**
 * Keyset pagination over several event streams merged newest first. Events are ordered by time,
 * then by key (`<prefix>:<row id>`, one prefix letter per stream) so that events saved in the same
 * millisecond (a whole batch, an import) never fall between two pages. A cursor is the last event
 * shown: `<ISO time>~<key>`; a bare ISO time also works (everything strictly older).
 */

export interface ActivityCursor {
  at: Date;
  key: string | null;
}

export interface Ordered {
  at: string;
  key: string;
}

const KEY = /^[a-z]:[^~]+$/;

export function encodeCursor(event: Ordered): string {
  return `${event.at}~${event.key}`;
}

/** The cursor, or null when the value is not one. */
export function decodeCursor(value: string): ActivityCursor | null {
  const [iso, key, ...rest] = value.split("~");
  if (rest.length > 0 || !/^\d{4}-\d{2}-\d{2}T/.test(iso)) return null;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  if (key !== undefined && !KEY.test(key)) return null;
  return { at, key: key ?? null };
}

/** Sort comparator: newest first, then by key descending (the order the database pages in). */
export function newestFirst(a: Ordered, b: Ordered): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.key < b.key ? 1 : a.key > b.key ? -1 : 0;
}

/**
 * Which rows of the stream with `prefix` that are exactly at the cursor's time still come after it:
 * all of them, none, or those whose id is below `id` (same stream as the cursor's event).
 */
export function rowsAtCursorTime(cursor: ActivityCursor, prefix: string): "all" | "none" | { idBelow: string } {
  if (cursor.key === null) return "none";
  const cursorPrefix = cursor.key.slice(0, cursor.key.indexOf(":"));
  if (prefix < cursorPrefix) return "all";
  if (prefix > cursorPrefix) return "none";
  return { idBelow: cursor.key.slice(cursorPrefix.length + 1) };
}
