"use client";

import { useTranslation } from "react-i18next";
import "./memory.css";

export type RepetitionNoticeState =
  | { kind: "offer"; segmentId: string; n: number; count: number }
  | { kind: "filled"; segmentId: string; n: number; count: number }
  | { kind: "failed"; segmentId: string; n: number; message: string };

/**
 * A slim line above the grid after a confirm: "Segment 4 has 3 identical untranslated repetitions
 * [Fill 3 repetitions] [Not now]", or how many were filled. It never takes the keyboard (the user is
 * already on the next segment); it is announced, and its buttons are reached with Tab.
 */
export function RepetitionNotice({ notice, onFill, onDismiss }: { notice: RepetitionNoticeState; onFill: () => void; onDismiss: () => void }) {
  const { t } = useTranslation("memory");
  return (
    <div className={`repetition-notice repetition-notice--${notice.kind}`} data-testid="repetition-notice" data-kind={notice.kind}>
      <span>
        {notice.kind === "offer"
          ? t("repetitions.offerText", { count: notice.count, n: notice.n })
          : notice.kind === "filled"
            ? t("repetitions.filled", { count: notice.count, n: notice.n })
            : notice.message}
      </span>
      {notice.kind === "offer" ? (
        <button type="button" className="button button--small button--primary" onClick={onFill} data-testid="fill-repetitions">
          {t("repetitions.offer", { count: notice.count })}
        </button>
      ) : null}
      <button type="button" className="button button--small" onClick={onDismiss}>
        {notice.kind === "offer" ? t("repetitions.dismiss") : t("pretranslate.close")}
      </button>
    </div>
  );
}
