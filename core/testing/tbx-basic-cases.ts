/** TBX-Basic files for tests: one that keeps the dialect's rules, and cases that each break one. */

/** A TBX-Basic file whose French termSec holds `termSec` extras and whose concept holds `concept` extras (line 6 on). */
export function basicFile({ concept = "", lang = "", term = "" }: { concept?: string; lang?: string; term?: string }): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">`,
    `<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>`,
    `<text><body>`,
    `<conceptEntry id="c1">`,
    concept,
    `<langSec xml:lang="fr">`,
    lang,
    `<termSec><term>amas ouvert</term>`,
    term,
    `</termSec></langSec>`,
    `<langSec xml:lang="en"><termSec><term>open cluster</term></termSec></langSec>`,
    `</conceptEntry></body></text></tbx>`,
  ].join("\n");
}

/** Data that keeps TBX-Basic's rules at every level. */
export const GOOD_PARTS = {
  concept: `<descrip type="subjectField">astronomie</descrip><ref type="crossReference" target="c1">voir</ref>`,
  lang: `<descripGrp><descrip type="definition">Groupe d’étoiles.</descrip><admin type="source">Larousse</admin></descripGrp>`,
  term: `<termNote type="partOfSpeech">noun</termNote><termNote type="grammaticalGender">masculine</termNote><termNote type="geographicalUsage">fr-CA</termNote>`,
};

/** Each case breaks one TBX-Basic rule: what, where, the line our import names, what it says. */
export const BROKEN_CASES: [string, { concept?: string; lang?: string; term?: string }, number, RegExp][] = [
  ["a part of speech outside the picklist", { term: `<termNote type="partOfSpeech">proper noun</termNote>` }, 10, /partOfSpeech "proper noun" is not one of/u],
  ["an unknown status", { term: `<termNote type="administrativeStatus">preferred</termNote>` }, 10, /administrativeStatus "preferred"/u],
  [
    "a context at concept level",
    { concept: `<descrip type="context">Il observe un amas.</descrip>` },
    6,
    /context may only appear at level\(s\) termSec, not conceptEntry/u,
  ],
  ["a subject field in a language section", { lang: `<descrip type="subjectField">astronomie</descrip>` }, 8, /subjectField may only appear/u],
  [
    "a termNote outside a termSec",
    { lang: `<termNote type="partOfSpeech">noun</termNote>` },
    8,
    /partOfSpeech may only appear at level\(s\) termSec, not langSec/u,
  ],
  ["a data category Basic lacks", { term: `<termNote type="usageRegister">formal</termNote>` }, 10, /usageRegister.*not a TBX-Basic data category/u],
  ["an empty data category", { term: `<admin type="">x</admin>` }, 10, /no data category/u],
  [
    "a transaction type outside the picklist",
    { concept: `<transacGrp><transac type="transactionType">deletion</transac></transacGrp>` },
    6,
    /transactionType "deletion"/u,
  ],
  ["a termSec with two terms", { term: `<term>amas</term>` }, 9, /2 <term> elements/u],
];
