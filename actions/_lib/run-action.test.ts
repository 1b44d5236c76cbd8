import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { AppError } from "@/server/errors";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/app/_lib/current-actor", async () => {
  const { AppError } = await import("@/server/errors");
  return {
    currentActor: async () => {
      if (!session.actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
      return session.actor;
    },
  };
});

const { runAction, runPublicAction } = await import("./run-action");

const schema = z.object({ name: z.string().min(1), entry: z.object({ source: z.string().max(3) }) });
const valid = { name: "n", entry: { source: "abc" } };
const user: Actor = { kind: "user", userId: "u1" };

describe("runAction", () => {
  it("hands the parsed input and the signed-in actor to the use case and wraps its value", async () => {
    session.actor = user;
    const run = vi.fn(async (data: z.infer<typeof schema>, actor: Actor) => `${data.name}/${actor.userId}`);
    expect(await runAction(schema, { ...valid, extra: 1 }, run)).toEqual({ ok: true, value: "n/u1" });
    expect(run).toHaveBeenCalledWith(valid, user);
  });

  it("refuses input the schema refuses, field by field, without running the use case", async () => {
    session.actor = user;
    const run = vi.fn(async () => "ran");
    const result = await runAction(schema, { name: "", entry: { source: "abcd" } }, run);
    expect(run).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", message: expect.stringMatching(/^name: /) });
    expect(result.ok ? [] : Object.keys(result.fieldErrors ?? {})).toEqual(["name", "entry.source"]);
  });

  it("says a form's own words for refused input when it has them", async () => {
    expect(await runAction(schema, {}, async () => 1, { invalidMessage: "Fill in the name." })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      message: "Fill in the name.",
    });
  });

  it("answers UNAUTHENTICATED when signed out, before the use case runs", async () => {
    session.actor = null;
    const run = vi.fn(async () => 1);
    expect(await runAction(schema, valid, run)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(run).not.toHaveBeenCalled();
  });

  it("passes a coded error on with its message and details", async () => {
    session.actor = user;
    const result = await runAction(schema, valid, async () => {
      throw new AppError("TOO_LARGE", "The file is over 5 MB.", { reason: "FILE_TOO_LARGE", limit: 5 });
    });
    expect(result).toEqual({ ok: false, code: "TOO_LARGE", message: "The file is over 5 MB.", details: { reason: "FILE_TOO_LARGE", limit: 5 } });
  });

  it("logs an unexpected error and answers with a generic message, never its text", async () => {
    session.actor = user;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const boom = new Error("SQLITE secret path /var/db");
    const result = await runAction(schema, valid, async () => {
      throw boom;
    });
    expect(result).toEqual({ ok: false, code: "UNKNOWN", message: "Unexpected error" });
    expect(log).toHaveBeenCalledWith(boom);
    log.mockRestore();
  });
});

describe("runPublicAction", () => {
  it("runs without a signed-in actor and maps errors the same way", async () => {
    session.actor = null;
    expect(await runPublicAction(schema, valid, async (data) => data.name)).toEqual({ ok: true, value: "n" });
    expect(
      await runPublicAction(schema, valid, async () => {
        throw new AppError("RATE_LIMITED", "Too many attempts.");
      }),
    ).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });
});
