"use client";

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { DEFAULT_MATCH_THRESHOLD } from "@/core/tm/types";
import { ModalDialog } from "@/components/ui/ModalDialog";
import { formatScore, MATCH_THRESHOLDS } from "./match-tier";
import "./memory.css";

/** What a pre-translation did: segments filled (exact or context / fuzzy when told), and empty ones left. */
export interface PretranslateCounts {
  filled: number;
  exact?: number;
  fuzzy?: number;
  left?: number;
}

interface PretranslateDialogProps {
  /** Runs the pre-translation from this lowest score; resolves to its counts or an error message. */
  onRun: (minScore: number) => Promise<{ ok: true; counts: PretranslateCounts } | { ok: false; message: string }>;
  onClose: () => void;
  returnFocus?: () => Element | null | undefined;
}

/**
 * "Pre-translate": every empty segment of the document gets its best memory match at or above a
 * threshold (or exact matches only), as a draft marked with its origin and score; the dialog then
 * says how many were filled and how to find them.
 */
export function PretranslateDialog({ onRun, onClose, returnFocus }: PretranslateDialogProps) {
  const { t, i18n } = useTranslation("memory");
  const id = useId();
  const [mode, setMode] = useState<"threshold" | "exact">("threshold");
  const [threshold, setThreshold] = useState<number>(DEFAULT_MATCH_THRESHOLD);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ counts: PretranslateCounts } | { error: string } | null>(null);

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} returnFocus={returnFocus} className="dialog pretranslate-dialog" testId="pretranslate-dialog">
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (busy) return;
          setBusy(true);
          setOutcome(null);
          const result = await onRun(mode === "exact" ? 100 : threshold);
          setBusy(false);
          setOutcome(result.ok ? { counts: result.counts } : { error: result.message });
        }}
      >
        <h2 id={`${id}-title`}>{t("pretranslate.title")}</h2>
        <p className="hint">{t("pretranslate.intro")}</p>
        <fieldset className="pretranslate-dialog__modes" disabled={busy}>
          <legend className="visually-hidden">{t("pretranslate.threshold")}</legend>
          <label className="pretranslate-dialog__mode">
            <input type="radio" name="mode" checked={mode === "threshold"} onChange={() => setMode("threshold")} /> {t("pretranslate.threshold")}{" "}
            <select
              value={threshold}
              onChange={(event) => (setThreshold(Number(event.target.value)), setMode("threshold"))}
              aria-label={t("pretranslate.threshold")}
              data-testid="pretranslate-threshold"
            >
              {MATCH_THRESHOLDS.filter((value) => value < 100).map((value) => (
                <option key={value} value={value}>
                  {formatScore(value, i18n.language)}
                </option>
              ))}
            </select>
          </label>
          <label className="pretranslate-dialog__mode">
            <input type="radio" name="mode" checked={mode === "exact"} onChange={() => setMode("exact")} data-testid="pretranslate-exact" />{" "}
            {t("pretranslate.exactOnly")}
          </label>
        </fieldset>
        {outcome && "counts" in outcome ? (
          <div className="form-success" role="status" data-testid="pretranslate-result">
            <p>
              <strong>{t("pretranslate.result", { count: outcome.counts.filled })}</strong>
              {outcome.counts.exact !== undefined && outcome.counts.fuzzy !== undefined && outcome.counts.left !== undefined
                ? ` — ${t("pretranslate.resultDetail", { exact: outcome.counts.exact, fuzzy: outcome.counts.fuzzy, left: outcome.counts.left })}`
                : null}
            </p>
            {outcome.counts.filled > 0 ? <p className="hint">{t("pretranslate.filterHint")}</p> : null}
          </div>
        ) : null}
        {outcome && "error" in outcome ? (
          <p className="form-error" role="alert">
            {outcome.error}
          </p>
        ) : null}
        <div className="form-actions">
          {outcome && "counts" in outcome ? null : (
            <button type="submit" className="button button--primary" aria-disabled={busy} data-testid="pretranslate-run">
              {busy ? t("pretranslate.running") : t("pretranslate.run")}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {outcome && "counts" in outcome ? t("pretranslate.close") : t("pretranslate.cancel")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
