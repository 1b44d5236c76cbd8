"use client";

import { useTranslation } from "react-i18next";
import { ReasonDialog } from "@/components/ui/ReasonDialog";
import { segmentFocusTarget } from "./segment-focus";

/** Asks why a segment is rejected; the reason is kept as a comment on the segment for the translator. */
export function RejectDialog({
  number,
  segmentId,
  onSubmit,
  onClose,
}: {
  number: number;
  segmentId: string;
  onSubmit: (reason: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation("workbench");
  return (
    <ReasonDialog
      title={t("review.rejectTitle", { n: number })}
      label={t("review.reason")}
      submitLabel={t("review.reject")}
      cancelLabel={t("review.cancel")}
      maxLength={4000}
      testId="reject-dialog"
      returnFocus={() => segmentFocusTarget(segmentId)}
      onSubmit={onSubmit}
      onClose={onClose}
    />
  );
}

export interface Rejection {
  segmentId: string;
  number: number;
  /** The translation as it stands when the reviewer rejects it. */
  text: string;
}

/**
 * Rejects a segment: the reason first becomes a comment on it (so the translator sees why, and can
 * answer in the thread), then the status is saved. Resolves to an error message, or null.
 */
export async function rejectWithReason(
  rejection: Rejection,
  reason: string,
  deps: {
    comment: (segmentId: string, body: string) => Promise<string | null>;
    save: (segmentId: string, text: string) => void;
  },
): Promise<string | null> {
  const problem = await deps.comment(rejection.segmentId, reason);
  if (problem) return problem;
  deps.save(rejection.segmentId, rejection.text);
  return null;
}
