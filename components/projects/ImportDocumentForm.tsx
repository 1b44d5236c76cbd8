"use client";

import { useRouter } from "next/navigation";
import { newProgressToken, WorkProgress } from "@/components/ui/WorkProgress";
import { useActionState, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { importDocumentAction } from "@/actions/documents";
import { UPLOAD_ACCEPT } from "@/core/import/route-import";
import { reasonMessage } from "@/components/ui/reason-message";
import { XliffDroppedReport } from "./XliffDroppedReport";

const REASON_KEYS = ["EMPTY_FILE", "BINARY_FILE", "UNSUPPORTED_ENCODING", "TOO_LARGE", "NO_CONTENT", "BOTH_GIVEN"] as const;
type Reason = (typeof REASON_KEYS)[number];

function isReason(value: unknown): value is Reason {
  return typeof value === "string" && (REASON_KEYS as readonly string[]).includes(value);
}

/** Upload or paste a French text; opens the new document when the import succeeds. */
export function ImportDocumentForm({ projectId, limitMb }: { projectId: string; limitMb: number }) {
  const { t, i18n } = useTranslation("projects");
  const { t: tCommon } = useTranslation("common");
  const router = useRouter();
  const [state, action, pending] = useActionState(importDocumentAction, null);
  // Names this form's import for the progress the server reports (not rendered: no hydration mismatch).
  const [progressToken] = useState(newProgressToken);
  const submit = (form: FormData) => {
    form.set("progressToken", progressToken);
    return action(form);
  };
  // Controlled, so a refused import does not wipe pasted text (React resets forms after actions).
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [tooLarge, setTooLarge] = useState(false);

  const documentHref = state?.ok ? `/${i18n.language}/projects/${projectId}/documents/${state.value.documentId}` : null;
  // An import that left parts of an XLIFF file out stays here, so its report can be read first.
  const dropped = state?.ok ? (state.value.dropped ?? []) : [];
  useEffect(() => {
    if (documentHref && dropped.length === 0) router.push(documentHref);
  }, [documentHref, dropped.length, router]);

  const reason = state && !state.ok ? state.details?.reason : undefined;
  return (
    <form
      action={submit}
      className="panel form"
      aria-labelledby="import-title"
      onSubmit={(event) => {
        // Refuse an oversized file before uploading it; the server checks again.
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
        const over = !!file && file.size > limitMb * 1024 * 1024;
        setTooLarge(over);
        if (over) event.preventDefault();
      }}
    >
      <h2 id="import-title">{t("import.title")}</h2>
      <p className="hint">{t("import.helpFormats", { limit: limitMb })}</p>
      <input type="hidden" name="projectId" value={projectId} />
      <label className="field">
        <span>{t("import.file")}</span>
        <input type="file" name="file" accept={UPLOAD_ACCEPT.document} />
      </label>
      <label className="field">
        <span>{t("import.paste")}</span>
        <textarea name="text" rows={5} placeholder={t("import.pastePlaceholder")} lang="fr" value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <label className="field">
        <span>{t("import.titleField")}</span>
        <input name="title" maxLength={300} aria-describedby="import-title-help" value={title} onChange={(event) => setTitle(event.target.value)} />
        <small id="import-title-help" className="hint">
          {t("import.titleHelp")}
        </small>
      </label>
      <fieldset className="field field--inline">
        <legend>{t("import.segmentation")}</legend>
        <label>
          <input type="radio" name="segmentation" value="sentence" defaultChecked /> {t("import.bySentence")}
        </label>
        <label>
          <input type="radio" name="segmentation" value="paragraph" /> {t("import.byParagraph")}
        </label>
      </fieldset>
      <label>
        <input type="checkbox" name="importAnyway" data-testid="import-anyway" /> {t("import.importAnyway")}
      </label>
      {documentHref && dropped.length > 0 ? <XliffDroppedReport dropped={dropped} href={documentHref} /> : null}
      {tooLarge ? (
        <p className="form-error" role="alert" data-testid="import-error">
          {t("errors.TOO_LARGE", { limit: limitMb })}
        </p>
      ) : state && !state.ok ? (
        <p className="form-error" role="alert" data-testid="import-error">
          {isReason(reason) ? t(`errors.${reason}`, { limit: limitMb }) : null} {reasonMessage(tCommon, state.details) ?? state.message}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("import.pending") : t("import.submit")}
      </button>
      <WorkProgress token={progressToken} running={pending} />
    </form>
  );
}
