import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliSandbox, expectOneLineError } from "./cli-sandbox";
import { parseGlossaryCsv } from "@/core/formats/csv/parse-glossary-csv";
import { parseTbx } from "@/core/formats/tbx/parse-tbx";
import type { TermbaseEntry } from "@/core/terms/termbase-entry";
import { PrismaClient } from "@/server/db/generated/client";

// A database file that does not exist yet: the CLI migrates it on first use.
const { dir, dbFile, cli, write, remove } = cliSandbox("lisiere-cli-glossary-");
let db: PrismaClient;

/** An entry with every optional field present and without the id, to compare across formats. */
function normalized(entry: TermbaseEntry) {
  return {
    source: entry.source,
    preferred: entry.preferred,
    admitted: entry.admitted ?? [],
    forbidden: entry.forbidden ?? [],
    definition: entry.definition ?? "",
    note: entry.note ?? "",
    domain: entry.domain ?? "",
    partOfSpeech: entry.partOfSpeech ?? "",
    sourceUrl: entry.sourceUrl ?? "",
  };
}

const CSV = [
  "source,preferred,admitted,forbidden,definition,domain",
  `"risque pour la chaîne d'approvisionnement",supply chain risk,supply-chain risk,,"Désignation du Pentagone, visant un fournisseur.",défense`,
  "désignation de risque,risk designation,,risk label,,",
  "Pentagone,Pentagon,,,,défense",
  "",
].join("\r\n");

/** The CSV's entries, alphabetical by French term as the export lists them. */
const EXPECTED = parseGlossaryCsv(CSV)
  .map(normalized)
  .sort((a, b) => a.source.localeCompare(b.source, "fr", { sensitivity: "base" }));

let projectId = "";
let secondProjectId = "";

beforeAll(async () => {
  // A project the way users get one from the CLI: importing a document creates "Imports".
  const imported = cli(["import", "-", "--title", "Article"], "Le Pentagone évoque un risque pour la chaîne d'approvisionnement.");
  expect(imported.stderr).toBe("");
  const documentId = imported.stdout.trim();
  expect(documentId).toMatch(/^[0-9a-f-]{36}$/);
  db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: dbFile }) });
  projectId = (await db.document.findUniqueOrThrow({ where: { id: documentId } })).projectId;
  secondProjectId = (await db.project.create({ data: { name: "Second" } })).id;
});

afterAll(async () => {
  await db?.$disconnect();
  remove();
});

const countIn = (id: string) => db.termEntry.count({ where: { projectId: id } });

