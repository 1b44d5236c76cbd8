import { describe, expect, it } from "vitest";
import { segmentSentences } from "./segment-sentences";
import type { SegmentLanguage } from "./types";

const texts = (paragraph: string, lang: SegmentLanguage = "fr"): string[] => segmentSentences(paragraph, lang).map((s) => s.text);

// Each case: a paragraph and the sentences it must give. Positive cases split, negative ones must not.
const FRENCH_CASES: Array<[name: string, paragraph: string, expected: string[]]> = [
  ["plain sentences", "Il pleut. Le vent souffle ! Viendras-tu ? Oui.", ["Il pleut.", "Le vent souffle !", "Viendras-tu ?", "Oui."]],
  ["title M.", "M. Dupont est arrivé. Il est las.", ["M. Dupont est arrivé.", "Il est las."]],
  [
    "titles Mme, Dr, Pr, Me",
    "Mme Durand et le Dr. Martin ont vu le Pr. Henri et Me. Lenoir hier.",
    ["Mme Durand et le Dr. Martin ont vu le Pr. Henri et Me. Lenoir hier."],
  ],
  ["av. J.-C. inside a sentence", "Il fut dédié en 493 av. J.-C. par Spurius Cassius.", ["Il fut dédié en 493 av. J.-C. par Spurius Cassius."]],
  ["J.-C. ending a sentence", "Rome fut fondée en 753 av. J.-C. Elle devint un empire.", ["Rome fut fondée en 753 av. J.-C.", "Elle devint un empire."]],
  ["etc. before lowercase", "Des pommes, des poires, etc. et des prunes.", ["Des pommes, des poires, etc. et des prunes."]],
  ["etc. ending a sentence", "Des pommes, des poires, etc. Le marché ferme tôt.", ["Des pommes, des poires, etc.", "Le marché ferme tôt."]],
  [
    "page and article numbers",
    "Voir p. 12 et l’art. 5 du code. Puis le chap. IV et le n. 3.",
    ["Voir p. 12 et l’art. 5 du code.", "Puis le chap. IV et le n. 3."],
  ],
  ["cf. and env.", "Cf. Dupont, qui compte env. 300 cas. Ensuite vient la suite.", ["Cf. Dupont, qui compte env. 300 cas.", "Ensuite vient la suite."]],
  ["month abbreviation before a year", "Il est né en janv. 1950 à Lyon.", ["Il est né en janv. 1950 à Lyon."]],
  ["initials J.-P. Sartre", "Il a lu J.-P. Sartre. Puis Camus.", ["Il a lu J.-P. Sartre.", "Puis Camus."]],
  ["initials J. R. R. Tolkien", "Le livre de J. R. R. Tolkien est long.", ["Le livre de J. R. R. Tolkien est long."]],
  ["dotted initials H.R.F. Keating", "En 1987, H.R.F. Keating publia sa liste.", ["En 1987, H.R.F. Keating publia sa liste."]],
  ["middle initial", "Le 24 octobre 2005, George W. Bush a nommé Bernanke.", ["Le 24 octobre 2005, George W. Bush a nommé Bernanke."]],
  ["initial then a name particle", "Il cite J.-M. Le Pen et sort.", ["Il cite J.-M. Le Pen et sort."]],
  ["single letter ending a sentence", "Il l’a écrit sur X. La désignation pourrait durer.", ["Il l’a écrit sur X.", "La désignation pourrait durer."]],
  [
    "single letter then a particle ending a sentence",
    "Il a choisi le plan B. Le lendemain, il partit.",
    ["Il a choisi le plan B.", "Le lendemain, il partit."],
  ],
  ["decimal comma and percent", "Le taux atteint 3,5 % cette année. Il baissera.", ["Le taux atteint 3,5 % cette année.", "Il baissera."]],
  ["decimal point", "La valeur est 3.5 sur 10. Elle monte.", ["La valeur est 3.5 sur 10.", "Elle monte."]],
  [
    "thousands with spaces and NBSP",
    "Il y a 1 200 000 habitants et 2\u00a0500 communes. C’est beaucoup.",
    ["Il y a 1 200 000 habitants et 2\u00a0500 communes.", "C’est beaucoup."],
  ],
  ["sentence starting with a number", "Il fait beau. 5,92 % des électeurs ont voté blanc.", ["Il fait beau.", "5,92 % des électeurs ont voté blanc."]],
  ["ordinals", "Le 1er mars, au XXe siècle. Le XIXe s. fut long.", ["Le 1er mars, au XXe siècle.", "Le XIXe s. fut long."]],
  ["URL", "Voir https://www.exemple.fr/page.html?a=1 pour plus. Merci.", ["Voir https://www.exemple.fr/page.html?a=1 pour plus.", "Merci."]],
  ["URL at the end of a sentence", "Le site est www.papa66.com. Il ouvre demain.", ["Le site est www.papa66.com.", "Il ouvre demain."]],
  ["e-mail address", "Écrivez à jean.dupont@exemple.fr dès demain. Merci.", ["Écrivez à jean.dupont@exemple.fr dès demain.", "Merci."]],
  ["ellipsis before a capital", "Il hésita… Puis il partit.", ["Il hésita…", "Puis il partit."]],
  ["three dots before a capital", "Il hésita... Puis il partit.", ["Il hésita...", "Puis il partit."]],
  ["ellipsis before lowercase", "Il hésita… puis il partit.", ["Il hésita… puis il partit."]],
  ["bracketed ellipsis", "(...) Les universités doivent rendre des comptes.", ["(...) Les universités doivent rendre des comptes."]],
  ["closing guillemet stays with its sentence", "Il a dit : « Il pleut. » Elle est sortie.", ["Il a dit : « Il pleut. »", "Elle est sortie."]],
  ["narrow no-break space before guillemet", "« Il pleut\u202f! » Elle est sortie.", ["« Il pleut\u202f! »", "Elle est sortie."]],
  ["». followed by a capital", "Il parle d’une « erreur ». Elle répond.", ["Il parle d’une « erreur ».", "Elle répond."]],
  [
    "quote followed by lowercase continuation",
    "Son entreprise « ne peut pas » aux demandes répondre. Fin.",
    ["Son entreprise « ne peut pas » aux demandes répondre.", "Fin."],
  ],
  ["incise after a quoted exclamation", "« Quelle horreur ! » s’écria-t-elle. Il rit.", ["« Quelle horreur ! » s’écria-t-elle.", "Il rit."]],
  ["quote closed then comma", "« Ce plan est adopté. », répond-il.", ["« Ce plan est adopté. », répond-il."]],
  [
    "colon then a one-sentence quotation",
    "Il a écrit : « Les extrémistes ont commis une ERREUR plutôt que notre Constitution ». Il a menacé.",
    ["Il a écrit : « Les extrémistes ont commis une ERREUR plutôt que notre Constitution ».", "Il a menacé."],
  ],
  [
    "straight quotes glued to words",
    'Il espère que le contrat "pousse Getafe". Le club attend.',
    ['Il espère que le contrat "pousse Getafe".', "Le club attend."],
  ],
  ["spaced closing straight quote", 'Il cria : " Tu es une bête ! " Les serveurs rirent.', ['Il cria : " Tu es une bête ! "', "Les serveurs rirent."]],
  ["colon before a capital", "La question est : Peut-on y aller ?", ["La question est : Peut-on y aller ?"]],
  [
    "semicolon then a capitalised function word",
    "Il croyait connaître les classiques ; Le poème est né plus tard.",
    ["Il croyait connaître les classiques ;", "Le poème est né plus tard."],
  ],
  ["semicolon then a proper noun", "Jean chante ; Marie danse.", ["Jean chante ; Marie danse."]],
  ["semicolon then lowercase", "Il pleut ; il vente.", ["Il pleut ; il vente."]],
  ["exclamation before lowercase", "Ah ! dit-il en riant. Voilà.", ["Ah ! dit-il en riant.", "Voilà."]],
  ["period before lowercase is not an end", "Il vit à Paris. cependant il part.", ["Il vit à Paris. cependant il part."]],
  ["mixed terminators", "Vraiment ?! Oui !... Bon.", ["Vraiment ?!", "Oui !...", "Bon."]],
  ["parenthesised sentence", "Il part. (Il reviendra.) Elle reste.", ["Il part.", "(Il reviendra.)", "Elle reste."]],
  [
    "English names inside French",
    "Surnommé King Fish ou Mr. Angel, il joue. Apple Inc. Les ventes montent.",
    ["Surnommé King Fish ou Mr. Angel, il joue.", "Apple Inc.", "Les ventes montent."],
  ],
  ["no final punctuation", "Une phrase sans point", ["Une phrase sans point"]],
];

