"use client";

import { useTranslation } from "react-i18next";
import { StatusGuide } from "@/components/ui/StatusGuide";
import { ToolbarMenu } from "./ToolbarMenu";

/** The keys the user may press here and what the statuses mean, behind the toolbar's "Keys" button. */
export function WorkbenchHelp({ editable, canReview, canAnnotate }: { editable: boolean; canReview: boolean; canAnnotate: boolean }) {
  const { t } = useTranslation(["workbench", "glossary"]);
  const lines = [
    editable && t("workbench:grid.keyboardHelp"),
    editable && t("workbench:structure.help"),
    canReview && t("workbench:review.help"),
    canAnnotate && t("glossary:gloss.help"),
  ].filter((line) => typeof line === "string");
  return (
    <ToolbarMenu label={t("workbench:workspace.keys")} testId="keyboard-help" className="keyboard-help">
      <div className="keyboard-help__lines">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <StatusGuide />
      </div>
    </ToolbarMenu>
  );
}
