/**
 * The numbers of an English target: "3.5%", "3.5 percent", "1,200", "1st", "$200 million", "$200m",
 * "€1.5bn", "15 euros", "EUR 15", "2:30 p.m.", and number words ("two", "first", optional). Numbers
 * left in French form ("3,5", "1 200") are read too and marked, so the check can point at them.
 */

import { englishNumberValue, isEnglishGrouped } from "../../numbers/number-format";
import { gluedBefore, matchAllFolded, type NumberMention, outside, type Span, timeMention, wordValue } from "./number-mention";
import { currencyOf, ENGLISH_MAGNITUDES, ENGLISH_NUMBER_WORD_SOURCE, ENGLISH_NUMBER_WORDS, FRENCH_MAGNITUDES, valueKey } from "./number-words";

const SP = "[ \\u00a0\\u202f]";
const BEFORE = String.raw`(?<![\p{L}\p{N}_]|[\p{L}_][-‑]|\p{N}[.,])`;
const CURRENCY_WORD = String.raw`(?:US${SP})?dollars?|euros?|pounds?(?:${SP}sterling)?|USD|EUR|GBP`;
const ENGLISH_NUMBER = new RegExp(
  String.raw`(?=[0-9])${BEFORE}` +
    String.raw`(?<n>\p{Nd}{1,3}(?:,\p{Nd}{3})+(?:\.\p{Nd}+)?|\p{Nd}{1,3}(?:${SP}\p{Nd}{3}(?!\p{Nd}))+(?:[.,]\p{Nd}+)?|\p{Nd}+(?:[.,]\p{Nd}+)?)` +
    String.raw`(?:(?<ord>st|nd|rd|th)|(?<decade>s))?(?<pct>${SP}?%|${SP}per${SP}?cent)?` +
    // «200 M$» left in French form is read too (the check suggests "$200 million").
    String.raw`(?:${SP}?(?<famag>Mds|Mrd|Md|M|k)(?=[$€£])|(?<amag>bn|mn|tn|m|M|k|B)|(?:${SP}|[-‑])(?<mag>millions?|billions?|trillions?|thousands?)(?![\p{L}]))?` +
    String.raw`(?:${SP}?(?<cur>€|\$|£)|${SP}(?<curw>${CURRENCY_WORD}))?(?![\p{L}\p{N}])`,
  "gu",
);
// "2:30 p.m.", "2 pm", "14:30", "2.30pm": times of day, as minutes; a bare hour also stands for the number.
const ENGLISH_TIME = new RegExp(
  String.raw`(?=[0-9])(?<![\p{L}\p{N}.,:])(\p{Nd}{1,2})(?:([:.])(\p{Nd}{2}))?(?:${SP}?([ap])\.?m\b\.?|${SP}o[’']clock)|(?=[0-9])(?<![\p{L}\p{N}.,:])(\p{Nd}{1,2}):(\p{Nd}{2})(?![\p{N}])`,
  "giu",
);
// Starts at a digit (so the engine skips ahead fast); a currency written before is read apart.
const CURRENCY_BEFORE = new RegExp(String.raw`(?:US\$|C\$|A\$|\$|€|£|(?:USD|EUR|GBP)${SP})$`, "u");
const WORD = new RegExp(String.raw`(?:${ENGLISH_NUMBER_WORD_SOURCE})(?:[-‑]\p{L}+)?(?![\p{L}\p{N}_])`, "gu");
const DIGIT = /[0-9]/;
const WORD_MAGNITUDE = new RegExp(String.raw`^${SP}(million|billion|trillion|thousand)s?(?![\p{L}])`, "u");

/** Times of day of an English text (optional mentions: they excuse a source time or hour). */
export function englishTimes(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  if (!DIGIT.test(text)) return found;
  for (const m of text.matchAll(ENGLISH_TIME)) {
    const hours = Number(m[1] ?? m[5]);
    const minutes = Number(m[3] ?? m[6] ?? 0);
    if (hours > 24 || minutes > 59 || (m[2] === "." && m[4] === undefined)) continue;
    const meridiem = m[4]?.toLowerCase();
    const candidates = meridiem === undefined ? [hours, (hours + 12) % 24] : [(hours % 12) + (meridiem === "p" ? 12 : 0)];
    const keys = candidates.flatMap((h) => [`time:${h * 60 + minutes}`, ...(minutes === 0 ? [String(h)] : [])]);
    found.push(timeMention(m.index, m[0], keys, true));
  }
  return found;
}

