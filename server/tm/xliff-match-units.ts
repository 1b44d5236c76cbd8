import type { XliffMatch } from "@/core/formats/xliff/xliff-model";
import type { TmxMetadata } from "./tmx-units";
import type { NewUnit } from "./write-units";

/** Props that keep what the file's tool said of a match, written back as TMX props on export. */
export const PROP_MATCH_ORIGIN = "x-match-origin";
export const PROP_MATCH_QUALITY = "x-match-quality";

export interface XliffMatchContext {
  documentId: string;
  documentTitle: string;
  authorId: string | null;
  sourceLang: string;
  targetLang: string;
}

/**
 * The matches an imported XLIFF file carried (1.2 alt-trans, 2.x mtc:match) as units of the
 * project's memory: origin "xliff", status "imported" (the lowest rank: nobody here confirmed
 * them), linked to the document but to no segment — they are proposals, not its translations — so
 * the Matches tab offers them with the file's name and what its tool said (origin, quality).
 */
export function unitsFromXliffMatches(matches: readonly XliffMatch[], context: XliffMatchContext): NewUnit[] {
  return matches.map((match) => {
    const props: TmxMetadata["props"] = [
      ...(match.origin !== undefined ? [[PROP_MATCH_ORIGIN, match.origin] as [string, string]] : []),
      ...(match.quality !== undefined ? [[PROP_MATCH_QUALITY, String(match.quality)] as [string, string]] : []),
    ];
    const metadata: TmxMetadata = props.length > 0 ? { props } : {};
    return {
      sourceText: match.source,
      targetText: match.target,
      status: "imported",
      origin: "xliff",
      documentId: context.documentId,
      documentTitle: context.documentTitle,
      authorId: context.authorId,
      sourceLang: context.sourceLang,
      targetLang: context.targetLang,
      metadata: JSON.stringify(metadata),
    };
  });
}
