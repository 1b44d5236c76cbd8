/**
 * `untranslated`: a target left empty, copied from the source, or still mostly French. A copy is
 * fine when the segment holds nothing to translate: numbers, names, URLs («Claude», «Truth
 * Social», «2026», «https://…»), which stay the same in English.
 */

import type { QaFinding, QaPair } from "../types";
import type { RegisteredCheck } from "./index";
import { looksFrench } from "./french-signals";
import { LINK } from "./url";

// Particles inside names («Charles de Gaulle», «Jean de La Fontaine») are not words to translate.
const NAME_PARTICLES = new Set(["de", "du", "des", "la", "le", "d", "van", "von", "der", "den", "di", "da", "del", "y", "of", "the", "and"]);

/** Whether a text has a word a translator would translate: a lower-case word that is not a name particle. */
export function hasWordsToTranslate(text: string): boolean {
  for (const match of text.replace(LINK, " ").matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
    const word = match[0];
    if (word === word.toLowerCase() && !NAME_PARTICLES.has(word.replace(/['’]$/u, ""))) return true;
  }
  return false;
}

const comparable = (text: string) => text.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim();

function run({ source, target }: QaPair): QaFinding[] {
  if (source.trim() === "") return [];
  const whole = { start: 0, end: target.length };
  if (target.trim() === "") return [{ code: "untranslated", start: 0, end: 0, message: { key: "untranslated.empty" }, subject: "empty" }];
  if (comparable(source) === comparable(target)) {
    return hasWordsToTranslate(source) ? [{ code: "untranslated", ...whole, message: { key: "untranslated.identical" }, subject: "identical" }] : [];
  }
  if (looksFrench(target)) return [{ code: "untranslated", ...whole, message: { key: "untranslated.french" }, subject: "french" }];
  return [];
}

export const untranslatedCheck: RegisteredCheck = { codes: ["untranslated"], run };
