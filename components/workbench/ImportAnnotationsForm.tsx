"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/ui/FormError";
import type { ActionState } from "@/app/_lib/action-result";
import { importAnnotationsAction } from "@/app/[lng]/projects/[projectId]/documents/[documentId]/annotation-actions";

/** Upload of W3C Web Annotations (from Lisière or another tool); all or nothing, then the page reloads them. */
export function ImportAnnotationsForm({ documentId }: { documentId: string }) {
  const { t } = useTranslation("glossary");
  const [state, setState] = useState<ActionState>(null);
  const [busy, setBusy] = useState(false);
  return (
    <details className="panel">
      <summary>{t("annotations.importTitle")}</summary>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          const result = await importAnnotationsAction(new FormData(event.currentTarget));
          setBusy(false);
          // The details carry the reason of a limit refusal, which FormError puts in the user's language.
          if (!result.ok) return setState({ ok: false, code: result.code as "INVALID_INPUT", message: result.message, details: result.details as Record<string, string | number | boolean | undefined> | undefined });
          setState({ ok: true, message: t("annotations.imported", result.value) });
          // The grid holds annotations in client state: reload it from the server.
          window.setTimeout(() => window.location.reload(), 1200);
        }}
      >
        <input type="hidden" name="documentId" value={documentId} />
        <label className="field">
          <span>{t("annotations.importFile")}</span>
          <input type="file" name="file" accept=".jsonld,.json,application/ld+json,application/json" required />
        </label>
        <button type="submit" className="button" disabled={busy}>{t("annotations.importSubmit")}</button>
        {state?.ok ? <p className="form-success" role="status">{state.message}</p> : <FormError state={state} />}
      </form>
    </details>
  );
}
