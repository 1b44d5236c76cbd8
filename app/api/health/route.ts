import { NextResponse } from "next/server";
import { getDb } from "@/server/db/client";
import { checkHealth } from "@/server/operations/check-health";

// Asked afresh every time: a cached "ok" would keep a failing server in the load balancer's pool.
export const dynamic = "force-dynamic";

/**
 * For a load balancer: 200 {"status":"ok","database":"ok","migrations":"ok"} when this server can
 * serve, else 503 naming the part that fails. No authentication, nothing cached.
 */
export async function GET() {
  const health = await checkHealth(getDb());
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
