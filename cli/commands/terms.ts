import { parseArgs } from "node:util";
import { readGlossary } from "@/core/formats/read-glossary";
import { decodeText } from "@/core/import/decode-text";
import { compileTermIndex, matchTerms } from "@/core/terms/match-terms";
import { toTermEntries } from "@/core/terms/termbase-entry";
import { CliError } from "../cli-error";
import { readInput, writeOut } from "../io";
import { withFile } from "../with-file";

/**
 * `terms --glossary FILE.tbx|FILE.csv [TEXT_FILE]`: one JSON line per glossary term found in the
 * French text (TEXT_FILE or stdin), in text order:
 * {"paragraph":0,"start":12,"end":54,"text":"…","term":"…","equivalent":"…"}.
 *
 * Paragraphs are split on blank lines and numbered from 0 over the non-blank ones; start and end
 * are UTF-16 offsets into the paragraph exactly as it appears in the (decoded) input, so
 * `text === paragraph.slice(start, end)`. `term` is the French term as written in the glossary,
 * `equivalent` its preferred English term ("" if none). No database is opened.
 */
export async function runTerms(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { glossary: { type: "string" } }, allowPositionals: true, strict: true });
  const glossaryFile = values.glossary;
  if (!glossaryFile) throw new CliError("terms needs --glossary FILE.tbx|FILE.csv", 2);
  if (positionals.length > 1) throw new CliError("terms takes at most one TEXT_FILE", 2);
  const textFile = positionals[0];
  if (glossaryFile === "-" && (!textFile || textFile === "-")) throw new CliError("the glossary and the text cannot both come from stdin", 2);

  const glossaryBytes = await readInput(glossaryFile);
  const { entries } = withFile(`glossary ${glossaryFile}`, () => readGlossary(glossaryBytes, glossaryFile));
  // Ids of our own: an id column may repeat, and each match must lead back to its entry.
  const termEntries = toTermEntries(entries).map((entry, k) => ({ ...entry, id: String(k) }));
  const index = compileTermIndex(termEntries);

  const textBytes = await readInput(textFile);
  // An empty input is a valid empty result for a filter, not an error.
  const text = textBytes.byteLength === 0 ? "" : withFile(textFile && textFile !== "-" ? textFile : "stdin", () => decodeText(textBytes).text);
  const paragraphs = text.split(/\n[ \t]*\n/).filter((p) => p.trim() !== "");
  const lines: string[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const match of matchTerms(index, paragraph)) {
      const entry = termEntries[Number(match.entryId)].entry;
      lines.push(JSON.stringify({ paragraph: p, start: match.start, end: match.end, text: match.text, term: entry.source, equivalent: entry.preferred }));
    }
  });
  await writeOut(lines.length ? `${lines.join("\n")}\n` : "");
}
