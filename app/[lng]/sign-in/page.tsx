import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { getT } from "@/i18n/server";
import { getDb } from "@/server/db/client";
import { hasAnyUser } from "@/server/users/count-users";
import { currentSession } from "@/app/_lib/current-actor";
import { safeReturnPath } from "@/app/_lib/safe-return-path";
import { languageParam } from "@/app/_lib/language";
import { pageTitle } from "@/app/_lib/page-title";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }): Promise<Metadata> {
  return pageTitle(getT(await languageParam(params), "auth")("signIn.title"));
}

export default async function SignInPage({ params, searchParams }: { params: Promise<{ lng: string }>; searchParams: Promise<{ next?: string }> }) {
  const lng = await languageParam(params);
  const next = safeReturnPath((await searchParams).next);
  if (await currentSession()) redirect(next || `/${lng}`);
  // First run: nobody can sign in yet, so the way in is creating the first account.
  if (!(await hasAnyUser(getDb()))) redirect(`/${lng}/sign-up`);
  const t = getT(lng, "auth");
  return (
    <div className="page page--narrow">
      <h1>{t("signIn.title")}</h1>
      <SignInForm next={next} />
      <p className="hint">
        {t("signIn.noAccount")} <Link href={`/${lng}/sign-up${next ? `?next=${encodeURIComponent(next)}` : ""}`}>{t("signIn.createOne")}</Link>
      </p>
    </div>
  );
}
