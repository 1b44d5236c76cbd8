import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliSandbox, expectOneLineError } from "./cli-sandbox";

// `backup FILE` / `restore FILE` (issue 16): an online, consistent SQLite copy; a restore that
// checks the file, keeps the current database aside and loses nothing when it refuses.
const sandbox = cliSandbox("lisiere-cli-backup-");
const { cli, cliAsync, dir, dbFile, write, remove } = sandbox;
afterAll(remove);

const projectNames = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM "Project" ORDER BY name').all() as { name: string }[]).map((row) => row.name);
  } finally {
    db.close();
  }
};
const filesIn = () => fs.readdirSync(dir).sort();

beforeAll(() => {
  expect(cli(["project", "create", "Dépêches"]).code).toBe(0);
});

describe("backup", () => {
  it("copies the database while another connection keeps writing: no writer waits or fails, and the copy is one consistent moment", async () => {
    // Another server's connection, writing pairs of rows in one transaction each, as fast as it can.
    const writer = new Database(dbFile);
    writer.pragma("busy_timeout = 5000");
    const insert = writer.prepare('INSERT INTO "ApiRateLimit" ("key", "windowIndex", "count") VALUES (?, 0, 1)');
    const pair = writer.transaction((n: number) => {
      insert.run(`pair-${n}-a`);
      insert.run(`pair-${n}-b`);
    });
    let written = 0;
    let writing = true;
    const failures: unknown[] = [];
    const loop = (async () => {
      while (writing) {
        try {
          pair(written++);
        } catch (error) {
          failures.push(error);
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    const before = written;
    const target = path.join(dir, "online.db");
    const result = await cliAsync(["backup", target]);
    writing = false;
    await loop;
    writer.close();

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({ database: dbFile, file: target, bytes: fs.statSync(target).size });
    expect(printed.migrations).toBeGreaterThan(10);
    expect(failures).toEqual([]);
    expect(written).toBeGreaterThan(before);

    const copy = new Database(target, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const keys = (copy.prepare(`SELECT "key" FROM "ApiRateLimit" WHERE "key" LIKE 'pair-%'`).all() as { key: string }[]).map((r) => r.key);
    copy.close();
    // Every transaction wholly in the copy or wholly out of it.
    expect(keys.length % 2).toBe(0);
    for (const key of keys.filter((k) => k.endsWith("-a"))) expect(keys).toContain(key.replace(/-a$/, "-b"));
    expect(projectNames(target)).toEqual(["Dépêches"]);
    // A file of its own: no -wal it would need beside it.
    expect(fs.existsSync(`${target}-wal`)).toBe(false);
  });

  it("never overwrites an existing file, and needs exactly one FILE", () => {
    const existing = write("older-backup.db", "an older backup");
    expectOneLineError(cli(["backup", existing]), /already exists/);
    expect(fs.readFileSync(existing, "utf8")).toBe("an older backup");
    expectOneLineError(cli(["backup"]), /backup takes exactly one FILE/);
  });
});

describe("restore", () => {
  it("puts a backup back, keeping the database it replaces aside, and says the app servers must be started again", () => {
    const backup = path.join(dir, "round-trip.db");
    expect(cli(["backup", backup]).code).toBe(0);
    expect(cli(["project", "create", "Après la sauvegarde"]).code).toBe(0);
    expect(projectNames(dbFile)).toEqual(["Après la sauvegarde", "Dépêches"]);

    const result = cli(["restore", backup]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({ database: dbFile, restoredFrom: backup, pendingMigrations: 0 });
    expect(printed.previousKeptAs).toMatch(/cli\.db\.before-restore-\d{8}-\d{6}$/);
    expect(result.stderr).toMatch(/^note: start the app servers again now; they must have been stopped before the restore/);

    expect(projectNames(dbFile)).toEqual(["Dépêches"]);
    // What was there is kept, whole, under the printed name.
    expect(projectNames(printed.previousKeptAs)).toEqual(["Après la sauvegarde", "Dépêches"]);
    // The app works on the restored database.
    expect(cli(["project", "list"]).stdout).toContain('"name":"Dépêches"');
  });

  it("refuses a damaged file, a file that is not SQLite and a SQLite file that is not Lisière's, changing nothing", () => {
    const good = path.join(dir, "to-damage.db");
    expect(cli(["backup", good]).code).toBe(0);
    const damaged = fs.readFileSync(good);
    // Keep the header, scribble over the pages after it.
    damaged.fill(0x5a, 4096 + 200, 4096 * 3);
    const damagedFile = write("damaged.db", damaged);
    const notSqlite = write("notes.db", "Ceci n'est pas une base.\n");
    const other = path.join(dir, "other-app.db");
    new Database(other).exec("CREATE TABLE things (id INTEGER PRIMARY KEY)").close();

    const before = filesIn();
    const names = projectNames(dbFile);
    expectOneLineError(cli(["restore", damagedFile]), /damaged\.db is (damaged|not a readable SQLite database)/);
    expectOneLineError(cli(["restore", notSqlite]), /notes\.db is not a SQLite database/);
    expectOneLineError(cli(["restore", other]), /other-app\.db is a SQLite database but not a Lisière one/);
    expectOneLineError(cli(["restore", path.join(dir, "missing.db")]), /no such file/);
    expect(filesIn()).toEqual(before);
    expect(projectNames(dbFile)).toEqual(names);
  });

  it("refuses a backup made by a newer Lisière (a migration this code does not know)", () => {
    const newer = path.join(dir, "newer.db");
    expect(cli(["backup", newer]).code).toBe(0);
    const db = new Database(newer);
    db.prepare(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ('x', 'x', CURRENT_TIMESTAMP, '29990101000000_from_the_future', CURRENT_TIMESTAMP, 1)`,
    ).run();
    db.close();
    const before = filesIn();
    expectOneLineError(cli(["restore", newer]), /made by a newer Lisière \(migration 29990101000000_from_the_future is unknown to this code\)/);
    expect(filesIn()).toEqual(before);
  });
});

describe("on PostgreSQL", () => {
  it("both commands point to pg_dump / pg_restore and the README, and touch nothing", () => {
    const postgres = { DATABASE_URL: "postgres://lisiere:secret@localhost:5432/lisiere" };
    const target = path.join(dir, "pg.db");
    const backup = cli(["backup", target], undefined, postgres);
    expectOneLineError(backup, /DATABASE_URL is PostgreSQL: use pg_dump -Fc \(see README, “Deploying for a team” › Backups\)/);
    expect(backup.code).toBe(1);
    expect(fs.existsSync(target)).toBe(false);
    const restore = cli(["restore", path.join(dir, "round-trip.db")], undefined, postgres);
    expectOneLineError(restore, /use pg_restore/);
    expect(restore.code).toBe(1);
  });
});
