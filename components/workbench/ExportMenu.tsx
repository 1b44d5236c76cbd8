"use client";

import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/** The formats, grouped by who they are for (served by the export route handler). */
const GROUPS = [
  { key: "english", formats: ["md", "txt", "docx-en"] },
  { key: "review", formats: ["html", "review-html", "docx"] },
  { key: "exchange", formats: ["xliff"] },
] as const;

/**
 * The document's downloads behind one "Export" button, so the grid keeps the screen. A native
 * disclosure (keyboard and screen readers get it for free) that closes on Esc, on a click
 * elsewhere and once a download is chosen.
 */
export function ExportMenu({ documentId }: { documentId: string }) {
  const { t } = useTranslation(["workbench", "glossary"]);
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, []);
  const closeMenu = () => menu.current && (menu.current.open = false);
  return (
    <details ref={menu} className="menu export-menu" data-testid="export-menu">
      <summary className="button button--small">{t("workbench:export.label")}</summary>
      <div className="menu__list" role="group" aria-label={t("workbench:export.label")}>
        {GROUPS.map((group) => (
          <div key={group.key} className="menu__group">
            <p className="menu__heading">{t(`workbench:export.groups.${group.key}`)}</p>
            {group.formats.map((format) => (
              <a key={format} className="menu__item" href={`/api/documents/${documentId}/export?format=${format}`} download data-testid={`export-${format}`} onClick={closeMenu}>
                {t(`workbench:export.${format}`)}
              </a>
            ))}
            {group.key === "exchange" ? (
              <a className="menu__item" href={`/api/documents/${documentId}/annotations`} download data-testid="export-annotations" onClick={closeMenu}>
                {t("glossary:annotations.export")}
              </a>
            ) : null}
          </div>
        ))}
      </div>
    </details>
  );
}
