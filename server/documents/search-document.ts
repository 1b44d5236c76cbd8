import { buildMatcher, findMatches, type SearchOptions } from "@/core/search/find-text";
import { Slice } from "@/core/work/slices";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { fromDomainError } from "../from-domain-error";
import { Prisma } from "../db/generated/client";
import { afterInDocumentOrder } from "./part-window";

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
  /** With `around`: the last match before those segments and the first after them (the open part's neighbours), or null. */
  previous: DocumentHit | null;
  next: DocumentHit | null;
}

const PAGE = 5_000;

interface Row {
  id: string;
  position: number;
  sourceText: string;
  targetText: string;
}

type Match = Omit<DocumentHit, "number">;

/**
 * Finds a search (the find bar's, same rules: core/search/find-text.ts) in the whole document,
 * however many parts it has: how many matches, and with `around` the nearest outside the open part.
 * The database narrows the rows first when it can: every run of ASCII letters and digits of a plain
 * query must occur in a matching text whatever the case options (LOWER … LIKE, standard SQL), so
 * only candidate rows reach JavaScript, which decides with the real matcher. Those rows are not
 * numbered in SQL (ranking a book's 200,000 rows took 0.5 s of the search): only the two
 * neighbours are, by counting the rows before them (numberOf). A regular expression reads the
 * document a page at a time, counting as it goes.
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
  const matchesIn = (row: Row): Match[] =>
    (["source", "target"] as const)
      .filter((side) => options.scope === "both" || options.scope === side)
      .flatMap((side) => findMatches(side === "source" ? row.sourceText : row.targetText, matcher).map((m) => ({ segmentId: row.id, side, ...m })));
  const literals = options.regex ? null : likeLiterals(options.query);
  if (literals) return nearCandidates(db, options.documentId, await candidates(db, options.documentId, literals, options.scope), matchesIn, options.around);

  const result: DocumentSearch = { total: 0, previous: null, next: null };
  const { around } = options;
  const slice = new Slice();
  let number = 0;
  let after: { position: number; id: string } | null = null;
  for (;;) {
    const rows: Row[] = await db.segment.findMany({
      where: {
        documentId: options.documentId,
        ...(after ? afterInDocumentOrder(after) : {}),
      },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      take: PAGE,
      select: { id: true, position: true, sourceText: true, targetText: true },
    });
    for (const row of rows) {
      const matches = matchesIn(row);
      number++;
      result.total += matches.length;
      if (around && matches.length > 0 && number < around.first) result.previous = { number, ...matches.at(-1)! };
      if (around && matches.length > 0 && number > around.last && !result.next) result.next = { number, ...matches[0] };
    }
    if (rows.length < PAGE) return result;
    after = rows[rows.length - 1];
    await slice.pauseIfDue();
  }
}

/** The figures from candidate rows (in document order): the total, and the neighbours numbered by counting. */
async function nearCandidates(
  db: Db,
  documentId: string,
  rows: readonly Row[],
  matchesIn: (row: Row) => Match[],
  around: { first: number; last: number } | undefined,
): Promise<DocumentSearch> {
  const matching = rows.map((row) => ({ row, matches: matchesIn(row) })).filter((m) => m.matches.length > 0);
  const result: DocumentSearch = { total: matching.reduce((sum, m) => sum + m.matches.length, 0), previous: null, next: null };
  if (!around || matching.length === 0) return result;
  // Positions order rows as numbers do; rows sharing a boundary's position are told apart by their number.
  const [firstPosition, lastPosition] = await Promise.all([positionOfNumber(db, documentId, around.first), positionOfNumber(db, documentId, around.last)]);
  for (let k = matching.length - 1; k >= 0 && firstPosition !== null; k--) {
    const { row, matches } = matching[k];
    if (row.position > firstPosition) continue;
    const number = await numberOf(db, documentId, row);
    if (number < around.first) {
      result.previous = { number, ...matches.at(-1)! };
      break;
    }
  }
  for (let k = 0; k < matching.length && lastPosition !== null; k++) {
    const { row, matches } = matching[k];
    if (row.position < lastPosition) continue;
    const number = await numberOf(db, documentId, row);
    if (number > around.last) {
      result.next = { number, ...matches[0] };
      break;
    }
  }
  return result;
}

/** The position of the segment numbered `number` (1-based, document order), on the (documentId, position) index alone; null past the end. */
async function positionOfNumber(db: Db, documentId: string, number: number): Promise<number | null> {
  const [row] = await db.segment.findMany({
    where: { documentId },
    orderBy: { position: "asc" },
    skip: Math.max(0, number - 1),
    take: 1,
    select: { position: true },
  });
  return row?.position ?? null;
}

/** A segment's number in document order (position, then id), by counting the rows before it. */
async function numberOf(db: Db, documentId: string, row: { id: string; position: number }): Promise<number> {
  const [before, tied] = await Promise.all([
    db.segment.count({ where: { documentId, position: { lt: row.position } } }),
    db.segment.count({ where: { documentId, position: row.position, id: { lt: row.id } } }),
  ]);
  return before + tied + 1;
}

/**
 * Rows whose text may match, in document order: a side searched holds every lower-cased literal
 * (letters and digits only, so nothing to escape). Standard SQL.
 */
async function candidates(db: Db, documentId: string, literals: readonly string[], scope: SearchScope): Promise<Row[]> {
  const holdsAll = (column: string) =>
    Prisma.join(
      literals.map((literal) => Prisma.sql`LOWER(${Prisma.raw(`"${column}"`)}) LIKE ${`%${literal}%`}`),
      " AND ",
    );
  const sides = [...(scope !== "target" ? [holdsAll("sourceText")] : []), ...(scope !== "source" ? [holdsAll("targetText")] : [])];
  const rows = await db.$queryRaw<Row[]>`
    SELECT "id", "position", "sourceText", "targetText" FROM "Segment"
    WHERE "documentId" = ${documentId} AND ((${Prisma.join(sides, ") OR (")}))
    ORDER BY "position", "id"`;
  return rows.map((row) => ({ ...row, position: Number(row.position) }));
}

/**
 * The runs of the query that any match must contain, lower-cased, for LIKE, longest first: ASCII
 * letters and digits only (databases fold only ASCII case alike, and JavaScript's case-insensitive
 * Unicode matching folds "k" and "s" with the Kelvin sign and the long s, so those two letters end
 * a run), of two characters or more. Every one must occur, so each narrows the rows: "contrat 1999"
 * in a book of contracts reads the rows holding "1999" too, not every row holding "contrat". Null
 * when there is none: the whole document is read instead.
 */
export function likeLiterals(query: string): string[] | null {
  const runs = [...new Set(query.toLowerCase().match(/[a-jl-rt-z0-9]+/g) ?? [])].filter((run) => run.length >= 2);
  return runs.length > 0 ? runs.sort((a, b) => b.length - a.length) : null;
}
