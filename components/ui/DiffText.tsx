import type { DiffPart } from "@/core/diff/word-diff";

/** A word diff as text: deletions struck through, insertions underlined (never as HTML). */
export function DiffText({ parts, lang }: { parts: DiffPart[]; lang?: string }) {
  return (
    <span className="diff-text pre-wrap" lang={lang}>
      {parts.map((part, k) =>
        part.kind === "insert" ? <ins key={k}>{part.text}</ins> : part.kind === "delete" ? <del key={k}>{part.text}</del> : <span key={k}>{part.text}</span>,
      )}
    </span>
  );
}
