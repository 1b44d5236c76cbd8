"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreDocumentAction } from "@/actions/documents";
import { FormError } from "@/components/ui/FormError";
import type { FormState } from "@/actions/_lib/action-result";

/**
 * Restores a trashed document; `after` is where to go once done (the page reloads its data).
 * Used by the trash list (Restore) and by the notice after a deletion (Undo).
 */
export function RestoreDocumentButton({
  documentId,
  label,
  ariaLabel,
  after,
  className = "button button--small",
}: {
  documentId: string;
  label: string;
  ariaLabel: string;
  after?: string;
  className?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<FormState>(null);
  const [pending, startTransition] = useTransition();
  const restore = () =>
    startTransition(async () => {
      const result = await restoreDocumentAction({ documentId });
      if (!result.ok) return setError(result);
      setError(null);
      if (after) router.replace(after, { scroll: false });
      else router.refresh();
    });
  return (
    <span className="inline-form">
      <button type="button" className={className} disabled={pending} onClick={restore} aria-label={ariaLabel}>
        {label}
      </button>
      <FormError state={error} />
    </span>
  );
}
