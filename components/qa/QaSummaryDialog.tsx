"use client";

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { QA_CODES, type QaCode } from "@/core/qa/types";
import { PART_SIZE } from "@/core/model/parts";
import { ModalDialog } from "@/components/ui/ModalDialog";
import type { QaReportState } from "./use-qa-report";
import "./qa.css";

/** The document's QA summary: issues per check (unignored), each with a button that filters the grid to its segments. */
export function QaSummaryDialog({
  state,
  onShow,
  onRefresh,
  onClose,
}: {
  state: QaReportState;
  /** Filters the grid to the segments of one check (or of any, with null). */
  onShow: (code: QaCode | null) => void;
  onRefresh: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation("qa");
  const id = useId();
  const counts = state.report?.counts ?? {};
  const rows = QA_CODES.filter((code) => (counts[code] ?? 0) > 0);
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="annotate-dialog qa-summary" testId="qa-summary">
      <h2 id={`${id}-title`}>{t("summary.title")}</h2>
      <p className="hint">{t("summary.intro")}</p>
      {state.report?.part ? (
        <p className="hint" data-testid="qa-summary-part">
          {t("summary.part", {
            part: state.report.part.part,
            parts: state.report.part.parts,
            first: (state.report.part.offset + 1).toLocaleString(i18n.language),
            last: Math.min(state.report.part.total, state.report.part.offset + PART_SIZE).toLocaleString(i18n.language),
          })}
        </p>
      ) : null}
      {state.phase === "loading" ? <p className="hint">{t("summary.loading")}</p> : null}
      {state.phase === "error" ? (
        <p className="form-error" role="alert">
          {t("summary.error", { message: state.message })}
        </p>
      ) : null}
      {state.phase === "ready" && rows.length === 0 ? <p data-testid="qa-summary-none">{t("summary.none")}</p> : null}
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("summary.check")}</th>
              <th scope="col">{t("summary.count")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("summary.show")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((code) => (
              <tr key={code} data-testid="qa-summary-row" data-code={code}>
                <th scope="row">{t(`codes.${code}`)}</th>
                <td data-testid="qa-summary-count">{counts[code]}</td>
                <td>
                  <button type="button" className="button button--small" onClick={() => onShow(code)}>
                    {t("summary.show")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {state.report && state.report.ignored > 0 ? (
        <p className="hint" data-testid="qa-summary-ignored">
          {t("summary.ignored", { count: state.report.ignored })}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onRefresh} aria-disabled={state.phase === "loading"}>
          {t("summary.refresh")}
        </button>
        <button type="button" className="button button--primary" onClick={onClose}>
          {t("summary.close")}
        </button>
      </div>
    </ModalDialog>
  );
}
