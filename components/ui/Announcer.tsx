"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

type Announce = (text: string) => void;

// Outside a provider (a component rendered alone in a unit test) announcing does nothing.
const AnnouncerContext = createContext<Announce>(() => {});

/**
 * The page's one polite live region for events a screen-reader user would otherwise miss (a
 * conflict, a review decision, the outcome of a merge or split, a navigation key with nowhere to
 * go). A single region, always in the page, so announcements queue instead of talking over each
 * other; each message is a new node, so the same words said twice are announced twice.
 * The save indicator keeps its own region: it is a visible, always-present status.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null);
  const announce = useCallback<Announce>((text) => setMessage((last) => ({ text, at: (last?.at ?? 0) + 1 })), []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {message ? <span key={message.at}>{message.text}</span> : null}
      </p>
    </AnnouncerContext.Provider>
  );
}

/** A stable function that says its text through the page's live region. */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
