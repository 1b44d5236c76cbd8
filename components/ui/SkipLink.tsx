"use client";

import type { MouseEvent } from "react";

/** Where "Skip to content" goes on a page that names its work area (the document page's grid). */
export const SKIP_TARGET = "data-skip-target";

/**
 * The first stop of the Tab order. It goes to the page's work area when the page marks one with
 * `data-skip-target` (a translator wants the segments, not the toolbar), else to <main>. Focus is
 * moved, not only the scroll: the next Tab then continues from there. Without script, the plain
 * link still goes to #main.
 */
export function SkipLink({ label }: { label: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.querySelector<HTMLElement>(`[${SKIP_TARGET}]`) ?? document.getElementById("main");
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <a className="skip-link" href="#main" onClick={skip}>
      {label}
    </a>
  );
}
