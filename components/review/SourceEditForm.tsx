"use client";

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

/** Corrects a segment's French source; what was typed stays in the box if the save is refused. */
export function SourceEditForm({
  initial,
  lang,
  onSave,
  onCancel,
}: {
  initial: string;
  lang: string;
  onSave: (text: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation("review");
  const id = useId();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(await onSave(text));
        setBusy(false);
      }}
      onKeyDown={(event) => event.key === "Escape" && onCancel()}
    >
      <label htmlFor={id} className="visually-hidden">
        {t("inspector.sourceLabel")}
      </label>
      <textarea
        id={id}
        lang={lang}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={3}
        maxLength={100_000}
        autoFocus
        data-testid="source-input"
      />
      <p className="hint">{t("inspector.sourceHint")}</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--small button--primary" disabled={busy || !text.trim()}>
          {t("inspector.saveSource")}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t("inspector.cancel")}
        </button>
      </div>
    </form>
  );
}
