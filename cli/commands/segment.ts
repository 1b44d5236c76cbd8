import { parseArgs } from "node:util";
import { decodeText } from "@/core/import/decode-text";
import { segmentSentences } from "@/core/segmentation/segment-sentences";
import { CliError } from "../cli-error";
import { readInput, writeOut } from "../io";

/** `segment --lang fr|en [FILE]`: one JSON line per sentence, paragraphs split on blank lines. */
export async function runSegment(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { lang: { type: "string", default: "fr" } }, allowPositionals: true, strict: true });
  const lang = values.lang;
  if (lang !== "fr" && lang !== "en") throw new CliError(`--lang must be fr or en (got "${lang}")`, 2);
  if (positionals.length > 1) throw new CliError("segment takes at most one FILE", 2);
  const bytes = await readInput(positionals[0]);
  // An empty input is a valid empty result for a filter, not an error.
  const text = bytes.byteLength === 0 ? "" : decodeText(bytes).text;
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
  const lines: string[] = [];
  paragraphs.forEach((paragraph, p) => {
    segmentSentences(paragraph, lang).forEach((sentence, index) => {
      lines.push(JSON.stringify({ paragraph: p, index, text: sentence.text }));
    });
  });
  await writeOut(lines.length ? `${lines.join("\n")}\n` : "");
}
