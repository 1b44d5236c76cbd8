import path from "node:path";
import Database from "better-sqlite3";

/** The database serve.mjs gives the app under test. */
export const E2E_DB = path.resolve(import.meta.dirname, "../../data/e2e.db");

/** Reads the database the way an auditor would: a read-only connection, opened and closed per question. */
function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** A segment's stored English and status. */
export function storedSegment(segmentId: string): { targetText: string; status: string; version: number } {
  const [row] = query<{ targetText: string; status: string; version: number }>('SELECT targetText, status, version FROM "Segment" WHERE id = ?', segmentId);
  if (!row) throw new Error(`No segment ${segmentId}`);
  return row;
}

/** Every text the server ever saved for a segment (one revision per acknowledged save). */
export function savedTexts(segmentId: string): string[] {
  return query<{ targetText: string }>('SELECT targetText FROM "SegmentRevision" WHERE segmentId = ? ORDER BY version', segmentId).map((r) => r.targetText);
}

/**
 * Deletes the sign-in attempts a test made on purpose under made-up addresses (`LIKE` pattern), so
 * that its throttling of this machine's address does not outlive the test.
 */
export function forgetSignInAttempts(emailPattern: string): void {
  const db = new Database(E2E_DB, { fileMustExist: true, timeout: 5_000 });
  try {
    db.prepare('DELETE FROM "LoginAttempt" WHERE email LIKE ?').run(emailPattern);
  } finally {
    db.close();
  }
}
