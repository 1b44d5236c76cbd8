import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readGlossary } from "@/core/formats/read-glossary";
import { writeTbx } from "@/core/formats/tbx/write-tbx";
import { writeXliff } from "@/core/formats/xliff/write-xliff";
import { cliSandbox, expectOneLineError } from "./cli-sandbox";

// The exact CLI contract of issue 14 (other tools rely on it): shapes, key order, UTF-16 offsets,
// exit codes. Which checks fire is the checks' own tests' business; here only what the contract says.
const { cli, write, remove } = cliSandbox("lisiere-cli-qa-");
afterAll(remove);

const GOLDEN = path.resolve("core/qa/__golden__");
const GLOSSARY_CSV = path.join(GOLDEN, "demo-glossary.csv");
const KEYS = ["pair", "code", "severity", "start", "end", "message"];

const jsonLines = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const jsonl = (pairs: { source: string; target: string }[]) => pairs.map((p) => `${JSON.stringify(p)}\n`).join("");

const MONEY = { source: "Le contrat vaut 200 millions de dollars.", target: "The contract is worth $300 million." };
const MILLIONS = { source: MONEY.source, target: "The contract is worth $200 millions." };
const EMOJI = { source: "🙂 Le contrat vaut 200 millions de dollars.", target: "🙂 The contract is worth $300 million." };
const FORBIDDEN = {
  source: "La désignation de risque pour la chaîne d’approvisionnement inquiète.",
  target: "The procurement risk designation is worrying.",
};

