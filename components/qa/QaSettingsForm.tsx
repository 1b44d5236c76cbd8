"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { updateQaSettingsAction } from "@/actions/qa";
import { useAnnounce } from "@/components/ui/Announcer";
import type { QaSettings } from "@/core/qa/settings";
import { QA_CODES, QA_SEVERITIES, type QaCode, type QaSeverity } from "@/core/qa/types";
import "./qa.css";

/**
 * A project's QA settings: each check on or off with its severity, US or UK spelling, and the length
 * ratio. Owners change them; everyone else sees them read-only (the form's controls disabled).
 */
export function QaSettingsForm({ projectId, settings, canManage }: { projectId: string; settings: QaSettings; canManage: boolean }) {
  const { t } = useTranslation("qa");
  const id = useId();
  const router = useRouter();
  const announce = useAnnounce();
  const [draft, setDraft] = useState(settings);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const setCheck = (code: QaCode, change: Partial<QaSettings["checks"][QaCode]>) =>
    setDraft((last) => ({ ...last, checks: { ...last.checks, [code]: { ...last.checks[code], ...change } } }));

  function save(event: React.FormEvent) {
    event.preventDefault();
    setProblem(null);
    startTransition(async () => {
      const result = await updateQaSettingsAction({ projectId, settings: draft }).catch(() => null);
      if (!result || !result.ok) return setProblem(result?.message ?? t("settings.offline"));
      announce(t("settings.saved"));
      router.refresh();
    });
  }

  return (
    <form className="qa-settings panel" onSubmit={save} aria-busy={pending} data-testid="qa-settings">
      {canManage ? null : <p className="hint">{t("settings.readOnly")}</p>}
      <fieldset disabled={!canManage}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("settings.check")}</th>
              <th scope="col">{t("settings.enabled")}</th>
              <th scope="col">{t("settings.severity")}</th>
            </tr>
          </thead>
          <tbody>
            {QA_CODES.map((code) => (
              <tr key={code} data-testid="qa-setting" data-code={code}>
                <th scope="row" id={`${id}-${code}`}>
                  {t(`codes.${code}`)}
                </th>
                <td>
                  <input
                    type="checkbox"
                    checked={draft.checks[code].enabled}
                    onChange={(event) => setCheck(code, { enabled: event.target.checked })}
                    aria-labelledby={`${id}-${code}`}
                  />
                </td>
                <td>
                  <select
                    value={draft.checks[code].severity}
                    onChange={(event) => setCheck(code, { severity: event.target.value as QaSeverity })}
                    aria-label={`${t(`codes.${code}`)}: ${t("settings.severity")}`}
                  >
                    {QA_SEVERITIES.map((severity) => (
                      <option key={severity} value={severity}>
                        {t(`severity.${severity}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <fieldset>
          <legend>{t("settings.dialect")}</legend>
          {(["us", "uk"] as const).map((dialect) => (
            <label key={dialect} className="qa-settings__choice">
              <input
                type="radio"
                name="dialect"
                value={dialect}
                checked={draft.dialect === dialect}
                onChange={() => setDraft((last) => ({ ...last, dialect }))}
              />{" "}
              {t(dialect === "us" ? "settings.dialectUs" : "settings.dialectUk")}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("settings.lengthRatio")}</legend>
          <div className="qa-settings__ratio">
            {(["min", "max"] as const).map((bound) => (
              <label key={bound}>
                {t(bound === "min" ? "settings.lengthMin" : "settings.lengthMax")}{" "}
                <input
                  type="number"
                  step="0.1"
                  min="0.1"
                  max="20"
                  required
                  value={draft.lengthRatio[bound]}
                  onChange={(event) => setDraft((last) => ({ ...last, lengthRatio: { ...last.lengthRatio, [bound]: Number(event.target.value) } }))}
                  data-testid={`qa-ratio-${bound}`}
                />
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {canManage ? (
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={pending} data-testid="qa-settings-save">
            {t("settings.save")}
          </button>
        </div>
      ) : null}
    </form>
  );
}
