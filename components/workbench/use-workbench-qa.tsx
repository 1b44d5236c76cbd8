"use client";

import type { Editor } from "@tiptap/core";
import type { RefObject } from "react";
import { roleAllows } from "@/core/access/permissions";
import { useSaveRefusal } from "./segment-store-context";
import type { SidePanelTabId } from "./side-panel-tabs";
import { QaNotices } from "@/components/qa/QaNotices";
import type { QaTools } from "@/components/qa/QaTab";
import { useQaConfirmGate } from "@/components/qa/use-qa-confirm-gate";
import { useQaTools } from "@/components/qa/use-qa-tools";

interface Options {
  documentId: string;
  role: string;
  focusId: string | null;
  activeId: string | null;
  allRows: Parameters<typeof useQaTools>[0]["allRows"];
  editorRef: RefObject<Editor | null>;
  jumpTo: (segmentId: string) => void;
  /** Shows a side panel tab about a segment (use-side-panel.ts). */
  showPanel: (tab: SidePanelTabId, segmentId: string) => void;
}

/**
 * Everything QA adds to the grid, in one place: the tools behind the QA tab, the question asked
 * before confirming with errors, and the notices above the grid (that question, a refused approval).
 */
export function useWorkbenchQa({ documentId, role, focusId, activeId, allRows, editorRef, jumpTo, showPanel }: Options) {
  const tools = useQaTools({ documentId, focusId, activeId, allRows, editorRef });
  const gate = useQaConfirmGate(tools.blockingCount, activeId);
  const { refusal, dismissRefusal } = useSaveRefusal();
  const panel: QaTools = { ...tools, canIgnore: roleAllows(role, "qa.ignore"), jumpTo };
  const about = gate.prompt?.segmentId ?? refusal?.segmentId ?? activeId;
  const notices = (
    <QaNotices
      prompt={gate.prompt}
      refusal={refusal}
      onShowIssues={() => about && showPanel("qa", about)}
      onDismissPrompt={gate.dismiss}
      onDismissRefusal={dismissRefusal}
    />
  );
  return { panel, mayConfirm: gate.mayConfirm, notices };
}
