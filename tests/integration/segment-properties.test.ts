import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocument } from "@/server/documents/import-document";
import { isAppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { brokenInvariants, snapshot } from "./property/segment-invariants";
import { PEOPLE, perform, step, type Person, type Run } from "./property/segment-steps";
import { createTestDb, createUser } from "./test-db";

// Random sequences of every segment action by owners, translators, reviewers and viewers, run
// against the real use cases on SQLite, with the record's invariants checked after every step.
// Replay a failure with FC_SEED=<seed> FC_PATH=<path> (fast-check prints both when it fails).

const { db } = createTestDb();
afterAll(() => db.$disconnect());
// 40 runs of 1–60 steps: about 1,200 steps a run of the test (at least 1,000 is checked below);
// short sequences let fast-check shrink a failure to the few steps that matter.
const RUNS = 40;
const STEPS = { minLength: 1, maxLength: 60, size: "max" as const };
const MIN_STEPS = 1_000;
let actors: Record<Person, Run["actors"][Person]>;
let projectId: string;

beforeAll(async () => {
  const owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Properties" })).id;
  actors = { owner, viewer: owner, translator: owner, translator2: owner, reviewer: owner };
  for (const person of PEOPLE.filter((p) => p !== "owner")) {
    actors[person] = await createUser(db, { projectId, role: person === "translator2" ? "translator" : person });
  }
});

describe("the segment record under random actions", () => {
  it("keeps every invariant after every step", async () => {
    let steps = 0;
    const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() ^ (Math.random() * 0x7fffffff);
    await fc.assert(
      fc.asyncProperty(fc.array(step, STEPS), async (sequence) => {
        const { documentId } = await importDocument(db, { actor: actors.owner, projectId, content: "Le DoD parle. Le DoD agit.\n\nRien ne change. Anthropic refuse." });
        const run: Run = { db, documentId, actors, batches: [] };
        for (const [k, next] of sequence.entries()) {
          const before = await snapshot(db, documentId);
          let refused = false;
          try {
            await perform(run, next);
          } catch (error) {
            if (!isAppError(error)) throw error;
            refused = true;
          }
          steps++;
          const after = await snapshot(db, documentId);
          const reviews = next.who === "owner" || next.who === "reviewer";
          const problems = brokenInvariants(before, after, { actorId: actors[next.who].userId, reviews, restoresState: next.op.kind === "undo", refused });
          if (next.who === "viewer" && JSON.stringify([...before.segments.values(), before.revisions]) !== JSON.stringify([...after.segments.values(), after.revisions])) problems.push("a viewer changed the record");
          if (problems.length > 0) throw new Error(`step ${k + 1} (${next.who} ${JSON.stringify(next.op)}): ${problems.join("; ")}`);
        }
      }),
      { numRuns: RUNS, seed, path: process.env.FC_PATH },
    ).catch((error: unknown) => {
      const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : "";
      throw new Error(`Property failed (replay with FC_SEED=${seed}): ${error instanceof Error ? error.message : String(error)}${cause}`);
    });
    expect(steps).toBeGreaterThanOrEqual(MIN_STEPS);
  }, 600_000);
});
