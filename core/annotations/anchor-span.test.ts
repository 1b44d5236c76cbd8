import { describe, expect, it } from "vitest";
import { anchorSpan, DEFAULT_ANCHOR_THRESHOLD, type AnchorResult } from "./anchor-span";
import { describeSpan, type SpanAnchor } from "./span-anchor";

const ORIGINAL = "Le Pentagone a classé Anthropic comme « risque pour la chaîne d'approvisionnement », une désignation rare.";

/** The anchor for the `nth` occurrence of `quote` in `text`. */
function anchorOf(text: string, quote: string, nth = 0): SpanAnchor {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" not in the text`);
  return describeSpan(text, at, at + quote.length);
}

/** Offsets of the `nth` occurrence of `found` in `text`. */
function rangeOf(text: string, found: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(found, at + 1);
  return { start: at, end: at + found.length };
}

interface Case {
  name: string;
  anchor: SpanAnchor;
  text: string;
  /** What the span should quote now, and which occurrence of it; null when the anchor must fail. */
  expected: { found: string; nth?: number; method: AnchorResult["method"] } | null;
}

const TWICE = "L'IA d'Anthropic sert le Pentagone, mais l'IA de Google sert aussi le Pentagone.";

const CASES: Case[] = [
  { name: "unchanged text", anchor: anchorOf(ORIGINAL, "Anthropic"), text: ORIGINAL, expected: { found: "Anthropic", method: "position" } },
  {
    name: "words inserted before the span",
    anchor: anchorOf(ORIGINAL, "désignation"),
    text: ORIGINAL.replace("Le Pentagone", "Vendredi soir, le Pentagone"),
    expected: { found: "désignation", method: "quote" },
  },
  {
    name: "one letter corrected inside the span",
    anchor: anchorOf(ORIGINAL.replace("chaîne", "chaine"), "chaine d'approvisionnement"),
    text: ORIGINAL,
    expected: { found: "chaîne d'approvisionnement", method: "fuzzy" },
  },
  {
    name: "an accent changed and the sentence lengthened before it",
    anchor: anchorOf(ORIGINAL, "désignation"),
    text: `Selon nos informations, ${ORIGINAL.replace("désignation", "designation")}`,
    expected: { found: "designation", method: "fuzzy" },
  },
  {
    name: "typographic apostrophe where the quote had a straight one",
    anchor: anchorOf(ORIGINAL, "d'approvisionnement"),
    text: ORIGINAL.replace("'", "\u2019"),
    expected: { found: "d\u2019approvisionnement", method: "fuzzy" },
  },
  {
    name: "straight apostrophe where the quote had a typographic one",
    anchor: anchorOf("L\u2019intelligence artificielle d\u2019Anthropic.", "L\u2019intelligence"),
    text: "Selon lui, l'intelligence artificielle d'Anthropic.",
    expected: { found: "l'intelligence", method: "fuzzy" },
  },
  {
    name: "span deleted entirely",
    anchor: anchorOf(ORIGINAL, "Anthropic"),
    text: ORIGINAL.replace("Anthropic ", ""),
    expected: null,
  },
  {
    name: "quote twice: the second occurrence, by its context",
    anchor: anchorOf(TWICE, "l'IA", 0), // the lower-case one, after "mais "
    text: `Hier, ${TWICE.replace("L'IA", "l'IA")}`,
    expected: { found: "l'IA", nth: 1, method: "quote" },
  },
  {
    name: "quote twice: the first occurrence, though the old offset is nearer the second",
    anchor: anchorOf(TWICE, "Pentagone", 0),
    text: `Il est établi depuis longtemps et de source sûre que ${TWICE}`,
    expected: { found: "Pentagone", nth: 0, method: "quote" },
  },
  {
    name: "very short quote moved",
    anchor: anchorOf("Anthropic défend son IA.", "IA"),
    text: "Anthropic défend son IA générative.".replace("Anthropic", "La société Anthropic"),
    expected: { found: "IA", method: "quote" },
  },
  {
    name: "very short quote changed: no fuzzy match under four characters",
    anchor: anchorOf("Anthropic défend son IA.", "IA"),
    text: "Anthropic défend son AI.",
    expected: null,
  },
  {
    name: "empty quote",
    anchor: { start: 0, end: 0, exact: "", prefix: "", suffix: "" },
    text: ORIGINAL,
    expected: null,
  },
  {
    name: "completely different text",
    anchor: anchorOf(ORIGINAL, "risque pour la chaîne d'approvisionnement"),
    text: "Les négociations entre les deux parties reprendront la semaine prochaine à Washington.",
    expected: null,
  },
  {
    name: "empty text",
    anchor: anchorOf(ORIGINAL, "Anthropic"),
    text: "",
    expected: null,
  },
  {
    name: "imported anchor without offsets",
    anchor: { ...anchorOf(ORIGINAL, "Pentagone"), start: Number.NaN, end: Number.NaN },
    text: ORIGINAL,
    expected: { found: "Pentagone", method: "quote" },
  },
];