describe("qa --pairs", () => {
  it("prints one JSON line per issue, keys in the contract's order, English messages, pairs numbered from 0", () => {
    const result = cli(["qa", "--no-language", "--pairs", write("money.jsonl", jsonl([{ source: "Bonjour.", target: "Hello." }, MONEY, MILLIONS]))]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual("suggestion" in line ? [...KEYS, "suggestion"] : KEYS);
      expect(["error", "warning", "info"]).toContain(line.severity);
      // Rendered text, not a message key or a template.
      expect(line.message).toMatch(/ /u);
      expect(line.message).not.toMatch(/\{\{|^[a-z-]+\.[a-z-]+$/u);
    }
    expect(new Set(lines.map((l) => l.pair))).toEqual(new Set([1, 2]));
    expect(lines.some((l) => l.pair === 1 && l.code === "number" && l.severity === "error")).toBe(true);
    // A certain fix comes as the last key, replacing target.slice(start, end).
    const magnitude = lines.find((l) => l.pair === 2 && l.code === "magnitude");
    expect(Object.keys(magnitude!)).toEqual([...KEYS, "suggestion"]);
    const { start, end, suggestion } = magnitude as { start: number; end: number; suggestion: string };
    expect(`${MILLIONS.target.slice(0, start)}${suggestion}${MILLIONS.target.slice(end)}`).toBe("The contract is worth $200 million.");
  });

  it("gives start and end in UTF-16 code units of the target (an emoji before the error counts for two)", () => {
    const [line] = jsonLines(cli(["qa", "--no-language", "--pairs", write("emoji.jsonl", jsonl([EMOJI]))]).stdout).filter((l) => l.code === "number");
    const [plain] = jsonLines(cli(["qa", "--no-language", "--pairs", write("plain.jsonl", jsonl([MONEY]))]).stdout).filter((l) => l.code === "number");
    expect(EMOJI.target.slice(line.start as number, line.end as number)).toContain("300");
    // "🙂 " is three code units: the same finding, three units further.
    expect([line.start, line.end]).toEqual([(plain.start as number) + 3, (plain.end as number) + 3]);
  });

  it("checks English spelling unless told --no-language", () => {
    const pairs = jsonl([{ source: "Il pleut.", target: "It is rainning." }]);
    const [line] = jsonLines(cli(["qa", "--pairs", "-"], pairs).stdout);
    expect(line).toMatchObject({ pair: 0, code: "spelling", start: 6, end: 14 });
    expect(cli(["qa", "--no-language", "--pairs", "-"], pairs).stdout).toBe("");
  });

  it("reads the pairs from stdin with -, and prints nothing for an empty input", () => {
    const result = cli(["qa", "--no-language", "--pairs", "-"], jsonl([MONEY]));
    expect(result.stderr).toBe("");
    expect(jsonLines(result.stdout).some((l) => l.code === "number")).toBe(true);
    expect(cli(["qa", "--no-language", "--pairs", "-"], "")).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("checks the glossary's forbidden terms with a CSV or a TBX glossary", () => {
    const { entries } = readGlossary(new Uint8Array(fs.readFileSync(GLOSSARY_CSV)), GLOSSARY_CSV);
    const tbx = write("demo.tbx", writeTbx(entries));
    const pairs = write("forbidden.jsonl", jsonl([FORBIDDEN]));
    for (const glossary of [GLOSSARY_CSV, tbx]) {
      const lines = jsonLines(cli(["qa", "--no-language", "--pairs", pairs, "--glossary", glossary]).stdout);
      const forbidden = lines.find((l) => l.code === "term-forbidden");
      expect(forbidden, glossary).toBeDefined();
      expect(FORBIDDEN.target.slice(forbidden!.start as number, forbidden!.end as number)).toBe("procurement risk");
    }
    // Without the glossary nothing knows the term is forbidden.
    expect(jsonLines(cli(["qa", "--no-language", "--pairs", pairs]).stdout).some((l) => String(l.code).startsWith("term-"))).toBe(false);
  });

  it("refuses a malformed line naming its line number, and prints nothing of the pairs before it", () => {
    const file = write("bad.jsonl", `${jsonl([MONEY])}\n{"source": "a", "target": }\n`);
    expectOneLineError(cli(["qa", "--no-language", "--pairs", file]), /bad\.jsonl line 3: not valid JSON/);
    expectOneLineError(
      cli(["qa", "--no-language", "--pairs", "-"], `${jsonl([MONEY])}{"source":"a"}\n`),
      /stdin line 2: expected an object \{"source":"…","target":"…"\}/,
    );
    expectOneLineError(cli(["qa", "--no-language", "--pairs", "-"], Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), /stdin: not UTF-8/);
  });

  it("refuses bad arguments and files with one line", () => {
    expectOneLineError(cli(["qa"]), /qa needs pairs or a document/);
    expectOneLineError(cli(["qa", "--pairs", "nope.jsonl"]), /no such file: nope\.jsonl/);
    expectOneLineError(cli(["qa", "--pairs", "-", "--glossary", "-"], ""), /cannot both come from stdin/);
    expectOneLineError(
      cli(["qa", "--no-language", "--pairs", write("ok.jsonl", jsonl([MONEY])), "--glossary", write("g.csv", "nom,terme\n")]),
      /glossary .*g\.csv: .*source/,
    );
    expectOneLineError(cli(["qa", "--pairs", write("x.jsonl", ""), "doc-1"]), /not both/);
  });
});

describe("qa DOCUMENT_ID", () => {
  it('prints the same issues as --pairs for the document\'s segments, with "segment":"<id>" instead of "pair"', () => {
    const pairs = [MONEY, { source: "Il pleut.", target: "It is raining." }, MILLIONS];
    const xliff = writeXliff({
      title: "Contrat",
      sourceLanguage: "fr",
      targetLanguage: "en",
      units: pairs.map((pair, k) => ({ id: `p${k + 1}`, kind: "paragraph", segments: [{ id: "s1", ...pair, status: "translated" }] })),
    });
    const documentId = cli(["import", write("contrat.xlf", xliff)]).stdout.trim();
    const result = cli(["qa", "--no-language", documentId]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    const byPairs = jsonLines(cli(["qa", "--no-language", "--pairs", write("contrat.jsonl", jsonl(pairs))]).stdout);
    expect(lines.length).toBe(byPairs.length);
    const segments = [...new Set(lines.map((l) => l.segment))];
    expect(segments).toHaveLength(2); // the first and third segments; the rain is fine
    lines.forEach((line, k) => {
      const { pair, ...rest } = byPairs[k];
      expect(Object.keys(line)).toEqual(["segment", ...Object.keys(rest)]);
      expect(line).toEqual({ segment: segments[pair === 0 ? 0 : 1], ...rest });
    });
  });

  it("refuses an unknown document with one line", () => {
    expectOneLineError(cli(["qa", "--no-language", "no-such-document"]), /document no-such-document: .*not found/i);
    expectOneLineError(cli(["qa", "--glossary", GLOSSARY_CSV, "doc"]), /--glossary goes with --pairs/);
  });
});
