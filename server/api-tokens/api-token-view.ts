import type { TokenScope } from "@/core/access/permissions";

/** What the Account page shows of a token: never its secret or hash. */
export interface ApiTokenView {
  id: string;
  name: string;
  scope: TokenScope;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  /** Whether it still lets requests in; an expired or revoked token answers 401. */
  status: "active" | "expired" | "revoked";
}

export const API_TOKEN_VIEW_SELECT = {
  id: true,
  name: true,
  scope: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} as const;

type Row = {
  id: string;
  name: string;
  scope: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

export function toApiTokenView(row: Row, now = new Date()): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope === "write" ? "write" : "read",
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    status: row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active",
  };
}
