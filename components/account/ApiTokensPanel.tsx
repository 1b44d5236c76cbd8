"use client";

import { useActionState, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { createApiTokenAction, revokeApiTokenAction } from "@/actions/api-tokens";
import type { ApiTokenView } from "@/server/api-tokens/api-token-view";
import { FormError } from "@/components/ui/FormError";
import { TOKEN_SCOPES } from "@/core/access/permissions";

/** What the form offers; "" is no expiry (until revoked). */
const EXPIRY_DAYS = ["", "30", "90", "365"];

/** The Account page's personal access tokens: create one (its secret shown once), list them, revoke. */
export function ApiTokensPanel({ tokens }: { tokens: ApiTokenView[] }) {
  const { t, i18n } = useTranslation("auth");
  const [state, action, pending] = useActionState(createApiTokenAction, null);
  const [copied, setCopied] = useState(false);
  const [revoking, startRevoke] = useTransition();
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const secret = state?.ok ? state.value.secret : null;
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(i18n.language, { dateStyle: "medium" }) : t("apiTokens.never"));
  const revoke = (token: ApiTokenView) => {
    if (!window.confirm(t("apiTokens.confirmRevoke", { name: token.name }))) return;
    startRevoke(async () => {
      const result = await revokeApiTokenAction({ tokenId: token.id });
      setRevokeError(result.ok ? null : result.message);
    });
  };
  return (
    <section className="panel" aria-labelledby="api-tokens-title">
      <h2 id="api-tokens-title">{t("apiTokens.title")}</h2>
      <p className="hint">{t("apiTokens.intro")}</p>
      <form action={action} className="form" onSubmit={() => setCopied(false)}>
        <label className="field">
          <span>{t("apiTokens.name")}</span>
          <input name="name" required maxLength={100} placeholder={t("apiTokens.namePlaceholder")} />
        </label>
        <fieldset className="field field--inline">
          <legend>{t("apiTokens.scope")}</legend>
          {TOKEN_SCOPES.map((scope) => (
            <label key={scope}>
              <input type="radio" name="scope" value={scope} defaultChecked={scope === "read"} /> {t(`apiTokens.scopes.${scope}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t("apiTokens.expires")}</span>
          <select name="expiresInDays" defaultValue="">
            {EXPIRY_DAYS.map((days) => (
              <option key={days} value={days}>
                {days ? t("apiTokens.expiresInDays", { count: Number(days) }) : t("apiTokens.neverExpires")}
              </option>
            ))}
          </select>
        </label>
        <FormError state={state} />
        <button type="submit" className="button button--primary" disabled={pending}>
          {t("apiTokens.create")}
        </button>
      </form>
      {secret ? (
        <div role="status" className="api-token-secret">
          <p>{t("apiTokens.created")}</p>
          <div className="invite-link">
            <input
              readOnly
              value={secret}
              aria-label={t("apiTokens.secret")}
              data-testid="api-token-secret"
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" className="button button--small" onClick={() => navigator.clipboard?.writeText(secret).then(() => setCopied(true))}>
              {copied ? t("apiTokens.copied") : t("apiTokens.copy")}
            </button>
          </div>
        </div>
      ) : null}
      {revokeError ? (
        <p className="form-error" role="alert">
          {revokeError}
        </p>
      ) : null}
      {tokens.length === 0 ? (
        <p>{t("apiTokens.none")}</p>
      ) : (
        <table className="table api-tokens">
          <thead>
            <tr>
              <th scope="col">{t("apiTokens.name")}</th>
              <th scope="col">{t("apiTokens.prefix")}</th>
              <th scope="col">{t("apiTokens.scope")}</th>
              <th scope="col">{t("apiTokens.createdAt")}</th>
              <th scope="col">{t("apiTokens.lastUsedAt")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("apiTokens.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} data-testid="api-token-row">
                <td>
                  {token.name}
                  {token.expiresAt && token.status !== "revoked" ? (
                    <small className="hint" suppressHydrationWarning>
                      <br />
                      {t(token.status === "expired" ? "apiTokens.expiredOn" : "apiTokens.expiresOn", { date: date(token.expiresAt) })}
                    </small>
                  ) : null}
                </td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{t(`apiTokens.scopes.${token.scope}`)}</td>
                <td suppressHydrationWarning>{date(token.createdAt)}</td>
                <td suppressHydrationWarning>{date(token.lastUsedAt)}</td>
                <td>
                  {token.revokedAt ? (
                    <span suppressHydrationWarning>{t("apiTokens.revokedOn", { date: date(token.revokedAt) })}</span>
                  ) : (
                    <button type="button" className="button button--small" disabled={revoking} onClick={() => revoke(token)}>
                      {t("apiTokens.revoke")}
                      <span className="visually-hidden"> {token.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
