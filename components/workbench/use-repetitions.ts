"use client";

import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { propagateRepetitionsAction } from "@/actions/memory";
import type { RepetitionNoticeState } from "@/components/memory/RepetitionNotice";
import { useAnnounce } from "@/components/ui/Announcer";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";
import type { SavedSegmentState } from "./save-types";

interface Options {
  numberOf: (segmentId: string) => number;
  patchSegment: (id: string, patch: Partial<WorkbenchSegment>) => void;
  setVersion: (id: string, version: number) => void;
}

/**
 * Identical repetitions after a confirm: the server either filled them (the project auto-propagates)
 * — the rows are patched and the user told how many — or says how many it could fill, which the
 * grid offers ("Fill 3 repetitions"); accepting asks the server to fill them.
 */
export function useRepetitions({ numberOf, patchSegment, setVersion }: Options) {
  const { t } = useTranslation("memory");
  const announce = useAnnounce();
  const [notice, setNotice] = useState<RepetitionNoticeState | null>(null);

  const apply = useCallback(
    (filled: readonly SavedSegmentState[]) => {
      for (const { id, targetText, status, version, matchOrigin, matchScore } of filled) {
        setVersion(id, version);
        patchSegment(id, { targetText, status, version, matchOrigin: matchOrigin ?? null, matchScore: matchScore ?? null } as Partial<WorkbenchSegment>);
      }
    },
    [patchSegment, setVersion],
  );

  /** Rows the server filled: patched into the grid, and said. */
  const showFilled = useCallback(
    (segmentId: string, n: number, filled: readonly SavedSegmentState[]) => {
      apply(filled);
      setNotice({ kind: "filled", segmentId, n, count: filled.length });
      announce(t("repetitions.filled", { count: filled.length, n }));
    },
    [apply, announce, t],
  );

  const afterConfirm = (segmentId: string, after: { filled: SavedSegmentState[]; offered: number }) => {
    const n = numberOf(segmentId);
    if (after.filled.length > 0) {
      showFilled(segmentId, n, after.filled);
    } else if (after.offered > 0) {
      setNotice({ kind: "offer", segmentId, n, count: after.offered });
      announce(t("repetitions.offerText", { count: after.offered, n }));
    }
  };

  const fill = useCallback(
    async (segmentId: string, n: number) => {
      const result = await propagateRepetitionsAction({ segmentId }).catch(() => null);
      if (!result || !result.ok) {
        const message = t("repetitions.failed", { message: result?.message ?? t("tmx.offline") });
        setNotice({ kind: "failed", segmentId, n, message });
        announce(message);
        return;
      }
      showFilled(segmentId, n, result.value.filled);
    },
    [showFilled, announce, t],
  );

  const dismiss = useCallback(() => setNotice(null), []);
  const api = useMemo(() => ({ notice, fill, dismiss }), [notice, fill, dismiss]);
  return { afterConfirm, api };
}
