"use client";

import { useEffect, useRef, type RefObject } from "react";
import { shortcutOf } from "@/core/work/shortcuts";

/** The grid-wide shortcuts (core/work/shortcuts.ts, scope "grid"); the editor's own keys are its keymap's. */
const GRID_KEYS = ["find", "goTo", "first", "last", "nextFlagged", "previousFlagged", "help", "concordance", "insertMatch"] as const;
export type GridCommand = (typeof GRID_KEYS)[number];
/** A command answers false when it had nothing to do: the key is then left to the browser. */
type Command = (event: KeyboardEvent) => void | boolean;

function isTyping(element: HTMLElement): boolean {
  return element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName);
}

/**
 * Listens for the grid-wide keys on the window (so they work from the editor, a row, or the page
 * right after it loads) and runs `commands`. Left to the browser: every key while a dialog is open,
 * Ctrl+F unless the focus is in the grid or the find bar (the browser's own find stays reachable),
 * "?" while typing, and any key the editor already handled.
 */
export function useNavigationKeys(rootRef: RefObject<HTMLElement | null>, commands: Record<GridCommand, Command>) {
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : document.body;
      const command = shortcutOf(event, GRID_KEYS);
      if (!command || target.closest("dialog, [role=dialog]")) return;
      const inGrid = !!target.closest("[data-testid=segment-grid], [data-testid=find-bar]");
      const inWorkbench = target === document.body || !!rootRef.current?.contains(target);
      if (command === "find" ? !inGrid : !inWorkbench) return;
      if (command === "help" && event.key === "?" && isTyping(target)) return;
      if (latest.current[command](event) === false) return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [rootRef]);
}
