import { buildMatcher, findMatches, type SearchOptions } from "@/core/search/find-text";
import { Slice } from "@/core/work/slices";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { fromDomainError } from "../from-domain-error";
import { Prisma } from "../db/generated/client";

export type SearchScope = "source" | "target" | "both";

export interface DocumentHit {
  /** 1-based number of the segment in the document, as the grid numbers it. */
  number: number;
  segmentId: string;
  side: "source" | "target";
  start: number;
  end: number;
}

export interface DocumentSearch {
  /** Matches in the whole document. */
  total: number;
  /** The first `MAX_DOCUMENT_HITS` of them, in document order (source before target within a segment). */
  hits: DocumentHit[];
  truncated: boolean;
  /** With `around`: the last match before those segments and the first after them (the open part's neighbours), or null. */
  previous: DocumentHit | null;
  next: DocumentHit | null;
}

/** Hits returned at most: a book can hold a word hundreds of thousands of times, and the find bar needs a window of them. */
export const MAX_DOCUMENT_HITS = 2_000;
const PAGE = 5_000;

interface Row {
  id: string;
  sourceText: string;
  targetText: string;
}

/**
 * Finds a search (the find bar's, same rules: core/search/find-text.ts) in the whole document,
 * however many parts it has. The database narrows the rows first when it can: a plain query's
 * longest run of ASCII letters and digits must occur in a matching text whatever the case options
 * (LOWER … LIKE, standard SQL), so only candidate rows reach JavaScript, which decides with the real
 * matcher. A regular expression reads the document a page at a time. Numbers are ranks in document
 * order (position, then id), as the grid counts them.
 */
export async function searchDocument(
  db: Db,
  options: {
    actor: Actor;
    documentId: string;
    scope: SearchScope;
    /** Segment numbers (1-based, inclusive) whose neighbouring matches to report: the open part's. */
    around?: { first: number; last: number };
  } & SearchOptions,
): Promise<DocumentSearch> {
  await requireDocumentAction(db, options.actor, options.documentId, "project.read");
  const matcher = (() => {
    try {
      return buildMatcher(options);
    } catch (error) {
      fromDomainError(error);
    }
  })();
  const result: DocumentSearch = { total: 0, hits: [], truncated: false, previous: null, next: null };
  const { around } = options;
  const slice = new Slice();
  const visit = (row: Row, number: number) => {
    for (const side of ["source", "target"] as const) {
      if (options.scope !== "both" && options.scope !== side) continue;
      for (const m of findMatches(side === "source" ? row.sourceText : row.targetText, matcher)) {
        const hit = { number, segmentId: row.id, side, ...m };
        result.total++;
        if (result.hits.length < MAX_DOCUMENT_HITS) result.hits.push(hit);
        else result.truncated = true;
        if (around && number < around.first) result.previous = hit;
        if (around && number > around.last && !result.next) result.next = hit;
      }
    }
  };
  const literal = options.regex ? null : likeLiteral(options.query);
  if (literal) {
    for (const row of await candidates(db, options.documentId, `%${literal}%`, options.scope)) visit(row, Number(row.number));
    return result;
  }
  let number = 0;
  let after: { position: number; id: string } | null = null;
  for (;;) {
    const rows: (Row & { position: number })[] = await db.segment.findMany({
      where: {
        documentId: options.documentId,
        ...(after ? { OR: [{ position: { gt: after.position } }, { position: after.position, id: { gt: after.id } }] } : {}),
      },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      take: PAGE,
      select: { id: true, position: true, sourceText: true, targetText: true },
    });
    for (const row of rows) visit(row, ++number);
    if (rows.length < PAGE) return result;
    after = rows[rows.length - 1];
    await slice.pauseIfDue();
  }
}

/**
 * Rows whose text may match: the lower-cased literal (letters and digits only, so nothing to
 * escape) occurs in a side searched. Standard SQL: a window function numbers the rows.
 */
async function candidates(db: Db, documentId: string, pattern: string, scope: SearchScope) {
  const sides = [
    ...(scope !== "target" ? [Prisma.sql`LOWER("sourceText") LIKE ${pattern}`] : []),
    ...(scope !== "source" ? [Prisma.sql`LOWER("targetText") LIKE ${pattern}`] : []),
  ];
  return db.$queryRaw<(Row & { number: bigint | number })[]>`
    SELECT "id", "sourceText", "targetText", "number" FROM (
      SELECT "id", "sourceText", "targetText", ROW_NUMBER() OVER (ORDER BY "position", "id") AS "number"
      FROM "Segment" WHERE "documentId" = ${documentId}
    ) AS "ranked"
    WHERE ${Prisma.join(sides, " OR ")}
    ORDER BY "number"`;
}

/**
 * The longest run of the query that any match must contain, lower-cased, for LIKE: ASCII letters
 * and digits only (databases fold only ASCII case alike, and JavaScript's case-insensitive Unicode
 * matching folds "k" and "s" with the Kelvin sign and the long s, so those two letters end a run).
 * Null when no run of two characters or more exists: the whole document is read instead.
 */
export function likeLiteral(query: string): string | null {
  const runs = query.toLowerCase().match(/[a-jl-rt-z0-9]+/g) ?? [];
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), "");
  return longest.length >= 2 ? longest : null;
}
