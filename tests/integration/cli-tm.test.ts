import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliSandbox, expectOneLineError } from "./cli-sandbox";

// The exact CLI contract of issue 13 (other tools rely on it): shapes, orders, exit codes. The
// matching engine's scores are not asserted, only what the contract promises about them.
const { cli, write, remove } = cliSandbox("lisiere-cli-tm-");
afterAll(remove);

const OTHER_TOOL = fs.readFileSync(path.resolve("core/formats/tmx/__fixtures__/other-tool.tmx"));
const DTD = path.resolve("core/formats/tmx/__fixtures__/tmx14.dtd");
const UNITS = [
  ["Le Pentagone évoque un risque pour la chaîne d’approvisionnement.", "The Pentagon cites a supply chain risk."],
  ["Le Pentagone évoque un risque pour la sécurité nationale.", "The Pentagon cites a national security risk."],
  ["Les chaînes de montage sont à l’arrêt.", "The assembly lines have stopped."],
  ["Il pleut sur Paris depuis trois jours.", "It has been raining on Paris for three days."],
];
const MEMORY = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr-FR" datatype="plaintext"/>
<body>
${UNITS.map(([fr, en]) => `<tu><prop type="x-document">Dépêche</prop><tuv xml:lang="fr-FR"><seg>${fr}</seg></tuv><tuv xml:lang="en-US"><seg>${en}</seg></tuv></tu>`).join("\n")}
</body></tmx>`;

const jsonLines = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

let projectId = "";

beforeAll(() => {
  const created = cli(["project", "create", "Mémoire de presse"]);
  expect(created.stderr).toBe("");
  projectId = created.stdout.trim();
  expect(created.stdout).toBe(`${projectId}\n`);
  const imported = cli(["tm", "import", write("memory.tmx", MEMORY), "--project", projectId]);
  expect(imported.stderr).toBe("");
  expect(imported.stdout).toBe('{"read":4,"imported":4,"skipped":0}\n');
});

describe("project", () => {
  it("create prints the id; list prints JSON Lines {id, name}, oldest first", () => {
    const second = cli(["project", "create", "Deuxième"]).stdout.trim();
    const listed = cli(["project", "list"]);
    expect(listed.code).toBe(0);
    expect(listed.stdout.split("\n").filter(Boolean)).toEqual([
      JSON.stringify({ id: projectId, name: "Mémoire de presse" }),
      JSON.stringify({ id: second, name: "Deuxième" }),
    ]);
  });

  it("refuses a missing or empty name with one line", () => {
    expectOneLineError(cli(["project", "create"]), /project create takes exactly one NAME/);
    expectOneLineError(cli(["project", "create", "  "]), /name/);
    expectOneLineError(cli(["project", "delete", "x"]), /unknown project command "delete"/);
  });
});

describe("tm import", () => {
  it("prints exactly {read, imported, skipped} (a file from another tool: two units lack English)", () => {
    const project = cli(["project", "create", "Autre outil"]).stdout.trim();
    const result = cli(["tm", "import", write("other.tmx", OTHER_TOOL), "--project", project]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe('{"read":6,"imported":4,"skipped":2}\n');
    // Again: every unit is already there.
    expect(cli(["tm", "import", write("other.tmx", OTHER_TOOL), "--project", project]).stdout).toBe('{"read":6,"imported":0,"skipped":6}\n');
  });

  it("refuses bad files, unknown projects and missing options with one line and a non-zero exit", () => {
    expectOneLineError(
      cli(["tm", "import", write("bad.tmx", MEMORY.replace("</body>", "</tu></body>")), "--project", projectId]),
      /bad\.tmx: The file is not well-formed XML \(line \d+\)/,
    );
    expectOneLineError(
      cli(["tm", "import", path.resolve("core/formats/tmx/__fixtures__/hostile/xxe.tmx"), "--project", projectId]),
      /xxe\.tmx: The file declares XML entities/,
    );
    expectOneLineError(cli(["tm", "import", "nope.tmx", "--project", projectId]), /no such file: nope\.tmx/);
    expectOneLineError(cli(["tm", "import", write("m.tmx", MEMORY), "--project", "missing"]), /project missing: Project not found/);
    expectOneLineError(cli(["tm", "import", write("m.tmx", MEMORY)]), /tm import needs --project ID/);
    expectOneLineError(cli(["tm", "frobnicate"]), /unknown tm command "frobnicate"/);
  });
});

describe("tm export", () => {
  it("writes TMX 1.4b to stdout, valid against the DTD, that imports into a fresh project as the same units", () => {
    const exported = cli(["tm", "export", "--project", projectId]);
    expect(exported.stderr).toBe("");
    expect(exported.code).toBe(0);
    const lint = spawnSync("xmllint", ["--noout", "--nonet", "--dtdvalid", DTD, "-"], { input: exported.stdout, encoding: "utf8" });
    expect(lint.stderr).toBe("");
    for (const [fr, en] of UNITS) {
      expect(exported.stdout).toContain(`<seg>${fr}</seg>`);
      expect(exported.stdout).toContain(`<seg>${en}</seg>`);
    }
    const fresh = cli(["project", "create", "Fresh"]).stdout.trim();
    expect(cli(["tm", "import", write("back.tmx", exported.stdout), "--project", fresh]).stdout).toBe('{"read":4,"imported":4,"skipped":0}\n');
    const again = cli(["tm", "export", "--project", fresh]).stdout;
    const body = (tmx: string) => tmx.slice(tmx.indexOf("<body>"));
    expect(body(again)).toBe(body(exported.stdout));
  });
});

describe("tm search", () => {
  it("prints JSON Lines {score, source, target, origin}, best first, within --min and --limit", () => {
    const result = cli([
      "tm",
      "search",
      "--project",
      projectId,
      "--min",
      "30",
      "--limit",
      "2",
      "Le Pentagone évoque un risque pour la chaîne d’approvisionnement.",
    ]);
    expect(result.stderr).toBe("");
    const matches = jsonLines(result.stdout);
    expect(matches.length).toBeGreaterThanOrEqual(1);
    expect(matches.length).toBeLessThanOrEqual(2);
    for (const match of matches) {
      expect(Object.keys(match)).toEqual(["score", "source", "target", "origin"]);
      expect(match.score).toBeGreaterThanOrEqual(30);
      expect(match.origin).toBe("Dépêche");
    }
    expect(matches[0]).toMatchObject({ score: 100, source: UNITS[0][0], target: UNITS[0][1] });
    const scores = matches.map((m) => m.score as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("with --queries FILE prints one line per line of the file, in order", () => {
    const file = write("queries.txt", `${UNITS[3][0]}\n\nRien à voir avec quoi que ce soit ici.\n${UNITS[0][0]}\n`);
    const result = cli(["tm", "search", "--project", projectId, "--queries", file]);
    expect(result.stderr).toBe("");
    const lines = jsonLines(result.stdout);
    expect(lines.map((l) => l.query)).toEqual([0, 1, 2, 3]);
    for (const line of lines) expect(Object.keys(line)).toEqual(["query", "matches"]);
    expect((lines[0].matches as { source: string; score: number }[])[0]).toMatchObject({ score: 100, source: UNITS[3][0], origin: "Dépêche" });
    expect(lines[1].matches).toEqual([]);
    expect(lines[2].matches).toEqual([]);
    expect((lines[3].matches as { target: string }[])[0].target).toBe(UNITS[0][1]);
  });

  it("refuses bad options with one line", () => {
    expectOneLineError(cli(["tm", "search", "--project", projectId, "--min", "abc", "x"]), /--min must be a number from 0 to 101/);
    expectOneLineError(cli(["tm", "search", "--project", projectId]), /exactly one TEXT/);
    expectOneLineError(cli(["tm", "search", "--project", "missing", "x"]), /project missing: Project not found/);
  });
});

describe("tm concordance", () => {
  it("prints JSON Lines {source, target, start, end} where start/end frame the phrase in the searched side", () => {
    const fr = cli(["tm", "concordance", "--project", projectId, "Pentagone"]);
    expect(fr.stderr).toBe("");
    const hits = jsonLines(fr.stdout);
    expect(hits.length).toBe(2);
    for (const hit of hits) {
      expect(Object.keys(hit)).toEqual(["source", "target", "start", "end"]);
      expect((hit.source as string).slice(hit.start as number, hit.end as number)).toBe("Pentagone");
    }
    const en = jsonLines(cli(["tm", "concordance", "--project", projectId, "--lang", "en", "raining"]).stdout);
    expect(en).toHaveLength(1);
    expect((en[0].target as string).slice(en[0].start as number, en[0].end as number)).toBe("raining");
    expectOneLineError(cli(["tm", "concordance", "--project", projectId, "--lang", "de", "x"]), /--lang must be fr or en/);
  });
});
