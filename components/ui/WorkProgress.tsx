"use client";

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { WORK_STAGES, type WorkProgress as Progress } from "@/core/work/progress";

const POLL_MS = 500;

/** A fresh token for one operation, sent with its form (name "progressToken") and polled here. */
export function newProgressToken(): string {
  return crypto.randomUUID();
}

/**
 * While a long operation runs (`running`), what the server says of it: the stage and, where it is
 * measured, a bar and a count. Polls /api/progress/TOKEN; shows nothing until the server has
 * something to say (short operations end first).
 */
export function WorkProgress({ token, running }: { token: string; running: boolean }) {
  const { t } = useTranslation("common");
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    if (!running) return;
    let live = true;
    const poll = async () => {
      try {
        const response = await fetch(`/api/progress/${token}`, { cache: "no-store" });
        const body = response.ok ? ((await response.json()) as Progress) : null;
        if (live && body && (WORK_STAGES as readonly string[]).includes(body.stage)) setProgress(body);
      } catch {
        // The operation's own request reports failures; a missed poll only delays the bar.
      }
    };
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
      setProgress(null);
    };
  }, [token, running]);
  if (!running || !progress) return null;
  const measured = progress.total > 0;
  return (
    <div className="work-progress" role="status" aria-label={t("work.label")} data-testid="work-progress" data-stage={progress.stage}>
      <span>{t(`work.${progress.stage}`)}</span>
      <progress max={measured ? progress.total : undefined} value={measured ? progress.done : undefined} />
      {measured ? <span className="hint">{t("work.counts", { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() })}</span> : null}
    </div>
  );
}
