"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";
import type { EditScope } from "./pending-edits";
import { useSegmentStore } from "./use-segment-store";

type Store = ReturnType<typeof useSegmentStore>;

/*
 * The segment store (segments, autosave queue, conflict) lives in one provider per page and is read
 * through narrow contexts: what changes on every keystroke (the segments, the save state) is kept
 * apart from what never changes (ask, the queue), so a component that only saves does not re-render
 * when someone types.
 */
const SegmentsContext = createContext<WorkbenchSegment[] | null>(null);
const ActionsContext = createContext<Pick<Store, "ask" | "queue" | "patchSegment" | "setSegments"> | null>(null);
const SaveStateContext = createContext<Store["state"] | null>(null);
const ConflictContext = createContext<Pick<Store, "conflict" | "keepMine" | "takeTheirs"> | null>(null);
const RepetitionsContext = createContext<Store["repetitions"] | null>(null);
const RefusalContext = createContext<Pick<Store, "refusal" | "dismissRefusal"> | null>(null);

export function SegmentStoreProvider({
  scope,
  initial,
  reviews,
  children,
}: {
  scope: EditScope;
  initial: WorkbenchSegment[];
  reviews: boolean;
  children: ReactNode;
}) {
  const { segments, setSegments, patchSegment, ask, queue, state, conflict, keepMine, takeTheirs, repetitions, refusal, dismissRefusal } = useSegmentStore(
    scope,
    initial,
    { reviews },
  );
  const actions = useMemo(() => ({ ask, queue, patchSegment, setSegments }), [ask, queue, patchSegment, setSegments]);
  const conflicts = useMemo(() => ({ conflict, keepMine, takeTheirs }), [conflict, keepMine, takeTheirs]);
  const refusals = useMemo(() => ({ refusal, dismissRefusal }), [refusal, dismissRefusal]);
  return (
    <ActionsContext.Provider value={actions}>
      <SegmentsContext.Provider value={segments}>
        <SaveStateContext.Provider value={state}>
          <ConflictContext.Provider value={conflicts}>
            <RepetitionsContext.Provider value={repetitions}>
              <RefusalContext.Provider value={refusals}>{children}</RefusalContext.Provider>
            </RepetitionsContext.Provider>
          </ConflictContext.Provider>
        </SaveStateContext.Provider>
      </SegmentsContext.Provider>
    </ActionsContext.Provider>
  );
}

function required<T>(value: T | null, hook: string): T {
  if (value === null) throw new Error(`${hook} is used outside <SegmentStoreProvider>`);
  return value;
}

/** The page's segments as they are now (optimistic statuses included). */
export const useSegments = () => required(useContext(SegmentsContext), "useSegments");
/** Stable: ask for a save, the queue itself, and direct patches after saves made outside the queue. */
export const useSegmentActions = () => required(useContext(ActionsContext), "useSegmentActions");
/** The autosave queue's phase and pending count, for the save indicator. */
export const useSaveState = () => required(useContext(SaveStateContext), "useSaveState");
/** What became of the last confirmed segment's repetitions: an offer to fill them, or how many were filled. */
export const useRepetitionNotice = () => required(useContext(RepetitionsContext), "useRepetitionNotice");
/** The save conflict waiting for the user's choice, if any. */
export const useSaveConflict = () => required(useContext(ConflictContext), "useSaveConflict");
/** A review decision the server refused while keeping the text (approving with QA errors), until dismissed. */
export const useSaveRefusal = () => required(useContext(RefusalContext), "useSaveRefusal");
