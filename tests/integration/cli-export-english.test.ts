import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/server/db/generated/client";
import { DEMO_TITLE } from "@/prisma/seed/demo-project";
import { SERVER_CONDITIONS } from "../../scripts/server-conditions.mjs";
import { cliSandbox } from "./cli-sandbox";
import { zipEntry } from "@/core/testing/zip-entry";

/**
 * The English exports of the freshly seeded demo (18 segments, nothing translated) through the CLI:
 * nothing may be dropped silently, and `--missing fail` refuses with one line.
 */
const sandbox = cliSandbox("lisiere-cli-export-");
const { cli, cliBytes, env, dbFile } = sandbox;
let documentId: string;
let french: string[];

beforeAll(() => {
  // The demo exactly as `npm start` loads it: a migrated database, then the seed.
  // (The CLI runs on its own SQLite file; on a PostgreSQL run the template is no file, so migrate.)
  if (inject("postgresAdmin")) spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env, encoding: "utf8" });
  else fs.copyFileSync(inject("templateDb"), dbFile);
  const seeded = spawnSync(path.resolve("node_modules/.bin/tsx"), [...SERVER_CONDITIONS, "prisma/seed/main.ts"], { env, encoding: "utf8" });
  expect(seeded.status, seeded.stderr).toBe(0);
  documentId = /document (\S+)/u.exec(seeded.stdout)![1];
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: dbFile }) });
  return (async () => {
    french = (await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } })).map((s) => s.sourceText);
    await db.$disconnect();
  })();
});
afterAll(sandbox.remove);

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe("cli export of an untranslated document", () => {
  it("prints every one of the demo's 18 segments as a marker by default, under the title and date", () => {
    expect(french).toHaveLength(18);
    const md = cli(["export", documentId, "--format", "md"]);
    expect(md.stderr).toBe("");
    expect(md.code).toBe(0);
    expect(md.stdout.startsWith(`# ${DEMO_TITLE}\n\nDate 2026-02-28\n\n`)).toBe(true);
    expect(count(md.stdout, "[untranslated]")).toBe(18);
  });

  it("prints the French source of every segment with --missing source, in md and txt", () => {
    for (const format of ["md", "txt"]) {
      const out = cli(["export", documentId, "--format", format, "--missing", "source"]);
      expect(out.code).toBe(0);
      expect(out.stdout).toContain(DEMO_TITLE);
      expect(out.stdout).not.toContain("[untranslated]");
      // Markdown escapes some punctuation; compare the words.
      const plain = out.stdout.replace(/\\/gu, "");
      for (const sentence of french) expect(plain).toContain(sentence);
    }
  });

  it("refuses with --missing fail: exit 1, one line naming how many segments are untranslated", () => {
    for (const format of ["md", "txt", "docx-en"]) {
      const out = cli(["export", documentId, "--format", format, "--missing", "fail"]);
      expect(out.code).toBe(1);
      expect(out.stdout).toBe("");
      expect(out.stderr).toBe("error: 18 of 18 segments are not translated yet.\n");
    }
  });

  it("writes the title, the date and the markers into the English Word file", () => {
    const out = cliBytes(["export", documentId, "--format", "docx-en"]);
    expect(out.code).toBe(0);
    const xml = zipEntry(out.stdout, "word/document.xml").toString("utf8");
    expect(xml).toContain('w:val="Title"');
    expect(xml).toContain(DEMO_TITLE);
    expect(xml).toContain("2026-02-28");
    expect(count(xml, "[untranslated]")).toBe(18);
    expect(zipEntry(out.stdout, "docProps/core.xml").toString("utf8")).toContain(`<dc:title>${DEMO_TITLE}</dc:title>`);
  });

  it("rejects unknown --missing and --drafts values as usage errors", () => {
    expect(cli(["export", documentId, "--missing", "skip"])).toMatchObject({ code: 2, stdout: "" });
    expect(cli(["export", documentId, "--drafts", "drop"])).toMatchObject({ code: 2, stdout: "" });
  });
});

describe("cli export of a partly translated document", () => {
  beforeAll(async () => {
    const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: dbFile }) });
    const segments = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
    await db.segment.update({ where: { id: segments[0].id }, data: { targetText: "Donald Trump ordered every agency to stop.", status: "translated" } });
    await db.segment.update({ where: { id: segments[1].id }, data: { targetText: "Defence Secretary Pete Hegseth followed.", status: "draft" } });
    await db.segment.update({ where: { id: segments[2].id }, data: { targetText: "An unwelcome decision.", status: "rejected" } });
    await db.$disconnect();
  });

  it("counts only the missing ones when refusing", () => {
    expect(cli(["export", documentId, "--missing", "fail"]).stderr).toBe("error: 15 of 18 segments are not translated yet.\n");
  });

  it("keeps drafts as they are by default and flags them with --drafts mark", () => {
    const kept = cli(["export", documentId, "--format", "txt"]).stdout;
    expect(kept).toContain("Donald Trump ordered every agency to stop. Defence Secretary Pete Hegseth followed.");
    expect(kept).not.toContain("[draft]");
    expect(count(kept, "[untranslated]")).toBe(15);
    const marked = cli(["export", documentId, "--format", "txt", "--drafts", "mark"]).stdout;
    expect(marked).toContain("Donald Trump ordered every agency to stop. [draft] Defence Secretary Pete Hegseth followed.");
    expect(marked).toContain("[draft] An unwelcome decision.");
    expect(count(marked, "[draft]")).toBe(2);
  });
});
