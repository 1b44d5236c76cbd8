"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/ui/FormError";
import { useFileLimit } from "@/components/ui/use-file-limit";
import { newProgressToken, WorkProgress } from "@/components/ui/WorkProgress";
import { MAX_EXCHANGE_FILE_BYTES } from "@/core/limits";
import type { FormState } from "@/actions/_lib/action-result";
import { importAnnotationsAction } from "@/actions/annotations";

/** Upload of W3C Web Annotations (from Lisière or another tool); all or nothing, then the page reloads them. */
export function ImportAnnotationsForm({ documentId }: { documentId: string }) {
  const { t } = useTranslation("glossary");
  const [state, setState] = useState<FormState<string>>(null);
  const [busy, setBusy] = useState(false);
  const fileLimit = useFileLimit(MAX_EXCHANGE_FILE_BYTES);
  // Names this form's import for the progress the server reports (not rendered: no hydration mismatch).
  const [progressToken] = useState(newProgressToken);
  return (
    <details className="panel">
      <summary>{t("annotations.importTitle")}</summary>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          const form = new FormData(event.currentTarget);
          form.set("progressToken", progressToken);
          const result = await importAnnotationsAction(form);
          setBusy(false);
          // The details carry the reason of a limit refusal, which FormError puts in the user's language.
          if (!result.ok) return setState(result);
          setState({ ok: true, value: t("annotations.imported", result.value) });
          // The grid holds annotations in client state: reload it from the server.
          window.setTimeout(() => window.location.reload(), 1200);
        }}
      >
        <input type="hidden" name="documentId" value={documentId} />
        <label className="field">
          <span>{t("annotations.importFile")}</span>
          <input type="file" name="file" accept=".jsonld,.json,application/ld+json,application/json" required onChange={fileLimit.onChange} />
        </label>
        {fileLimit.problem ? (
          <p className="form-error" role="alert">
            {fileLimit.problem}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={busy || !!fileLimit.problem}>
          {t("annotations.importSubmit")}
        </button>
        <WorkProgress token={progressToken} running={busy} />
        {state?.ok ? (
          <p className="form-success" role="status">
            {state.value}
          </p>
        ) : (
          <FormError state={state} />
        )}
      </form>
    </details>
  );
}
