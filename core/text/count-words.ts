const wordSegmenters = new Map<string, Intl.Segmenter>();

/** Number of words in `text` as a translator counts them (Unicode word boundaries, numbers count). */
export function countWords(text: string, lang = "fr"): number {
  let segmenter = wordSegmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: "word" });
    wordSegmenters.set(lang, segmenter);
  }
  let count = 0;
  for (const part of segmenter.segment(text)) if (part.isWordLike) count++;
  return count;
}
