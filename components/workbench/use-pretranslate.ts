"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { pretranslateDocumentAction } from "@/actions/memory";
import type { PretranslateCounts } from "@/components/memory/PretranslateDialog";
import { useAnnounce } from "@/components/ui/Announcer";
import type { SaveQueue } from "./save-queue";

/**
 * The pre-translation dialog's state and run: pending saves land first (a segment being typed is
 * not empty on the server yet), then the server fills the empty segments, and the grid reloads
 * when the dialog closes so the user reads the counts first.
 */
export function usePretranslate({ documentId, queue, reload }: { documentId: string; queue: SaveQueue; reload: () => void }) {
  const { t } = useTranslation(["memory", "workbench"]);
  const announce = useAnnounce();
  const [isOpen, setOpen] = useState(false);
  const [filled, setFilled] = useState(false);

  async function run(minScore: number): Promise<{ ok: true; counts: PretranslateCounts } | { ok: false; message: string }> {
    if (!(await queue.settle())) return { ok: false, message: t("workbench:find.pending") };
    const result = await pretranslateDocumentAction({ documentId, minScore }).catch(() => null);
    if (!result) return { ok: false, message: t("memory:tmx.offline") };
    if (!result.ok) return { ok: false, message: result.message };
    const { filled: count, exact, fuzzy, skipped } = result.value;
    announce(t("memory:pretranslate.announce", { count }));
    if (count > 0) setFilled(true);
    return { ok: true, counts: { filled: count, exact, fuzzy, left: skipped } };
  }

  return {
    isOpen,
    open: () => setOpen(true),
    close: () => {
      setOpen(false);
      if (filled) {
        setFilled(false);
        reload();
      }
    },
    run,
  };
}
