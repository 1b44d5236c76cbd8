"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "@/components/ui/Announcer";
import { reasonMessage } from "@/components/ui/reason-message";
import { newProgressToken, WorkProgress } from "@/components/ui/WorkProgress";
import { tmxImportUrl, uploadTmx, type TmxImportCounts } from "./tmx-routes";

type Phase =
  { kind: "idle" } | { kind: "uploading"; sent: number; total: number } | { kind: "done"; counts: TmxImportCounts } | { kind: "failed"; message: string };

/**
 * Imports a TMX file into the project's memory: the upload's own progress bar, then the server's
 * (units read), then what was read, imported and skipped — or the one-line reason it was refused.
 */
export function TmxImportForm({ projectId, limitMb }: { projectId: string; limitMb: number }) {
  const { t, i18n } = useTranslation("memory");
  const { t: tCommon } = useTranslation("common");
  const id = useId();
  const router = useRouter();
  const announce = useAnnounce();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [token, setToken] = useState(newProgressToken);
  const running = phase.kind === "uploading";
  const number = (n: number) => n.toLocaleString(i18n.language);

  async function submit(form: HTMLFormElement) {
    const file = (form.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) return setPhase({ kind: "failed", message: t("tmx.noFile") });
    if (file.size > limitMb * 1024 * 1024) return setPhase({ kind: "failed", message: t("tmx.tooLarge", { limit: limitMb }) });
    setPhase({ kind: "uploading", sent: 0, total: file.size });
    const outcome = await uploadTmx(
      tmxImportUrl(projectId, file, token),
      file,
      (sent, total) => setPhase({ kind: "uploading", sent, total }),
      t("tmx.offline"),
    );
    setToken(newProgressToken());
    if (outcome.ok) {
      const text = t("tmx.result", { read: number(outcome.counts.read), imported: number(outcome.counts.imported), skipped: number(outcome.counts.skipped) });
      setPhase({ kind: "done", counts: outcome.counts });
      announce(text);
      form.reset();
      router.refresh(); // the unit count
    } else {
      setPhase({ kind: "failed", message: t("tmx.failed", { message: reasonMessage(tCommon, outcome.details) ?? outcome.message }) });
    }
  }

  const percent = phase.kind === "uploading" && phase.total > 0 ? Math.round((100 * phase.sent) / phase.total) : 0;
  return (
    <form
      className="panel form tmx-import"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
      data-testid="tmx-import"
    >
      <h3 id={`${id}-title`}>{t("tmx.import")}</h3>
      <p className="hint" id={`${id}-help`}>
        {t("tmx.importHelp", { limit: limitMb })}
      </p>
      <label className="field">
        <span>{t("tmx.file")}</span>
        <input type="file" name="file" accept=".tmx,application/x-tmx+xml,text/xml,application/xml" aria-describedby={`${id}-help`} disabled={running} />
      </label>
      <button type="submit" className="button button--primary" disabled={running}>
        {running ? t("tmx.importing") : t("tmx.submit")}
      </button>
      {phase.kind === "uploading" && phase.sent < phase.total ? (
        <div className="work-progress" role="status" data-testid="tmx-upload-progress">
          <span>{t("tmx.uploading", { percent })}</span>
          <progress max={phase.total} value={phase.sent} aria-label={t("tmx.uploading", { percent })} />
        </div>
      ) : null}
      <WorkProgress token={token} running={running} />
      {phase.kind === "done" ? (
        <p className="form-success" data-testid="tmx-import-result">
          {t("tmx.result", { read: number(phase.counts.read), imported: number(phase.counts.imported), skipped: number(phase.counts.skipped) })}
        </p>
      ) : null}
      {phase.kind === "failed" ? (
        <p className="form-error" role="alert" data-testid="tmx-import-error">
          {phase.message}
        </p>
      ) : null}
    </form>
  );
}
