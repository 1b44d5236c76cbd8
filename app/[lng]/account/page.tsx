import type { Metadata } from "next";
import { ApiTokensPanel } from "@/components/account/ApiTokensPanel";
import { AccountForms } from "@/components/auth/AccountForms";
import { getT } from "@/i18n/server";
import { listApiTokens } from "@/server/api-tokens/list-api-tokens";
import { MIN_PASSWORD_LENGTH } from "@/server/auth/password";
import { getDb } from "@/server/db/client";
import { currentSession, requirePageActor } from "@/app/_lib/current-actor";
import { languageParam } from "@/app/_lib/language";
import { pageTitle } from "@/app/_lib/page-title";
import { signOutAction } from "@/actions/sign-in";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }): Promise<Metadata> {
  return pageTitle(getT(await languageParam(params), "auth")("account.title"));
}

export default async function AccountPage({ params }: { params: Promise<{ lng: string }> }) {
  const lng = await languageParam(params);
  const actor = await requirePageActor(lng, `/${lng}/account`);
  const session = (await currentSession())!;
  const t = getT(lng, "auth");
  const tokens = await listApiTokens(getDb(), { actor });
  return (
    <div className="page page--narrow">
      <h1>{t("account.title")}</h1>
      <p className="lead">{t("account.signedInAs", { name: `${session.name} <${session.email}>` })}</p>
      <AccountForms name={session.name} minPassword={MIN_PASSWORD_LENGTH} />
      <ApiTokensPanel tokens={tokens} />
      <section className="panel">
        <h2>{t("account.sessions")}</h2>
        <form action={signOutAction}>
          <input type="hidden" name="lng" value={lng} />
          <input type="hidden" name="everywhere" value="1" />
          <button type="submit" className="button">
            {t("account.signOutEverywhere")}
          </button>
        </form>
      </section>
    </div>
  );
}
