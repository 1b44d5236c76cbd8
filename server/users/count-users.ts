import type { Db } from "../db/client";

/** Whether any account exists yet (first run shows "create the first account"). */
export async function hasAnyUser(db: Db): Promise<boolean> {
  return (await db.user.count()) > 0;
}
