/** A sentence found in a paragraph; offsets are UTF-16 indexes into that paragraph. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export type SegmentLanguage = "fr" | "en";
