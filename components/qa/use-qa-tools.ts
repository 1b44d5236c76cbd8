"use client";

import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useMemo, useState, type RefObject } from "react";
import { applyIgnores, blockingIssues } from "@/core/qa/fingerprint";
import type { QaIssue, QaReportedIssue } from "@/core/qa/types";
import type { QaSpan } from "@/editor/qa-decorations";
import { qaServer } from "./qa-server-calls";
import type { QaLiveContext } from "./qa-worker-protocol";
import { useQaLive } from "./use-qa-live";
import { useQaText } from "./qa-text";
import { useSegmentQa } from "./use-segment-qa";
import "./qa.css";

interface Row {
  number: number;
  segment: { id: string; sourceText: string; targetText: string; version: number };
}

interface Options {
  documentId: string;
  /** The segment the side panel is about, and the one whose editor is open. */
  focusId: string | null;
  activeId: string | null;
  allRows: readonly Row[];
  editorRef: RefObject<Editor | null>;
  /** An ignore was added or taken back (the document's report is then out of date). */
  onIgnoresChanged?: () => void;
}

/**
 * Quality checks in the grid: the open segment checked as it is typed (worker, underlines), the
 * focused segment's issues for the QA tab (live ones, the server's inconsistencies, the ignores),
 * fixing through the editor, ignoring with a reason, and what blocks a confirmation.
 */
export function useQaTools({ documentId, focusId, activeId, allRows, editorRef, onIgnoresChanged }: Options) {
  const { message } = useQaText();
  const [context, setContext] = useState<{ value: QaLiveContext | null; error?: string }>({ value: null });
  useEffect(() => {
    let current = true;
    qaServer
      .loadContext(documentId)
      .then((result) => current && setContext(result.ok ? { value: result.value } : { value: null, error: result.message }))
      .catch((error: unknown) => current && setContext({ value: null, error: String(error) }));
    return () => {
      current = false;
    };
  }, [documentId]);

  const activeRow = activeId ? allRows.find((r) => r.segment.id === activeId) : undefined;
  const focusRow = focusId ? allRows.find((r) => r.segment.id === focusId) : undefined;
  const server = useSegmentQa(focusRow?.segment.id ?? null, focusRow?.segment.version ?? 0);
  // The ignores of the open segment, for the underlines (only known when it is also the focused one).
  const activeIgnores = focusRow && focusRow.segment.id === activeId ? server.ignores : null;

  const toSpans = useCallback(
    (issues: readonly QaIssue[], target: string): QaSpan[] =>
      applyIgnores(issues, target, activeIgnores ?? []).map((issue) => ({ ...issue, message: message(issue.message), ignored: !!issue.ignored })),
    [message, activeIgnores],
  );
  const live = useQaLive({ context: context.value, segment: activeRow?.segment ?? null, editorRef, toSpans });

  /** The issues of a segment: live when it is open (with the server's inconsistencies), else the server's. */
  const reported = useMemo((): { target: string; issues: QaReportedIssue[]; checking: boolean } | null => {
    if (!focusRow) return null;
    if (live && live.segmentId === focusRow.segment.id) {
      const fromServer = server.issues.filter((issue) => issue.code === "inconsistent");
      return { target: live.target, issues: applyIgnores([...live.issues, ...fromServer], live.target, server.ignores), checking: !live.complete };
    }
    return { target: focusRow.segment.targetText, issues: server.issues, checking: false };
  }, [focusRow, live, server.issues, server.ignores]);

  /** Puts the suggestion in place of the flagged text, through the editor: undoable, saved like typing. */
  const fix = useCallback(
    (issue: QaReportedIssue) => {
      const editor = editorRef.current;
      if (!editor || issue.suggestion === undefined || !reported || editor.getText() !== reported.target) return;
      const suggestion = issue.suggestion;
      // One paragraph: text offset n is document position n + 1.
      editor
        .chain()
        .focus()
        .command(({ tr }) => (tr.insertText(suggestion, issue.start + 1, issue.end + 1), true))
        .run();
    },
    [editorRef, reported],
  );

  const ignore = useCallback(
    async (issue: QaReportedIssue, reason: string): Promise<string | null> => {
      if (!focusRow) return null;
      const result = await qaServer
        .ignore({ segmentId: focusRow.segment.id, issue, reason })
        .catch((error: unknown) => ({ ok: false as const, message: String(error) }));
      if (!result.ok) return result.message;
      server.refresh();
      onIgnoresChanged?.();
      return null;
    },
    [focusRow, server, onIgnoresChanged],
  );
  const unignore = useCallback(
    async (issue: QaReportedIssue) => {
      if (!focusRow) return;
      const result = await qaServer.unignore({ segmentId: focusRow.segment.id, fingerprint: issue.fingerprint }).catch(() => null);
      if (!result?.ok) return;
      server.refresh();
      onIgnoresChanged?.();
    },
    [focusRow, server, onIgnoresChanged],
  );

  /**
   * Unignored errors of the open segment as last checked (what makes a confirmation ask first); with
   * `text`, only when that very text was checked: an answer about an older text neither blocks nor clears.
   */
  const blockingCount = useCallback(
    (segmentId: string, text?: string) =>
      live && live.segmentId === segmentId && reported && focusId === segmentId && (text === undefined || live.target === text)
        ? blockingIssues(reported.issues).length
        : 0,
    [live, reported, focusId],
  );

  const numberOf = useCallback((segmentId: string) => allRows.find((r) => r.segment.id === segmentId)?.number ?? null, [allRows]);

  return {
    panel: {
      issues: reported?.issues ?? [],
      target: reported?.target ?? "",
      phase: context.error
        ? ("error" as const)
        : server.phase === "error" && !live
          ? ("error" as const)
          : reported && (live || server.phase === "ready")
            ? ("ready" as const)
            : ("loading" as const),
      checking: reported?.checking ?? false,
      error: context.error ?? server.message,
      canFix: !!focusRow && focusRow.segment.id === activeId,
      numberOf,
    },
    fix,
    ignore,
    unignore,
    blockingCount,
  };
}
