import Database from "better-sqlite3";
import { E2E_ENGINE, E2E_SQLITE_FILE, runPostgres } from "./e2e-database.mjs";

/** The database serve.mjs gives the app under test, when it is SQLite. */
export const E2E_DB = E2E_SQLITE_FILE;

/** A string as a SQL literal (test code only; psql takes no bound parameters on its command line). */
const literal = (value: unknown) => `'${String(value).replace(/'/g, "''")}'`;

/**
 * Reads the database the way an auditor would: on SQLite a read-only connection, opened and closed
 * per question; on PostgreSQL one psql call, rows as JSON. `?` placeholders take `params` in order.
 */
function query<T>(sql: string, ...params: unknown[]): T[] {
  if (E2E_ENGINE === "postgres") {
    let i = 0;
    const inlined = sql.replace(/\?/g, () => literal(params[i++]));
    const json = runPostgres(`SELECT COALESCE(json_agg(q), '[]') FROM (${inlined}) q`).trim();
    return JSON.parse(json) as T[];
  }
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** A segment's stored English and status. */
export function storedSegment(segmentId: string): { targetText: string; status: string; version: number } {
  const [row] = query<{ targetText: string; status: string; version: number }>(
    'SELECT "targetText", "status", "version" FROM "Segment" WHERE "id" = ?',
    segmentId,
  );
  if (!row) throw new Error(`No segment ${segmentId}`);
  return row;
}

/** Every text the server ever saved for a segment (one revision per acknowledged save). */
export function savedTexts(segmentId: string): string[] {
  return query<{ targetText: string }>('SELECT "targetText" FROM "SegmentRevision" WHERE "segmentId" = ? ORDER BY "version"', segmentId).map(
    (r) => r.targetText,
  );
}

/**
 * Deletes the sign-in attempts a test made on purpose under made-up addresses (`LIKE` pattern), so
 * that its throttling of this machine's address does not outlive the test.
 */
export function forgetSignInAttempts(emailPattern: string): void {
  if (E2E_ENGINE === "postgres") {
    runPostgres(`DELETE FROM "LoginAttempt" WHERE "email" LIKE ${literal(emailPattern)}`);
    return;
  }
  const db = new Database(E2E_DB, { fileMustExist: true, timeout: 5_000 });
  try {
    db.prepare('DELETE FROM "LoginAttempt" WHERE email LIKE ?').run(emailPattern);
  } finally {
    db.close();
  }
}
