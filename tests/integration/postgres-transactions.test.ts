import { describe, expect, it } from "vitest";
import { createTermEntry } from "@/server/glossary/create-term-entry";
import { createProject } from "@/server/projects/create-project";
import { createTestDb, createUser, testDatabaseKind } from "./test-db";

// PostgreSQL only: SERIALIZABLE transactions that collide are aborted — often at COMMIT — and run
// again (server/db/postgres-transactions.ts). A COMMIT that fails must still give its pooled
// connection back (server/db/ending-transactions.ts): when it did not, the pool of 10 ran dry and
// every later request, and the client's disconnect, waited forever.
describe.skipIf(testDatabaseKind !== "postgres")("colliding transactions on PostgreSQL", () => {
  it("keep one entry per term under 24 racing creations, and leave the pool whole", { timeout: 120_000 }, async () => {
    const { db } = createTestDb();
    const owner = await createUser(db);
    const project = await createProject(db, { actor: owner, name: "Collisions" });
    const terms = ["garde-fous", "chaîne d'approvisionnement", "risque", "désignation"];
    const results = await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) =>
        createTermEntry(db, { actor: owner, projectId: project.id, fields: { source: terms[i % terms.length], preferred: `t${i}` } }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(terms.length);
    for (const r of results)
      if (r.status === "rejected") expect((r.reason as { details?: { reason?: string } }).details?.reason, String(r.reason)).toBe("DUPLICATE_TERM");
    expect(await db.termEntry.count({ where: { projectId: project.id } })).toBe(terms.length);
    // Every connection came back: eleven more transactions (one over the pool) and a disconnect finish.
    await Promise.all(Array.from({ length: 11 }, () => db.$transaction(async (tx) => tx.termEntry.count())));
    await expect(Promise.race([db.$disconnect().then(() => "closed"), new Promise((r) => setTimeout(() => r("stuck"), 10_000))])).resolves.toBe("closed");
  });
});
