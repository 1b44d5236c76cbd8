"use client";

import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The server's MAX_COMMENT_LENGTH, checked here too so an over-long comment is refused before sending. */
const MAX_LENGTH = 5000;

interface CommentFormProps {
  label: string;
  submitLabel: string;
  placeholder?: string;
  initialText?: string;
  /** Sends the text; resolves to an error message to show (the text is kept), or null on success. */
  onSubmit: (text: string) => Promise<string | null>;
  /** Whether a successful submission empties the box (a new comment) or leaves it (an edit, which then closes). */
  clearOnSuccess?: boolean;
  onCancel?: () => void;
  cancelLabel?: string;
  autoFocus?: boolean;
  /** Shown between the text box and the buttons (e.g. the "selected words" choice). */
  children?: ReactNode;
  /** Shown under the error, e.g. the text a conflicting edit left. */
  errorDetails?: ReactNode;
}

/**
 * A plain-text box for writing a comment: Ctrl+Enter (⌘+Enter) sends it, and the text stays in the
 * box whenever sending fails, so nothing typed is lost.
 */
export function CommentForm({
  label,
  submitLabel,
  placeholder,
  initialText = "",
  onSubmit,
  clearOnSuccess = true,
  onCancel,
  cancelLabel,
  autoFocus,
  children,
  errorDetails,
}: CommentFormProps) {
  const { t } = useTranslation("comments");
  const [text, setText] = useState(initialText);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const submit = async () => {
    if (pending || !text.trim()) return;
    if (text.trim().length > MAX_LENGTH) {
      setError(t("tooLong", { max: MAX_LENGTH, count: text.trim().length }));
      return;
    }
    setPending(true);
    const problem = await onSubmit(text).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
    setPending(false);
    setError(problem);
    if (!problem && clearOnSuccess) setText("");
  };

  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <textarea
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            // Handled here: the grid's own Ctrl+Enter (confirm the segment) must not fire as well.
            event.preventDefault();
            event.stopPropagation();
            void submit();
          }
        }}
        aria-label={label}
        aria-describedby={error ? errorId : undefined}
        aria-invalid={error ? true : undefined}
        placeholder={placeholder}
        rows={3}
        autoFocus={autoFocus}
      />
      {children}
      {error ? (
        <div className="form-error" role="alert" id={errorId}>
          <p>{error}</p>
          {errorDetails}
        </div>
      ) : null}
      <p className="comment-form__actions">
        <button type="submit" className="button button--small button--primary" disabled={pending || !text.trim()}>
          {pending ? t("sending") : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--small" onClick={onCancel}>
            {cancelLabel ?? t("comment.cancel")}
          </button>
        ) : null}
      </p>
    </form>
  );
}
