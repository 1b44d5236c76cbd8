/** Small documents shared by the export tests. */
import type { BilingualDocument } from "../model/document";

export const HOSTILE = `<script>alert(1)</script> <img src=x onerror=alert(1)>`;

export function sampleDocument(): BilingualDocument {
  return {
    title: "Anthropic et le Pentagone",
    date: "2026-02-28",
    sourceLanguage: "fr",
    targetLanguage: "en",
    blocks: [
      { kind: "heading", level: 2, segments: [{ source: "Les décisions d’Anthropic", target: "Anthropic’s decisions", status: "approved" }] },
      {
        kind: "paragraph",
        segments: [
          { source: "Donald Trump a ordonné.", target: "Donald Trump ordered.", status: "translated" },
          { source: "Il a écrit sur X.", target: "", status: "new" },
          { source: "Le Pentagone exige.", target: "The Pentagon demands.", status: "draft" },
        ],
      },
      { kind: "paragraph", segments: [{ source: "Pas encore traduit.", target: "  ", status: "new" }] },
      { kind: "heading", level: 3, segments: [{ source: "Soutien", target: "Support", status: "reviewed" }] },
    ],
  };
}
