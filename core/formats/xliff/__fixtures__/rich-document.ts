/**
 * A document that exercises every part of the XLIFF mapping: headings with and without a level,
 * all six statuses, empty targets in initial and later states, notes with line breaks and markup
 * characters, comment threads (a reply, a resolved thread, a span, markup in a body and a name), terms with and without definitions (one
 * with every termbase field), notes and a gloss on some words of the source, French punctuation with no-break spaces,
 * whitespace that only survives under xml:space="preserve", and a character XML cannot carry.
 */

import type { XliffDocument } from "../xliff-model";

export const HOSTILE_NOTE = `<script>alert("x & y")</script>\nSecond line & <b>bold</b> ]]> "quoted"`;

export const HOSTILE_COMMENT = `<script>alert("c")</script> & more\nSecond line <img src=x onerror=alert(1)> ]]>`;

export function richDocument(): XliffDocument {
  return {
    title: "L’IA & la « souveraineté » <numérique>",
    sourceLanguage: "fr",
    targetLanguage: "en-GB",
    date: "2026-02-28",
    units: [
      {
        id: "p1",
        kind: "heading",
        level: 1,
        segments: [
          {
            id: "s1",
            source: "La « souveraineté » numérique",
            target: "Digital “sovereignty”",
            status: "approved",
            terms: [
              {
                source: "souveraineté",
                preferred: "sovereignty",
                admitted: ["supremacy", "self-rule & <autonomy>"],
                forbidden: ["sovereignity"],
                definition: "Pouvoir suprême d’un État.",
                note: "Not in legal texts: use « supremacy » there.",
                domain: "Droit public",
                partOfSpeech: "noun",
                sourceUrl: "https://fr.wikipedia.org/wiki/Souveraineté?x=1&y=2",
              },
            ],
          },
        ],
      },
      {
        id: "p2",
        kind: "paragraph",
        segments: [
          { id: "s2", source: "Le Pentagone l’exige\u202F!", target: "", status: "new", notes: ["À vérifier\nauprès de l’auteur.", HOSTILE_NOTE] },
          {
            id: "s3",
            source: "Anthropic refuse.",
            target: "Anthropic refuses.",
            status: "draft",
            spanNotes: [
              { kind: "note", body: 'Check the <b>tense</b> & "quotes"\non two lines.', start: 0, end: 9, exact: "Anthropic" },
              { kind: "gloss", body: "Refuser : ne pas accepter.", start: 10, end: 16, exact: "refuse", term: "refuser" },
              { kind: "note", body: "Second note on the verb.", start: 10, end: 17, exact: "refuse." },
            ],
            comments: [
              { id: "ck1", author: "Alice Martin", created: "2026-03-01T14:05:00.000Z", body: HOSTILE_COMMENT, span: { start: 10, end: 17, exact: "refuses" } },
              { id: "ck2", replyTo: "ck1", author: 'Bob & <Co> "B"', created: "2026-03-01T15:30:00.000Z", body: "Agreed.\n\nChanged it." },
            ],
          },
          { id: "s4", source: "Le contrat tient.", target: "The contract holds.", status: "translated", terms: [{ source: "contrat", preferred: "contract" }] },
          {
            id: "s5",
            source: "Il a écrit sur X.",
            target: "He wrote on X.",
            status: "reviewed",
            notes: ["Vérifié."],
            comments: [{ id: "ck3", created: "2026-03-02T09:00:00.000Z", resolved: "2026-03-02T10:00:00.000Z", body: "Fine as is." }],
          },
          { id: "s6", source: "Pourquoi\u00A0?", target: "", status: "rejected", notes: ["Traduction manquante."] },
          { id: "s7", source: "Brouillon vide.", target: "", status: "draft" },
        ],
      },
      { id: "p3", kind: "heading", segments: [{ id: "s8", source: "Annexe", target: "Appendix", status: "new" }] },
      {
        id: "p4",
        kind: "paragraph",
        segments: [
          {
            id: "s9",
            source: "  Deux  espaces,\tune tabulation\r\net un retour. ",
            target: "Two  spaces, a control \u0001 character.",
            status: "translated",
            terms: [
              { source: "espace", preferred: "space", definition: "Blanc entre deux mots & <signes>." },
              { source: "tabulation", preferred: "", definition: "Caractère de contrôle." },
            ],
          },
        ],
      },
    ],
  };
}
