"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";

/** The 404 page body, in the interface language (not-found pages receive no route params). */
export function NotFoundMessage() {
  const { t, i18n } = useTranslation("common");
  return (
    <div className="page">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <p>
        <Link href={`/${i18n.language}`}>{t("notFound.back")}</Link>
      </p>
    </div>
  );
}
