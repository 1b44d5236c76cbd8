import { describe, expect, it } from "vitest";
import { storageFailure } from "./storage-failure";

/** An error shaped as Prisma wraps a driver adapter's PostgreSQL error (P2010 for raw SQL, or a model query's). */
const prismaPostgresError = (originalCode: string) =>
  Object.assign(new Error("boom"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", originalCode } } } });

describe("storage failures on PostgreSQL", () => {
  it.each([
    ["53100", "STORAGE_FULL"],
    ["25006", "STORAGE_READ_ONLY"],
    ["40P01", "STORAGE_BUSY"],
    ["57014", "STORAGE_BUSY"],
    ["08006", "STORAGE_FAILED"],
    ["57P01", "STORAGE_FAILED"],
  ])("SQLSTATE %s is %s, saying nothing was changed", (sqlstate, code) => {
    const failure = storageFailure(prismaPostgresError(sqlstate));
    expect(failure?.code).toBe(code);
    expect(failure?.message).toMatch(/Nothing was changed/);
    expect(failure?.details).toMatchObject({ postgres: sqlstate });
  });

  it("leaves other PostgreSQL errors (a unique violation, a syntax error) alone", () => {
    expect(storageFailure(prismaPostgresError("23505"))).toBeNull();
    expect(storageFailure(prismaPostgresError("42601"))).toBeNull();
  });

  it("reports a refused connection, which carries no SQLSTATE, as a storage failure", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED"), {
      code: "P1001",
      meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
    });
    expect(storageFailure(refused)?.code).toBe("STORAGE_FAILED");
  });

  it("still maps SQLite's result codes", () => {
    expect(storageFailure(Object.assign(new Error("x"), { code: "SQLITE_FULL" }))?.code).toBe("STORAGE_FULL");
  });
});
