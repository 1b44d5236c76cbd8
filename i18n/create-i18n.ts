import { createInstance, type i18n } from "i18next";
import { frenchDe } from "@/core/text/french-de";
import { resources } from "./resources";
import { FALLBACK_LANGUAGE, NAMESPACES, type Language } from "./settings";

/** A ready i18next instance for one language (synchronous: resources are bundled). */
export function createI18n(lng: Language): i18n {
  const instance = createInstance();
  void instance.init({
    lng,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: ["en", "fr"],
    ns: NAMESPACES,
    defaultNS: "common",
    resources,
    initAsync: false,
    // React escapes output itself; escaping twice would show &amp; in the UI.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // `{{name, de}}` in French strings: « de Lisière », « d’Anthropic » (elision, core/text/french-de.ts).
  instance.services.formatter?.add("de", (value: unknown) => `${frenchDe(String(value))}${String(value)}`);
  return instance;
}
