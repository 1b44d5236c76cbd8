"use client";

import { useTranslation } from "react-i18next";
import { StatusGuide } from "@/components/ui/StatusGuide";
import { ToolbarMenu } from "./ToolbarMenu";

/**
 * The toolbar's "Help" menu: the keys most used here, a way to the full shortcut list (also ? or F1),
 * and what the statuses mean.
 */
export function WorkbenchHelp({
  editable,
  canReview,
  canAnnotate,
  onShortcuts,
}: {
  editable: boolean;
  canReview: boolean;
  canAnnotate: boolean;
  onShortcuts: () => void;
}) {
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
        <p>
          <button type="button" className="button button--small" onClick={onShortcuts} data-testid="shortcuts-open">
            {t("workbench:shortcuts.openTitle")}
          </button>
        </p>
        <StatusGuide />
      </div>
    </ToolbarMenu>
  );
}
