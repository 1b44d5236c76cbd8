"use client";

import { useCallback, useSyncExternalStore } from "react";

// localStorage fires "storage" only in other tabs; this event tells this tab's readers.
const CHANGED = "lisiere:preference";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage refused (some private modes): the default applies
  }
}

/**
 * A string remembered in this browser (localStorage), e.g. the side panel's width. The server and
 * the first client render use `fallback`, so hydration matches; the stored value follows at once.
 */
export function useStoredPreference(key: string, fallback: string): [string, (value: string) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => read(key) ?? fallback,
    () => fallback,
  );
  const set = useCallback(
    (next: string) => {
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // Not remembered, but still applied below for this page.
      }
      window.dispatchEvent(new Event(CHANGED));
    },
    [key],
  );
  return [value, set];
}
