import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliSandbox } from "./cli-sandbox";

// Needs `align: runAlign` registered in cli/main.ts.
const sandbox = cliSandbox("lisiere-cli-align-");
afterAll(sandbox.remove);

const cli = (args: string[]) => sandbox.cli(["align", ...args]);
const write = (name: string, lines: string[]) => sandbox.write(name, `${lines.join("\n")}\n`);

const FRENCH = [
  "Le capitaine Nemo regarda longtemps la mer depuis la plate-forme du Nautilus.",
  "Conseil ne dit rien.",
  "Il attendait les ordres de son maître, immobile comme toujours.",
  "Le 14 mars 1868, le navire descendit à 1 200 mètres sous la surface.",
];
const ENGLISH = [
  "Captain Nemo looked at the sea for a long time from the platform of the Nautilus.",
  "Conseil said nothing, waiting for his master's orders, as motionless as ever.",
  "[Translator's note: the original French edition of 1870 gives every depth in leagues and fathoms throughout the book.]",
  "On March 14, 1868, the ship went down to 1,200 meters below the surface.",
];
const BEAD_LINE = /^\{"source":\[(\d+(,\d+)*)?\],"target":\[(\d+(,\d+)*)?\],"score":(0|1|0\.\d+)\}$/;

function beadsOf(stdout: string): Array<{ source: number[]; target: number[]; score: number }> {
  const lines = stdout.trimEnd().split("\n");
  for (const line of lines) expect(line).toMatch(BEAD_LINE);
  return lines.map((line) => JSON.parse(line));
}

function expectEachIndexOnce(beads: Array<{ source: number[]; target: number[] }>, n: number, m: number): void {
  expect(beads.flatMap((b) => b.source)).toEqual(Array.from({ length: n }, (_, k) => k));
  expect(beads.flatMap((b) => b.target)).toEqual(Array.from({ length: m }, (_, k) => k));
}

describe("cli align", () => {
  it("prints one bead per line for presegmented files, with a 2-1 and a 0-1 bead", () => {
    const { code, stdout, stderr } = cli(["--source", write("fr.txt", FRENCH), "--target", write("en.txt", ENGLISH), "--presegmented"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const beads = beadsOf(stdout);
    expect(beads.map(({ source, target }) => ({ source, target }))).toEqual([
      { source: [0], target: [0] },
      { source: [1, 2], target: [1] },
      { source: [], target: [2] },
      { source: [3], target: [3] },
    ]);
    for (const bead of beads) expect(bead.score).toBeGreaterThan(0.5);
    expectEachIndexOnce(beads, 4, 4);
  });

  it("segments text files into sentences, indexes running across paragraphs", () => {
    const source = write("fr-text.txt", [FRENCH.slice(0, 2).join(" "), "", FRENCH.slice(2).join(" ")]);
    const target = write("en-text.txt", [ENGLISH[0], "", ENGLISH.slice(1).join(" ")]);
    const { code, stdout, stderr } = cli(["--source", source, "--target", target]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expectEachIndexOnce(beadsOf(stdout), 4, 4);
  });

  it("skips blank lines of presegmented files and says so on stderr", () => {
    const source = write("fr-blank.txt", [FRENCH[0], "", FRENCH[3]]);
    const target = write("en-blank.txt", [ENGLISH[0], ENGLISH[3]]);
    const { code, stdout, stderr } = cli(["--source", source, "--target", target, "--presegmented"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^note: .*skipped 1 blank line/);
    expect(beadsOf(stdout).map(({ source: s, target: t }) => [s, t])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });

  it("fails with one line on stderr and nothing on stdout", () => {
    const target = write("en2.txt", ENGLISH);
    const missing = cli(["--source", path.join(sandbox.dir, "nope.txt"), "--target", target]);
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toMatch(/^error: no such file: .*nope\.txt\n$/);
    const usage = cli(["--source", target]);
    expect(usage).toMatchObject({ code: 2, stdout: "" });
    expect(usage.stderr.trim().split("\n")).toHaveLength(1);
    expect(cli(["--source", target, "--target", target, "--bogus"]).code).toBe(2);
  });
});
