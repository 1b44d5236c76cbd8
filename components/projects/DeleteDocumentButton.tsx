"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { trashDocumentAction } from "@/actions/documents";
import { FormError } from "@/components/ui/FormError";
import type { FormState } from "@/actions/_lib/action-result";

/**
 * Moves a document to the trash at once — no confirmation, since the page then offers Undo
 * (`?trashed=<id>` makes the project page show TrashUndoNotice) and the trash keeps it 30 days.
 */
export function DeleteDocumentButton({ documentId, title }: { documentId: string; title: string }) {
  const { t } = useTranslation("projects");
  const router = useRouter();
  const pathname = usePathname();
  const [error, setError] = useState<FormState>(null);
  const [pending, startTransition] = useTransition();
  const trash = () =>
    startTransition(async () => {
      const result = await trashDocumentAction({ documentId });
      if (!result.ok) return setError(result);
      setError(null);
      router.replace(`${pathname}?trashed=${encodeURIComponent(documentId)}`, { scroll: false });
    });
  return (
    <div className="inline-form">
      <button type="button" className="button button--small" disabled={pending} onClick={trash} aria-label={t("documents.deleteLabel", { title })}>
        {t("documents.delete")}
      </button>
      <FormError state={error} />
    </div>
  );
}
