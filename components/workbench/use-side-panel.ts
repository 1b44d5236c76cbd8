"use client";

import { useCallback, useState } from "react";
import { clampPanelWidth, parsePanelWidth } from "./side-panel-layout";
import { isSidePanelTab, type SidePanelTabId } from "./side-panel-tabs";
import { useStoredPreference } from "./use-stored-preference";

/**
 * The side panel's state: its tab, width and visibility (remembered in this browser), and the
 * segment it is about — the row that opened last, or the row whose History or Comments button was
 * pressed since (closing the editor keeps the panel on the segment just left).
 */
export function useSidePanel(activeId: string | null) {
  const [storedTab, setStoredTab] = useStoredPreference("lisiere.sidePanel.tab", "terms");
  const [storedWidth, setStoredWidth] = useStoredPreference("lisiere.sidePanel.width", "");
  const [storedHidden, setStoredHidden] = useStoredPreference("lisiere.sidePanel.hidden", "false");
  const tab: SidePanelTabId = isSidePanelTab(storedTab) ? storedTab : "terms";
  const hidden = storedHidden === "true";

  const [chosenId, setChosenId] = useState<string | null>(null);
  // Following the open row: adjusted while rendering, as React recommends for state derived from a change.
  const [seenActive, setSeenActive] = useState(activeId);
  if (seenActive !== activeId) {
    setSeenActive(activeId);
    if (activeId) setChosenId(activeId);
  }

  const setTab = useCallback((next: SidePanelTabId) => setStoredTab(next), [setStoredTab]);
  const setWidth = useCallback((width: number) => setStoredWidth(String(clampPanelWidth(width, window.innerWidth))), [setStoredWidth]);
  const setHidden = useCallback((value: boolean) => setStoredHidden(String(value)), [setStoredHidden]);

  /** Shows one tab about one segment, un-hiding the panel, and puts the keyboard in it. */
  const show = useCallback(
    (next: SidePanelTabId, segmentId: string) => {
      setStoredTab(next);
      setStoredHidden("false");
      setChosenId(segmentId);
      requestAnimationFrame(() => document.getElementById("side-panel-tabpanel")?.focus());
    },
    [setStoredTab, setStoredHidden],
  );

  return { tab, setTab, width: parsePanelWidth(storedWidth), setWidth, hidden, setHidden, focusId: chosenId ?? activeId, show };
}
