import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n/I18nProvider";
import { LanguageSwitcher } from "@/components/ui/LanguageSwitcher";
import { getT } from "@/i18n/server";
import { LANGUAGES } from "@/i18n/settings";
import { currentSession } from "../_lib/current-actor";
import { languageParam } from "../_lib/language";
import { signOutAction } from "@/actions/sign-in";
import { titleTemplate } from "../_lib/page-title";
import { SkipLink } from "@/components/ui/SkipLink";
import { AnnouncerProvider } from "@/components/ui/Announcer";
import "../globals.css";

export function generateStaticParams() {
  return LANGUAGES.map((lng) => ({ lng }));
}

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }): Promise<Metadata> {
  const lng = await languageParam(params);
  const t = getT(lng, "common");
  return { title: { default: t("appName"), template: titleTemplate(t("appName")) }, description: t("tagline") };
}

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ lng: string }> }) {
  const lng = await languageParam(params);
  const t = getT(lng, "common");
  const session = await currentSession();
  return (
    <html lang={lng}>
      <body>
        <SkipLink label={t("nav.skipToContent")} />
        <I18nProvider lng={lng}>
          <AnnouncerProvider>
            <header className="app-header">
              <Link href={`/${lng}`} className="app-brand">
                <span className="app-brand__name">{t("appName")}</span>
                <span className="app-brand__tagline">{t("tagline")}</span>
              </Link>
              <nav className="app-nav" aria-label={t("nav.projects")}>
                {session ? <Link href={`/${lng}`}>{t("nav.projects")}</Link> : null}
                <LanguageSwitcher />
                {session ? (
                  <span className="app-user">
                    <Link href={`/${lng}/account`} data-testid="current-user">
                      {session.name}
                    </Link>
                    <form action={signOutAction}>
                      <input type="hidden" name="lng" value={lng} />
                      <button type="submit" className="link-button">
                        {t("nav.signOut")}
                      </button>
                    </form>
                  </span>
                ) : (
                  <Link href={`/${lng}/sign-in`}>{t("nav.signIn")}</Link>
                )}
              </nav>
            </header>
            <main id="main" className="app-main" tabIndex={-1}>
              {children}
            </main>
          </AnnouncerProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
