"use client";

import { useTranslation } from "react-i18next";
import type { OfferedTerm } from "./offered-terms";

/** The glossary terms of the segment being translated, beside its editor; Alt+n inserts equivalent n. */
export function TermsPanel({ offered, onInsert }: { offered: OfferedTerm[]; onInsert: (text: string) => void }) {
  const { t } = useTranslation("glossary");
  if (offered.length === 0) return null;
  return (
    <aside className="terms-panel" aria-label={t("terms.title")} data-testid="terms-panel">
      <ul>
        {offered.map((term) => (
          <li key={term.entry.id}>
            <span lang="fr" className="terms-panel__source">
              {term.found}
            </span>
            {" → "}
            {term.equivalents.map((equivalent) => (
              <button
                key={equivalent.text}
                type="button"
                className="terms-panel__equivalent"
                lang="en"
                // Keep the editor's selection: insert where the caret is.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onInsert(equivalent.text)}
                title={equivalent.n ? t("terms.insert", { equivalent: equivalent.text, n: equivalent.n }) : undefined}
              >
                {equivalent.n ? <kbd>{equivalent.n}</kbd> : null} {equivalent.text}
              </button>
            ))}
            {(term.entry.forbidden ?? []).map((text) => (
              <del key={text} lang="en" className="terms-panel__forbidden">
                {text}
              </del>
            ))}
          </li>
        ))}
      </ul>
    </aside>
  );
}
