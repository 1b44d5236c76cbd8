/**
 * Errors raised by the pure domain. Each carries a stable code that the edges (server actions,
 * route handlers, CLI) map to an HTTP status or a translated message; `message` is a plain English
 * sentence fit to show a user as is.
 */

export type DomainErrorCode =
  /** The file has no bytes, or only whitespace. */
  | "EMPTY_FILE"
  /** The bytes are not text (NUL bytes, control characters, or a known binary format such as PDF or DOCX). */
  | "BINARY_FILE"
  /** The bytes are text in an encoding we cannot decode. */
  | "UNSUPPORTED_ENCODING"
  /** The input is well formed but not acceptable (bad option, wrong shape). */
  | "INVALID_INPUT"
  /** The input exceeds a size limit. */
  | "TOO_LARGE"
  /** The file is something we recognise but do not import (a translation memory, a PDF, XLIFF 1.2…). */
  | "UNSUPPORTED_FORMAT"
  /** A bilingual file between other languages than French → English. */
  | "UNSUPPORTED_LANGUAGES"
  /** An export asked to refuse when a translation is missing, and some are. */
  | "INCOMPLETE_TRANSLATION";

export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Whether `error` is a DomainError, optionally with the given code. */
export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
