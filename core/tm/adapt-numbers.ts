/**
 * Number adaptation: when a match's source and the sentence being translated differ only in some
 * numbers, the match's translation gets the new numbers, written the English way («1 234,5» →
 * "1,234.5"). Only where it is safe: each changed number occurs once in the match's source and once
 * in its translation, so there is no doubt which one to replace. Anything else is reported as a
 * warning for the translator rather than guessed.
 */

import { englishNumber, englishNumberValue } from "../numbers/number-format";
import { type MatchTokens, NUMBER } from "./match-tokens";

export interface AdaptedNumbers {
  /** The translation with the new numbers put in (unchanged when nothing was safe to adapt). */
  text: string;
  /** Numbers of either source that differ and were not adapted, as written in the sources. */
  warnings: string[];
}

interface Found {
  value: string;
  surface: string;
  start: number;
  end: number;
}

// English grouping («1,234.5») first, then plain or French-formatted numbers left in a translation.
const TARGET_NUMBER =
  /(?<![\p{L}\p{N}_.,])(?:\p{Nd}{1,3}(?:,\p{Nd}{3})+(?:\.\p{Nd}+)?|\p{Nd}+(?:[ \u00a0\u202f]\p{Nd}{3}(?!\p{Nd}))*(?:[.,]\p{Nd}+)?)(?![\p{L}\p{N}])/gu;

/** Numbers of an English translation with their values ("1,234.5" → "1234.5"). */
export function targetNumbers(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(TARGET_NUMBER)) {
    const surface = m[0];
    found.push({ value: englishNumberValue(surface), surface, start: m.index, end: m.index + surface.length });
  }
  return found;
}

function numbersOf(tokens: MatchTokens): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kinds[i] === NUMBER) found.push({ value: tokens.keys[i], surface: tokens.surfaces[i], start: tokens.starts[i], end: tokens.ends[i] });
  }
  return found;
}

const count = (list: readonly Found[], value: string) => list.reduce((n, f) => n + (f.value === value ? 1 : 0), 0);

/** Adapts `target` (the match's translation) from the match's source numbers to the current source's. */
export function adaptNumbers(matchSource: MatchTokens, currentSource: MatchTokens, target: string): AdaptedNumbers {
  const before = numbersOf(matchSource);
  const after = numbersOf(currentSource);
  if (before.length !== after.length) {
    // Numbers added or removed: which one goes where is a translator's call.
    const unpaired = [...after.filter((n) => count(before, n.value) === 0), ...before.filter((n) => count(after, n.value) === 0)];
    return { text: target, warnings: unpaired.map((n) => n.surface) };
  }
  const inTarget = targetNumbers(target);
  const replacements: { start: number; end: number; text: string }[] = [];
  const warnings: string[] = [];
  for (let k = 0; k < before.length; k++) {
    const old = before[k];
    const next = after[k];
    if (old.value === next.value) continue;
    const spots = inTarget.filter((n) => n.value === old.value);
    if (count(before, old.value) !== 1 || spots.length !== 1) {
      warnings.push(next.surface);
      continue;
    }
    const spot = spots[0];
    replacements.push({ start: spot.start, end: spot.end, text: englishNumber(next.value, /,\p{Nd}{3}/u.test(spot.surface)) });
  }
  replacements.sort((a, b) => b.start - a.start);
  let text = target;
  for (const r of replacements) text = text.slice(0, r.start) + r.text + text.slice(r.end);
  return { text, warnings };
}
