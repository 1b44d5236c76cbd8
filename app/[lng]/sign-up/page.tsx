import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { getT } from "@/i18n/server";
import { MIN_PASSWORD_LENGTH } from "@/server/auth/password";
import { getDb } from "@/server/db/client";
import { hasAnyUser } from "@/server/users/count-users";
import { currentSession, safeReturnPath } from "@/app/_lib/current-actor";
import { languageParam } from "@/app/_lib/language";

export const dynamic = "force-dynamic";

export default async function SignUpPage({ params, searchParams }: { params: Promise<{ lng: string }>; searchParams: Promise<{ next?: string }> }) {
  const lng = await languageParam(params);
  const next = safeReturnPath((await searchParams).next);
  if (await currentSession()) redirect(next || `/${lng}`);
  const first = !(await hasAnyUser(getDb()));
  const t = getT(lng, "auth");
  return (
    <div className="page page--narrow">
      <h1>{first ? t("signUp.firstTitle") : t("signUp.title")}</h1>
      {first ? <p className="lead">{t("signUp.firstHelp")}</p> : null}
      <SignUpForm next={next} minPassword={MIN_PASSWORD_LENGTH} />
      {first ? null : (
        <p className="hint">
          {t("signUp.haveAccount")} <Link href={`/${lng}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`}>{t("signUp.signIn")}</Link>
        </p>
      )}
    </div>
  );
}
