"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { deleteDocumentAction } from "@/actions/documents";
import { FormError } from "@/components/ui/FormError";

/** Deletes a document after a confirmation naming it. */
export function DeleteDocumentButton({ documentId, title }: { documentId: string; title: string }) {
  const { t } = useTranslation("projects");
  const [state, action, pending] = useActionState(deleteDocumentAction, null);
  return (
    <form action={action} className="inline-form" onSubmit={(event) => { if (!window.confirm(t("documents.deleteConfirm", { title }))) event.preventDefault(); }}>
      <input type="hidden" name="documentId" value={documentId} />
      <button type="submit" className="button button--small" disabled={pending} aria-label={t("documents.deleteLabel", { title })}>{t("documents.delete")}</button>
      <FormError state={state} />
    </form>
  );
}
