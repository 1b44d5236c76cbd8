"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { changePasswordAction, updateNameAction } from "@/actions/account";
import { FormError } from "@/components/ui/FormError";

/** Display name and password forms of the account page. */
export function AccountForms({ name, minPassword }: { name: string; minPassword: number }) {
  const { t } = useTranslation("auth");
  const [nameState, nameAction, namePending] = useActionState(updateNameAction, null);
  const [passwordState, passwordAction, passwordPending] = useActionState(changePasswordAction, null);
  const reason = passwordState && !passwordState.ok ? passwordState.details?.reason : undefined;
  return (
    <>
      <form action={nameAction} className="panel form">
        <h2>{t("account.profile")}</h2>
        <label className="field">
          <span>{t("account.name")}</span>
          <input name="name" defaultValue={name} required maxLength={100} autoComplete="name" />
        </label>
        <FormError state={nameState} />
        {nameState?.ok ? (
          <p role="status" className="form-ok">
            {t("account.nameSaved")}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={namePending}>
          {t("account.saveName")}
        </button>
      </form>
      <form action={passwordAction} className="panel form">
        <h2>{t("account.password")}</h2>
        <label className="field">
          <span>{t("account.currentPassword")}</span>
          <input name="currentPassword" type="password" required autoComplete="current-password" maxLength={1024} />
        </label>
        <label className="field">
          <span>{t("account.newPassword")}</span>
          <input name="newPassword" type="password" required minLength={minPassword} maxLength={256} autoComplete="new-password" />
        </label>
        {reason === "PASSWORD_LENGTH" || reason === "WRONG_PASSWORD" ? (
          <p className="form-error" role="alert">
            {t(`errors.${reason}`, { min: minPassword })}
          </p>
        ) : (
          <FormError state={passwordState} />
        )}
        {passwordState?.ok ? (
          <p role="status" className="form-ok">
            {t("account.passwordChanged")}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={passwordPending}>
          {t("account.changePassword")}
        </button>
      </form>
    </>
  );
}
