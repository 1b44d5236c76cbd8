"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";

/**
 * Reloads the page's server data (router.refresh) and, once it has arrived, gives a new generation:
 * keyed on it, the grid starts again from the fresh rows. For changes made on the server to many
 * rows at once that the answer does not list (pre-translation).
 */
export function useReload<T extends object>(data: T) {
  const router = useRouter();
  const [generation, setGeneration] = useState(0);
  const [waitingOn, setWaitingOn] = useState<T | null>(null);
  // New props after the refresh: adjusted while rendering, as React recommends for state derived from a change.
  if (waitingOn !== null && waitingOn !== data) {
    setWaitingOn(null);
    setGeneration((n) => n + 1);
  }
  const reload = useCallback(() => {
    setWaitingOn(data);
    router.refresh();
  }, [data, router]);
  return { generation, reload };
}
