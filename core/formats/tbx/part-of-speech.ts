/**
 * Part of speech is free text in the glossary (typed by users, read from CSV files), but TBX-Basic
 * allows only noun, verb, adjective, adverb and other. The export maps any other value to the
 * nearest allowed one and keeps the original in a note, so nothing the user wrote is lost.
 */

import { PARTS_OF_SPEECH } from "./basic-categories";

export type BasicPartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

// Keys are compared lower-cased, accents and non-letters removed ("Nom propre" → "nompropre").
const SYNONYMS: Record<string, BasicPartOfSpeech> = {
  noun: "noun",
  n: "noun",
  nom: "noun",
  substantif: "noun",
  nomcommun: "noun",
  commonnoun: "noun",
  propernoun: "noun",
  nompropre: "noun",
  pn: "noun",
  np: "noun",
  nf: "noun",
  nm: "noun",
  nommasculin: "noun",
  nomfeminin: "noun",
  verb: "verb",
  v: "verb",
  verbe: "verb",
  vt: "verb",
  vi: "verb",
  adjective: "adjective",
  adj: "adjective",
  adjectif: "adjective",
  a: "adjective",
  adverb: "adverb",
  adv: "adverb",
  adverbe: "adverb",
  other: "other",
  autre: "other",
};

/** The TBX-Basic value for a free-text part of speech ("proper noun" → noun, "locution" → other). */
export function toBasicPartOfSpeech(value: string): BasicPartOfSpeech {
  const key = value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/gu, "");
  return Object.hasOwn(SYNONYMS, key) ? SYNONYMS[key] : "other";
}

/** Whether `value` is already a TBX-Basic part of speech. */
export function isBasicPartOfSpeech(value: string): value is BasicPartOfSpeech {
  return (PARTS_OF_SPEECH as readonly string[]).includes(value);
}
