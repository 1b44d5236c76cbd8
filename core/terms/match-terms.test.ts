import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { segmentSentences } from "../segmentation/segment-sentences";
import { compileTermIndex, matchTerms } from "./match-terms";
import type { TermEntry } from "./types";

const GLOSSARY: TermEntry[] = [
  { id: "risque", term: "risque" },
  { id: "designation", term: "désignation de risque" },
  { id: "chaine", term: "risque pour la chaîne d’approvisionnement" },
  { id: "appro", term: "approvisionnement" },
  { id: "ia", term: "IA" },
  { id: "pentagone", term: "Pentagone" },
  { id: "agence", term: "agence fédérale américaine" },
  { id: "partenariat", term: "partenariat commercial" },
  { id: "reseau", term: "réseau social" },
  { id: "enjeu", term: "enjeu majeur" },
  { id: "ia-longue", term: "intelligence artificielle" },
  { id: "garde-fou", term: "garde-fou" },
  { id: "conditions", term: "condition d'utilisation" },
  { id: "gestion", term: "gestion du risque" },
  { id: "acces", term: "accès à la donnée" },
  { id: "arme", term: "usage de l’arme" },
  { id: "ete", term: "été" },
  { id: "chercheur", term: "chercheur" },
  { id: "civile", term: "conséquence civile" },
  { id: "aujourdhui", term: "aujourd’hui" },
  { id: "election", term: "élection" },
  { id: "anthropic", term: "Anthropic" },
  { id: "article", term: "la" },
  { id: "porte-avions", term: "porte-avions" },
  { id: "avion", term: "avion" },
  { id: "big-tech", term: "Big Tech" },
  { id: "rd", term: "R&D" },
];

// [text, expected [entryId, matched text] in order]. Positive rows first, then negative ones.
const CASES: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]> = [
  ["un risque majeur", [["risque", "risque"]]],
  ["Risque immédiat", [["risque", "Risque"]]],
  ["LE RISQUE", [["risque", "RISQUE"]]],
  ["des risques", [["risque", "risques"]]],
  ["la désignation de risque", [["designation", "désignation de risque"]]],
  [
    "Anthropic, « risque pour la chaîne d’approvisionnement »",
    [
      ["anthropic", "Anthropic"],
      ["chaine", "risque pour la chaîne d’approvisionnement"],
    ],
  ],
  ["risque pour la chaîne d'approvisionnement", [["chaine", "risque pour la chaîne d'approvisionnement"]]],
  ["des risques pour les chaînes d’approvisionnement", [["chaine", "risques pour les chaînes d’approvisionnement"]]],
  ["faute d’approvisionnement", [["appro", "approvisionnement"]]],
  [
    "l’IA et les solutions IA",
    [
      ["ia", "IA"],
      ["ia", "IA"],
    ],
  ],
  ["le Pentagone", [["pentagone", "Pentagone"]]],
  ["LE PENTAGONE", [["pentagone", "PENTAGONE"]]],
  ["toutes les agences fédérales américaines", [["agence", "agences fédérales américaines"]]],
  ["des partenariats commerciaux", [["partenariat", "partenariats commerciaux"]]],
  ["les réseaux sociaux", [["reseau", "réseaux sociaux"]]],
  ["des enjeux majeurs", [["enjeu", "enjeux majeurs"]]],
  ["l’intelligence\u00A0artificielle", [["ia-longue", "intelligence\u00A0artificielle"]]],
  ["des intelligences\u202Fartificielles", [["ia-longue", "intelligences\u202Fartificielles"]]],
  ["des garde\u2011fous", [["garde-fou", "garde\u2011fous"]]],
  [
    "un garde\u2010fou, un garde\u2013fou",
    [
      ["garde-fou", "garde\u2010fou"],
      ["garde-fou", "garde\u2013fou"],
    ],
  ],
  ["ses conditions d’utilisation", [["conditions", "conditions d’utilisation"]]],
  ["la gestion des risques", [["gestion", "gestion des risques"]]],
  ["l’accès aux données", [["acces", "accès aux données"]]],
  ["les usages des armes", [["arme", "usages des armes"]]],
  [
    "un été chaud, un ÉTÉ froid",
    [
      ["ete", "été"],
      ["ete", "ÉTÉ"],
    ],
  ],
  ["des chercheuses", [["chercheur", "chercheuses"]]],
  ["des conséquences civiles et pénales", [["civile", "conséquences civiles"]]],
  ["aujourd'hui", [["aujourdhui", "aujourd'hui"]]],
  ["jusqu’aux élections", [["election", "élections"]]],
  ["puisqu’Anthropic refuse", [["anthropic", "Anthropic"]]],
  [
    "un porte\u2011avions et des avions",
    [
      ["porte-avions", "porte\u2011avions"],
      ["avion", "avions"],
    ],
  ],
  ["les caprices des Big Tech", [["big-tech", "Big Tech"]]],
  ["la R&D", [["rd", "R&D"]]],
  // Negative rows.
  ["un choix risqué", []],
  ["prisque", []],
  ["un air risque-tout", []],
  ["un risque pour la, chaîne", [["risque", "risque"]]],
  ["l’ia, la via, Ia", []],
  ["le pentagone", []],
  ["ete", []],
  ["garde fou", []],
  ["la la la", []],
  ["la big tech", []],
  ["la R & D", []],
];

