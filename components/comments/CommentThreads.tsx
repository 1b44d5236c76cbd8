"use client";

import { useCallback, useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ThreadView } from "@/server/comments/comment-view";
import type { ActionResult } from "@/actions/_lib/action-result";
import { createCommentAction, listCommentsAction } from "@/actions/comments";
import type { CommentContext } from "./comment-context";
import { CommentForm } from "./CommentForm";
import { CommentThread } from "./CommentThread";

/** Some words of the segment's English target, as UTF-16 offsets plus the words themselves. */
export interface CommentSelection {
  start: number;
  end: number;
  exact: string;
}

export interface CommentThreadsProps {
  documentId: string;
  segmentId: string;
  /** Whether the user's role allows writing comments ("comment.write"). */
  canWrite: boolean;
  /** The signed-in user: their own comments can be edited and deleted. */
  userId: string | null;
  /** Project owners may delete anyone's comment (not edit it). */
  isOwner: boolean;
  /** Called after every successful change, e.g. to refresh the grid's comment counts. */
  onChanged?: () => void;
  /** The words selected in the target, offered as what a new comment is about. */
  selection?: CommentSelection | null;
}

const QUOTE_LENGTH = 60;

/** The threads on one segment, with a box to start a new one. Loads through listCommentsAction. */
export function CommentThreads({ documentId, segmentId, canWrite, userId, isOwner, onChanged, selection }: CommentThreadsProps) {
  const { t, i18n } = useTranslation("comments");
  const headingId = useId();
  const [threads, setThreads] = useState<ThreadView[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [onWords, setOnWords] = useState(true);

  useEffect(() => {
    let live = true;
    void listCommentsAction({ documentId, segmentId }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setThreads(result.value);
        setLoadError(null);
      } else setLoadError(result.message);
    });
    return () => {
      live = false;
    };
  }, [documentId, segmentId, reload]);

  const run = useCallback(
    async <T,>(action: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> => {
      const result = await action().catch((error: unknown): ActionResult<T> => ({
        ok: false,
        code: "UNKNOWN",
        message: error instanceof Error ? error.message : String(error),
      }));
      if (result.ok) {
        setReload((n) => n + 1);
        onChanged?.();
      }
      return result;
    },
    [onChanged],
  );

  const language = i18n.resolvedLanguage ?? i18n.language;
  const context = useMemo<CommentContext>(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" });
    return { canWrite, userId, isOwner, run, formatDate: (iso) => format.format(new Date(iso)) };
  }, [canWrite, userId, isOwner, run, language]);

  const words = selection && selection.exact.trim() && selection.end > selection.start ? selection : null;
  const create = async (body: string) => {
    const span = words && onWords ? { start: words.start, end: words.end } : {};
    const result = await run(() => createCommentAction({ segmentId, body, ...span }));
    return result.ok ? null : result.message;
  };
  const quoted = words ? (words.exact.length > QUOTE_LENGTH ? `${words.exact.slice(0, QUOTE_LENGTH - 1)}…` : words.exact) : "";

  return (
    <section className="comment-threads" aria-labelledby={headingId} data-testid="comment-threads">
      <h3 id={headingId}>{threads && threads.length > 0 ? t("heading", { count: threads.length }) : t("title")}</h3>
      {loadError ? (
        <div className="form-error" role="alert">
          <p>{loadError}</p>
          <button type="button" className="button button--small" onClick={() => setReload((n) => n + 1)}>
            {t("retry")}
          </button>
        </div>
      ) : null}
      {threads === null && !loadError ? <p className="hint">{t("loading")}</p> : null}
      {threads && threads.length === 0 ? <p className="hint">{t("empty")}</p> : null}
      {(threads ?? []).map((thread) => (
        <CommentThread key={thread.root.id} thread={thread} context={context} />
      ))}
      {canWrite ? (
        <CommentForm label={t("new.label")} placeholder={t("new.placeholder")} submitLabel={t("new.submit")} onSubmit={create}>
          {words ? (
            <label className="checkbox">
              <input type="checkbox" checked={onWords} onChange={(event) => setOnWords(event.target.checked)} />{" "}
              <span>{t("new.onSelection", { text: quoted })}</span>
            </label>
          ) : null}
        </CommentForm>
      ) : null}
    </section>
  );
}
