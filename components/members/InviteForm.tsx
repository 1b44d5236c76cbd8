"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { inviteMemberAction } from "@/actions/members";
import { FormError } from "@/components/ui/FormError";
import { ROLES } from "@/core/access/permissions";

/** Creates an invitation and shows its link once, with a copy button. */
export function InviteForm({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation("members");
  const [state, action, pending] = useActionState(inviteMemberAction, null);
  const [copied, setCopied] = useState(false);
  const link = state?.ok ? `${window.location.origin}${state.value.link}` : null;
  const reason = state && !state.ok ? state.details?.reason : undefined;
  return (
    <form action={action} className="panel form">
      <h2>{t("invite.title")}</h2>
      <input type="hidden" name="lng" value={i18n.language} />
      <input type="hidden" name="projectId" value={projectId} />
      <label className="field">
        <span>{t("invite.email")}</span>
        <input name="email" type="email" required maxLength={320} />
      </label>
      <label className="field">
        <span id="invite-role-label">{t("invite.role")}</span>
        <select name="role" defaultValue="translator" aria-labelledby="invite-role-label">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </label>
      {reason === "ALREADY_MEMBER" ? (
        <p className="form-error" role="alert">
          {t("errors.ALREADY_MEMBER")}
        </p>
      ) : (
        <FormError state={state} />
      )}
      {link ? (
        <div role="status">
          <p>{t("invite.created", { email: state?.ok ? state.value.email : "" })}</p>
          <div className="invite-link">
            <input readOnly value={link} aria-label={t("invite.copy")} data-testid="invite-link" onFocus={(event) => event.currentTarget.select()} />
            <button type="button" className="button button--small" onClick={() => navigator.clipboard?.writeText(link).then(() => setCopied(true))}>
              {copied ? t("invite.copied") : t("invite.copy")}
            </button>
          </div>
        </div>
      ) : null}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("invite.pending") : t("invite.submit")}
      </button>
    </form>
  );
}
