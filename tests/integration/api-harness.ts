import { NextRequest } from "next/server";
import type { Actor } from "@/server/access/actor";
import type { TokenScope } from "@/core/access/permissions";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import type { Db } from "@/server/db/client";

// Helpers for calling /api/v1 route handlers the way a client does: a real token in the
// Authorization header, a real NextRequest. Each test file mocks only getDb and the session/address
// lookup (next/headers has no request outside Next), see api-endpoints.test.ts.

/** A token of `scope` for `actor`, made by the use case the Account page calls. */
export async function tokenFor(db: Db, actor: Actor, scope: TokenScope): Promise<string> {
  return (await createApiToken(db, { actor, name: `${scope} token`, scope })).secret;
}

type Init = { method?: string; token?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> };

/** A request to `/api/v1<path>` with the token as a Bearer header. */
export function apiRequest(path: string, init: Init = {}): NextRequest {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers["content-type"] = "application/json";
  }
  return new NextRequest(`http://localhost/api/v1${path}`, { method: init.method ?? "GET", headers, body });
}

/** The second argument of a route handler. */
export function routeParams<P>(params: P) {
  return { params: Promise.resolve(params) };
}

/** The body of a JSON answer with its status (untyped: the tests read into it as a client would). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function answer(response: Response): Promise<{ status: number; body: any }> {
  const text = await response.text();
  return { status: response.status, body: text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text };
}
