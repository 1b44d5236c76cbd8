"use client";

import { useTranslation } from "react-i18next";
import { reasonMessage } from "@/components/ui/reason-message";
import type { SaveQueueState } from "./save-queue";

/**
 * Always-visible autosave state, straight from the save queue (which says "saved" only when the
 * server has acknowledged every edit); announced politely to screen readers.
 */
export function SaveIndicator({ state }: { state: SaveQueueState }) {
  const { t } = useTranslation("workbench");
  const { t: common } = useTranslation("common");
  let text: string;
  switch (state.phase) {
    case "idle":
      text = t("save.idle");
      break;
    case "unsaved":
      text = t("save.unsaved", { count: state.pending });
      break;
    case "saving":
      text = t("save.saving");
      break;
    case "saved":
      text = t("save.saved");
      break;
    case "offline":
      text = t("save.offline", { count: state.pending });
      break;
    case "error":
      // A coded refusal the interface knows (a full disk…) in the user's language, else the server's words.
      text = t("save.error", { message: reasonMessage(common, state.details) ?? state.message ?? "" });
      break;
  }
  return (
    <p
      className={`save-indicator save-indicator--${state.phase}`}
      role="status"
      aria-live="polite"
      data-testid="save-state"
      data-phase={state.phase}
      data-pending={state.pending}
    >
      {text}
    </p>
  );
}
