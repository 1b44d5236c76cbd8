"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslation } from "react-i18next";
import { LANGUAGE_COOKIE, LANGUAGES, type Language } from "@/i18n/settings";

/** Switches the interface language by swapping the URL's first segment; remembers it in a cookie. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation("common");
  const pathname = usePathname();
  const search = useSearchParams();
  const router = useRouter();
  const current = i18n.language as Language;

  function switchTo(lng: Language) {
    document.cookie = `${LANGUAGE_COOKIE}=${lng}; path=/; max-age=31536000; samesite=lax`;
    const rest = pathname.split("/").slice(2).join("/");
    const query = search.toString();
    router.push(`/${lng}${rest ? `/${rest}` : ""}${query ? `?${query}` : ""}`);
  }

  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t("nav.language")}</span>
      <select value={current} onChange={(event) => switchTo(event.target.value as Language)} aria-label={t("nav.language")}>
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`languages.${lng}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
