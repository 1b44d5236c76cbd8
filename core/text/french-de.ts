/**
 * French « de » before a name: « d’ » before a vowel sound (« Segments d’Anthropic »,
 * « Membres d’Œuvre ») or a mute h (« d’Histoire »), « de » otherwise (« de Lisière »,
 * « de Hegseth »). An aspirated h is the safe default for names, so h elides only before the
 * common mute-h words listed here. Used by the i18next `de` formatter (i18n/create-i18n.ts).
 */
const MUTE_H =
  /^h(?:abit|armoni|ebdo|élic|elic|erb|eur|ier|ippo|istoir|istori|iver|omm|onn|onneur|ôpital|opital|orair|orizon|orlog|orreur|ôte|ote|uile|umain|umeur|umour|umble|ydr|ygi|ypo|yper)/i;

export function frenchDe(name: string): "d’" | "de " {
  // Look past opening quotes and spaces: « de “Atlas” » still elides on the A.
  const word = name.replace(/^[\s«“"'‘(\[]+/u, "");
  const first = word.normalize("NFD").charAt(0).toLowerCase();
  if ("aeiouœæ".includes(first) && first !== "") return "d’";
  // Y is a vowel before a consonant (Yves, Yvelines), a consonant before a vowel (Yale, Yaoundé).
  if (first === "y") return /^y[^aeiouy]/iu.test(word.normalize("NFD")) ? "d’" : "de ";
  if (first === "h" && MUTE_H.test(word)) return "d’";
  return "de ";
}
