"use client";

import { useEffect, useRef, useState } from "react";
import { saveSegmentAction } from "@/app/[lng]/projects/[projectId]/documents/[documentId]/actions";
import { SaveQueue, type SaveQueueOptions, type SaveQueueState } from "./save-queue";

type Callbacks = Pick<SaveQueueOptions, "onSaved" | "onConflict">;

/** One SaveQueue for the page, wired to the save action, with a guard against closing unsaved work. */
export function useSaveQueue(initialVersions: { id: string; version: number }[], callbacks: Callbacks) {
  const [state, setState] = useState<SaveQueueState>({ phase: "idle", pending: 0 });
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });
  // The ref is read only inside the queue's callbacks, which run after render, never during it.
  // eslint-disable-next-line react-hooks/refs
  const [queue] = useState(() => {
    const created = new SaveQueue({
      send: (request) => saveSegmentAction(request),
      onSaved: (segment) => latest.current.onSaved(segment),
      onConflict: (...args) => latest.current.onConflict(...args),
      onStateChange: setState,
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
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [queue]);

  return { queue, state };
}
