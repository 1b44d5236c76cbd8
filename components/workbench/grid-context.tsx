"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { TermIndex } from "@/core/terms/match-terms";
import type { TermEntry } from "@/core/terms/types";
import type { AnnotationView } from "@/server/annotations/annotation-view";
import type { SidePanelTabId } from "./side-panel-tabs";
import type { SourceApi } from "./SegmentRow";
import type { TargetEditorHandlers } from "./TargetEditor";
import type { Typeahead } from "./typeahead";

/**
 * What every row of the grid may call. Built once per page from stable callbacks, so the memoised
 * rows never re-render because of it.
 */
export interface RowServices {
  editable: boolean;
  typeahead: Typeahead;
  source: SourceApi;
  /** Opens the editor on segment `number`, typing `insert` into it when the user started typing on the row. */
  activate: (number: number, insert?: string) => void;
  /** Accepts or reverts a reviewer's pending edit; null when the user may not edit. */
  settle: ((segmentId: string, decision: "accept" | "revert") => void) | null;
  /** Shows a tab of the side panel for one segment (History, Notes and comments…). */
  showPanel: (tab: SidePanelTabId, segmentId: string) => void;
}

/** What rows show beside their text; changes rarely (a gloss added, a comment counted, a merge). */
export interface RowData {
  termIndex: TermIndex<TermEntry>;
  annotationsBySegment: ReadonlyMap<string, AnnotationView[]>;
  openComments: Readonly<Record<string, number>>;
  /** Changes after a structural edit, so the open editor remounts with the new text. */
  editorEpoch: number;
}

export const RowServicesContext = createContext<RowServices | null>(null);
export const RowDataContext = createContext<RowData | null>(null);
/** The open editor's handlers: read only by the active row's editor, which alone re-renders as they change. */
export const ActiveHandlersContext = createContext<TargetEditorHandlers | null>(null);

export function useRowServices(): RowServices {
  const services = useContext(RowServicesContext);
  if (!services) throw new Error("useRowServices is used outside the workbench grid");
  return services;
}

/** One row's share of the grid's data. */
export function useRowData(segmentId: string) {
  const data = useContext(RowDataContext);
  if (!data) throw new Error("useRowData is used outside the workbench grid");
  return {
    termIndex: data.termIndex,
    annotations: data.annotationsBySegment.get(segmentId),
    openComments: data.openComments[segmentId] ?? 0,
    editorEpoch: data.editorEpoch,
  };
}

export const useActiveHandlers = () => useContext(ActiveHandlersContext);

/** The grid's contexts around its rows, in one place. */
export function GridContexts({
  services,
  data,
  handlers,
  children,
}: {
  services: RowServices;
  data: RowData;
  handlers: TargetEditorHandlers | null;
  children: ReactNode;
}) {
  return (
    <RowServicesContext.Provider value={services}>
      <RowDataContext.Provider value={data}>
        <ActiveHandlersContext.Provider value={handlers}>{children}</ActiveHandlersContext.Provider>
      </RowDataContext.Provider>
    </RowServicesContext.Provider>
  );
}
