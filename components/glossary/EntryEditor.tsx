"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/ui/FormError";
import type { StoredTermEntry } from "@/server/glossary/load-termbase";
import type { FormState } from "@/actions/_lib/action-result";
import { createTermEntryAction, deleteTermEntryAction, updateTermEntryAction } from "@/actions/glossary";
import { ConceptDetails } from "./ConceptDetails";
import { fieldsOf, TermFields } from "./TermFields";

/**
 * Adds or edits one entry. An edit names the version it started from: if a colleague saved the
 * entry meanwhile, the server refuses and the form keeps what the user typed.
 */
export function EntryEditor({
  projectId,
  entry,
  synonyms = [],
  onDone,
  onCancel,
}: {
  projectId: string;
  entry?: StoredTermEntry & { hasDetails?: boolean };
  /** The other French terms of the entry's concept. */
  synonyms?: string[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("glossary");
  const [state, setState] = useState<FormState>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<{ ok: true } | { ok: false; code: string; message: string }>) {
    setBusy(true);
    const result = await action();
    setBusy(false);
    if (result.ok) onDone();
    else setState({ ok: false, code: result.code as "INVALID_INPUT", message: result.message });
  }

  return (
    <form
      className="panel glossary-form"
      aria-label={entry ? t("editTitle", { term: entry.source }) : t("add")}
      data-testid="entry-editor"
      onSubmit={(event) => {
        event.preventDefault();
        const fields = fieldsOf(event.currentTarget);
        void run(() =>
          entry ? updateTermEntryAction({ entryId: entry.id, baseUpdatedAt: entry.updatedAt, fields }) : createTermEntryAction({ projectId, fields }),
        );
      }}
      onKeyDown={(event) => event.key === "Escape" && onCancel()}
    >
      <TermFields entry={entry} withSource />
      {/* The TBX data beyond these fields is kept on save (the form sends only the fields). */}
      {entry ? <ConceptDetails entryId={entry.id} source={entry.source} hasDetails={entry.hasDetails ?? false} synonyms={synonyms} /> : null}
      <FormError state={state} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t("save")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("cancel")}
        </button>
        {entry ? (
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => window.confirm(t("deleteConfirm", { term: entry.source })) && void run(() => deleteTermEntryAction({ entryId: entry.id }))}
          >
            {t("delete")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
