"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ThreadView } from "@/server/comments/comment-view";
import { reopenThreadAction, replyToCommentAction, resolveThreadAction } from "@/actions/comments";
import type { CommentContext } from "./comment-context";
import { CommentForm } from "./CommentForm";
import { CommentItem } from "./CommentItem";

const EXCERPT_LENGTH = 80;

function excerpt(text: string) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH - 1)}…` : line;
}

/**
 * One thread: the words it is about (if any), the root comment, its replies, a reply box, and
 * resolve/reopen. A resolved thread starts collapsed to one line, since it needs no more attention.
 */
export function CommentThread({ thread, context }: { thread: ThreadView; context: CommentContext }) {
  const { t } = useTranslation("comments");
  const { root, replies } = thread;
  const resolved = root.resolvedAt !== null;
  const [expanded, setExpanded] = useState(!resolved);
  const [replying, setReplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const author = root.authorName ?? t("unknownAuthor");

  const toggleResolved = async () => {
    const result = await context.run(() => (resolved ? reopenThreadAction : resolveThreadAction)({ commentId: root.id }));
    setError(result.ok ? null : result.message);
    // Resolving folds the thread away; reopening shows it.
    if (result.ok) setExpanded(resolved);
  };

  const reply = async (body: string) => {
    const result = await context.run(() => replyToCommentAction({ commentId: root.id, body }));
    if (result.ok) setReplying(false);
    return result.ok ? null : result.message;
  };

  return (
    <article
      className={`comment-thread${resolved ? " comment-thread--resolved" : ""}`}
      data-testid="comment-thread"
      data-resolved={resolved}
      aria-label={t("thread.label", { author })}
    >
      {root.span ? (
        <blockquote className="comment-thread__quote">
          <span className="visually-hidden">{t("thread.about")} </span>
          {root.spanLost ? <del lang="en">{root.span.exact}</del> : <q lang="en">{root.span.exact}</q>}
          {root.spanLost ? <span className="hint"> {t("thread.spanLost")}</span> : null}
        </blockquote>
      ) : null}
      {resolved ? (
        <p className="card-meta">
          {expanded
            ? t("thread.resolvedBy", { name: root.resolvedByName ?? t("unknownAuthor"), date: context.formatDate(root.resolvedAt!) })
            : t("thread.resolvedSummary", { excerpt: excerpt(root.body) })}{" "}
          <button type="button" className="button button--small" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? t("thread.hide") : t("thread.show")}
          </button>
        </p>
      ) : null}
      {expanded ? (
        <>
          <CommentItem comment={root} context={context} replyCount={replies.length} onError={setError} />
          {replies.length > 0 ? (
            <ol className="comment-thread__replies" aria-label={t("thread.replies", { count: replies.length })}>
              {replies.map((r) => (
                <li key={r.id}>
                  <CommentItem comment={r} context={context} onError={setError} />
                </li>
              ))}
            </ol>
          ) : null}
          {context.canWrite && replying ? (
            <CommentForm
              label={t("reply.label")}
              placeholder={t("reply.placeholder")}
              submitLabel={t("reply.submit")}
              onSubmit={reply}
              onCancel={() => setReplying(false)}
              cancelLabel={t("reply.cancel")}
              autoFocus
            />
          ) : null}
          {context.canWrite ? (
            <p className="card-actions">
              {!replying ? (
                <button type="button" className="button button--small" onClick={() => setReplying(true)}>
                  {t("reply.open")}
                </button>
              ) : null}
              <button type="button" className="button button--small" onClick={() => void toggleResolved()}>
                {resolved ? t("thread.reopen") : t("thread.resolve")}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}