describe("matchTerms", () => {
  const index = compileTermIndex(GLOSSARY);

  it.each(CASES)("%s", (text, expected) => {
    const matches = matchTerms(index, text);
    expect(matches.map((m) => [m.entryId, m.text])).toEqual(expected);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("leaves out entries with no content word", () => {
    expect(index.entries.has("article")).toBe(false);
    expect(index.entries.has("risque")).toBe(true);
  });

  it("gives UTF-16 offsets after astral characters and over decomposed accents", () => {
    const text = "🙂 un e\u0301te\u0301 à risque";
    const matches = matchTerms(index, text);
    expect(matches.map((m) => [m.entryId, m.start, m.end])).toEqual([
      ["ete", 6, 11],
      ["risque", 14, 20],
    ]);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("treats typographic and ASCII apostrophes alike, in the entry and in the text", () => {
    const typographic = compileTermIndex([{ id: "t", term: "chaîne d’approvisionnement" }]);
    const ascii = compileTermIndex([{ id: "a", term: "chaîne d'approvisionnement" }]);
    for (const text of ["chaîne d'approvisionnement", "chaîne d’approvisionnement", "chaîne dʼapprovisionnement"]) {
      expect(matchTerms(typographic, text).map((m) => m.text)).toEqual([text]);
      expect(matchTerms(ascii, text).map((m) => m.text)).toEqual([text]);
    }
  });

  it("lets caseSensitive force or drop case checks", () => {
    const strict = compileTermIndex([{ id: "s", term: "risque", caseSensitive: true }]);
    expect(matchTerms(strict, "Risque et risque").map((m) => m.start)).toEqual([10]);
    const loose = compileTermIndex([{ id: "l", term: "Pentagone", caseSensitive: false }]);
    expect(matchTerms(loose, "le pentagone").map((m) => m.text)).toEqual(["pentagone"]);
  });

  it("prefers the entry whose capitals fit when two differ only in case", () => {
    const both = compileTermIndex([
      { id: "common", term: "défense" },
      { id: "ministry", term: "Défense" },
    ]);
    expect(matchTerms(both, "la Défense et la défense").map((m) => m.entryId)).toEqual(["ministry", "common"]);
  });

  it("falls back to a shorter entry when the longer one's case does not fit", () => {
    const idx = compileTermIndex([
      { id: "short", term: "solution" },
      { id: "long", term: "solution IA" },
    ]);
    expect(matchTerms(idx, "une solution ia").map((m) => [m.entryId, m.text])).toEqual([["short", "solution"]]);
  });

  it("keeps matches sorted, disjoint and exact on a long text", () => {
    const text = readFileSync(new URL("../../prisma/seed/anthropic-pentagone.fr.txt", import.meta.url), "utf8");
    const matches = matchTerms(index, text);
    expect(matches.length).toBeGreaterThan(10);
    for (let k = 0; k < matches.length; k++) {
      expect(text.slice(matches[k].start, matches[k].end)).toBe(matches[k].text);
      if (k > 0) expect(matches[k].start).toBeGreaterThanOrEqual(matches[k - 1].end);
    }
  });
});

describe("matchTerms on the demo article", () => {
  const article = readFileSync(new URL("../../prisma/seed/anthropic-pentagone.fr.txt", import.meta.url), "utf8");
  const sentences = article.split(/\n\s*\n/u).flatMap((paragraph) => segmentSentences(paragraph.trim(), "fr").map((s) => s.text));
  const index = compileTermIndex([{ id: "scrm", term: "risque pour la chaîne d’approvisionnement" }]);

  it("finds «risque pour la chaîne d’approvisionnement» in exactly the two sentences that use it", () => {
    const hits = sentences.map((s) => ({ s, matches: matchTerms(index, s) })).filter((h) => h.matches.length > 0);
    expect(hits).toHaveLength(2);
    expect(hits[0].s).toContain("comme « risque pour la chaîne d’approvisionnement en matière");
    expect(hits[1].s).toMatch(/^La désignation de risque pour la chaîne d’approvisionnement pourrait/u);
    for (const { s, matches } of hits) {
      expect(matches).toHaveLength(1);
      expect(matches[0].text).toBe("risque pour la chaîne d’approvisionnement");
      expect(s.slice(matches[0].start, matches[0].end)).toBe(matches[0].text);
    }
  });

  it("gives the longer entry that starts first when «désignation de risque» is in the glossary too", () => {
    const both = compileTermIndex([
      { id: "scrm", term: "risque pour la chaîne d’approvisionnement" },
      { id: "des", term: "désignation de risque" },
    ]);
    const sentence = sentences.find((s) => s.startsWith("La désignation de risque pour"))!;
    expect(matchTerms(both, sentence).map((m) => m.entryId)).toEqual(["des"]);
  });
});
