"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/ui/FormError";
import type { FormState } from "@/actions/_lib/action-result";
import { importGlossaryAction } from "@/actions/glossary";

/** Export links (TBX-Basic, CSV) and, for editors, the all-or-nothing import of a TBX or CSV file. */
export function GlossaryFiles({ projectId, editable, limitMb, onImported }: { projectId: string; editable: boolean; limitMb: number; onImported: () => void }) {
  const { t } = useTranslation("glossary");
  const [state, setState] = useState<FormState<string>>(null);
  // What the import read but reports (concepts without a French term, elements it ignored).
  const [warnings, setWarnings] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const exportUrl = (format: string) => `/api/projects/${encodeURIComponent(projectId)}/glossary?format=${format}`;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (file && file.size > limitMb * 1048576) {
      setState({ ok: false, code: "TOO_LARGE", message: `${(file.size / 1048576).toFixed(1)} MB > ${limitMb} MB` });
      return;
    }
    setBusy(true);
    setWarnings([]);
    // A refusal before the action runs (the server's 413, a dropped connection) rejects the call.
    const result = await importGlossaryAction(new FormData(form)).catch(() => null);
    setBusy(false);
    if (!result) {
      setState({ ok: false, code: "UNKNOWN", message: "" });
    } else if (result.ok) {
      setState({ ok: true, value: t("import.done", { read: result.value.read, created: result.value.created, updated: result.value.updated }) });
      setWarnings(result.value.warnings ?? []);
      form.reset();
      onImported();
    } else {
      setState(result);
    }
  }

  return (
    <div className="panel">
      <h2>{t("export.title")}</h2>
      <p className="inline-actions">
        <a className="button" href={exportUrl("tbx")} download>
          {t("export.tbx")}
        </a>
        <a className="button" href={exportUrl("csv")} download>
          {t("export.csv")}
        </a>
      </p>
      {editable ? (
        <form onSubmit={submit} className="form" aria-labelledby="glossary-import-title">
          <h2 id="glossary-import-title">{t("import.title")}</h2>
          <input type="hidden" name="projectId" value={projectId} />
          <label className="field">
            <span>{t("import.file")}</span>
            <input type="file" name="file" accept=".tbx,.xml,.csv,.tsv,.txt" required />
          </label>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t("import.submit")}
          </button>
          {state?.ok ? (
            <div role="status" data-testid="glossary-import-result">
              <p className="form-success">{state.value}</p>
              {warnings.length > 0 ? (
                <>
                  <p>{t("import.warnings", { count: warnings.length })}</p>
                  <ul lang="en">
                    {warnings.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ) : (
            <FormError state={state} />
          )}
        </form>
      ) : null}
    </div>
  );
}
