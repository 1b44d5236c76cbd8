import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { cliSandbox } from "./cli-sandbox";
import { PrismaClient } from "@/server/db/generated/client";
import { DEMO_FILE } from "@/prisma/seed/demo-project";

// A database file that does not exist yet: the CLI must migrate it itself.
const { dir, env, cli, remove } = cliSandbox("lisiere-cli-");
afterAll(remove);

describe("cli segment", () => {
  it("prints one JSON line per sentence with paragraph and index", () => {
    const { code, stdout, stderr } = cli(["segment", "--lang", "fr"], "M. Dupont est arrivé. Il pleut.\n\nDeuxième paragraphe ici.\n");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(
      stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { paragraph: 0, index: 0, text: "M. Dupont est arrivé." },
      { paragraph: 0, index: 1, text: "Il pleut." },
      { paragraph: 1, index: 0, text: "Deuxième paragraphe ici." },
    ]);
  });

  it("reads a file argument", () => {
    const file = path.join(dir, "in.txt");
    fs.writeFileSync(file, "Une phrase. Une autre.");
    expect(cli(["segment", file]).stdout.trim().split("\n")).toHaveLength(2);
  });

  it("fails with one line on stderr for a bad language or a missing file", () => {
    const bad = cli(["segment", "--lang", "de"], "x");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stdout).toBe("");
    const missing = cli(["segment", path.join(dir, "nope.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("cli import and export", () => {
  it("imports a file into a new database, then exports it in each format", () => {
    const imported = cli(["import", DEMO_FILE, "--title", "Démo CLI"]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const id = imported.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const html = cli(["export", id, "--format", "html"]);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain("<html");
    expect(html.stdout).toContain("Donald Trump a ordonné");
    expect(html.stdout).toContain("Démo CLI");

    const md = cli(["export", id, "--format", "md"]);
    expect(md.code).toBe(0);
  });

  it("refuses a binary file without a stack trace and creates nothing", () => {
    const file = path.join(dir, "image.png");
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const result = cli(["import", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^error: .+/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports an unknown document and a bad format", () => {
    expect(cli(["export", "no-such-id", "--format", "md"])).toMatchObject({ code: 1, stdout: "" });
    expect(cli(["export", "x", "--format", "pdf"]).code).toBe(2);
  });
});

describe("cli and accounts", () => {
  it("before any account acts as the system; afterwards as --user or the first account, with their permissions", () => {
    const id = cli(["import", "-", "--title", "Avant les comptes"], "Une phrase.").stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: env.DATABASE_URL.slice(5) }) });
    return (async () => {
      await db.user.create({ data: { id: "u1", email: "first@example.test", name: "First" } });
      await db.user.create({ data: { id: "u2", email: "second@example.test", name: "Second" } });
      const denied = cli(["export", id, "--format", "txt"]);
      expect(denied).toMatchObject({ code: 1, stdout: "" });
      expect(denied.stderr).toMatch(/^error: Document not found\.\n$/);
      const document = await db.document.findUniqueOrThrow({ where: { id } });
      await db.membership.create({ data: { projectId: document.projectId, userId: "u2", role: "viewer" } });
      expect(cli(["export", id, "--format", "txt", "--user", "second@example.test"]).code).toBe(0);
      expect(cli(["import", "-", "--project", document.projectId, "--user", "second@example.test"], "Texte.").stderr).toMatch(/does not allow/);
      expect(cli(["export", id, "--user", "nobody@example.test"]).stderr).toMatch(/no account with email/);
      await db.$disconnect();
    })();
  });
});
