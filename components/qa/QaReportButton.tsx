"use client";

import { useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { QA_REPORT_SLOT_ID } from "./qa-report-slot";

const noSubscription = () => () => {};

/**
 * "QA report" beside "Review mode" and "Activity": a view of the whole document, so it sits with the
 * other views in the document bar rather than in the grid's toolbar, whose width the progress figures
 * need at 1366 px in French. The bar is rendered by the server, the dialog is the workbench's, hence
 * the portal.
 */
export function QaReportButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation("qa");
  // The slot is in the server's HTML before the workbench hydrates; null while rendering on the server.
  const slot = useSyncExternalStore(
    noSubscription,
    () => document.getElementById(QA_REPORT_SLOT_ID),
    () => null,
  );
  if (!slot) return null;
  return createPortal(
    <button type="button" className="link-button" onClick={onOpen} aria-haspopup="dialog" data-testid="qa-report-open">
      {t("summary.open")}
    </button>,
    slot,
  );
}
