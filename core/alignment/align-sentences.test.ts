import { describe, expect, it } from "vitest";
import { alignSentences } from "./align-sentences";
import { galeChurch } from "./gale-church";
import { parseLexicon } from "./lexicon/parse-lexicon";
import type { Bead } from "./types";

// Parallel sentences of varied lengths, each with its own name, number or cognate.
const PAIRS: Array<[string, string]> = [
  ["Le capitaine Nemo regarda longtemps la mer.", "Captain Nemo looked at the sea for a long time."],
  ["Il faisait froid.", "It was cold."],
  [
    "Le Nautilus descendit à 1 200 mètres sous la surface de l'océan Pacifique, dans une obscurité absolue.",
    "The Nautilus went down to 1,200 meters below the surface of the Pacific Ocean, into absolute darkness.",
  ],
  ["Conseil ne dit rien.", "Conseil said nothing."],
  [
    "Ned Land, le harponneur canadien, voulait s'évader à tout prix avant la fin de l'année 1868.",
    "Ned Land, the Canadian harpooner, wanted to escape at any cost before the end of the year 1868.",
  ],
  ["Pourquoi ?", "Why?"],
  ["Le professeur Aronnax nota la température : 4,5 degrés.", "Professor Aronnax noted the temperature: 4.5 degrees."],
  [
    "Nous étions seuls dans l'immense salon, au milieu des collections de coquillages et de perles rares.",
    "We were alone in the huge salon, surrounded by the collections of shells and rare pearls.",
  ],
];
const FR = PAIRS.map(([fr]) => fr);
const EN = PAIRS.map(([, en]) => en);

const shape = (beads: Bead[]): Array<[number[], number[]]> => beads.map((bead) => [bead.source, bead.target]);
const oneToOne = (from: number, to: number, shift = 0): Array<[number[], number[]]> =>
  Array.from({ length: to - from }, (_, k) => [[from + k], [from + k + shift]]);

/** Every index of both sides appears once, in order, and each bead is non-empty and scored. */
function expectCoverage(beads: Bead[], n: number, m: number): void {
  expect(beads.flatMap((bead) => bead.source)).toEqual(Array.from({ length: n }, (_, k) => k));
  expect(beads.flatMap((bead) => bead.target)).toEqual(Array.from({ length: m }, (_, k) => k));
  for (const bead of beads) {
    expect(bead.source.length + bead.target.length).toBeGreaterThan(0);
    expect(bead.score).toBeGreaterThanOrEqual(0);
    expect(bead.score).toBeLessThanOrEqual(1);
  }
}

