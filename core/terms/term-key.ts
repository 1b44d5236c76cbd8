/**
 * The matching key of one French word: singular and plural, masculine and feminine forms of a noun
 * or adjective share a key («chaîne», «chaînes»; «fédéral», «fédéraux», «fédérales»), and the
 * inflected forms of an article or a preposition with its article share a class key («la», «les»,
 * «l’»; «de», «du», «des», «d’»). Accents are kept: «risqué» is not «risque», «été» is not «ete»
 * (French accents tell words apart).
 *
 * Hand-written rules rather than a library: Snowball's French stemmer also strips verb and
 * derivational suffixes and folds accents, so «risqué» and «risque» would collide, and a full
 * lexicon-based lemmatiser would be larger than everything else here. A glossary term is almost
 * always a noun phrase, so number and gender endings are all we need. Both the glossary and the
 * text go through the same rules, so a rule only has to map every form of a word to one key; two
 * different words sharing a key («fois»/«foi») is the price, and rare in a term's position.
 */

/** Elided French words and their full forms («jusqu’» is «jusque»); «aujourd’hui» is one word. */
const ELISIONS: ReadonlyMap<string, string> = new Map([
  ["l", "le"],
  ["d", "de"],
  ["j", "je"],
  ["m", "me"],
  ["t", "te"],
  ["s", "se"],
  ["n", "ne"],
  ["c", "ce"],
  ["qu", "que"],
  ["jusqu", "jusque"],
  ["lorsqu", "lorsque"],
  ["puisqu", "puisque"],
  ["quoiqu", "quoique"],
]);

/** Whether a word is elided before an apostrophe («l’», «D’», «qu’»), rather than part of «aujourd’hui». */
export function isElidable(surface: string): boolean {
  return surface.length <= 6 && ELISIONS.has(surface.toLowerCase());
}

// Articles and prepositions fused with an article, by class. «des» is both the plural of «un» and
// «de» + «les»; it is filed with «de», the frequent reading inside terms. Possessives and
// demonstratives are left out: they rarely sit inside a term, and «son» is also a noun (sound).
const FUNCTION_CLASSES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["§le", ["le", "la", "les"]],
  ["§de", ["de", "du", "des"]],
  ["§à", ["à", "au", "aux"]],
  ["§un", ["un", "une"]],
];
const FUNCTION_WORDS: ReadonlyMap<string, string> = new Map(FUNCTION_CLASSES.flatMap(([key, words]) => words.map((w) => [w, key] as const)));

/** Class keys that absorb a following article: «de la», «de l’» are «du»/«des»; «à la» is «au». */
export const FUSING_KEYS: ReadonlySet<string> = new Set(["§de", "§à"]);
/** The class key of the definite article. */
export const ARTICLE_KEY = "§le";

/** Whether a key is a function-word class (such words alone never make a term). */
export function isFunctionKey(key: string): boolean {
  return key.startsWith("§");
}

/** The matching key of one token's surface (any case, apostrophes written "'"). */
export function termKey(surface: string): string {
  let word = surface.normalize("NFC").toLowerCase();
  if (word.endsWith("'")) word = ELISIONS.get(word.slice(0, -1)) ?? word;
  return FUNCTION_WORDS.get(word) ?? stemFrench(word);
}

/** Maps the number and gender forms of a lower-case French noun or adjective to one key. */
export function stemFrench(lower: string): string {
  let w = lower.includes("œ") || lower.includes("æ") ? lower.replace(/œ/gu, "oe").replace(/æ/gu, "ae") : lower;
  if (w.length < 3) return w;
  // Tried on every distinct word of a document, so rules are picked by the last letter, not looped over.
  let last = w[w.length - 1];
  if (last === "x") {
    // «-aux» is the plural of «-al» and «-au» («chevaux», «tuyaux», «eaux»), which map to «-al» below.
    if (w.endsWith("aux")) return `${w.slice(0, -3)}al`;
    // «-x» is a plural after «u» («jeux», «genoux», «dangereux»); «prix», «voix» keep theirs.
    if (w[w.length - 2] !== "u") return w;
    w = w.slice(0, -1);
  } else if (last === "s" && w[w.length - 2] !== "s") {
    w = w.slice(0, -1);
  }
  last = w[w.length - 1];
  if (last === "e") return feminineToMasculine(w);
  // «-eau», «-au» join the «-al»/«-aux» family so that singular and plural agree.
  if (last === "u" && w.endsWith("au")) return `${w.slice(0, -2)}al`;
  // «-eur» and «-eux» share a feminine «-euse», so both meet at «-eu»; short words («peur») are left alone.
  if (last === "r" && w.length >= 6 && w.endsWith("eur")) return w.slice(0, -1);
  return w;
}

const FEMININE_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ["euse", "eu"],
  ["trice", "teu"],
  ["elle", "el"],
  ["enne", "en"],
  ["ière", "ier"],
  ["ive", "if"],
];

function feminineToMasculine(w: string): string {
  for (let k = 0; k < FEMININE_ENDINGS.length; k++) {
    const [ending, replacement] = FEMININE_ENDINGS[k];
    if (w.endsWith(ending) && w.length - ending.length >= 2) return w.slice(0, -ending.length) + replacement;
  }
  // Mute «e» of the feminine («fédérale», «américaine») and of singular nouns («chaîne»); never «é».
  // «meilleure» → «meilleur» → «meilleu», to meet the «-eur» rule above.
  if (w.length <= 3) return w;
  const stem = w.slice(0, -1);
  return stem.length >= 6 && stem.endsWith("eur") ? stem.slice(0, -1) : stem;
}

/** How a word is capitalised, compared between a glossary term and the text. */
export type CaseShape = "none" | "lower" | "title" | "upper" | "mixed";

/** The case shape of a token's surface: «risque» lower, «Défense» title, «IA» upper, «iPhone» mixed. */
export function caseShape(surface: string): CaseShape {
  const lower = surface.toLowerCase();
  const upper = surface.toUpperCase();
  if (lower === upper) return "none";
  if (surface === lower) return "lower";
  if (surface === upper) {
    // «IA» is an acronym; a lone capital («X», «L’») is a capitalised word.
    let letters = 0;
    for (let i = 0; i < surface.length && letters < 2; i++) if (lower[i] !== upper[i]) letters++;
    return letters >= 2 ? "upper" : "title";
  }
  return surface[0] !== surface[0].toLowerCase() ? "title" : "mixed";
}

/**
 * Whether a text word's case fits the glossary word's. `strict` (the entry's caseSensitive):
 * true asks for the same shape, false accepts any; unset asks capitals to stay capitals, while an
 * ALL-CAPS text word (a heading) still fits a Capitalised or lower-case entry.
 */
export function caseFits(entry: CaseShape, text: CaseShape, strict: boolean | undefined): boolean {
  if (strict === false || entry === "none" || text === "none") return true;
  if (strict === true) return entry === text;
  if (entry === "upper") return text === "upper";
  if (entry === "title" || entry === "mixed") return text !== "lower";
  return true;
}
