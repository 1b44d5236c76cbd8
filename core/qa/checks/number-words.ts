/**
 * The words around numbers the number checks read, in French and in English: small numbers written
 * as words, ordinals, magnitudes (million, milliard…) and currencies. Kept to what is unambiguous:
 * a word number only ever excuses a digit on the other side, it is never required.
 */

export type Currency = "dollar" | "euro" | "pound";

const SMALL_EN = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
const TENS_EN: Record<string, number> = {
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
  decade: 10,
  twice: 2,
  half: 0.5,
};
const ORDINAL_EN = [
  "",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];

// «un»/«une» are articles far more often than numbers; they still excuse a "1" in the English.
const SMALL_FR = [
  "zéro",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
  "treize",
  "quatorze",
  "quinze",
  "seize",
  "dix-sept",
  "dix-huit",
  "dix-neuf",
  "vingt",
];
const TENS_FR: Record<string, number> = {
  une: 1,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  mille: 1000,
  douzaine: 12,
  décennie: 10,
  dizaine: 10,
  premier: 1,
  première: 1,
  second: 2,
  seconde: 2,
};
const ORDINAL_FR = ["", "", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième"];

function table(small: readonly string[], more: Record<string, number>, ordinals: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  small.forEach((word, value) => map.set(word, value));
  for (const [word, value] of Object.entries(more)) map.set(word, value);
  ordinals.forEach((word, value) => {
    if (word) map.set(word, value);
  });
  return map;
}

/** English number words (cardinal and ordinal) → value. */
export const ENGLISH_NUMBER_WORDS = table(SMALL_EN, TENS_EN, ORDINAL_EN);
/** French number words (cardinal and ordinal) → value. */
export const FRENCH_NUMBER_WORDS = table(SMALL_FR, TENS_FR, ORDINAL_FR);

const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join("|");
export const ENGLISH_NUMBER_WORD_SOURCE = alternation(ENGLISH_NUMBER_WORDS.keys());
export const FRENCH_NUMBER_WORD_SOURCE = alternation(FRENCH_NUMBER_WORDS.keys());

/** French magnitude words and abbreviations → factor. «billion» is 10^12 in French. */
export const FRENCH_MAGNITUDES: Record<string, number> = {
  mille: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  M: 1e6,
  Mio: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  Md: 1e9,
  Mds: 1e9,
  Mrd: 1e9,
  Mrds: 1e9,
  billion: 1e12,
  billions: 1e12,
};
export const FRENCH_MAGNITUDE_SOURCE = alternation(Object.keys(FRENCH_MAGNITUDES));

/** English magnitude words → factor (abbreviations like "m", "bn" are read by the target reader). */
export const ENGLISH_MAGNITUDES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  M: 1e6,
  billion: 1e9,
  bn: 1e9,
  B: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
/** The English word for a factor: what a wrong magnitude is replaced with. */
export const ENGLISH_MAGNITUDE_WORD: Record<number, string> = { 1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion" };

/** A currency symbol or word → its currency. Dollars of any country count as one currency. */
export function currencyOf(text: string): Currency | undefined {
  const t = text.toLowerCase();
  if (t.includes("$") || t.startsWith("dollar") || t === "usd" || t === "cad" || t === "aud") return "dollar";
  if (t === "€" || t.startsWith("euro") || t === "eur") return "euro";
  if (t === "£" || t.startsWith("livre") || t.startsWith("pound") || t === "gbp") return "pound";
  return undefined;
}

export const CURRENCY_SYMBOL: Record<Currency, string> = { dollar: "$", euro: "€", pound: "£" };

/** Whether `text` mentions the currency anywhere (a symbol, a word or an ISO code). */
export function mentionsCurrency(text: string, currency: Currency): boolean {
  const patterns: Record<Currency, RegExp> = {
    dollar: /\$|\bdollars?\b|\bUSD\b|\bbucks\b/iu,
    euro: /€|\beuros?\b|\bEUR\b/iu,
    pound: /£|\bpounds?\b|\bsterling\b|\bGBP\b/iu,
  };
  return patterns[currency].test(text);
}

/** Key of a numeric value for comparisons: float noise removed (0.27 × 10^6 = 270000). */
export function valueKey(value: number): string {
  return String(Number(value.toPrecision(12)));
}
