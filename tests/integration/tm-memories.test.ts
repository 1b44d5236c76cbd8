import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { attachMemory } from "@/server/tm/attach-memory";
import { detachMemory } from "@/server/tm/detach-memory";
import { listMemories } from "@/server/tm/list-memories";
import { memoryOrder } from "@/server/tm/memory-order";
import { reorderMemories } from "@/server/tm/reorder-memories";
import { setAutoPropagate } from "@/server/tm/set-auto-propagate";
import { writeUnits } from "@/server/tm/write-units";
import { createTestDb, createUser } from "./test-db";

// Owners choose which other projects' memories their project reads, in which order.

const { db } = createTestDb();
afterAll(() => db.$disconnect());
let owner: Actor;
let translator: Actor;
let main: string;
let press: string;
let legal: string;
let secret: string;

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  owner = await createUser(db);
  const stranger = await createUser(db);
  main = (await createProject(db, { actor: owner, name: "Main" })).id;
  press = (await createProject(db, { actor: owner, name: "Press" })).id;
  legal = (await createProject(db, { actor: owner, name: "Legal" })).id;
  secret = (await createProject(db, { actor: stranger, name: "Secret" })).id;
  translator = await createUser(db, { projectId: main, role: "translator" });
  await writeUnits(db, press, [
    { sourceText: "Une phrase.", targetText: "A sentence.", status: "imported", origin: "tmx" },
    { sourceText: "Deux phrases.", targetText: "Two sentences.", status: "imported", origin: "tmx" },
  ]);
});

describe("attached memories", () => {
  it("attaches readable projects in order, lists them with unit counts, and the reads follow that order", async () => {
    expect(await attachMemory(db, { actor: owner, projectId: main, memoryProjectId: press })).toEqual({ priority: 1 });
    expect(await attachMemory(db, { actor: owner, projectId: main, memoryProjectId: legal })).toEqual({ priority: 2 });
    const list = await listMemories(db, { actor: owner, projectId: main });
    expect(list.memories.map((m) => [m.name, m.priority, m.units])).toEqual([
      ["Main", 0, 0],
      ["Press", 1, 2],
      ["Legal", 2, 0],
    ]);
    expect(list.canManage).toBe(true);
    expect((await memoryOrder(db, main)).map((m) => m.name)).toEqual(["Main", "Press", "Legal"]);
  });

  it("reorders and detaches, keeping priorities 1…n", async () => {
    await reorderMemories(db, { actor: owner, projectId: main, memoryProjectIds: [legal, press] });
    expect((await memoryOrder(db, main)).map((m) => [m.name, m.priority])).toEqual([
      ["Main", 0],
      ["Legal", 1],
      ["Press", 2],
    ]);
    expect((await refusal(reorderMemories(db, { actor: owner, projectId: main, memoryProjectIds: [legal] }))).code).toBe("INVALID_INPUT");
    await detachMemory(db, { actor: owner, projectId: main, memoryProjectId: legal });
    expect((await memoryOrder(db, main)).map((m) => [m.name, m.priority])).toEqual([
      ["Main", 0],
      ["Press", 1],
    ]);
    // Detaching leaves the other memory's units alone.
    expect(await db.tmUnit.count({ where: { projectId: press } })).toBe(2);
    expect((await refusal(detachMemory(db, { actor: owner, projectId: main, memoryProjectId: legal }))).code).toBe("NOT_FOUND");
  });

  it("refuses its own memory, a cycle, a project the owner cannot read, and a second attachment", async () => {
    const own = await refusal(attachMemory(db, { actor: owner, projectId: main, memoryProjectId: main }));
    expect([own.code, own.details?.reason]).toEqual(["INVALID_INPUT", "OWN_MEMORY"]);
    // Main reads Press; Press reading Main would be a cycle (and through Legal too).
    const cycle = await refusal(attachMemory(db, { actor: owner, projectId: press, memoryProjectId: main }));
    expect([cycle.code, cycle.details?.reason, cycle.message]).toEqual([
      "INVALID_INPUT",
      "CYCLE",
      "That project already reads this project's memory; attaching it would make a cycle.",
    ]);
    await attachMemory(db, { actor: owner, projectId: legal, memoryProjectId: main });
    expect((await refusal(attachMemory(db, { actor: owner, projectId: press, memoryProjectId: legal }))).details?.reason).toBe("CYCLE");
    // A project the owner is no member of: as if it did not exist.
    expect((await refusal(attachMemory(db, { actor: owner, projectId: main, memoryProjectId: secret }))).code).toBe("NOT_FOUND");
    expect((await refusal(attachMemory(db, { actor: owner, projectId: main, memoryProjectId: press }))).details?.reason).toBe("ALREADY_ATTACHED");
    expect((await memoryOrder(db, main)).map((m) => m.name)).toEqual(["Main", "Press"]);
  });

  it("offers only projects that can be attached: readable, not already read, no cycle", async () => {
    const list = await listMemories(db, { actor: owner, projectId: press });
    // Main and Legal both read Press (directly or not): attaching either would be a cycle.
    expect(list.attachable).toEqual([]);
    const fromMain = await listMemories(db, { actor: owner, projectId: main });
    expect(fromMain.attachable).toEqual([]); // Press is attached; Legal reads Main
    await detachMemory(db, { actor: owner, projectId: legal, memoryProjectId: main });
    expect((await listMemories(db, { actor: owner, projectId: main })).attachable.map((p) => p.name)).toEqual(["Legal"]);
  });

  it("lets only owners manage: a translator sees the list but cannot change it", async () => {
    const seen = await listMemories(db, { actor: translator, projectId: main });
    expect(seen.memories.map((m) => m.name)).toEqual(["Main", "Press"]);
    expect([seen.canManage, seen.attachable]).toEqual([false, []]);
    // Started one at a time: started together, a later refusal is unhandled until awaited.
    for (const attempt of [
      () => attachMemory(db, { actor: translator, projectId: main, memoryProjectId: legal }),
      () => detachMemory(db, { actor: translator, projectId: main, memoryProjectId: press }),
      () => reorderMemories(db, { actor: translator, projectId: main, memoryProjectIds: [press] }),
      () => setAutoPropagate(db, { actor: translator, projectId: main, autoPropagate: true }),
    ])
      expect((await refusal(attempt())).code).toBe("FORBIDDEN");
    expect((await refusal(listMemories(db, { actor: translator, projectId: secret }))).code).toBe("NOT_FOUND");
  });

  it("switches auto-propagation on and off", async () => {
    expect(await setAutoPropagate(db, { actor: owner, projectId: main, autoPropagate: true })).toEqual({ autoPropagate: true });
    expect((await listMemories(db, { actor: owner, projectId: main })).autoPropagate).toBe(true);
    expect(await setAutoPropagate(db, { actor: owner, projectId: main, autoPropagate: false })).toEqual({ autoPropagate: false });
  });
});
