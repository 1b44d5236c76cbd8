"use client";

import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * Gloss / Note buttons for the text selected in a source; also what right-click opens (then it
 * takes focus so the keyboard can choose).
 */
export function SelectionToolbar({ onGloss, onNote, focusFirst }: { onGloss: () => void; onNote: () => void; focusFirst: boolean }) {
  const { t } = useTranslation("glossary");
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusFirst) first.current?.focus();
  }, [focusFirst]);
  // mousedown must not move the selection away from the source before the click is handled.
  const keep = (event: React.MouseEvent) => event.preventDefault();
  return (
    <div className="selection-toolbar" role="toolbar" aria-label={t("gloss.selectionLabel")} data-testid="selection-toolbar">
      <button ref={first} type="button" className="button button--small" onMouseDown={keep} onClick={onGloss} aria-keyshortcuts="Alt+G">
        {t("gloss.button")} <kbd>Alt+G</kbd>
      </button>
      <button type="button" className="button button--small" onMouseDown={keep} onClick={onNote} aria-keyshortcuts="Alt+N">
        {t("gloss.noteButton")} <kbd>Alt+N</kbd>
      </button>
    </div>
  );
}
