"use client";

import { useRef, useState } from "react";
import { useGridNavigation } from "./use-grid-navigation";
import { useNavigationKeys } from "./use-navigation-keys";

type NavigationOptions = Parameters<typeof useGridNavigation>[0] & {
  /** Ctrl+1…3: insert match n into the open editor; false when there is none. */
  insertMatch: (n: number) => boolean;
  /** Ctrl+K: the concordance search. */
  concordance: () => void;
};

/**
 * The grid-wide keys and what they open: where Ctrl+Enter and the move keys lead (use-grid-navigation.ts),
 * the find bar (Ctrl+F), the go-to dialog (Ctrl+G) and the shortcut help (? / F1). `rootRef` marks the
 * workbench, inside which the keys are taken.
 */
export function useWorkbenchKeys({ insertMatch, concordance, ...options }: NavigationOptions) {
  const rootRef = useRef<HTMLDivElement>(null);
  const navigation = useGridNavigation(options);
  /** Null while the find bar is closed; a new value focuses its field again (Ctrl+F while it is open). */
  const [findToken, setFindToken] = useState<number | null>(null);
  const [goToOpen, setGoToOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  useNavigationKeys(rootRef, {
    find: () => setFindToken((token) => (token ?? 0) + 1),
    goTo: () => setGoToOpen(true),
    help: () => setHelpOpen(true),
    first: navigation.first,
    last: navigation.last,
    nextFlagged: navigation.nextFlagged,
    previousFlagged: navigation.previousFlagged,
    concordance,
    insertMatch: (event) => insertMatch(Number(event.key)),
  });
  return {
    rootRef,
    navigation,
    find: {
      token: findToken,
      toggle: () => setFindToken((token) => (token === null ? 1 : null)),
      /** Closes the bar and opens the segment of the current match, if any. */
      close: (segmentId: string | null) => (setFindToken(null), navigation.open(segmentId)),
    },
    goTo: { open: goToOpen, close: () => setGoToOpen(false) },
    help: { open: helpOpen, show: () => setHelpOpen(true), close: () => setHelpOpen(false) },
  };
}
