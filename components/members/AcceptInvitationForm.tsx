"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { acceptInvitationAction } from "@/actions/invitations";
import { FormError } from "@/components/ui/FormError";

export function AcceptInvitationForm({ token }: { token: string }) {
  const { t, i18n } = useTranslation("members");
  const [state, action, pending] = useActionState(acceptInvitationAction, null);
  return (
    <form action={action} className="form">
      <input type="hidden" name="lng" value={i18n.language} />
      <input type="hidden" name="token" value={token} />
      {state && !state.ok && state.details?.reason === "OTHER_EMAIL" ? (
        <p className="form-error" role="alert">
          {t("errors.OTHER_EMAIL")}
        </p>
      ) : (
        <FormError state={state} />
      )}
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("accept.accept")}
      </button>
    </form>
  );
}
