/**
 * Loads the demo article into an empty database. Run by `npm start` and `npm test` after the
 * migrations; does nothing when any project exists, so a user's data is never touched.
 */
import { disconnectDb, getDb } from "@/server/db/client";
import { ensureLocalUser } from "@/server/users/ensure-local-user";
import { seedDemoProject } from "./demo-project";

const db = getDb();
try {
  if ((await db.project.count()) > 0) {
    console.log("seed: database already has projects; nothing to do");
  } else {
    const actor = await ensureLocalUser(db);
    const { documentId } = await seedDemoProject(db, actor);
    console.log(`seed: demo article imported as document ${documentId}`);
  }
} finally {
  await disconnectDb();
}
