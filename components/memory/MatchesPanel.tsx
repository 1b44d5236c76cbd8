"use client";

import { useTranslation } from "react-i18next";
import type { TmMatch } from "@/core/tm/types";
import { DiffText } from "@/components/ui/DiffText";
import { formatScore, MATCH_THRESHOLDS, matchTier } from "./match-tier";
import { Provenance } from "./Provenance";
import type { MatchesState } from "./use-segment-matches";
import "./memory.css";

/** How many matches have a shortcut (Ctrl+1…3, core/work/shortcuts.ts). */
export const MATCH_SHORTCUTS = 3;

interface MatchesPanelProps {
  state: MatchesState & { retry: () => void };
  threshold: number;
  onThreshold: (value: number) => void;
  /** Whether the segment's editor is open: matches can then be inserted into it. */
  canInsert: boolean;
  onInsert: (n: number) => void;
  formatDate: (iso: string) => string;
}

/**
 * The side panel's Matches tab: the memory's matches for the focused segment, best first, each with
 * its score and band in words, what differs in its French (deleted and inserted words, struck through
 * and underlined), its English, and where it comes from.
 */
export function MatchesPanel({ state, threshold, onThreshold, canInsert, onInsert, formatDate }: MatchesPanelProps) {
  const { t, i18n } = useTranslation("memory");
  const { matches, phase } = state;
  return (
    <div className="matches-panel" data-testid="matches-panel" data-phase={phase} aria-busy={phase === "loading"}>
      <label className="matches-panel__threshold">
        {t("matches.threshold")}{" "}
        <select value={threshold} onChange={(event) => onThreshold(Number(event.target.value))} data-testid="match-threshold">
          {MATCH_THRESHOLDS.map((value) => (
            <option key={value} value={value}>
              {formatScore(value, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      {phase === "error" ? (
        <div className="form-error" role="alert" data-testid="matches-error">
          {t("matches.error")} {state.message}{" "}
          <button type="button" className="button button--small" onClick={state.retry}>
            {t("matches.retry")}
          </button>
        </div>
      ) : null}
      {phase === "loading" && matches.length === 0 ? <p className="hint">{t("matches.loading")}</p> : null}
      {phase === "ready" && matches.length === 0 ? (
        <p className="hint" data-testid="matches-empty">
          {t("matches.empty", { threshold: formatScore(threshold, i18n.language) })}
        </p>
      ) : null}
      {matches.length > 0 ? (
        <ol className="match-list">
          {matches.map((match, k) => (
            <MatchItem key={match.unitId} match={match} n={k + 1} canInsert={canInsert} onInsert={onInsert} formatDate={formatDate} />
          ))}
        </ol>
      ) : null}
      {matches.length > 0 ? <p className="hint">{canInsert ? t("matches.insertHint") : t("matches.openHint")}</p> : null}
    </div>
  );
}

function MatchItem({
  match,
  n,
  canInsert,
  onInsert,
  formatDate,
}: {
  match: TmMatch;
  n: number;
  canInsert: boolean;
  onInsert: (n: number) => void;
  formatDate: (iso: string) => string;
}) {
  const { t, i18n } = useTranslation("memory");
  const tier = matchTier(match);
  const differs = match.sourceDiff.some((part) => part.kind !== "equal");
  const shortcut = n <= MATCH_SHORTCUTS ? `Ctrl+${n}` : null;
  return (
    <li className={`match match--${tier}`} data-testid="match" data-score={match.score} data-tier={tier}>
      <div className="match__head">
        <span className="match__score" data-testid="match-score">
          {formatScore(match.score, i18n.language)}
        </span>
        <span className="match__kind">{t(`matches.tier.${tier}`)}</span>
        <button
          type="button"
          className="button button--small match__insert"
          disabled={!canInsert}
          // Keep the editor's selection and focus: the match replaces its text.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onInsert(n)}
          aria-keyshortcuts={shortcut ? `Control+${n}` : undefined}
          data-testid="match-insert"
        >
          {t("matches.insert", { n })}
          {shortcut ? <kbd className="match__kbd">{shortcut}</kbd> : null}
        </button>
      </div>
      <p className="match__source" lang="fr" data-testid="match-source">
        <span className="visually-hidden">{t("matches.sourceLabel")} </span>
        {differs ? <DiffText parts={match.sourceDiff} lang="fr" /> : match.source}
      </p>
      {differs ? <p className="match__legend hint">{t("matches.diffLegend")}</p> : null}
      <p className="match__target" lang="en" data-testid="match-target">
        <span className="visually-hidden">{t("matches.targetLabel")} </span>
        {match.insertText}
      </p>
      {match.insertText !== match.target ? <p className="hint">{t("matches.numbersAdapted", { target: match.target })}</p> : null}
      {match.numberWarnings.length > 0 ? (
        <p className="match__warning" data-testid="match-number-warning">
          {t("matches.numberWarning", { numbers: match.numberWarnings.join(", ") })}
        </p>
      ) : null}
      <Provenance provenance={match.provenance} formatDate={formatDate} />
    </li>
  );
}
