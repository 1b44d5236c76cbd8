import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { alignSentences } from "@/core/alignment/align-sentences";
import { parseLexicon } from "@/core/alignment/lexicon/parse-lexicon";
import type { Lexicon } from "@/core/alignment/types";
import { DomainError } from "@/core/errors";
import { decodeText } from "@/core/import/decode-text";
import { segmentSentences } from "@/core/segmentation/segment-sentences";
import type { SegmentLanguage } from "@/core/segmentation/types";
import { CliError } from "../cli-error";
import { readInput, writeOut } from "../io";

const LEXICON_FILE = fileURLToPath(new URL("../../core/alignment/lexicon/fr-en.tsv", import.meta.url));

/**
 * `align --source FR_FILE --target EN_FILE [--presegmented]`: one JSON line per bead, in order,
 * covering every sentence of both files once: {"source":[0],"target":[0,1],"score":0.87}.
 *
 * Sentence indexes are 0-based and run over the whole file. Without --presegmented a file is text
 * (paragraphs separated by blank lines) cut by the sentence segmenter. With it, each non-blank line
 * is a sentence and blank lines are skipped, so indexes equal 0-based line numbers exactly when the
 * file has no blank lines (as in one-sentence-per-line corpora); a note on stderr says when they
 * do not. Blank lines are not kept as empty sentences: they would have to be aligned to something.
 */
export async function runAlign(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { source: { type: "string" }, target: { type: "string" }, presegmented: { type: "boolean", default: false } },
    strict: true,
  });
  if (!values.source || !values.target) throw new CliError("align needs --source FR_FILE and --target EN_FILE", 2);
  if (values.source === "-" && values.target === "-") throw new CliError("only one of --source and --target can be stdin (-)", 2);
  const presegmented = values.presegmented ?? false;
  const source = sentencesOf(values.source, await readText(values.source), "fr", presegmented);
  const target = sentencesOf(values.target, await readText(values.target), "en", presegmented);
  const beads = alignSentences(source, target, { lexicon: loadLexicon() });
  const lines = beads.map((bead) => JSON.stringify({ source: bead.source, target: bead.target, score: bead.score }));
  await writeOut(lines.length ? `${lines.join("\n")}\n` : "");
}

async function readText(file: string): Promise<string> {
  const bytes = await readInput(file);
  try {
    return decodeText(bytes).text;
  } catch (error) {
    // An empty file is an empty side, not an error: its counterpart is then all unaligned.
    if (error instanceof DomainError && error.code === "EMPTY_FILE") return "";
    if (error instanceof DomainError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

function sentencesOf(file: string, text: string, lang: SegmentLanguage, presegmented: boolean): string[] {
  if (presegmented) {
    const lines = text.split("\n");
    const sentences = lines.filter((line) => line.trim() !== "");
    const blank = lines.length - sentences.length - (text.endsWith("\n") ? 1 : 0);
    if (blank > 0) process.stderr.write(`note: ${file}: skipped ${blank} blank line(s); indexes count non-blank lines\n`);
    return sentences;
  }
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
  return paragraphs.flatMap((paragraph) => segmentSentences(paragraph, lang).map((sentence) => sentence.text));
}

/** The shipped FreeDict lexicon (see core/alignment/lexicon/README.md); alignment works without it. */
function loadLexicon(): Lexicon | undefined {
  try {
    return parseLexicon(fs.readFileSync(LEXICON_FILE, "utf8"));
  } catch {
    return undefined;
  }
}
