"use client";

import { useTranslation } from "react-i18next";
import type { QaConfirmPrompt } from "./use-qa-confirm-gate";

/**
 * The two things QA says above the grid: confirming with errors asks once ("2 QA errors — confirm
 * anyway?"), and an approval the server refused for QA errors, in its own words (the text is kept).
 */
export function QaNotices({
  prompt,
  refusal,
  onShowIssues,
  onDismissPrompt,
  onDismissRefusal,
}: {
  prompt: QaConfirmPrompt | null;
  refusal: { number: number; message: string } | null;
  onShowIssues: () => void;
  onDismissPrompt: () => void;
  onDismissRefusal: () => void;
}) {
  const { t } = useTranslation(["qa", "common"]);
  return (
    <>
      {prompt ? (
        <div className="qa-prompt" role="alert" data-testid="qa-confirm-prompt">
          <p>
            {t("qa:confirm.errors", { n: prompt.number, count: prompt.count })} <span className="hint">{t("qa:confirm.hint")}</span>
          </p>
          <button type="button" className="button button--small button--primary" onClick={prompt.confirm} data-testid="qa-confirm-anyway">
            {t("qa:confirm.anyway")}
          </button>
          <button type="button" className="button button--small" onClick={onShowIssues}>
            {t("qa:confirm.review")}
          </button>
          <button type="button" className="button button--small" onClick={onDismissPrompt} aria-label={t("qa:summary.close")}>
            ×
          </button>
        </div>
      ) : null}
      {refusal ? (
        <div className="qa-prompt" role="alert" data-testid="qa-approve-refused">
          <p>
            {t("qa:approveRefused", { n: refusal.number, message: refusal.message })} <span className="hint">{t("qa:approveRefusedHint")}</span>
          </p>
          <button type="button" className="button button--small" onClick={onShowIssues}>
            {t("qa:confirm.review")}
          </button>
          <button type="button" className="button button--small" onClick={onDismissRefusal} aria-label={t("qa:summary.close")}>
            ×
          </button>
        </div>
      ) : null}
    </>
  );
}
