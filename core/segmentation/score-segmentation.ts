/**
 * Sentence-level scoring of a segmenter against gold sentences, as used by the UD-based
 * development set: a predicted sentence is correct when it equals a gold sentence of the same
 * paragraph once runs of whitespace are collapsed.
 */

export interface SegmentationScore {
  precision: number;
  recall: number;
  f1: number;
}

const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Scores predicted sentences against gold sentences, paragraph by paragraph (multiset match). */
export function scoreSegmentation(predicted: string[][], gold: string[][]): SegmentationScore {
  if (predicted.length !== gold.length) {
    throw new RangeError(`Expected ${gold.length} predicted paragraphs, got ${predicted.length}.`);
  }
  let correct = 0;
  let predictedCount = 0;
  let goldCount = 0;
  for (let i = 0; i < gold.length; i++) {
    // A multiset, so a sentence repeated in the gold must be predicted as often to count each time.
    const remaining = new Map<string, number>();
    for (const sentence of gold[i]) {
      const key = collapse(sentence);
      remaining.set(key, (remaining.get(key) ?? 0) + 1);
      goldCount++;
    }
    for (const sentence of predicted[i]) {
      predictedCount++;
      const key = collapse(sentence);
      const left = remaining.get(key) ?? 0;
      if (left > 0) {
        correct++;
        remaining.set(key, left - 1);
      }
    }
  }
  const precision = predictedCount === 0 ? 0 : correct / predictedCount;
  const recall = goldCount === 0 ? 0 : correct / goldCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