// Each test spawns the CLI several times (about 1.5 s each): leave room when the suite runs in parallel.
describe("cli glossary", { timeout: 60_000 }, () => {
  it("imports a CSV glossary and prints the counts as one JSON line", async () => {
    const result = cli(["glossary", "import", write("glossaire.csv", CSV), "--project", projectId]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.endsWith("\n")).toBe(true);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual({ projectId, format: "csv", read: 3, created: 3, updated: 0 });
    expect(await countIn(projectId)).toBe(3);
  });

  it("exports TBX that parseTbx reads back to the same entries", () => {
    const result = cli(["glossary", "export", projectId, "--format", "tbx"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml /);
    expect(parseTbx(result.stdout).map(normalized)).toEqual(EXPECTED);
    write("exported.tbx", result.stdout);
  });

  it("exports CSV that parseGlossaryCsv reads back to the same entries", () => {
    const result = cli(["glossary", "export", projectId, "--format", "csv"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(parseGlossaryCsv(result.stdout).map(normalized)).toEqual(EXPECTED);
  });

  it("imports the exported TBX into a second project with the same entries, and completes rather than duplicates", () => {
    const tbx = path.join(dir, "exported.tbx");
    const first = cli(["glossary", "import", tbx, "--project", secondProjectId]);
    expect(first.stderr).toBe("");
    expect(JSON.parse(first.stdout)).toEqual({ projectId: secondProjectId, format: "tbx", read: 3, created: 3, updated: 0 });
    const exported = cli(["glossary", "export", secondProjectId, "--format", "csv"]);
    expect(parseGlossaryCsv(exported.stdout).map(normalized)).toEqual(EXPECTED);

    // Again, from stdin (format from the content): same French terms, so nothing new.
    const again = cli(["glossary", "import", "-", "--project", secondProjectId], fs.readFileSync(tbx));
    expect(again.stderr).toBe("");
    expect(JSON.parse(again.stdout)).toMatchObject({ format: "tbx", read: 3, created: 0 });
  });

  it("imports the TBX-Basic example keeping stdout's shape, and says on stderr which concepts it skipped", async () => {
    const example = fs
      .readFileSync(path.resolve("core/formats/tbx/__golden__/ltac/Example_Astronomy_DCA_VALID.tbx"), "utf8")
      .replaceAll('xml:lang="es"', 'xml:lang="fr"');
    const third = (await db.project.create({ data: { name: "Astronomie" } })).id;
    const result = cli(["glossary", "import", write("astronomy.tbx", example), "--project", third]);
    expect(JSON.parse(result.stdout)).toEqual({ projectId: third, format: "tbx", read: 52, created: 52, updated: 0 });
    expect(result.stderr).toBe("warning: 6 concept(s) without a French term were not imported: c17, c18, c19, c20, c22, c40.\n");
  });

  it("refuses hostile XML on one line, without a stack trace, and imports nothing", async () => {
    const before = await countIn(projectId);
    const hostile = write(
      "hostile.tbx",
      `<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body><conceptEntry id="c1">
    <langSec xml:lang="fr"><termSec><term>&b;</term></termSec></langSec>
    <langSec xml:lang="en"><termSec><term>boom</term></termSec></langSec>
  </conceptEntry></body></text>
</tbx>
`,
    );
    expectOneLineError(cli(["glossary", "import", hostile, "--project", projectId]), /hostile\.tbx: .*(DOCTYPE|entit)/i);
    expect(await countIn(projectId)).toBe(before);
  });

  it("refuses malformed XML, an invalid CSV, a missing file and an unknown extension, importing nothing", async () => {
    const before = await countIn(projectId);
    expectOneLineError(cli(["glossary", "import", write("broken.tbx", "<tbx><text><body>"), "--project", projectId]), /broken\.tbx: /);
    const badCsv = write("bad.csv", 'source,preferred\n"ok",fine\n"three",cells,too many\n');
    expectOneLineError(cli(["glossary", "import", badCsv, "--project", projectId]), /bad\.csv: .*Row 3/);
    const noSource = write("nosource.csv", 'term,"multi\nline header"\nx,y\n');
    expectOneLineError(cli(["glossary", "import", noSource, "--project", projectId]), /nosource\.csv: .*"source"/);
    expectOneLineError(cli(["glossary", "import", path.join(dir, "nope.csv"), "--project", projectId]), /no such file/);
    expectOneLineError(cli(["glossary", "import", write("terms.json", "{}"), "--project", projectId]), /neither TBX nor CSV/);
    expect(await countIn(projectId)).toBe(before);
  });

  it("reports an unknown project, a bad format flag and bad usage clearly", () => {
    expectOneLineError(cli(["glossary", "export", "no-such-project", "--format", "tbx"]), /project no-such-project: Project not found\./);
    expectOneLineError(
      cli(["glossary", "import", path.join(dir, "glossaire.csv"), "--project", "no-such-project"]),
      /project no-such-project: Project not found\./,
    );
    const badFormat = cli(["glossary", "export", projectId, "--format", "xlsx"]);
    expectOneLineError(badFormat, /--format must be one of tbx, csv/);
    expect(badFormat.code).toBe(2);
    expect(cli(["glossary", "export", projectId]).code).toBe(2);
    expect(cli(["glossary", "import", path.join(dir, "glossaire.csv")]).stderr).toMatch(/needs --project/);
    expectOneLineError(cli(["glossary", "merge"]), /unknown glossary command "merge"/);
  });
});
