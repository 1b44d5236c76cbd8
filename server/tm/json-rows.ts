import { dialectOf } from "../db/dialect";
import { Prisma } from "../db/generated/client";

/**
 * Many values bound as ONE JSON parameter (Prisma converts and checks every bound parameter: a
 * 2,000-row insert of 19 columns is 38,000 of them), read back as rows. The two engines name the
 * table function differently; what reads the rows (`"value" ->> i`, `ORDER BY "key"`) is the same.
 */

/** A FROM item over a JSON array: one row per element, `"value"` the element (json) and `"key"` its place (for order). */
export function jsonRows(db: object, json: string): Prisma.Sql {
  return dialectOf(db) === "postgres"
    ? Prisma.sql`json_array_elements(${json}::json) WITH ORDINALITY AS "rows"("value", "key")`
    : Prisma.sql`json_each(${json})`;
}

/** A subquery giving `texts` as a column of text, for `IN (…)`. */
export function textList(db: object, texts: readonly string[]): Prisma.Sql {
  const json = JSON.stringify(texts);
  return dialectOf(db) === "postgres" ? Prisma.sql`SELECT json_array_elements_text(${json}::json)` : Prisma.sql`SELECT "value" FROM json_each(${json})`;
}
