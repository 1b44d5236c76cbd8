import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { authenticateApiToken } from "@/server/api-tokens/authenticate-api-token";
import { ANONYMOUS_RATE_LIMIT, consumeRateLimit, TOKEN_RATE_LIMIT } from "@/server/api-tokens/consume-rate-limit";
import { getDb, type Db } from "@/server/db/client";
import { AppError, isAppError } from "@/server/errors";
import { clientIp, currentActor } from "@/app/_lib/current-actor";

export interface ApiContext<P> {
  request: NextRequest;
  params: P;
  actor: Actor;
  db: Db;
  ip: string;
}

type Handler<P> = (context: ApiContext<P>) => Promise<Response | unknown>;

/** `{error: {code, message, details?}}` with the code's HTTP status, and Retry-After on 429. */
export function apiError(error: AppError): NextResponse {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  const retryAfter = error.details?.retryAfterSeconds;
  if (error.code === "RATE_LIMITED" && typeof retryAfter === "number") headers["Retry-After"] = String(retryAfter);
  if (error.code === "UNAUTHENTICATED") headers["WWW-Authenticate"] = 'Bearer realm="lisiere"';
  return NextResponse.json({ error: error.toJSON() }, { status: error.status, headers });
}

/** The first problem of a failed zod parse as INVALID_INPUT, naming the field. */
export function invalidInput(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  return new AppError("INVALID_INPUT", `${where}${issue?.message ?? "Invalid input"}`);
}

/** Parses `value` with `schema` or throws INVALID_INPUT. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(result.error);
  return result.data;
}

/**
 * Who calls: a `Bearer lis_…` token (narrowed to its scope), else the browser session. Requests
 * are counted per token (or per user for a session), and per address before a token is known, so
 * that guessing tokens is limited too.
 */
async function authenticate(request: NextRequest, db: Db, ip: string): Promise<Actor> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    try {
      const { actor, tokenId } = await authenticateApiToken(db, authorization);
      await consumeRateLimit(db, `token:${tokenId}`, TOKEN_RATE_LIMIT);
      return actor;
    } catch (error) {
      if (isAppError(error) && error.code === "UNAUTHENTICATED") await consumeRateLimit(db, `ip:${ip}`, ANONYMOUS_RATE_LIMIT);
      throw error;
    }
  }
  const actor = await currentActor().catch(async (error: unknown) => {
    await consumeRateLimit(db, `ip:${ip}`, ANONYMOUS_RATE_LIMIT);
    throw isAppError(error) && error.code === "UNAUTHENTICATED"
      ? new AppError("UNAUTHENTICATED", "Send a personal access token: Authorization: Bearer lis_… (create one on the Account page).")
      : error;
  });
  await consumeRateLimit(db, `user:${actor.userId}`, TOKEN_RATE_LIMIT);
  return actor;
}

/**
 * A /api/v1 route handler: authentication, rate limit, then `handler`, whose result is sent as JSON
 * (a Response is sent as is). Coded errors become `{error: {…}}` with their status; anything else
 * is a real failure and propagates (500, logged by Next).
 */
export function apiRoute<P>(handler: Handler<P>) {
  return async (request: NextRequest, { params }: { params: Promise<P> }): Promise<Response> => {
    try {
      const db = getDb();
      const ip = await clientIp();
      const actor = await authenticate(request, db, ip);
      const result = await handler({ request, params: await params, actor, db, ip });
      return result instanceof Response ? result : NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (isAppError(error)) return apiError(error);
      throw error;
    }
  };
}