/**
 * The numbers of an English text, in text order, leaving out those inside `exclude` (dates). A number
 * grouped with spaces ("1 200") is read as one only when `sourceKeys` has its value; else its groups
 * are separate numbers, as English would read them.
 */
export function readEnglishNumbers(text: string, exclude: readonly Span[] = [], sourceKeys: ReadonlySet<string> = new Set()): NumberMention[] {
  const times = englishTimes(text).filter((t) => outside(exclude, t.start, t.end));
  const taken: Span[] = [...exclude, ...times];
  const found: NumberMention[] = [...times];
  const pattern = new RegExp(ENGLISH_NUMBER);
  for (let m = DIGIT.test(text) ? pattern.exec(text) : null; m !== null; m = pattern.exec(text)) {
    const g = m.groups ?? {};
    const numberStart = m.index;
    const spaced = new RegExp(SP, "u").test(g.n);
    if (spaced && !sourceKeys.has(valueKey(Number(englishNumberValue(g.n))))) {
      // Not a number of the source: "in 2 000" would be odd English, "page 2 300 words" is two numbers.
      pattern.lastIndex = numberStart + g.n.search(new RegExp(SP, "u"));
      const first = g.n.slice(0, pattern.lastIndex - numberStart);
      if (outside(taken, numberStart, pattern.lastIndex)) found.push(plain(first, numberStart));
      continue;
    }
    if (!outside(taken, numberStart, numberStart + g.n.length)) continue;
    const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index))?.[0];
    const cb = before?.trim();
    const start = m.index - (before?.length ?? 0);
    const currencyText = cb ?? g.cur ?? g.curw;
    // "200m" is metres unless money is being counted: an abbreviation is a magnitude beside a currency,
    // or when the source has that amount ("1m people" for «1 million de personnes»).
    const counted = g.amag !== undefined && sourceKeys.has(valueKey(Number(englishNumberValue(g.n)) * ENGLISH_MAGNITUDES[g.amag]));
    const magnitudeWord = g.mag ?? g.famag ?? (g.amag !== undefined && (currencyText !== undefined || g.amag === "bn" || counted) ? g.amag : undefined);
    const magnitude =
      magnitudeWord === undefined ? 1 : g.famag !== undefined ? FRENCH_MAGNITUDES[g.famag] : ENGLISH_MAGNITUDES[magnitudeWord.replace(/s$/u, "")];
    const afterNumber = numberStart + g.n.length + (g.ord ?? g.decade ?? "").length;
    const value = englishNumberValue(g.n);
    found.push({
      start,
      end: m.index + m[0].length,
      surface: text.slice(start, m.index + m[0].length),
      numberStart,
      numberEnd: numberStart + g.n.length,
      value,
      magnitude,
      magnitudeWord,
      magnitudeStart: magnitudeWord === undefined ? undefined : text.indexOf(magnitudeWord, afterNumber),
      magnitudeAbbreviated: g.mag === undefined,
      currency: currencyText === undefined ? undefined : currencyOf(currencyText),
      currencyText,
      currencyAfter: g.cur !== undefined || g.curw !== undefined,
      currencyStart: cb !== undefined ? start : currencyText === undefined ? undefined : m.index + m[0].lastIndexOf(currencyText),
      percent: g.pct !== undefined,
      percentSignEnd: g.pct?.endsWith("%") ? afterNumber + g.pct.length : undefined,
      ordinal: g.ord !== undefined,
      keys: [valueKey(Number(value) * magnitude)],
      optional: false,
      frenchFormat: spaced || (g.n.includes(",") && !isEnglishGrouped(g.n)),
    });
  }
  for (const m of matchAllFolded(text, WORD)) {
    const value = gluedBefore(text, m.index, true) ? undefined : wordValue(m[0], ENGLISH_NUMBER_WORDS);
    if (value === undefined || !outside(taken, m.index, m.index + m[0].length)) continue;
    const after = WORD_MAGNITUDE.exec(text.slice(m.index + m[0].length));
    const magnitude = after ? ENGLISH_MAGNITUDES[after[1]] : 1;
    const mention = plain(text.slice(m.index, m.index + m[0].length), m.index);
    found.push({
      ...mention,
      end: mention.end + (after?.[0].length ?? 0),
      value: String(value),
      magnitude,
      keys: [valueKey(value * magnitude)],
      optional: true,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function plain(surface: string, start: number): NumberMention {
  const value = englishNumberValue(surface);
  const end = start + surface.length;
  return {
    start,
    end,
    surface,
    numberStart: start,
    numberEnd: end,
    value,
    magnitude: 1,
    percent: false,
    ordinal: false,
    keys: [valueKey(Number(value))],
    optional: false,
  };
}