const ENGLISH_CASES: Array<[name: string, paragraph: string, expected: string[]]> = [
  ["titles", "Mr. Smith met Mrs. Jones and Dr. Who. They talked.", ["Mr. Smith met Mrs. Jones and Dr. Who.", "They talked."]],
  ["e.g. and i.e.", "Bring fruit, e.g. Apples, i.e. Something sweet. Then leave.", ["Bring fruit, e.g. Apples, i.e. Something sweet.", "Then leave."]],
  ["U.S. and No.", "The U.S. Army sent No. 5 to the U.K. Office. It arrived.", ["The U.S. Army sent No. 5 to the U.K. Office.", "It arrived."]],
  ["closing quote after the period", "He said “Yes.” She left.", ["He said “Yes.”", "She left."]],
  ["Inc. ending a sentence", "He works at Acme Inc. The pay is good.", ["He works at Acme Inc.", "The pay is good."]],
];

describe("segmentSentences", () => {
  it.each(FRENCH_CASES)("fr: %s", (_name, paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
  });

  it.each(ENGLISH_CASES)("en: %s", (_name, paragraph, expected) => {
    expect(texts(paragraph, "en")).toEqual(expected);
  });

  it("returns nothing for an empty or blank paragraph", () => {
    expect(segmentSentences("")).toEqual([]);
    expect(segmentSentences(" \t\u00a0\n ")).toEqual([]);
  });

  it("never returns an empty sentence", () => {
    for (const paragraph of ["...", " . ! ? ", "« » . «", "Fin. . . Début."]) {
      for (const sentence of segmentSentences(paragraph)) expect(sentence.text.trim()).not.toBe("");
    }
  });

  it("keeps offsets that point at the exact trimmed text and rebuild the paragraph", () => {
    const paragraphs = [
      "  Il a dit : « Il pleut. »   Elle est sortie.\u00a0 M. Dupont, lui, reste ; Le soir tombe…  Fin  ",
      ...FRENCH_CASES.map(([, paragraph]) => paragraph),
    ];
    for (const paragraph of paragraphs) {
      const sentences = segmentSentences(paragraph);
      let rebuilt = paragraph.slice(0, sentences[0]?.start ?? paragraph.length);
      sentences.forEach((s, i) => {
        expect(s.text).toBe(paragraph.slice(s.start, s.end));
        expect(s.text).toBe(s.text.trim());
        const next = sentences[i + 1]?.start ?? paragraph.length;
        const gap = paragraph.slice(s.end, next);
        expect(gap.trim()).toBe("");
        rebuilt += s.text + gap;
      });
      expect(rebuilt).toBe(paragraph);
    }
  });

  it("segments a megabyte of text paragraph by paragraph in well under a second", () => {
    const paragraph =
      "Le secrétaire à la Défense, Pete Hegseth, a suivi en classifiant Anthropic comme « risque pour la chaîne ». " +
      "M. Dupont, né en 52 av. J.-C., a lu J.-P. Sartre... Puis il a écrit sur X. La suite ; Le reste, etc. Fin ! ";
    const paragraphs = Array.from({ length: Math.ceil(1_000_000 / paragraph.length) }, () => paragraph);
    const started = performance.now();
    let count = 0;
    for (const p of paragraphs) count += segmentSentences(p).length;
    const elapsed = performance.now() - started;
    expect(count).toBe(paragraphs.length * 6);
    expect(elapsed).toBeLessThan(1000);
  });
});
