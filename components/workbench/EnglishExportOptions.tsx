"use client";

import { useTranslation } from "react-i18next";
import { MISSING_TRANSLATION_POLICIES, type EnglishTextOptions } from "@/core/formats/english-text";

/**
 * The choices for the English-only downloads: what stands for an untranslated segment (a marker,
 * the French source, or no download at all) and whether unconfirmed translations are flagged,
 * with how many segments are untranslated right now.
 */
export function EnglishExportOptions({
  options,
  onChange,
  missing,
  total,
}: {
  options: EnglishTextOptions;
  onChange: (options: EnglishTextOptions) => void;
  missing: number;
  total: number;
}) {
  const { t } = useTranslation("workbench");
  return (
    <div className="export-options">
      <p className="export-options__count" data-testid="export-untranslated" data-count={missing}>
        {missing === 0 ? t("export.allTranslated") : t("export.untranslated", { count: missing, total })}
      </p>
      <fieldset>
        <legend>{t("export.missing.legend")}</legend>
        {MISSING_TRANSLATION_POLICIES.map((policy) => (
          <label key={policy}>
            <input
              type="radio"
              name="export-missing"
              value={policy}
              checked={options.missing === policy}
              onChange={() => onChange({ ...options, missing: policy })}
            />{" "}
            {t(`export.missing.${policy}`)}
          </label>
        ))}
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={options.drafts === "mark"}
          onChange={(event) => onChange({ ...options, drafts: event.target.checked ? "mark" : "keep" })}
        />{" "}
        {t("export.flagDrafts")}
      </label>
    </div>
  );
}
