/**
 * The workbench module's public face: what pages and other features (review mode, the activity
 * view) may use. Everything else under components/workbench/ is internal and may change shape; an
 * ESLint rule refuses deep imports from outside the module.
 */

// The grid page and its server-rendered parts.
export { Workbench } from "./Workbench";
export { ImportsMenu } from "./ImportsMenu";
export { ImportTranslationForm } from "./ImportTranslationForm";
export { ImportAnnotationsForm } from "./ImportAnnotationsForm";
export { PartNavigator } from "./PartNavigator";

// The segment store and autosave queue, behind a provider; review mode shares them.
export { ReloadableSegmentStore } from "./ReloadableSegmentStore";
export { useSaveConflict, useSaveState, useSegmentActions, useSegments } from "./segment-store-context";
export { useBatchEdits } from "./use-batch-edits";
export type { SaveResult } from "./save-queue";
export { SaveIndicator } from "./SaveIndicator";
export { ConflictDialog } from "./ConflictDialog";
export { RejectDialog, rejectWithReason, type Rejection } from "./RejectDialog";
export { HistoryPanel } from "./HistoryPanel";

// Others' saves as they happen.
export { useLiveUpdates } from "./use-live-updates";
export { LiveNotice } from "./LiveNotice";

// Editing and showing a translation.
export { TargetEditor, type TargetEditorHandlers } from "./TargetEditor";
export { Typeahead } from "./typeahead";

// Row filters, shared with review mode.
export { filterCounts, matchesFilter, segmentsWithNotes, type RowFilter } from "./row-filter";
export { RowFilterSelect } from "./RowFilterSelect";
