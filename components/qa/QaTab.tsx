"use client";

import { useState } from "react";
import type { QaReportedIssue } from "@/core/qa/types";
import { IgnoreIssueDialog } from "./IgnoreIssueDialog";
import { QaPanel } from "./QaPanel";
import { useQaText } from "./qa-text";
import type { useQaTools } from "./use-qa-tools";

export type QaTools = ReturnType<typeof useQaTools> & { canIgnore: boolean; jumpTo: (segmentId: string) => void };

/** The side panel's QA tab: the focused segment's issues, and the dialog that asks why one is ignored. */
export function QaTab({ qa }: { qa: QaTools }) {
  const { message } = useQaText();
  const [ignoring, setIgnoring] = useState<QaReportedIssue | null>(null);
  return (
    <>
      <QaPanel
        {...qa.panel}
        canIgnore={qa.canIgnore}
        onFix={qa.fix}
        onIgnore={setIgnoring}
        onUnignore={(issue) => void qa.unignore(issue)}
        onJump={qa.jumpTo}
      />
      {ignoring ? (
        <IgnoreIssueDialog message={message(ignoring.message)} onSubmit={(reason) => qa.ignore(ignoring, reason)} onClose={() => setIgnoring(null)} />
      ) : null}
    </>
  );
}
