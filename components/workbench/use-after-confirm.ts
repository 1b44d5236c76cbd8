"use client";

import { useSyncExternalStore } from "react";
import { AFTER_CONFIRM, type AfterConfirm } from "@/core/work/next-segment";

/** Where Ctrl+Enter goes after confirming, remembered in this browser (a personal working habit, not a document setting). */
const KEY = "lisiere.afterConfirm";
const listeners = new Set<() => void>();

function read(): AfterConfirm {
  try {
    const stored = window.localStorage.getItem(KEY);
    return AFTER_CONFIRM.includes(stored as AfterConfirm) ? (stored as AfterConfirm) : "nextUnconfirmed";
  } catch {
    return "nextUnconfirmed"; // storage refused (private mode): the default
  }
}

export function setAfterConfirm(mode: AfterConfirm) {
  try {
    window.localStorage.setItem(KEY, mode);
  } catch {
    // not remembered, but still used for this page (listeners read it back as the default otherwise)
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => event.key === KEY && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The user's choice, shared by every component that shows or uses it (and by other tabs). */
export function useAfterConfirm(): AfterConfirm {
  return useSyncExternalStore(subscribe, read, () => "nextUnconfirmed");
}
