import { createI18n } from "./create-i18n";
import type { Language, Namespace } from "./settings";

const cache = new Map<Language, ReturnType<typeof createI18n>>();

/** A `t` function for server components. Instances are immutable per language, so they are cached. */
export function getT<N extends Namespace>(lng: Language, ns: N) {
  let instance = cache.get(lng);
  if (!instance) {
    instance = createI18n(lng);
    cache.set(lng, instance);
  }
  return instance.getFixedT(lng, ns);
}
