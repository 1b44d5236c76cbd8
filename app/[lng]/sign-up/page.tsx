import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { getT } from "@/i18n/server";
import { MIN_PASSWORD_LENGTH } from "@/server/auth/password";
import { signUpPolicy } from "@/server/auth/sign-up-policy";
import { getDb } from "@/server/db/client";
import { currentSession } from "@/app/_lib/current-actor";
import { invitationTokenIn } from "@/app/_lib/invitation-link";
import { languageParam } from "@/app/_lib/language";
import { pageTitle } from "@/app/_lib/page-title";
import { safeReturnPath } from "@/app/_lib/safe-return-path";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }): Promise<Metadata> {
  return pageTitle(getT(await languageParam(params), "auth")("signUp.title"));
}

/** Creating an account: the first one on a fresh install, else as LISIERE_SIGNUP allows. */
export default async function SignUpPage({ params, searchParams }: { params: Promise<{ lng: string }>; searchParams: Promise<{ next?: string }> }) {
  const lng = await languageParam(params);
  const next = safeReturnPath((await searchParams).next);
  if (await currentSession()) redirect(next || `/${lng}`);
  const policy = await signUpPolicy(getDb(), { invitationToken: invitationTokenIn(next) });
  const first = policy.allowed && policy.why === "first";
  const t = getT(lng, "auth");
  const signInLink = (
    <p className="hint">
      {t("signUp.haveAccount")} <Link href={`/${lng}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`}>{t("signUp.signIn")}</Link>
    </p>
  );
  if (!policy.allowed) {
    return (
      <div className="page page--narrow">
        <h1>{t("signUp.title")}</h1>
        <p className="lead" data-testid="sign-up-refused">
          {t(`signUp.${policy.reason}`)}
        </p>
        {signInLink}
      </div>
    );
  }
  const invitedEmail = policy.why === "invitation" ? policy.email : undefined;
  return (
    <div className="page page--narrow">
      <h1>{first ? t("signUp.firstTitle") : t("signUp.title")}</h1>
      {first ? <p className="lead">{t("signUp.firstHelp")}</p> : null}
      {invitedEmail ? <p className="lead">{t("signUp.invitedAs", { email: invitedEmail })}</p> : null}
      <SignUpForm next={next} minPassword={MIN_PASSWORD_LENGTH} invitedEmail={invitedEmail} />
      {first ? null : signInLink}
    </div>
  );
}
