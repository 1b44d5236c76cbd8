/**
 * The one renderer of a QA message ({key, params}, core/qa/types.ts) to text, for everything that
 * is not React: the CLI (English) and the server's reports. It goes through the app's own i18next
 * instance and locales/{en,fr}/qa.json "messages", so interpolation, plurals (`_one`/`_other` with
 * `count`) and formatters (`{{name, de}}`) behave exactly as in the interface. It lives here, not
 * in core/qa: core/ may import neither i18next nor locales/ (eslint layer rules).
 */

import type { QaMessage } from "@/core/qa/types";
import { createI18n } from "./create-i18n";
import type { Language } from "./settings";

const instances = new Map<Language, ReturnType<typeof createI18n>>();

/** A message's text in `lang`; a key with no text (a check newer than the locales) shows as the key itself. */
export function renderQaMessage(message: QaMessage, lang: Language): string {
  let instance = instances.get(lang);
  if (!instance) instances.set(lang, (instance = createI18n(lang)));
  // Keys are dynamic (a check's code and what it found), so untyped here; a missing one falls back to itself.
  const t = instance.getFixedT(lang, "qa") as unknown as (key: string, options: Record<string, unknown>) => string;
  return t(`messages.${message.key}`, { ...message.params, defaultValue: message.key });
}
