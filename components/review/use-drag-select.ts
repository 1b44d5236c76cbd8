"use client";

import { useEffect, useRef } from "react";
import { segmentOfSelection } from "./text-selection";

/**
 * Selecting words with the mouse selects their segment, wherever the drag ends. A click on a
 * segment does it when the button goes up on that segment's text; a drag that overshoots its end
 * (into the space or badge after it) sends its click elsewhere, so the segment stayed unselected,
 * and the click the user then made to select it collapsed the words: the first drag was lost.
 */
export function useDragSelect(select: (segmentId: string) => void) {
  const latest = useRef(select);
  useEffect(() => {
    latest.current = select;
  });
  useEffect(() => {
    // Only a drag that started in the columns: a later click elsewhere (a button of the inspector)
    // must not select again the segment whose words are still selected.
    let started = false;
    const onMouseDown = (event: MouseEvent) => {
      started = event.button === 0 && !!(event.target as Element | null)?.closest?.(".review-columns");
    };
    const onMouseUp = (event: MouseEvent) => {
      if (!started || event.button !== 0) return;
      started = false;
      const segmentId = segmentOfSelection(window.getSelection());
      if (segmentId) latest.current(segmentId);
    };
    document.addEventListener("mousedown", onMouseDown);
    document.addEventListener("mouseup", onMouseUp);
    return () => {
      document.removeEventListener("mousedown", onMouseDown);
      document.removeEventListener("mouseup", onMouseUp);
    };
  }, []);
}
