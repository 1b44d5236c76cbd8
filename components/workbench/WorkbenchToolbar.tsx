"use client";

import { useTranslation } from "react-i18next";
import type { Progress } from "@/core/model/progress";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { ExportMenu } from "./ExportMenu";
import type { RowFilter } from "./row-filter";
import { RowFilterSelect } from "./RowFilterSelect";
import { SaveIndicator } from "./SaveIndicator";
import { useSaveState } from "./segment-store-context";
import { StructureNotice } from "./StructureNotice";
import type { StructureNotice as Notice } from "./use-restructure";
import { WorkbenchHelp } from "./WorkbenchHelp";

interface WorkbenchToolbarProps {
  documentId: string;
  progress: Progress;
  gaps: { missing: number; total: number };
  filters: { filter: RowFilter; count: number }[];
  filter: RowFilter;
  setFilter: (value: RowFilter) => void;
  notice: Notice | null;
  findOpen: boolean;
  onToggleFind: () => void;
  onShortcuts: () => void;
  panelShown: boolean;
  onTogglePanel: () => void;
  permissions: { editable: boolean; canReview: boolean; canAnnotate: boolean };
  /** Opens the pre-translation dialog (translators and up). */
  onPretranslate: () => void;
  /** Opens the document's QA summary (counts per check, filter by check). */
}

/**
 * One line of tools above the grid (it wraps on narrow screens): progress, save state, the row
 * filter, the last structural notice, then the buttons — find, export, keys, the shortcut overlay, side
 * panel. Buttons for later tools join the `workbench__actions` group.
 */
export function WorkbenchToolbar(props: WorkbenchToolbarProps) {
  const { t } = useTranslation(["workbench", "common", "memory", "qa"]);
  const state = useSaveState();
  const { progress, filters, filter, setFilter, permissions } = props;
  return (
    <div className="workbench__toolbar" data-testid="workbench-toolbar">
      <ProgressBar progress={progress} />
      <SaveIndicator state={state} />
      {filters.length > 1 ? <RowFilterSelect filters={filters} filter={filter} setFilter={setFilter} testId="row-filter" /> : null}
      {permissions.editable ? null : <p className="hint workbench__read-only">{t("workbench:grid.readOnly")}</p>}
      <StructureNotice notice={props.notice} />
      <div className="workbench__actions">
        <button type="button" className="button button--small" aria-expanded={props.findOpen} onClick={props.onToggleFind} data-testid="search-toggle">
          {t("workbench:find.open")}
        </button>
        {permissions.editable ? (
          <button type="button" className="button button--small" onClick={props.onPretranslate} aria-haspopup="dialog" data-testid="pretranslate-open">
            {t("memory:pretranslate.open")}
          </button>
        ) : null}
        <ExportMenu documentId={props.documentId} gaps={props.gaps} />
        <WorkbenchHelp {...permissions} onShortcuts={props.onShortcuts} />
        <button type="button" className="button button--small" aria-pressed={props.panelShown} onClick={props.onTogglePanel} data-testid="side-panel-toggle">
          {t("workbench:workspace.sidePanel.label")}
        </button>
      </div>
    </div>
  );
}
