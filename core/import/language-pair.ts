/**
 * The language pair of a bilingual file, checked against what Lisière does: French (any region)
 * into English (any region). The file's own tags are kept (in canonical case, "fr-ca" → "fr-CA"),
 * so exports write back what came in; a file that names no target but a French source is French
 * into English.
 */

import { DomainError } from "../errors";

export interface LanguagePair {
  sourceLanguage: string;
  targetLanguage: string;
}

const REFUSAL_TAIL = "Lisière translates French into English.";

/** A tag in canonical form, or null if it is not a BCP 47 tag ("fr_FR" is read as "fr-FR"). */
function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/gu, "-"))[0] ?? null;
  } catch {
    return null;
  }
}

function primary(tag: string): string {
  return tag.split("-")[0].toLowerCase();
}

/** "German (de-AT)": the language's English name (without the region, which the code shows), or the tag alone when it has none. */
export function languageInWords(tag: string): string {
  const valid = canonical(tag);
  let name: string | undefined;
  try {
    name = valid ? new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }).of(primary(valid)) : undefined;
  } catch {
    name = undefined;
  }
  return name ? `${name} (${tag})` : `“${tag}”`;
}

/**
 * The document's languages from a file's source and target tags, or a DomainError
 * ("UNSUPPORTED_LANGUAGES") naming both languages in words and codes.
 */
export function checkLanguagePair(source: string | undefined, target: string | undefined, fileKind = "XLIFF file"): LanguagePair {
  const src = source?.trim() ?? "";
  const trg = target?.trim() ?? "";
  const refuse = (message: string): never => {
    throw new DomainError("UNSUPPORTED_LANGUAGES", `${message} ${REFUSAL_TAIL}`, { sourceLanguage: src, targetLanguage: trg });
  };
  if (src === "") refuse(`This ${fileKind} does not say which language it translates from (srcLang).`);
  const srcTag = canonical(src);
  const trgTag = trg === "" ? "en" : canonical(trg);
  if (srcTag === null) refuse(`This ${fileKind}'s source language “${src}” is not a valid language tag.`);
  if (trgTag === null) refuse(`This ${fileKind}'s target language “${trg}” is not a valid language tag.`);
  const frenchSource = primary(srcTag!) === "fr";
  const englishTarget = primary(trgTag!) === "en";
  if (!frenchSource || !englishTarget) {
    refuse(
      trg === ""
        ? `This ${fileKind} is in ${languageInWords(src)} and names no target language;`
        : `This ${fileKind} translates ${languageInWords(src)} into ${languageInWords(trg)};`,
    );
  }
  return { sourceLanguage: srcTag!, targetLanguage: trgTag! };
}
