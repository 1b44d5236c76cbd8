import { createInstance, type i18n } from "i18next";
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
  return instance;
}
