"use client";

import { useEffect, useRef, useState } from "react";
import { saveSegmentAction } from "@/actions/segments";
import { holdPageLock } from "./page-lock";
import { journalInto, openPendingEdits, type EditScope, type PendingEdits } from "./pending-edits";
import { SaveQueue, type SaveQueueOptions, type SaveQueueState } from "./save-queue";

type Callbacks = Pick<SaveQueueOptions, "onSaved" | "onConflict" | "onRefused">;

/** Reported once per page: the browser cannot keep edits (no IndexedDB); saving to the server goes on. */
function storageProblem() {
  let told = false;
  return (error: unknown) => {
    if (told) return;
    told = true;
    console.warn("Edits cannot be kept in this browser:", error);
  };
}

/**
 * One SaveQueue for the page, wired to the save action, journalling every unacknowledged edit into
 * IndexedDB, retrying at once when the browser comes back online, with a guard against closing
 * unsent work.
 */
export function useSaveQueue(scope: EditScope, initialVersions: { id: string; version: number }[], callbacks: Callbacks) {
  const [state, setState] = useState<SaveQueueState>({ phase: "idle", pending: 0 });
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });
  // Opened once per page; IndexedDB may be missing (some private modes), which only costs the journal.
  const [pendingEdits] = useState<{ store: PendingEdits; pageId: string } | null>(() =>
    typeof indexedDB === "undefined" ? null : { store: openPendingEdits(), pageId: holdPageLock() },
  );
  // The ref is read only inside the queue's callbacks, which run after render, never during it.
  // eslint-disable-next-line react-hooks/refs
  const [queue] = useState(() => {
    const created = new SaveQueue({
      send: (request) => saveSegmentAction(request),
      onSaved: (segment) => latest.current.onSaved(segment),
      onConflict: (...args) => latest.current.onConflict(...args),
      onRefused: (...args) => latest.current.onRefused?.(...args),
      onStateChange: setState,
      journal: pendingEdits ? journalInto(pendingEdits.store, scope, pendingEdits.pageId, storageProblem()) : undefined,
    });
    for (const { id, version } of initialVersions) created.setVersion(id, version);
    return created;
  });

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!queue.hasPending()) return;
      queue.flush();
      event.preventDefault();
    };
    const online = () => queue.retryNow();
    window.addEventListener("beforeunload", warn);
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("online", online);
    };
  }, [queue]);

  return { queue, state, pendingEdits };
}
