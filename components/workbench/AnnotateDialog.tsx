"use client";

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TermbaseEntry } from "@/core/terms/termbase-entry";
import { FormError } from "@/components/ui/FormError";
import { ModalDialog } from "@/components/ui/ModalDialog";
import { fieldsOf, TermFields } from "@/components/glossary/TermFields";
import type { ActionResult, FormState } from "@/actions/_lib/action-result";
import { segmentFocusTarget } from "./segment-focus";
import type { SourceRange } from "./use-annotations";

export interface AnnotateRequest {
  kind: "gloss" | "note";
  range: SourceRange;
  /** The glossary entry the selected text already is, if any (its fields are shown, then completed). */
  existing?: TermbaseEntry;
}

const asState = (result: ActionResult<unknown>): FormState => (result.ok ? { ok: true, value: undefined } : result);

/**
 * The modal form for glossing or annotating the selected source text. It stays open, with the
 * user's input, when the server refuses; it closes only once the gloss or note is saved. A gloss
 * starts in the English field: the French is already there, taken from the selection.
 */
export function AnnotateDialog({
  request,
  onSubmit,
  onClose,
}: {
  request: AnnotateRequest;
  onSubmit: (fields: Record<string, unknown> | null, body: string) => Promise<ActionResult<unknown>>;
  onClose: () => void;
}) {
  const { t } = useTranslation("glossary");
  const titleId = useId();
  const [state, setState] = useState<FormState>(null);
  const [busy, setBusy] = useState(false);
  const { kind, range, existing } = request;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const form = event.currentTarget;
    const result = await onSubmit(kind === "gloss" ? fieldsOf(form) : null, kind === "note" ? String(new FormData(form).get("body") ?? "") : "");
    setBusy(false);
    if (result.ok) onClose();
    else setState(asState(result));
  }

  return (
    <ModalDialog
      labelledBy={titleId}
      onClose={onClose}
      initialFocus={kind === "gloss" ? "[name=preferred]" : "[name=body]"}
      returnFocus={() => segmentFocusTarget(range.segmentId, "source")}
      className="annotate-dialog"
      testId="annotate-dialog"
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>{kind === "gloss" ? t("gloss.title", { term: range.text }) : t("note.title", { text: range.text })}</h2>
        {kind === "gloss" ? (
          <>
            {existing ? <p className="hint">{t("gloss.existing", { term: existing.source })}</p> : null}
            <TermFields entry={existing ?? { source: range.text.trim() }} withSource />
          </>
        ) : (
          <div className="field">
            <label htmlFor={`${titleId}-body`}>{t("note.body")}</label>
            <textarea id={`${titleId}-body`} name="body" rows={4} required maxLength={5000} />
          </div>
        )}
        <FormError state={state} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter">
            {kind === "gloss" ? t("gloss.submit") : t("note.submit")}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t("cancel")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
