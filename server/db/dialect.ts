/**
 * Which SQL dialect a Prisma client (or transaction client) speaks. Raw queries that cannot be
 * written once for both engines branch on this; everything else goes through Prisma's model API.
 * `_activeProvider` is set by Prisma on every client and on its transaction clients.
 */
export type SqlDialect = "sqlite" | "postgres";

export function dialectOf(db: object): SqlDialect {
  return (db as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgres" : "sqlite";
}
