"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommentView } from "@/server/comments/comment-view";
import { deleteCommentAction, updateCommentAction } from "@/actions/comments";
import type { CommentContext } from "./comment-context";
import { CommentForm } from "./CommentForm";

/** An edit counts as one when it is clearly later than the creation (both are set on insert). */
const EDITED_AFTER_MS = 1000;

interface CommentItemProps {
  comment: CommentView;
  context: CommentContext;
  /** For a root: how many replies deleting it takes along. */
  replyCount?: number;
  /** Reports a failed delete to the thread's alert. */
  onError: (message: string | null) => void;
}

/** One comment: who and when, its words as plain text, and edit/delete for those allowed. */
export function CommentItem({ comment, context, replyCount = 0, onError }: CommentItemProps) {
  const { t } = useTranslation("comments");
  const [editing, setEditing] = useState(false);
  // The version an edit is made on; after a conflict it becomes the one seen, so a second save replaces it knowingly.
  const [base, setBase] = useState(comment.updatedAt);
  const [theirs, setTheirs] = useState<string | null>(null);
  const mine = context.canWrite && context.userId !== null && comment.authorId === context.userId;
  const canDelete = context.canWrite && (mine || context.isOwner);
  const edited = Date.parse(comment.updatedAt) - Date.parse(comment.createdAt) > EDITED_AFTER_MS;
  const author = comment.authorName ?? t("unknownAuthor");

  const save = async (body: string) => {
    const result = await context.run(() => updateCommentAction({ commentId: comment.id, baseUpdatedAt: base, body }));
    if (result.ok) {
      setEditing(false);
      setTheirs(null);
      return null;
    }
    if (result.code === "CONFLICT" && typeof result.details?.updatedAt === "string") {
      setBase(result.details.updatedAt);
      setTheirs(typeof result.details.theirs === "string" ? result.details.theirs : null);
    }
    return result.message;
  };

  const remove = async () => {
    const question = replyCount > 0 ? t("comment.deleteThreadConfirm", { count: replyCount }) : t("comment.deleteConfirm");
    if (!window.confirm(question)) return;
    const result = await context.run(() => deleteCommentAction({ commentId: comment.id }));
    onError(result.ok ? null : result.message);
  };

  return (
    <div className="comment" data-testid="comment">
      <p className="card-meta">
        {t("comment.meta", { author, date: context.formatDate(comment.createdAt) })}
        {edited ? ` ${t("comment.edited")}` : null}
      </p>
      {editing ? (
        <CommentForm
          label={t("comment.editLabel")}
          submitLabel={t("comment.save")}
          initialText={comment.body}
          clearOnSuccess={false}
          onSubmit={save}
          onCancel={() => {
            setEditing(false);
            setTheirs(null);
          }}
          autoFocus
          errorDetails={
            theirs !== null ? (
              <>
                <p>{t("comment.theirs")}</p>
                <p className="pre-wrap comment-body">{theirs}</p>
                <p>{t("comment.saveOnTop")}</p>
              </>
            ) : null
          }
        />
      ) : (
        // Plain text only: React escapes it, and pre-wrap keeps the writer's line breaks.
        <p className="pre-wrap comment-body" data-testid="comment-body">
          {comment.body}
        </p>
      )}
      {!editing && (mine || canDelete) ? (
        <p className="card-actions">
          {mine ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setBase(comment.updatedAt);
                setEditing(true);
              }}
            >
              {t("comment.edit")}
            </button>
          ) : null}
          {canDelete ? (
            <button type="button" className="button button--small" onClick={() => void remove()}>
              {t("comment.delete")}
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
