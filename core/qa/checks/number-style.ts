/**
 * How a number that is right in value is written in the English: digits the English way ("3.5", not
 * «3,5»; "1,200", not «1 200»), "million" after a number (never "millions"), the currency of the
 * source, its symbol before the number ("€15", not «15 €»).
 */

import { englishNumber } from "../../numbers/number-format";
import type { QaFinding } from "../types";
import type { NumberMention } from "./number-mention";
import { CURRENCY_SYMBOL, mentionsCurrency } from "./number-words";

const SYMBOL = /^(?:US\$|C\$|A\$|[$€£])$/u;
const SINGULAR: Record<string, string> = { millions: "million", billions: "billion", trillions: "trillion", thousands: "thousand" };
const FRENCH_ABBREVIATION = /^(?:M|Md|Mds|Mrd|k)$/u;
const ENGLISH_WORD: Record<number, string> = { 1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion" };

function digits(t: NumberMention): string {
  return englishNumber(t.value, /[ ,\u00a0\u202f]/u.test(t.surface.slice(t.numberStart - t.start, t.numberEnd - t.start)) || t.value.split(".")[0].length > 4);
}

/** The style findings of one paired number (`s` in the source, `t` in the target). */
export function numberStyleFindings(s: NumberMention, t: NumberMention, target: string): QaFinding[] {
  const findings: QaFinding[] = [];
  const subject = s.surface;
  // «1 200 €»: the currency's fix writes the digits the English way too; one fix, not two overlapping.
  const misplaced = t.currency !== undefined && t.currencyAfter === true && SYMBOL.test(t.currencyText!);
  if (t.frenchFormat && !misplaced) {
    const end = t.percentSignEnd ?? t.numberEnd;
    const suggestion = digits(t) + (t.percentSignEnd === undefined ? "" : "%");
    findings.push({
      code: "number",
      start: t.numberStart,
      end,
      subject,
      suggestion,
      message: { key: "number.format", params: { target: target.slice(t.numberStart, end), suggestion } },
    });
  }
  const plural = t.magnitudeWord === undefined ? undefined : SINGULAR[t.magnitudeWord];
  if (plural !== undefined && t.magnitudeStart !== undefined) {
    const end = t.magnitudeStart + t.magnitudeWord!.length;
    findings.push({
      code: "magnitude",
      start: t.magnitudeStart,
      end,
      subject,
      suggestion: plural,
      message: { key: "magnitude.plural", params: { target: t.magnitudeWord!, suggestion: plural } },
    });
  }
  if (s.currency !== undefined && t.currency !== undefined && s.currency !== t.currency && t.currencyStart !== undefined) {
    const text = t.currencyText!;
    const suggestion = SYMBOL.test(text) ? CURRENCY_SYMBOL[s.currency] : undefined;
    findings.push({
      code: "currency",
      start: t.currencyStart,
      end: t.currencyStart + text.length,
      subject,
      message: { key: "currency.wrong", params: { source: s.surface, target: text } },
      ...(suggestion && { suggestion }),
    });
  } else if (s.currency !== undefined && t.currency === undefined && !mentionsCurrency(target, s.currency)) {
    findings.push({
      code: "currency",
      start: t.start,
      end: t.end,
      subject,
      message: { key: "currency.missing", params: { source: s.surface, target: t.surface } },
    });
  }
  if (misplaced) {
    // «15 €» or «200 M$» left in the English: the symbol goes first, the magnitude in words.
    const french = t.magnitudeWord !== undefined && FRENCH_ABBREVIATION.test(t.magnitudeWord);
    const magnitude =
      t.magnitudeWord === undefined
        ? ""
        : french
          ? ` ${ENGLISH_WORD[t.magnitude]}`
          : t.magnitudeAbbreviated
            ? t.magnitudeWord
            : ` ${SINGULAR[t.magnitudeWord] ?? t.magnitudeWord}`;
    const suggestion = `${CURRENCY_SYMBOL[t.currency!]}${digits(t)}${magnitude}`;
    findings.push({
      code: "currency",
      start: t.start,
      end: t.end,
      subject,
      suggestion,
      message: { key: "currency.placement", params: { target: t.surface, suggestion } },
    });
  }
  return findings;
}
