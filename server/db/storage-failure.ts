import { AppError } from "../errors";

/**
 * Failures of the storage itself, as coded errors the member can act on, instead of an
 * "unexpected error". SQLite reports them by result code — on the driver's error, or copied by
 * Prisma onto the error it wraps that in — and the transaction they hit was rolled back whole,
 * so each message can say that nothing was changed.
 */
const FAILURES: { test: RegExp; code: "STORAGE_FULL" | "STORAGE_READ_ONLY" | "STORAGE_BUSY" | "STORAGE_FAILED"; message: string }[] = [
  {
    test: /^SQLITE_FULL/,
    code: "STORAGE_FULL",
    message: "The server could not save: the disk is full. Nothing was changed; try again once space has been freed.",
  },
  {
    test: /^SQLITE_READONLY/,
    code: "STORAGE_READ_ONLY",
    message: "The server could not save: the database is read-only. Nothing was changed; ask the administrator to make it writable.",
  },
  // SQLITE_BUSY after the busy timeout; P1008 is Prisma's name for it; P2028: a transaction could not start in time.
  {
    test: /^(SQLITE_BUSY|SQLITE_LOCKED|P1008|P2028)/,
    code: "STORAGE_BUSY",
    message: "The server could not save: the database is busy. Nothing was changed; try again in a moment.",
  },
  {
    test: /^(SQLITE_IOERR|SQLITE_CANTOPEN|SQLITE_CORRUPT|SQLITE_NOTADB)/,
    code: "STORAGE_FAILED",
    message: "The server could not save: the disk reported an error. Nothing was changed; ask the administrator to check the server's storage.",
  },
];

/**
 * PostgreSQL's SQLSTATEs for the same four failures (the driver adapter keeps them as
 * `originalCode` on the error Prisma wraps): disk full (53100), read-only (25006), waits that
 * gave up (lock 55P03, deadlock 40P01, serialization 40001, statement timeout 57014), the server
 * gone or refusing connections (class 08, 57P01–57P03, 53300 too many connections).
 */
const POSTGRES_FAILURES: { test: RegExp; sqlite: string }[] = [
  { test: /^53100$/, sqlite: "SQLITE_FULL" },
  { test: /^25006$/, sqlite: "SQLITE_READONLY" },
  { test: /^(55P03|40P01|40001|57014|53300)$/, sqlite: "SQLITE_BUSY" },
  { test: /^(08...|57P0[123])$/, sqlite: "SQLITE_IOERR" },
];

/** The SQLSTATE of a PostgreSQL error, wherever Prisma and the adapter put it. */
function postgresCode(error: object): string | null {
  const e = error as {
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
    cause?: { originalCode?: unknown; kind?: unknown };
  };
  const cause = e.meta?.driverAdapterError?.cause ?? e.cause;
  if (typeof cause?.originalCode === "string") return cause.originalCode;
  // The adapter reports a refused or dropped connection as a kind of its own, without a SQLSTATE.
  if (cause?.kind === "DatabaseNotReachable" || cause?.kind === "ConnectionClosed" || cause?.kind === "SocketTimeout") return "08000";
  return null;
}

/** The coded error for a storage failure, or null when `error` is something else. */
export function storageFailure(error: unknown): AppError | null {
  if (error instanceof AppError || typeof error !== "object" || error === null) return null;
  const pg = postgresCode(error);
  const fromPostgres = pg ? POSTGRES_FAILURES.find((f) => f.test.test(pg)) : undefined;
  const code = fromPostgres?.sqlite ?? (error as { code?: unknown }).code;
  if (typeof code !== "string") return null;
  const failure = FAILURES.find((f) => f.test.test(code));
  if (!failure) return null;
  return new AppError(failure.code, failure.message, { reason: failure.code, ...(pg && fromPostgres ? { postgres: pg } : { sqlite: code }) });
}

/** Rethrows `error` as its storage failure when it is one, else as it is. */
export function rethrowAsStorageFailure(error: unknown): never {
  throw storageFailure(error) ?? error;
}
