"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreDocumentAction } from "@/app/[lng]/projects/[projectId]/trash-actions";
import { FormError } from "@/components/ui/FormError";
import type { ActionState } from "@/app/_lib/action-result";

/**
 * Restores a trashed document; `after` is where to go once done (the page reloads its data).
 * Used by the trash list (Restore) and by the notice after a deletion (Undo).
 */
export function RestoreDocumentButton({ documentId, label, ariaLabel, after, className = "button button--small" }: { documentId: string; label: string; ariaLabel: string; after?: string; className?: string }) {
  const router = useRouter();
  const [error, setError] = useState<ActionState>(null);
  const [pending, startTransition] = useTransition();
  const restore = () =>
    startTransition(async () => {
      const result = await restoreDocumentAction({ documentId });
      if (!result.ok) return setError({ ok: false, code: result.code as "NOT_FOUND", message: result.message });
      setError(null);
      if (after) router.replace(after, { scroll: false });
      else router.refresh();
    });
  return (
    <span className="inline-form">
      <button type="button" className={className} disabled={pending} onClick={restore} aria-label={ariaLabel}>{label}</button>
      <FormError state={error} />
    </span>
  );
}
