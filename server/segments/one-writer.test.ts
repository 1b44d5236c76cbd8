import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Issue 10: every change of a segment row goes through server/segments/write-segment.ts, which
// applies the version guard, the status machine and the revision. This test fails when any other
// source file writes segment rows, so a new feature cannot quietly grow a second writer.

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["app", "server", "cli", "components", "core", "editor", "prisma/seed", "bench", "scripts"];
const WRITER = "server/segments/write-segment.ts";
/** Imports that create the rows of a brand-new document (or new pairs) in bulk: creation, not change. */
const CREATES_NEW_ROWS = ["server/documents/import-document.ts", "server/documents/import-xliff.ts", "server/documents/import-translation.ts"];
/** The benchmark's baseline writes the same rows with bare SQL, to measure what the writer adds. */
const BASELINE = "bench/writer.ts";
/** The book-length benchmarks (exports, big) write their 200,000-segment document straight to the database. */
const BENCH_FIXTURE = "bench/big-document.ts";

const PRISMA_WRITE = /\.segment\.(update|updateMany|upsert|delete|deleteMany|create|createMany|createManyAndReturn|updateManyAndReturn)\s*\(/;
const NESTED_WRITE = /\bsegments\s*:\s*\{\s*(update|updateMany|upsert|delete|deleteMany|create|createMany|set|connect)\b/;
const RAW_WRITE = /(UPDATE|DELETE\s+FROM|INSERT\s+INTO)\s+"?Segment"?[\s(]/i;
const BULK_INSERT = /insertRows\([^)]*["']Segment["']/;

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mjs|js)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .filter((file) => !file.includes("generated") && !file.includes("node_modules"));
}

describe("one writer of segment rows", () => {
  const files = SCANNED.flatMap(sourceFiles);

  it("scans the code base", () => {
    expect(files).toContain(WRITER);
    expect(files.length).toBeGreaterThan(100);
  });

  it("no file but the writer updates, deletes or creates segment rows", () => {
    const offenders = files.filter((file) => {
      if (file === WRITER || file === BASELINE) return false;
      const text = fs.readFileSync(path.join(ROOT, file), "utf8");
      if (PRISMA_WRITE.test(text) || NESTED_WRITE.test(text) || RAW_WRITE.test(text)) return true;
      return BULK_INSERT.test(text) && !CREATES_NEW_ROWS.includes(file) && file !== BENCH_FIXTURE;
    });
    expect(offenders).toEqual([]);
  });

  it("every bulk creation of segment rows stores their comparison-key hashes (the consistency check finds rows by them)", () => {
    for (const file of [...CREATES_NEW_ROWS, BENCH_FIXTURE]) {
      const text = fs.readFileSync(path.join(ROOT, file), "utf8");
      const inserts = [...text.matchAll(/insertRows\(\s*\w+,\s*["']Segment["'],\s*(\[[^\]]*\])/g)].map((m) => m[1]);
      expect(inserts.length, file).toBeGreaterThan(0);
      for (const columns of inserts) expect(columns, file).toMatch(/"sourceKeyHash",\s*"targetKeyHash"/);
    }
  });

  it("would catch a second writer", () => {
    expect(PRISMA_WRITE.test("await tx.segment.update({ where: { id } })")).toBe(true);
    expect(RAW_WRITE.test('UPDATE "Segment" SET status = 1')).toBe(true);
    expect(NESTED_WRITE.test("data: { segments: { updateMany: {} } }")).toBe(true);
  });
});
