"use client";

import { useTranslation } from "react-i18next";

const FORMATS = ["md", "txt", "html", "xliff", "review-html", "docx", "docx-en"] as const;

/** Download links for the export formats (served by the export route handler). */
export function ExportMenu({ documentId }: { documentId: string }) {
  const { t } = useTranslation(["workbench", "glossary"]);
  return (
    <nav className="export-menu" aria-label={t("workbench:export.label")}>
      <span className="export-menu__label">{t("workbench:export.label")}</span>
      {FORMATS.map((format) => (
        <a key={format} className="button button--small" href={`/api/documents/${documentId}/export?format=${format}`} download data-testid={`export-${format}`}>
          {t(`workbench:export.${format}`)}
        </a>
      ))}
      <a className="button button--small" href={`/api/documents/${documentId}/annotations`} download data-testid="export-annotations">
        {t("glossary:annotations.export")}
      </a>
    </nav>
  );
}
