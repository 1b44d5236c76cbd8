"use client";

import type { Editor } from "@tiptap/core";
import { useState, type RefObject } from "react";
import type { QaCode } from "@/core/qa/types";
import { QaSummaryDialog } from "@/components/qa/QaSummaryDialog";
import type { useQaReport } from "@/components/qa/use-qa-report";
import { roleAllows } from "@/core/access/permissions";
import { useSaveRefusal } from "./segment-store-context";
import type { SidePanelTabId } from "./side-panel-tabs";
import { QaNotices } from "@/components/qa/QaNotices";
import type { QaTools } from "@/components/qa/QaTab";
import { useQaConfirmGate } from "@/components/qa/use-qa-confirm-gate";
import { useQaTools } from "@/components/qa/use-qa-tools";
import type { RowFilter } from "./row-filter";

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
  /** The document's QA report (loaded early: the grid's filters count from it). */
  report: ReturnType<typeof useQaReport>;
  setFilter: (filter: RowFilter) => void;
}

/**
 * Everything QA adds to the grid, in one place: the tools behind the QA tab, the question asked
 * before confirming with errors, the notices above the grid (that question, a refused approval) and
 * the document's QA summary.
 */
export function useWorkbenchQa({ documentId, role, focusId, activeId, allRows, editorRef, jumpTo, showPanel, report, setFilter }: Options) {
  const tools = useQaTools({ documentId, focusId, activeId, allRows, editorRef, onIgnoresChanged: report.refresh });
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
  const [summaryOpen, setSummaryOpen] = useState(false);
  const summary = summaryOpen ? (
    <QaSummaryDialog
      state={report.state}
      onShow={(code: QaCode | null) => (setFilter(code ? `qa:${code}` : "qa:all"), setSummaryOpen(false))}
      onRefresh={report.refresh}
      onClose={() => setSummaryOpen(false)}
    />
  ) : null;
  /** The toolbar's "QA report": checks the document again and shows the counts per check. */
  const openSummary = () => (report.refresh(), setSummaryOpen(true));
  return { panel, mayConfirm: gate.mayConfirm, notices, summary, openSummary };
}
