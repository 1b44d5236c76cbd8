"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { signInAction } from "@/actions/sign-in";
import { FormError } from "@/components/ui/FormError";

export function SignInForm({ next }: { next: string }) {
  const { t, i18n } = useTranslation("auth");
  const [state, action, pending] = useActionState(signInAction, null);
  // Controlled, so React's reset of the form after a failed attempt keeps what was typed.
  const [email, setEmail] = useState("");
  return (
    <form action={action} className="panel form">
      <input type="hidden" name="lng" value={i18n.language} />
      <input type="hidden" name="next" value={next} />
      <label className="field">
        <span>{t("signIn.email")}</span>
        <input name="email" type="email" autoComplete="username" required maxLength={320} value={email} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <label className="field">
        <span>{t("signIn.password")}</span>
        <input name="password" type="password" autoComplete="current-password" required maxLength={1024} />
      </label>
      {state && !state.ok && (state.code === "UNAUTHENTICATED" || state.code === "RATE_LIMITED") ? (
        <p className="form-error" role="alert" data-testid="sign-in-error">
          {state.code === "RATE_LIMITED" ? t("errors.RATE_LIMITED", { minutes: state.details?.minutes }) : t("errors.BAD_CREDENTIALS")}
        </p>
      ) : (
        <FormError state={state} />
      )}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("signIn.pending") : t("signIn.submit")}
      </button>
    </form>
  );
}
