/**
 * Coded errors of the use cases. Each code is documented here and turned into an HTTP status, a
 * form message or a toast only at the edge (app/, cli/).
 */
export const APP_ERROR_CODES = {
  /** The thing does not exist, or the caller may not know that it does. */
  NOT_FOUND: 404,
  /** Input failed validation (bad id, bad option, bad file). */
  INVALID_INPUT: 400,
  /** An import file is empty, binary, in an unsupported encoding, format or language pair. */
  UNREADABLE_FILE: 422,
  /** An upload is over the size limit. */
  TOO_LARGE: 413,
  /** Someone else saved the same segment since the caller loaded it. */
  CONFLICT: 409,
  /** An export was asked to refuse when segments are untranslated, and some are (details: missing, total). */
  INCOMPLETE_TRANSLATION: 409,
  /**
   * Approving a translation with QA errors nobody ignored (server/qa/require-no-qa-errors.ts);
   * details.issues lists them (details.segments per segment when several were approved at once).
   */
  QA_ERRORS: 409,
  /** The caller is signed in but their role does not allow the action. */
  FORBIDDEN: 403,
  /** Not signed in, or wrong credentials. */
  UNAUTHENTICATED: 401,
  /** Too many attempts (sign-in throttling); details.retryAfterSeconds says when to try again. */
  RATE_LIMITED: 429,
  /** The disk holding the database is full; nothing was written (server/db/storage-failure.ts). */
  STORAGE_FULL: 507,
  /** The database file or its folder is read-only; nothing was written. */
  STORAGE_READ_ONLY: 503,
  /** The database stayed locked by another writer past the busy timeout; nothing was written. */
  STORAGE_BUSY: 503,
  /** The disk reported an I/O error; nothing was written. */
  STORAGE_FAILED: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return APP_ERROR_CODES[this.code];
  }

  /** A plain object safe to send to a client component. */
  toJSON() {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
