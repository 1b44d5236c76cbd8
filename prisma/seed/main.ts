/**
 * Loads the demo article into an empty database (no project, no account). Run by `npm start` and
 * `npm test` after the migrations. The demo project has no owner until the first account is
 * created, which claims it; a database with any project or account is never touched.
 */
import { SYSTEM_ACTOR } from "@/server/access/actor";
import { disconnectDb, getDb } from "@/server/db/client";
import { backfillMemory } from "@/server/tm/backfill-memory";
import { backfillConsistencyKeys } from "@/server/qa/backfill-consistency-keys";
import { seedDemoProject } from "./demo-project";

const db = getDb();
try {
  if ((await db.project.count()) > 0 || (await db.user.count()) > 0) {
    console.log("seed: database already in use; nothing to do");
  } else {
    const { documentId } = await seedDemoProject(db, SYSTEM_ACTOR);
    console.log(`seed: demo article imported as document ${documentId}`);
  }
  const keyed = await backfillConsistencyKeys(db);
  if (keyed > 0) console.log(`seed: ${keyed} segments given the comparison keys of the consistency check`);
  const recorded = await backfillMemory(db);
  if (recorded > 0) console.log(`seed: ${recorded} confirmed segments added to their projects' translation memory`);
} finally {
  await disconnectDb();
}
