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
 * shows how many errors there are, the second goes through. Asking again needs another segment.
 */
export function useQaConfirmGate(blockingCount: (segmentId: string) => number, activeId: string | null) {
  const [prompt, setPrompt] = useState<QaConfirmPrompt | null>(null);
  /** True when the confirmation may go ahead now; otherwise the prompt is shown and false returned. */
  const mayConfirm = useCallback(
    (segmentId: string, number: number, confirm: () => void): boolean => {
      const count = blockingCount(segmentId);
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
  // Only about the open segment: its editor gives the text to confirm.
  return { prompt: prompt && prompt.segmentId === activeId ? prompt : null, mayConfirm, dismiss };
}
