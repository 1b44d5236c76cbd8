import type { QaPair } from "@/core/qa/types";
import { CliError } from "./cli-error";

/**
 * The pairs of a JSON Lines file, one `{"source":"…","target":"…"}` object a line (other keys are
 * ignored). Blank lines are skipped and do not count as pairs, so `pair` numbers the pairs, not the
 * lines. The whole file is read before anything is checked: a bad line refuses the file, naming
 * its line number, and nothing is printed. UTF-8 only (JSON Lines is), a BOM tolerated; the text is
 * not normalised, so offsets are in the target exactly as the caller's JSON parser gives it.
 */
export function readQaPairs(bytes: Uint8Array, name: string): QaPair[] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${name}: not UTF-8 text (JSON Lines files are UTF-8)`);
  }
  const pairs: QaPair[] = [];
  text.split("\n").forEach((raw, k) => {
    const line = raw.replace(/\r$/u, "");
    if (line.trim() === "") return;
    const where = `${name} line ${k + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new CliError(`${where}: not valid JSON (${(error as Error).message})`);
    }
    const pair = value as Partial<Record<"source" | "target", unknown>> | null;
    if (typeof pair !== "object" || pair === null || Array.isArray(pair) || typeof pair.source !== "string" || typeof pair.target !== "string") {
      throw new CliError(`${where}: expected an object {"source":"…","target":"…"} with two strings`);
    }
    pairs.push({ source: pair.source, target: pair.target });
  });
  return pairs;
}
