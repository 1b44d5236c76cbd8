"use client";

import type { Editor } from "@tiptap/core";
import { useCallback, useMemo, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { isConfirmed } from "@/core/review/status-machine";
import { DEFAULT_MATCH_THRESHOLD } from "@/core/tm/types";
import { textToDoc } from "@/editor/plain-text";
import type { ConcordanceRequest } from "@/components/memory/ConcordancePanel";
import { formatScore, parseThreshold } from "@/components/memory/match-tier";
import { useSegmentMatches } from "@/components/memory/use-segment-matches";
import { useAnnounce } from "@/components/ui/Announcer";
import type { RowInfo } from "./SegmentRow";
import type { SidePanelTabId } from "./side-panel-tabs";
import { useStoredPreference } from "./use-stored-preference";

interface Options {
  /** The segment the side panel is about, and the one whose editor is open. */
  focusId: string | null;
  activeId: string | null;
  allRows: readonly RowInfo[];
  editorRef: RefObject<Editor | null>;
  /** Shows a side panel tab (un-hiding the panel) without moving the keyboard: the tab takes it. */
  openTab: (tab: SidePanelTabId) => void;
}

/** Longest selection taken into the concordance box (a phrase, not a paragraph). */
const SELECTION_LIMIT = 200;

/**
 * Translation memory in the grid: the focused segment's matches (Matches tab, Ctrl+1…3), the
 * threshold (remembered in this browser, like the other grid habits), and the concordance search
 * that Ctrl+K opens with the selected text.
 */
export function useMemoryTools({ focusId, activeId, allRows, editorRef, openTab }: Options) {
  const { t, i18n } = useTranslation("memory");
  const announce = useAnnounce();
  const [storedThreshold, setStoredThreshold] = useStoredPreference("lisiere.matches.threshold", String(DEFAULT_MATCH_THRESHOLD));
  const threshold = parseThreshold(storedThreshold, DEFAULT_MATCH_THRESHOLD);
  const setThreshold = useCallback((value: number) => setStoredThreshold(String(value)), [setStoredThreshold]);

  // The memory learns a segment when its confirmation reaches the server (the acknowledged version
  // of a confirmed segment changes): the matches are asked again then.
  const epoch = useMemo(() => allRows.reduce((sum, r) => sum + (isConfirmed(r.segment.status) ? r.segment.version : 0), 0), [allRows]);
  const focusRow = focusId ? allRows.find((r) => r.segment.id === focusId) : undefined;
  const matches = useSegmentMatches({ segmentId: focusRow?.segment.id ?? null, sourceText: focusRow?.segment.sourceText ?? "", threshold, epoch });
  const canInsert = !!focusRow && focusRow.segment.id === activeId;

  /** Replaces the open editor's English with match n (an undoable edit, saved like typing). */
  // With an editor open the key is always ours (never the browser's tab switch), said when there is no such match.
  const insertMatch = (n: number): boolean => {
    const editor = editorRef.current;
    if (!canInsert || !editor) return false;
    const match = matches.matches[n - 1];
    if (!match) {
      announce(t("matches.noMatch", { n }));
      return true;
    }
    editor.chain().focus().setContent(textToDoc(match.insertText)).focus("end").run();
    const warning = match.numberWarnings.length > 0 ? ` ${t("matches.numberWarning", { numbers: match.numberWarnings.join(", ") })}` : "";
    announce(t("matches.inserted", { n, score: formatScore(match.score, i18n.language) }) + warning);
    return true;
  };

  const [concordance, setConcordance] = useState<ConcordanceRequest | null>(null);
  /** Ctrl+K: the Concordance tab, its box filled with the selected text (in the editor or the source). */
  const openConcordance = () => {
    const selected = (window.getSelection()?.toString() ?? "").replace(/\s+/gu, " ").trim().slice(0, SELECTION_LIMIT);
    setConcordance((last) => ({ text: selected || (last?.text ?? ""), token: (last?.token ?? 0) + 1, fresh: true }));
    openTab("concordance");
  };
  const takeConcordance = useCallback((token: number) => setConcordance((last) => (last && last.token === token ? { ...last, fresh: false } : last)), []);

  return {
    matches: { state: matches, threshold, setThreshold, canInsert, insert: insertMatch },
    concordance: { request: concordance, take: takeConcordance },
    openConcordance,
  };
}
