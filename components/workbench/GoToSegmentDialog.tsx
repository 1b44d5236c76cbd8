"use client";

import { useId, useState } from "react";
import { flushSync } from "react-dom";
import { ModalDialog } from "@/components/ui/ModalDialog";
import { useTranslation } from "react-i18next";
import { parseSegmentNumber } from "@/core/work/next-segment";

/** Ctrl+G: asks for a segment number of the whole document (any part) and goes there. Esc closes. */
export function GoToSegmentDialog({ total, onGo, onClose }: { total: number; onGo: (number: number) => void; onClose: () => void }) {
  const { t } = useTranslation("workbench");
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="dialog goto-dialog" testId="goto-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = parseSegmentNumber(String(new FormData(event.currentTarget).get("number") ?? ""), total);
          if ("problem" in parsed) return setProblem(t(`goTo.${parsed.problem}`, { total }));
          // Closed first, now (flushSync): the dialog gives focus back to where it was, so that going to
          // the segment finds it there and holds it in the grid until the segment's editor takes it.
          flushSync(onClose);
          onGo(parsed.number);
        }}
      >
        <h2 id={`${id}-title`}>{t("goTo.title")}</h2>
        <div className="field">
          <label htmlFor={`${id}-number`}>{t("goTo.number", { total })}</label>
          <input
            id={`${id}-number`}
            name="number"
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
          />
        </div>
        {problem ? (
          <p id={`${id}-problem`} className="form-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t("goTo.cancel")}
          </button>
          <button type="submit" className="button button--primary">
            {t("goTo.go")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
