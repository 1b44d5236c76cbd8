"use client";

import { useEffect, useRef } from "react";

/** Whether a key press belongs to something that takes text (the editor, a comment box, a field). */
function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element?.closest?.("input, textarea, select, [contenteditable=true], [role=dialog], dialog");
}

/**
 * Review mode's keys outside the editor: J/↓ and K/↑ move through the segments the filter keeps,
 * Enter puts the caret in the selected segment's English, Alt+A approves, Alt+R rejects (asking why). Inside the editor the same Alt keys come through
 * the editor's keymap, so a reviewer can decide without leaving the text.
 */
export function useReviewKeys(options: {
  step: (delta: 1 | -1) => void;
  decide: (status: "approved" | "rejected") => void;
  edit: () => void;
  canReview: boolean;
  hasSelection: boolean;
}) {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || typingIn(event.target) || event.ctrlKey || event.metaKey) return;
      const { step, decide, edit, canReview, hasSelection } = latest.current;
      const key = event.key.toLowerCase();
      if (!event.altKey && (key === "j" || key === "arrowdown")) step(1);
      else if (!event.altKey && (key === "k" || key === "arrowup")) step(-1);
      else if (!event.altKey && key === "enter" && hasSelection && !(event.target as HTMLElement | null)?.closest?.("a, button")) edit();
      else if (event.altKey && canReview && hasSelection && (event.code === "KeyA" || event.code === "KeyR"))
        decide(event.code === "KeyA" ? "approved" : "rejected");
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