describe("alignSentences", () => {
  it("aligns a parallel text one to one, confidently", () => {
    const beads = alignSentences(FR, EN);
    expect(shape(beads)).toEqual(oneToOne(0, 8));
    for (const bead of beads) expect(bead.score).toBeGreaterThan(0.8);
  });

  it("leaves a sentence the translator added unaligned (0-1)", () => {
    const note = "Translator's note: the French edition of 1870 gives these depths in leagues and fathoms throughout.";
    const target = [...EN.slice(0, 4), note, ...EN.slice(4)];
    expect(shape(alignSentences(FR, target))).toEqual([...oneToOne(0, 4), [[], [4]], ...oneToOne(4, 8, 1)]);
  });

  it("merges two French sentences translated as one (2-1)", () => {
    const source = [...FR.slice(0, 3), "Conseil ne dit rien.", "Il attendait les ordres de son maître.", ...FR.slice(4)];
    const target = [...EN.slice(0, 3), "Conseil said nothing, waiting for his master's orders.", ...EN.slice(4)];
    expect(shape(alignSentences(source, target))).toEqual([...oneToOne(0, 3), [[3, 4], [3]], ...[4, 5, 6, 7].map((k) => [[k + 1], [k]])]);
  });

  it("splits one French sentence translated as two (1-2)", () => {
    const target = [...EN.slice(0, 7), "We were alone in the huge salon.", "Around us were the collections of shells and rare pearls."];
    expect(shape(alignSentences(FR, target))).toEqual([...oneToOne(0, 7), [[7], [7, 8]]]);
  });

  it("places an omission where names and numbers say, not where lengths guess", () => {
    // Long sentences of about the same length: lengths say one is missing (two glued together
    // would be twice as long) but not which; only the names and dates tell them apart.
    const people = ["Aronnax", "Conseil", "Farragut", "Hobson", "Nemo", "Land"];
    const source = people.map((name, k) => `Le ${k + 3} mai 1867, ${name} arriva au port après une longue traversée de l'Atlantique par gros temps.`);
    const target = people.map((name, k) => `On May ${k + 3}, 1867, ${name} reached port after a long crossing of the Atlantic in heavy weather.`);
    target.splice(2, 1);
    expect(shape(alignSentences(source, target))).toEqual([...oneToOne(0, 2), [[2], []], ...oneToOne(3, 6, -1)]);
  });

  it("uses glossary terms and an injected lexicon as evidence", () => {
    // Same frame, no cognates: only the glossary (or the lexicon) says which animal is missing.
    const frame = (animal: string) => `Au loin, le ${animal} nageait doucement vers le nord, suivi par les oiseaux qui criaient sans cesse.`;
    const english = (animal: string) => `Far away, the ${animal} swam gently towards the north, followed by birds crying without end.`;
    const source = [frame("navire"), frame("baleine"), frame("requin")];
    const target = [english("whale"), english("shark")];
    const deletion = [
      [[0], []],
      [[1], [0]],
      [[2], [1]],
    ];
    const glossary = [
      { source: "baleine", target: "whale" },
      { source: "requin", target: "shark" },
    ];
    expect(shape(alignSentences(source, target, { glossary }))).toEqual(deletion);
    const lexicon = parseLexicon("baleine\twhale\nrequin\tshark\nnavire\tship\n");
    expect(shape(alignSentences(source, target, { lexicon }))).toEqual(deletion);
  });

  it("handles empty sides", () => {
    expect(alignSentences([], [])).toEqual([]);
    expect(shape(alignSentences(["Une phrase."], []))).toEqual([[[0], []]]);
    expect(shape(alignSentences([], ["One.", "Two."]))).toEqual([
      [[], [0]],
      [[], [1]],
    ]);
  });
});

describe("coverage on random input", () => {
  // A small deterministic generator, so a failure can be replayed.
  function random(seed: number): () => number {
    let state = seed;
    return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  }
  const WORDS = ["le", "chat", "the", "cat", "Nemo", "mer", "sea", "12", "3,5", "!", "?", "baleine", "whale", "abandonna", "abandoned"];
  const sentences = (next: () => number, count: number): string[] =>
    Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 25) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" "));

  it("covers every sentence exactly once, in order, for both aligners", () => {
    const next = random(42);
    for (let run = 0; run < 60; run++) {
      const source = sentences(next, Math.floor(next() * 40));
      const target = sentences(next, Math.floor(next() * 40));
      expectCoverage(alignSentences(source, target), source.length, target.length);
      expectCoverage(galeChurch(source, target), source.length, target.length);
    }
  });

  it("stays covering when one text has a long run the other lacks", () => {
    const next = random(7);
    const source = sentences(next, 150);
    const target = [...sentences(next, 120), ...source.map((s) => s.replace(/le/g, "the"))];
    expectCoverage(alignSentences(source, target), 150, 270);
  });
});

describe("galeChurch", () => {
  it("aligns by length alone", () => {
    const source = ["Court.", "Une phrase nettement plus longue que la précédente, avec beaucoup de mots.", "Fin."];
    const target = ["Short.", "A sentence clearly longer than the previous one, with a great many words.", "End."];
    expect(shape(galeChurch(source, target))).toEqual(oneToOne(0, 3));
  });
});
