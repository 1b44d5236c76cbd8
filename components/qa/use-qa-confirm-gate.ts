"use client";

import { useCallback, useState } from "react";

export interface QaConfirmPrompt {
  segmentId: string;
  number: number;
  count: number;
  /** Confirms the segment after all (the prompt's button). */
  confirm: () => void;
}

/**
 * Confirming a segment with QA errors nobody ignored asks once: the first Ctrl+Enter (or the button)
 * shows how many errors there are, the second goes through. The question is about the open segment
 * only: it goes when the editor moves to another row, or when the errors are fixed or ignored.
 */
export function useQaConfirmGate(blockingCount: (segmentId: string, text?: string) => number, activeId: string | null) {
  const [prompt, setPrompt] = useState<QaConfirmPrompt | null>(null);
  // Dropped when another row opens: adjusted while rendering, as React recommends for state derived from a change.
  const [seenActive, setSeenActive] = useState(activeId);
  if (seenActive !== activeId) {
    setSeenActive(activeId);
    setPrompt(null);
  }
  /** True when the confirmation may go ahead now; otherwise the prompt is shown and false returned. */
  const mayConfirm = useCallback(
    (segmentId: string, number: number, text: string, confirm: () => void): boolean => {
      // Only a check of this very text counts: one still on its way does not hold the translator up.
      const count = blockingCount(segmentId, text);
      if (count === 0 || prompt?.segmentId === segmentId) {
        setPrompt(null);
        return true;
      }
      setPrompt({ segmentId, number, count, confirm: () => (setPrompt(null), confirm()) });
      return false;
    },
    [blockingCount, prompt],
  );
  const dismiss = useCallback(() => setPrompt(null), []);
  const shown = prompt && prompt.segmentId === activeId && blockingCount(prompt.segmentId) > 0 ? prompt : null;
  return { prompt: shown, mayConfirm, dismiss };
}
