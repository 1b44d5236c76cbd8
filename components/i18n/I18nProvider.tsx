"use client";

import { useMemo, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "@/i18n/create-i18n";
import type { Language } from "@/i18n/settings";

/** Gives client components a `t` for the URL's language. */
export function I18nProvider({ lng, children }: { lng: Language; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(lng), [lng]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
