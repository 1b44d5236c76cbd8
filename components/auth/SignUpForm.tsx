"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { signUpAction } from "@/actions/sign-up";
import { FormError } from "@/components/ui/FormError";

/** The sign-up form; `invitedEmail` fixes the address when the account comes from an invitation. */
export function SignUpForm({ next, minPassword, invitedEmail }: { next: string; minPassword: number; invitedEmail?: string }) {
  const { t, i18n } = useTranslation("auth");
  const [state, action, pending] = useActionState(signUpAction, null);
  const reason = state && !state.ok ? state.details?.reason : undefined;
  // Controlled, so React's reset of the form after a refused attempt keeps what was typed.
  const [name, setName] = useState("");
  const [email, setEmail] = useState(invitedEmail ?? "");
  return (
    <form action={action} className="panel form">
      <input type="hidden" name="lng" value={i18n.language} />
      <input type="hidden" name="next" value={next} />
      <label className="field">
        <span>{t("signUp.name")}</span>
        <input name="name" autoComplete="name" required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label className="field">
        <span>{t("signUp.email")}</span>
        <input
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={320}
          value={email}
          readOnly={invitedEmail !== undefined}
          onChange={(event) => setEmail(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t("signUp.password")}</span>
        <input name="password" type="password" autoComplete="new-password" required minLength={minPassword} maxLength={256} aria-describedby="password-help" />
        <small id="password-help" className="hint">
          {t("signUp.passwordHelp", { min: minPassword })}
        </small>
      </label>
      {reason === "PASSWORD_LENGTH" ||
      reason === "SIGN_UP_REFUSED" ||
      reason === "SIGN_UP_BY_INVITATION" ||
      reason === "SIGN_UP_CLOSED" ||
      reason === "OTHER_EMAIL" ? (
        <p className="form-error" role="alert">
          {t(`errors.${reason}`, { min: minPassword })}
        </p>
      ) : (
        <FormError state={state} />
      )}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("signUp.pending") : t("signUp.submit")}
      </button>
    </form>
  );
}
