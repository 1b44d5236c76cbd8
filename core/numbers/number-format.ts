/**
 * How numbers are written in French and in English: the one home of these rules for the translation
 * memory (scoring, number adaptation) and the QA checks. French groups thousands with a space, a
 * no-break space (U+00A0) or a narrow no-break space (U+202F) and writes a decimal comma («1 234,5»);
 * English groups with commas and writes a decimal point ("1,234.5").
 */

/**
 * A French (or plain) number as written, digits only: «1 200», «3,5», «0,27», «2026». Thousands groups
 * are exactly three digits; an English-style «3.5» is read too. No boundaries: callers add their own.
 */
export const FRENCH_NUMBER_BODY = String.raw`\p{Nd}+(?:[ \u00a0\u202f]\p{Nd}{3}(?!\p{Nd}))*(?:[.,]\p{Nd}+)?`;

const DIGIT_GROUP_SPACE = /[ \u00a0\u202f]/gu;

/** A French number's value as a plain string: «1 234,5» → "1234.5", «3.5» → "3.5". */
export function numberValue(surface: string): string {
  return surface.replace(DIGIT_GROUP_SPACE, "").replace(",", ".");
}

/**
 * A number of an English text: "1,234.5" → "1234.5" (comma groups of three), and anything else read
 * the French way (a decimal comma or spaces left in a translation: "3,5" → "3.5", "12 000" → "12000").
 */
export function englishNumberValue(surface: string): string {
  return isEnglishGrouped(surface) ? surface.replace(/,/gu, "") : numberValue(surface);
}

/** "1,234" or "12,345.6": commas grouping thousands, the English way. */
export function isEnglishGrouped(surface: string): boolean {
  return /^\p{Nd}{1,3}(?:,\p{Nd}{3})+(?:\.\p{Nd}+)?$/u.test(surface);
}

/** `value` ("1234.5") written as English writes it; grouped when asked, or from 10,000. */
export function englishNumber(value: string, grouped: boolean): string {
  const [whole, fraction] = value.split(".");
  const group = grouped || whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ",") : whole;
  return fraction === undefined ? group : `${group}.${fraction}`;
}
