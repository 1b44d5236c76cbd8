"use client";

import { createContext, useContext } from "react";
import type { QaTools } from "@/components/qa/QaTab";
import type { AnnotationView } from "@/server/annotations/annotation-view";
import type { RevisionView } from "@/server/segments/list-revisions";
import type { CardContext } from "./AnnotationCard";
import type { OfferedTerm } from "./offered-terms";
import type { useMemoryTools } from "./use-memory-tools";

/** The segment the side panel is about: the open row, or the row whose History/Comments was clicked. */
export interface SidePanelFocus {
  segmentId: string;
  number: number;
  version: number;
  /** Whether this segment's editor is open (terms can then be inserted into it). */
  editing: boolean;
}

/**
 * Everything the side panel's tabs may read, built by the workbench. A new tab reads what it needs
 * from here (and from the segment store's hooks); what is missing is added here once.
 */
export interface SidePanelData {
  focus: SidePanelFocus | null;
  /** The glossary terms of the focused segment's source, numbered for Alt+1…9. */
  offered: OfferedTerm[] | null;
  insertTerm: (text: string) => void;
  annotations: AnnotationView[];
  cardContext: CardContext;
  comments: { documentId: string; canWrite: boolean; userId: string | null; isOwner: boolean; onChanged: (segmentId: string) => void };
  history: { canRestore: boolean; restore: (segmentId: string, revision: RevisionView) => Promise<string | null> };
  /** Translation memory: the focused segment's matches, and the concordance search (Ctrl+K). */
  memory: ReturnType<typeof useMemoryTools> & { projectId: string };
  /** Quality checks: the focused segment's issues, fix, ignore (components/qa/use-qa-tools.ts). */
  qa: QaTools;
}

export const SidePanelContext = createContext<SidePanelData | null>(null);

export function useSidePanelData(): SidePanelData {
  const data = useContext(SidePanelContext);
  if (!data) throw new Error("useSidePanelData is used outside the workbench's side panel");
  return data;
}
