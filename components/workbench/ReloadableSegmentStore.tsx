"use client";

import type { ReactNode } from "react";
import type { Workbench as WorkbenchData } from "@/server/documents/get-workbench";
import { SegmentStoreProvider } from "./segment-store-context";
import { useReload } from "./use-reload";

/**
 * The segment store of a document page (the grid, review mode) on the page's data, started afresh
 * when `reload` has brought new data: after work done on the server for many rows (pre-translation)
 * or someone else's restructure.
 */
export function ReloadableSegmentStore({ data, reviews, children }: { data: WorkbenchData; reviews: boolean; children: (reload: () => void) => ReactNode }) {
  const { generation, reload } = useReload(data);
  return (
    <SegmentStoreProvider key={generation} scope={{ documentId: data.document.id, userId: data.userId }} initial={data.segments} reviews={reviews}>
      {children(reload)}
    </SegmentStoreProvider>
  );
}
