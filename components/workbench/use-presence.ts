"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PresenceView } from "@/server/live/list-presence";
import { PRESENCE_REFRESH_MS, PRESENCE_STALE_MS } from "@/core/live/presence-rules";

/** Moving through rows quickly sends one presence per this interval, the last one. */
const THROTTLE_MS = 1_000;

/** Who else is on which segment: for each segment id, the people there (oldest first). */
export type PresenceBySegment = ReadonlyMap<string, readonly PresenceView[]>;

function post(documentId: string, segmentId: string | null, beacon = false): void {
  const url = `/api/documents/${encodeURIComponent(documentId)}/presence`;
  const body = JSON.stringify({ segmentId });
  // Leaving the page: a beacon still goes out while it unloads.
  if (beacon && typeof navigator.sendBeacon === "function" && navigator.sendBeacon(url, body)) return;
  void fetch(url, { method: "POST", body, headers: { "Content-Type": "application/json" }, keepalive: true }).catch(() => {});
}

/**
 * Presence in the grid: tells the server which segment the user is on (throttled, refreshed while
 * they stay so it does not go stale, and "left" when the page goes), and keeps the others' presence
 * from the events stream, dropping what was not refreshed for a minute.
 */
export function usePresence(documentId: string, userId: string | null, activeSegmentId: string | null) {
  /** Others' presence by user; `at` is in this browser's clock. */
  const [people, setPeople] = useState<ReadonlyMap<string, PresenceView>>(new Map());

  const sent = useRef<{ segmentId: string | null; at: number }>({ segmentId: null, at: 0 });
  useEffect(() => {
    const send = () => {
      sent.current = { segmentId: activeSegmentId, at: Date.now() };
      post(documentId, activeSegmentId);
    };
    // Nothing to say before the user has been on a segment.
    const first =
      activeSegmentId === null && sent.current.segmentId === null ? undefined : setTimeout(send, Math.max(0, sent.current.at + THROTTLE_MS - Date.now()));
    const refresh = activeSegmentId ? setInterval(send, PRESENCE_REFRESH_MS) : undefined;
    return () => {
      clearTimeout(first);
      clearInterval(refresh);
    };
  }, [documentId, activeSegmentId]);

  useEffect(() => {
    const leave = () => post(documentId, null, true);
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [documentId]);

  // Stale entries go even when no event comes (a browser that vanished without saying so).
  useEffect(() => {
    const prune = setInterval(
      () =>
        setPeople((current) => {
          const fresh = [...current.values()].filter((p) => p.at > Date.now() - PRESENCE_STALE_MS);
          return fresh.length === current.size ? current : new Map(fresh.map((p) => [p.userId, p]));
        }),
      PRESENCE_REFRESH_MS / 2,
    );
    return () => clearInterval(prune);
  }, []);

  /** A presence event (server time `at` already turned into this browser's). */
  const heard = useCallback(
    (presence: PresenceView) => {
      if (presence.userId === userId) return;
      setPeople((current) => {
        const next = new Map(current);
        if (presence.segmentId === null) next.delete(presence.userId);
        else next.set(presence.userId, presence);
        return next;
      });
    },
    [userId],
  );

  /** Everyone there when the stream (re)opens. */
  const replaceAll = useCallback(
    (list: PresenceView[]) => setPeople(new Map(list.filter((p) => p.userId !== userId && p.segmentId !== null).map((p) => [p.userId, p]))),
    [userId],
  );

  const bySegment: PresenceBySegment = useMemo(() => {
    const map = new Map<string, PresenceView[]>();
    for (const p of [...people.values()].sort((a, b) => a.at - b.at)) map.set(p.segmentId!, [...(map.get(p.segmentId!) ?? []), p]);
    return map;
  }, [people]);

  return { bySegment, heard, replaceAll };
}
