"use client";

import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { DEFAULT_ENGLISH_TEXT_OPTIONS, type EnglishTextOptions } from "@/core/formats/english-text";
import { EnglishExportOptions } from "./EnglishExportOptions";
import { useMenuDismiss } from "./use-menu-dismiss";

/** The formats, grouped by who they are for (served by the export route handler). */
const GROUPS = [
  { key: "english", formats: ["md", "txt", "docx-en"] },
  { key: "review", formats: ["html", "review-html", "docx"] },
  { key: "exchange", formats: ["xliff", "xliff12"] },
] as const;

/**
 * The document's downloads behind one "Export" button, so the grid keeps the screen. A native
 * disclosure (keyboard and screen readers get it for free) that closes on Esc, on a click
 * elsewhere and once a download is chosen. The English-only downloads carry the chosen policy for
 * untranslated and draft segments; with "refuse" and gaps, they are disabled and say why.
 */
export function ExportMenu({ documentId, gaps }: { documentId: string; gaps: { missing: number; total: number } }) {
  const { t, i18n } = useTranslation(["workbench", "glossary"]);
  const menu = useRef<HTMLDetailsElement>(null);
  const [english, setEnglish] = useState<EnglishTextOptions>(DEFAULT_ENGLISH_TEXT_OPTIONS);
  // XLIFF with the QA report as ITS annotations; its messages in the interface's language.
  const [qaReport, setQaReport] = useState(false);
  const lang = i18n.language === "fr" ? "fr" : "en";
  // The live grid, so the count follows what has just been typed.
  const refused = english.missing === "fail" && gaps.missing > 0;
  useMenuDismiss(menu);
  const closeMenu = () => menu.current && (menu.current.open = false);
  return (
    <details ref={menu} className="menu export-menu" data-testid="export-menu">
      <summary className="button button--small">{t("workbench:export.label")}</summary>
      <div className="menu__list" role="group" aria-label={t("workbench:export.label")}>
        {GROUPS.map((group) => (
          <div key={group.key} className="menu__group">
            <p className="menu__heading">{t(`workbench:export.groups.${group.key}`)}</p>
            {group.key === "english" ? <EnglishExportOptions options={english} onChange={setEnglish} missing={gaps.missing} total={gaps.total} /> : null}
            {group.key === "exchange" ? (
              <div className="export-options">
                <label>
                  <input type="checkbox" checked={qaReport} onChange={(event) => setQaReport(event.target.checked)} data-testid="export-qa-report" />{" "}
                  {t("workbench:export.qaReport")}
                </label>
              </div>
            ) : null}
            {group.key === "english" && refused ? (
              <p className="menu__note" id="export-refused" role="status">
                {t("workbench:export.refused")}
              </p>
            ) : null}
            {group.formats.map((format) => {
              const isEnglish = group.key === "english";
              if (isEnglish && refused) {
                // A link without href is not focusable or followable; aria-disabled says why it is inert.
                return (
                  <a
                    key={format}
                    className="menu__item menu__item--disabled"
                    aria-disabled="true"
                    aria-describedby="export-refused"
                    role="link"
                    data-testid={`export-${format}`}
                  >
                    {t(`workbench:export.${format}`)}
                  </a>
                );
              }
              const query = isEnglish ? `&missing=${english.missing}&drafts=${english.drafts}` : format === "xliff" && qaReport ? `&qa=1&lang=${lang}` : "";
              return (
                <a
                  key={format}
                  className="menu__item"
                  href={`/api/documents/${documentId}/export?format=${format}${query}`}
                  download
                  data-testid={`export-${format}`}
                  onClick={closeMenu}
                >
                  {t(`workbench:export.${format}`)}
                </a>
              );
            })}
            {group.key === "exchange" ? (
              <a className="menu__item" href={`/api/documents/${documentId}/annotations`} download data-testid="export-annotations" onClick={closeMenu}>
                {t("glossary:annotations.export")}
              </a>
            ) : null}
            {group.key === "exchange" ? (
              <a className="menu__item" href={`/api/documents/${documentId}/qa-report?lang=${lang}`} download data-testid="export-qa-csv" onClick={closeMenu}>
                {t("workbench:export.qaReportCsv")}
              </a>
            ) : null}
          </div>
        ))}
      </div>
    </details>
  );
}
