import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocument } from "@/server/documents/import-document";
import { isAppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { brokenInvariants, brokenMemoryInvariants, snapshot, type Snapshot } from "./property/segment-invariants";
import { PEOPLE, perform, step, type Person, type Run, type Step } from "./property/segment-steps";
import { createTestDb, createUser } from "./test-db";

// Random sequences of every segment action by owners, translators, reviewers and viewers, run
// against the real use cases on SQLite, with the record's invariants checked after every step.
// A failure prints its seed: replay it with FC_SEED=<seed> (and FC_PATH=<path> to skip the search).

const { db } = createTestDb();
afterAll(() => db.$disconnect());
const RICH_XLIFF = path.resolve("core/formats/xliff/__golden__/rich.xlf");
const FRENCH = "Le DoD parle. Le DoD agit.\n\nRien ne change. Anthropic refuse.";
// Rounds of 40 runs of 1–60 steps (short sequences let fast-check shrink a failure to the few
// steps that matter) until at least 1,000 steps have run.
const RUNS = 40;
const STEPS = { minLength: 1, maxLength: 60, size: "max" as const };
const MIN_STEPS = 1_000;
let actors: Run["actors"];
let projectId: string;
let steps = 0;

beforeAll(async () => {
  const owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Properties" })).id;
  const members = await Promise.all(
    PEOPLE.filter((p) => p !== "owner").map(
      async (person) => [person, await createUser(db, { projectId, role: person === "translator2" ? "translator" : person })] as const,
    ),
  );
  actors = { owner, ...Object.fromEntries(members) } as Record<Person, Run["actors"][Person]>;
});

const same = (a: Snapshot, b: Snapshot) => JSON.stringify([...a.segments.values(), a.revisions]) === JSON.stringify([...b.segments.values(), b.revisions]);

/** One run: a fresh document (a French text, or an XLIFF file bringing its own decisions), then the steps. */
async function runSequence(fromXliff: boolean, sequence: Step[]): Promise<void> {
  const content = fromXliff ? new Uint8Array(fs.readFileSync(RICH_XLIFF)) : FRENCH;
  const { documentId } = await importDocument(db, { actor: actors.owner, projectId, content, fileName: fromXliff ? "rich.xlf" : undefined });
  const imported = await snapshot(db, documentId);
  const problems = [
    ...brokenInvariants(imported, imported, { actorId: actors.owner.userId, reviews: true, restoresState: false, refused: false }),
    ...(await brokenMemoryInvariants(db, documentId)),
  ];
  if (problems.length > 0) throw new Error(`after import: ${problems.join("; ")}`);
  const run: Run = { db, documentId, actors, batches: [] };
  for (const [k, next] of sequence.entries()) {
    const before = await snapshot(db, documentId);
    let refused = false;
    try {
      await perform(run, next);
    } catch (error) {
      if (!isAppError(error)) throw error; // anything but a coded refusal is a bug (a 500 for the user)
      refused = true;
    }
    steps++;
    const after = await snapshot(db, documentId);
    const reviews = next.who === "owner" || next.who === "reviewer";
    const broken = brokenInvariants(before, after, { actorId: actors[next.who].userId, reviews, restoresState: next.op.kind === "undo", refused });
    if (next.who === "viewer" && !same(before, after)) broken.push("a viewer changed the record");
    broken.push(...(await brokenMemoryInvariants(db, documentId)));
    if (broken.length > 0) throw new Error(`step ${k + 1} (${next.who} ${JSON.stringify(next.op)}): ${broken.join("; ")}`);
  }
}

describe("the segment record under random actions", () => {
  it("keeps every invariant after every step", async () => {
    const firstSeed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 2_147_483_647;
    for (let seed = firstSeed; steps < MIN_STEPS; seed++) {
      await fc
        .assert(fc.asyncProperty(fc.boolean(), fc.array(step, STEPS), runSequence), { numRuns: RUNS, seed, path: process.env.FC_PATH })
        .catch((error: unknown) => {
          const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : "";
          throw new Error(`Property failed (replay with FC_SEED=${seed}): ${error instanceof Error ? error.message : String(error)}${cause}`);
        });
    }
    expect(steps).toBeGreaterThanOrEqual(MIN_STEPS);
  }, 600_000);
});
