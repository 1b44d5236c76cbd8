import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Live events are published by commitThenPublish once its transaction commits (outbox.ts). A use
// case that wrote segments inside a plain `db.$transaction` would change rows no open grid hears
// of, so this test fails when a file calls the segment writer and opens its own transaction.

const ROOT = path.resolve(import.meta.dirname, "../..");
const WRITER_CALL = /\b(writeSegments?|insertSegmentAfter|deleteSegments)\(/;
const PLAIN_TRANSACTION = /\.\$transaction\(/;

function serverFiles(): string[] {
  return fs
    .readdirSync(path.join(ROOT, "server"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".test.ts"))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .filter((file) => !file.includes("generated"));
}

describe("segment writes are published after commit", () => {
  const writers = serverFiles().filter(
    (file) => file !== "server/segments/write-segment.ts" && WRITER_CALL.test(fs.readFileSync(path.join(ROOT, file), "utf8")),
  );

  it("finds the use cases that write segments", () => {
    expect(writers).toEqual(
      expect.arrayContaining(["server/segments/save-segment.ts", "server/segments/restructure-segments.ts", "server/tm/pretranslate-document.ts"]),
    );
  });

  it("none of them opens a transaction other than through commitThenPublish", () => {
    const offenders = writers.filter((file) => PLAIN_TRANSACTION.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("would catch one", () => {
    expect(PLAIN_TRANSACTION.test("return db.$transaction(async (tx) => writeSegment(tx, w, row, write))")).toBe(true);
    expect(WRITER_CALL.test("await writeSegments(tx, writer, items)")).toBe(true);
  });
});
