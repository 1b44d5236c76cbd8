/**
 * Word lists the sentence segmenter consults. Abbreviations are written without their final
 * period and matched case-sensitively (a lowercase entry also matches its capitalised form, for
 * the start of a sentence: "Cf. Dupont").
 */

import type { SegmentLanguage } from "./types";

/**
 * Abbreviations always followed by more of the same sentence (a name, a date, a reference): a
 * period after them never ends a sentence. Mostly titles and forms of address.
 */
const FRENCH_NON_FINAL = [
  "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste", "Sts", "Stes",
  "Vve", "Gén", "Gal", "Cdt", "Lt", "Sgt", "Capt",
  // "av. J.-C.", "cf. Dupont", "(angl. Mendelian Inheritance)": always introduce something.
  "av", "apr", "cf", "dir", "éd", "édit", "coll", "trad", "rééd", "impr",
  "angl", "lat", "gr", "fr", "esp", "ital", "bd", "boul", "pl", "rte", "fbg", "dép", "arr", "tél",
];

const ENGLISH_NON_FINAL = [
  "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Hon", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt",
  "Sen", "Rep", "Pres", "Fr", "St", "Mt", "Ft", "vs", "v", "ed", "eds",
];

/**
 * Abbreviations that also close sentences ("pommes, poires, etc. Le lendemain…", "en 52 av. J.-C.
 * Il…") or that are real abbreviations only before a number ("art. 12", "p. 3", "janv. 2005"): a
 * period after them ends a sentence only when a capitalised word follows — never before a number,
 * a roman numeral or an initial ("art. L. 642-3", "chap. IV"), nor before lowercase.
 */
const MAY_END = [
  "etc", "J.-C", "ibid", "id", "cit", "sq", "sqq", "suiv", "ill", "al", "ca", "env", "approx",
  "p", "pp", "art", "vol", "chap", "ch", "fig", "n", "t", "tab", "sect", "ms", "mss", "min", "max",
  "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "Cie",
  "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "Bros", "a.m", "p.m", "Ave", "Blvd", "Rd",
  "No", "Nos", "Vol", "Vols", "figs", "eq", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
  "Sept", "Oct", "Nov", "Dec",
];

/**
 * Closed-class words (articles, pronouns, prepositions, conjunctions, sentence adverbs): these are
 * capitalised only at the start of a sentence, so after a semicolon — which French and English
 * follow with lowercase — a capitalised one means the writer started a new sentence. A proper
 * noun after a semicolon ("Jean vient ; Marie part.") does not.
 */
const FRENCH_SENTENCE_STARTERS = [
  "Le", "La", "Les", "L'", "L’", "Un", "Une", "Des", "Du", "De", "D'", "D’", "Au", "Aux",
  "Ce", "Cet", "Cette", "Ces", "C'", "C’", "Ça", "Cela", "Ceci", "Celui", "Celle", "Ceux", "Celles",
  "Mon", "Ma", "Mes", "Ton", "Ta", "Tes", "Son", "Sa", "Ses", "Notre", "Nos", "Votre", "Vos",
  "Leur", "Leurs", "Quel", "Quelle", "Quels", "Quelles", "Tout", "Toute", "Tous", "Toutes",
  "Je", "J'", "J’", "Tu", "Il", "Elle", "On", "Nous", "Vous", "Ils", "Elles", "Y", "En",
  "Qui", "Que", "Qu'", "Qu’", "Quoi", "Où", "Quand", "Comment", "Pourquoi", "Combien",
  "Et", "Ou", "Mais", "Or", "Donc", "Car", "Ni", "Puis", "Ensuite", "Enfin", "Alors",
  "Si", "Comme", "Lorsque", "Lorsqu'", "Lorsqu’", "Puisque", "Bien", "Pourtant", "Cependant",
  "Ainsi", "Aussi", "Dans", "Sur", "Sous", "Avec", "Sans", "Pour", "Par", "Chez", "Vers",
  "Entre", "Après", "Avant", "Depuis", "Pendant", "Selon", "Malgré", "Contre", "Parmi",
  "Ne", "N'", "N’", "Se", "S'", "S’", "Voici", "Voilà", "Certains", "Certaines",
  "Plusieurs", "Chaque", "Aucun", "Aucune",
];

const ENGLISH_SENTENCE_STARTERS = [
  "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "We", "They", "I",
  "You", "There", "Here", "His", "Her", "Its", "Our", "Their", "My", "Your", "In", "On", "At",
  "For", "With", "By", "From", "After", "Before", "But", "And", "Or", "So", "Yet", "However",
  "Then", "Thus", "If", "When", "While", "Although", "As", "What", "Who", "Why", "How", "Where",
];

/**
 * Particles that begin surnames ("J.-M. Le Pen", "J. de La Fontaine", "L. Van Beethoven"): after an
 * initial, a capitalised particle followed by a capitalised word is still the name.
 */
const NAME_PARTICLES = ["Le", "La", "Les", "De", "Du", "Des", "D'", "D’", "L'", "L’", "Da", "Di", "Van", "Von", "Del", "Della", "Mac"];

export interface AbbreviationLists {
  nonFinal: ReadonlySet<string>;
  mayEnd: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
}

// French text quotes English names and titles ("Mr. Angel", "Apple Inc."), so French uses both lists.
const LISTS: Record<SegmentLanguage, AbbreviationLists> = {
  fr: {
    nonFinal: new Set([...FRENCH_NON_FINAL, ...ENGLISH_NON_FINAL]),
    mayEnd: new Set(MAY_END),
    sentenceStarters: new Set(FRENCH_SENTENCE_STARTERS),
    nameParticles: new Set(NAME_PARTICLES),
  },
  en: {
    nonFinal: new Set(ENGLISH_NON_FINAL),
    mayEnd: new Set(MAY_END),
    sentenceStarters: new Set(ENGLISH_SENTENCE_STARTERS),
    nameParticles: new Set(NAME_PARTICLES),
  },
};

/** The abbreviation and sentence-starter lists for a language. */
export function abbreviationLists(lang: SegmentLanguage): AbbreviationLists {
  return LISTS[lang];
}

/** Whether `word` (without its period) is in `set`, also accepting the capitalised form of a lowercase entry. */
export function hasWord(set: ReadonlySet<string>, word: string): boolean {
  if (set.has(word)) return true;
  // A lone capital is an initial ("Steven P. Novella"), not a capitalised "p." (page).
  if (word.length < 2) return false;
  const lowered = word.charAt(0).toLowerCase() + word.slice(1);
  return lowered !== word && set.has(lowered);
}
