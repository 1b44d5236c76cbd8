/**
 * The `number`, `magnitude` and `currency` checks: every number of the French source is in the
 * English target with the same value («3,5 %» → 3.5%, «1 200» → 1,200, «200 millions de dollars» →
 * $200 million, «1,5 milliard» → 1.5 billion or 1,500 million), and written the English way.
 *
 * Numbers are paired by what they stand for (value × magnitude, or time of day); a number written as
 * a word on either side only excuses one on the other. What stays unpaired is reported: a number with
 * the same digits but another magnitude (`magnitude`), else a changed number when as many are left on
 * both sides, else missing and added ones. Dates are the date check's: their digits are left out here.
 */

import type { QaPair, QaFinding } from "../types";
import type { NumberMention } from "./number-mention";
import { numberStyleFindings } from "./number-style";
import { englishNumber } from "../../numbers/number-format";
import { readEnglishNumbers } from "./read-english-numbers";
import { readFrenchNumbers } from "./read-french-numbers";
import { type DateMention, englishDates, frenchDates } from "./read-dates";
import { ENGLISH_MAGNITUDE_WORD } from "./number-words";

export interface NumberPairing {
  pairs: [NumberMention, NumberMention][];
  /** Same digits, another magnitude. */
  magnitudePairs: [NumberMention, NumberMention][];
  missing: NumberMention[];
  added: NumberMention[];
}

/**
 * The day of a date, as an optional number: in «du 3 au 5 mars» → "from March 3 to 5" the 3 of the
 * source is the day of the target's date, and the 5 of the target the day of the source's.
 */
function dayOf(date: DateMention): NumberMention[] {
  if (date.day === undefined) return [];
  const start = date.dayStart ?? date.start;
  const end = date.dayText === undefined ? date.end : start + date.dayText.length;
  return [
    {
      start,
      end,
      surface: date.surface,
      numberStart: start,
      numberEnd: end,
      value: String(date.day),
      magnitude: 1,
      percent: false,
      ordinal: false,
      keys: [String(date.day)],
      optional: true,
    },
  ];
}

const agree = (a: NumberMention, b: NumberMention) => a.keys.some((key) => b.keys.includes(key));

/** Pairs the source's numbers with the target's; exported for tests and for the demo's audit. */
export function pairNumbers(source: string, target: string): NumberPairing {
  const sourceDates = frenchDates(source);
  const targetDates = englishDates(target);
  const from = [...readFrenchNumbers(source, sourceDates), ...sourceDates.flatMap(dayOf)];
  const to = [...readEnglishNumbers(target, targetDates, new Set(from.flatMap((m) => m.keys))), ...targetDates.flatMap(dayOf)];
  const used = new Set<NumberMention>();
  const pairs: [NumberMention, NumberMention][] = [];
  const take = (s: NumberMention, fits: (t: NumberMention) => boolean) => {
    const t = to.find((c) => !used.has(c) && fits(c));
    if (t) {
      used.add(t);
      pairs.push([s, t]);
    }
    return t !== undefined;
  };
  const left: NumberMention[] = [];
  // Digits first, so that a French word («deux») cannot take the "2" a source «2» needs.
  for (const s of from.filter((m) => !m.optional)) {
    if (!take(s, (t) => !t.optional && agree(s, t)) && !take(s, (t) => agree(s, t))) left.push(s);
  }
  for (const s of from.filter((m) => m.optional)) take(s, (t) => !t.optional && agree(s, t));
  const magnitudePairs: [NumberMention, NumberMention][] = [];
  const missing: NumberMention[] = [];
  for (const s of left) {
    const t = to.find((c) => !used.has(c) && !c.optional && s.value !== "" && c.value === s.value && c.magnitude !== s.magnitude);
    if (t) {
      used.add(t);
      magnitudePairs.push([s, t]);
    } else missing.push(s);
  }
  return { pairs, magnitudePairs, missing, added: to.filter((t) => !used.has(t) && !t.optional) };
}

const ABBREVIATION: Record<number, string> = { 1e3: "k", 1e6: "m", 1e9: "bn", 1e12: "tn" };

function magnitudeFinding(s: NumberMention, t: NumberMention): QaFinding {
  const expected = ENGLISH_MAGNITUDE_WORD[s.magnitude];
  const params = { source: s.surface, target: t.surface, expected: expected ?? String(s.magnitude) };
  if (t.magnitudeWord !== undefined && t.magnitudeStart !== undefined) {
    const end = t.magnitudeStart + t.magnitudeWord.length;
    const suggestion = s.magnitude === 1 ? undefined : t.magnitudeAbbreviated ? ABBREVIATION[s.magnitude] : expected;
    return {
      code: "magnitude",
      start: t.magnitudeStart,
      end,
      message: { key: "magnitude.wrong", params },
      subject: s.surface,
      ...(suggestion && { suggestion }),
    };
  }
  // The target has the digits but no magnitude at all: "$1.5" for «1,5 milliard de dollars».
  return {
    code: "magnitude",
    start: t.numberEnd,
    end: t.numberEnd,
    message: { key: "magnitude.missing", params },
    subject: s.surface,
    ...(expected && { suggestion: ` ${expected}` }),
  };
}

/** The number, magnitude and currency findings of one pair. */
export function checkNumbers(pair: QaPair): QaFinding[] {
  // An empty target is the untranslated check's: one finding, not one per number.
  if (pair.target.trim() === "") return [];
  const { pairs, magnitudePairs, missing, added } = pairNumbers(pair.source, pair.target);
  const findings: QaFinding[] = magnitudePairs.map(([s, t]) => magnitudeFinding(s, t));
  for (const [s, t] of [...pairs, ...magnitudePairs]) findings.push(...numberStyleFindings(s, t, pair.target));
  if (missing.length > 0 && missing.length === added.length) {
    // As many numbers left on both sides: read in order, each one was changed.
    missing.forEach((s, i) => {
      const t = added[i];
      const certain = missing.length === 1 && s.value !== "" && !t.ordinal && t.value !== "" && s.magnitude === t.magnitude;
      findings.push({
        code: "number",
        start: t.numberStart,
        end: t.numberEnd,
        subject: s.surface,
        message: { key: "number.changed", params: { source: s.surface, target: t.surface } },
        ...(certain && { suggestion: englishNumber(s.value, /[ ,\u00a0\u202f]/u.test(t.surface.slice(t.numberStart - t.start, t.numberEnd - t.start))) }),
      });
    });
    return findings;
  }
  for (const s of missing) {
    findings.push({
      code: "number",
      start: pair.target.length,
      end: pair.target.length,
      subject: s.surface,
      message: { key: "number.missing", params: { source: s.surface } },
    });
  }
  for (const t of added) {
    findings.push({ code: "number", start: t.numberStart, end: t.numberEnd, message: { key: "number.added", params: { target: t.surface } } });
  }
  return findings;
}