describe("anchorSpan", () => {
  it.each(CASES)("$name", ({ anchor, text, expected }) => {
    const result = anchorSpan(text, anchor);
    if (expected === null) {
      expect(result).toBeNull();
      return;
    }
    expect(result).not.toBeNull();
    const { start, end, score, method } = result!;
    expect({ start, end, method }).toEqual({ ...rangeOf(text, expected.found, expected.nth), method: expected.method });
    expect(start).toBeLessThan(end);
    expect(score).toBeGreaterThanOrEqual(DEFAULT_ANCHOR_THRESHOLD);
    expect(score).toBeLessThanOrEqual(1);
    if (method === "position") expect(score).toBe(1);
  });

  it("scores a verbatim quote with intact context above a corrected one, and both above the threshold", () => {
    const anchor = anchorOf(ORIGINAL, "désignation");
    const moved = anchorSpan(`Hier, ${ORIGINAL}`, anchor)!;
    const corrected = anchorSpan(`Hier, ${ORIGINAL.replace("désignation", "désignations")}`, anchor)!;
    expect(moved.score).toBeGreaterThan(0.95);
    expect(corrected.score).toBeLessThan(moved.score);
    expect(corrected.score).toBeGreaterThan(0.9);
  });

  it("applies a caller's threshold", () => {
    const anchor = anchorOf(ORIGINAL, "d'approvisionnement");
    const text = ORIGINAL.replace("'", "\u2019");
    expect(anchorSpan(text, anchor, { threshold: 0.99 })).toBeNull();
    expect(anchorSpan(text, anchor, { threshold: 0 })?.method).toBe("fuzzy");
  });

  it("never returns an empty or inverted range (randomised)", () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = "aeé ’'l.IA";
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
    for (let run = 0; run < 500; run++) {
      const text = word(5 + Math.floor(random() * 40));
      const quote = word(1 + Math.floor(random() * 8));
      const anchor: SpanAnchor = { start: Math.floor(random() * 10), end: Math.floor(random() * 10), exact: quote, prefix: word(3), suffix: word(3) };
      const result = anchorSpan(text, anchor, { threshold: 0 });
      if (result) {
        expect(result.start).toBeLessThan(result.end);
        expect(result.end).toBeLessThanOrEqual(text.length);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("anchorSpan never moves a short quote onto other text", () => {
  const sentence = "Donald Trump a ordonné de faire affaire avec Anthropic.";
  const at = (quote: string, from = 0) => describeSpan(sentence, sentence.indexOf(quote, from), sentence.indexOf(quote, from) + quote.length);

  it("a deleted one-letter word is not found inside another word", () => {
    expect(anchorSpan(sentence.replace(" a ordonné", " ordonné"), at("a", sentence.indexOf(" a ") + 1))).toBeNull();
  });

  it("a deleted word is not re-anchored on a neighbour that contains it", () => {
    expect(anchorSpan(sentence.replace("de faire ", "de "), at("faire"))).toBeNull();
  });

  it("a word that gained an inflection is re-anchored on the whole new word", () => {
    const anchor = at("affaire");
    const changed = sentence.replace("affaire", "affaires");
    const found = anchorSpan(changed, anchor)!;
    expect(changed.slice(found.start, found.end)).toBe("affaires");
  });
});
