"use client";

import { useRouter } from "next/navigation";
import { newProgressToken, WorkProgress } from "@/components/ui/WorkProgress";
import { useFileLimit } from "@/components/ui/use-file-limit";
import { MAX_IMPORT_BYTES } from "@/core/limits";
import { useActionState, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { importTranslationAction } from "@/actions/documents";
import { FormError } from "@/components/ui/FormError";
import { UPLOAD_ACCEPT } from "@/core/import/route-import";

/** Upload or paste an existing English version; it is aligned with the French and the grid reloads. */
export function ImportTranslationForm({ documentId, hasTranslations }: { documentId: string; hasTranslations: boolean }) {
  const { t } = useTranslation("workbench");
  const router = useRouter();
  const [state, action, pending] = useActionState(importTranslationAction, null);
  // Names this form's import for the progress the server reports (not rendered: no hydration mismatch).
  const [progressToken] = useState(newProgressToken);
  const submit = (form: FormData) => {
    form.set("progressToken", progressToken);
    return action(form);
  };
  const [text, setText] = useState("");
  const fileLimit = useFileLimit(MAX_IMPORT_BYTES);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const reason = state && !state.ok ? state.details?.reason : undefined;
  return (
    <details className="panel import-translation">
      <summary>{t("align.title")}</summary>
      <form action={submit} className="form">
        <p className="hint">{t("align.help")}</p>
        <input type="hidden" name="documentId" value={documentId} />
        <label className="field">
          <span>{t("align.file")}</span>
          <input type="file" name="file" accept={UPLOAD_ACCEPT.translation} onChange={fileLimit.onChange} />
        </label>
        <label className="field">
          <span>{t("align.paste")}</span>
          <textarea name="text" rows={4} lang="en" value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        {hasTranslations ? (
          <label>
            <input type="checkbox" name="replace" /> {t("align.replace")}
          </label>
        ) : null}
        {reason === "HAS_TRANSLATIONS" ? (
          <p className="form-error" role="alert">
            {t("align.hasTranslations")}
          </p>
        ) : (
          <FormError state={state} />
        )}
        {state?.ok ? (
          <p className="form-ok" role="status" data-testid="align-result">
            {t("align.done", { pairs: state.value.pairs, sentences: state.value.englishSentences, low: state.value.lowConfidence })}
          </p>
        ) : null}
        {fileLimit.problem ? (
          <p className="form-error" role="alert" data-testid="align-too-large">
            {fileLimit.problem}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={pending || !!fileLimit.problem}>
          {pending ? t("align.pending") : t("align.submit")}
        </button>
        <WorkProgress token={progressToken} running={pending} />
      </form>
    </details>
  );
}
