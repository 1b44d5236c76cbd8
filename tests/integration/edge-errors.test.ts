import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { inviteMember } from "@/server/members/invite-member";
import { createProject } from "@/server/projects/create-project";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";

// Every server action, route handler and page is called as a viewer, as a stranger and signed out,
// with well-formed input naming real rows: none may fail with an unexpected error (an HTTP 500).
// The edge is exercised for real; only the request context (session, headers, redirects) is faked.

const ctx = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));

class Redirect extends Error {}
class NotFound extends Error {}

vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set() {}, delete() {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath() {}, revalidateTag() {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
  notFound: () => {
    throw new NotFound();
  },
}));
vi.mock("@/server/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), getDb: () => ctx.db }));
vi.mock("@/app/_lib/current-actor", async () => {
  const { AppError } = await import("@/server/errors");
  const { redirect } = await import("next/navigation");
  return {
    currentSession: async () => (ctx.actor ? { userId: ctx.actor.userId, name: "X", email: "x@example.test" } : null),
    currentActor: async () => {
      if (!ctx.actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
      return ctx.actor;
    },
    requirePageActor: async (lng: string) => ctx.actor ?? redirect(`/${lng}/sign-in`),
    clientIp: async () => "192.0.2.1",
  };
});

const { db } = createTestDb();
ctx.db = db;

let ids: Record<string, string>;
let callers: Record<"viewer" | "stranger" | "signed out", Actor | null>;

beforeAll(async () => {
  const owner = await createUser(db);
  const project = await createProject(db, { actor: owner, name: "Edge" });
  const { documentId } = await importDocument(db, { actor: owner, projectId: project.id, content: "Une phrase. Une autre." });
  const segment = await db.segment.findFirstOrThrow({ where: { documentId } });
  const entry = await db.termEntry.create({ data: { projectId: project.id, source: "phrase", preferred: "sentence" } });
  const comment = await db.comment.create({ data: { documentId, segmentId: segment.id, body: "Hm.", authorId: owner.userId } });
  const annotation = await db.annotation.create({
    data: { documentId, segmentId: segment.id, kind: "note", body: "N.", start: 0, end: 3, exact: "Une", authorId: owner.userId },
  });
  const invitation = await inviteMember(db, { actor: owner, projectId: project.id, email: "guest@example.test", role: "viewer" });
  await saveSegment(db, { actor: owner, segmentId: segment.id, baseVersion: segment.version, targetText: "A sentence." });
  const revision = await db.segmentRevision.findFirstOrThrow({ where: { segmentId: segment.id } });
  const viewer = await createUser(db, { projectId: project.id, role: "viewer" });
  callers = { viewer, stranger: await createUser(db), "signed out": null };
  ids = {
    lng: "en",
    projectId: project.id,
    documentId,
    segmentId: segment.id,
    entryId: entry.id,
    commentId: comment.id,
    annotationId: annotation.id,
    invitationId: invitation.id,
    revisionId: revision.id,
    batchId: revision.id,
    userId: owner.userId!,
    token: invitation.token,
    confirmName: "Edge",
  };
});

/** One input naming every row (zod objects drop the keys an action does not use). */
function inputs(): { object: Record<string, unknown>; form: FormData } {
  const file = new File(["Une phrase."], "a.txt", { type: "text/plain" });
  const object = {
    ...ids,
    baseVersion: 1,
    baseUpdatedAt: new Date().toISOString(),
    targetText: "A sentence.",
    sourceText: "Une phrase modifiée.",
    body: "A comment.",
    start: 0,
    end: 3,
    kind: "note",
    role: "translator",
    decision: "accept",
    fields: { source: "autre", preferred: "other" },
    op: { kind: "merge", segmentId: ids.segmentId },
    versions: { [ids.segmentId]: 1 },
    changes: [{ segmentId: ids.segmentId, baseVersion: 1, targetText: "X." }],
    email: "guest@example.test",
    name: "Guest",
    password: "a long enough password",
    currentPassword: "a long enough password",
    newPassword: "another long password",
    text: "Une phrase.",
    file,
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(object)) {
    if (value instanceof File) form.set(key, value);
    else if (typeof value !== "object") form.set(key, String(value));
  }
  return { object, form };
}

// Every module of server actions, found by name, so a new one is covered without being listed here.
const ACTION_MODULES = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, unknown>>(["/actions/*.ts", "!/actions/*.test.ts"])).map(([file, load]) => [
    file.replace(/^\/actions\/|\.ts$/g, ""),
    load,
  ]),
);

/** Actions taking one FormData (plain `<form action>`s and uploads) rather than a JSON input. */
const FORM_ONLY = new Set(["signOutAction", "revokeInvitationAction", "importGlossaryAction", "importAnnotationsAction"]);

/** What an action's answer says, or how it left: a redirect and a 404 are fine, a throw is a 500. */
async function outcomeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    const result = (await run()) as { ok?: boolean; code?: string } | undefined;
    return result && result.ok === false ? (result.code ?? "refused") : "answered";
  } catch (error) {
    if (error instanceof Redirect) return "redirect";
    if (error instanceof NotFound) return "404";
    return `threw ${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe.each(["viewer", "stranger", "signed out"] as const)("as %s", (who) => {
  it("finds the action modules", () => expect(Object.keys(ACTION_MODULES)).toEqual(expect.arrayContaining(["sign-in", "segments", "members"])));

  it.each(Object.keys(ACTION_MODULES))("%s actions answer with a coded result", async (name) => {
    const actions = Object.entries(await ACTION_MODULES[name]()).filter(([, f]) => typeof f === "function") as [
      string,
      (...args: unknown[]) => Promise<unknown>,
    ][];
    expect(actions.length).toBeGreaterThan(0);
    const outcomes: Record<string, string> = {};
    for (const [actionName, action] of actions) {
      ctx.actor = callers[who];
      const { object, form } = inputs();
      // Form actions take (state, form) or (form); JSON actions take (input), and get a form too.
      const calls =
        action.length === 2 ? [() => action(null, form)] : FORM_ONLY.has(actionName) ? [() => action(form)] : [() => action(object), () => action(form)];
      for (const [i, call] of calls.entries()) outcomes[`${actionName}#${i}`] = await outcomeOf(call);
    }
    const failures = Object.entries(outcomes).filter(([, outcome]) => outcome.startsWith("threw") || outcome === "UNKNOWN");
    expect(failures).toEqual([]);
  });

  it("route handlers answer below 500", async () => {
    ctx.actor = callers[who];
    const routes: [string, () => Promise<Response>][] = [
      [
        "segment PATCH",
        async () =>
          (await import("@/app/api/segments/[segmentId]/route")).PATCH(
            new NextRequest(`http://x/api/segments/${ids.segmentId}`, {
              method: "PATCH",
              body: JSON.stringify({ baseVersion: 1, targetText: "X." }),
              headers: { "content-type": "application/json" },
            }),
            { params: Promise.resolve({ segmentId: ids.segmentId }) },
          ),
      ],
      [
        "export",
        async () =>
          (await import("@/app/api/documents/[documentId]/export/route")).GET(new NextRequest(`http://x/api/documents/${ids.documentId}/export?format=md`), {
            params: Promise.resolve({ documentId: ids.documentId }),
          }),
      ],
      [
        "annotations",
        async () =>
          (await import("@/app/api/documents/[documentId]/annotations/route")).GET(new NextRequest(`http://x/api/documents/${ids.documentId}/annotations`), {
            params: Promise.resolve({ documentId: ids.documentId }),
          }),
      ],
      [
        "live events",
        async () => {
          const response = await (
            await import("@/app/api/documents/[documentId]/events/route")
          ).GET(new NextRequest(`http://x/api/documents/${ids.documentId}/events`), { params: Promise.resolve({ documentId: ids.documentId }) });
          await response.body?.cancel(); // a reader's stream stays open: only its status matters here
          return response;
        },
      ],
      [
        "presence",
        async () =>
          (await import("@/app/api/documents/[documentId]/presence/route")).POST(
            new NextRequest(`http://x/api/documents/${ids.documentId}/presence`, { method: "POST", body: JSON.stringify({ segmentId: ids.segmentId }) }),
            { params: Promise.resolve({ documentId: ids.documentId }) },
          ),
      ],
      [
        "glossary",
        async () =>
          (await import("@/app/api/projects/[projectId]/glossary/route")).GET(new NextRequest(`http://x/api/projects/${ids.projectId}/glossary?format=csv`), {
            params: Promise.resolve({ projectId: ids.projectId }),
          }),
      ],
    ];
    const statuses: Record<string, number | string> = {};
    for (const [name, call] of routes)
      statuses[name] = await call().then(
        (r) => r.status,
        (e: Error) => `threw ${e.message}`,
      );
    for (const [name, status] of Object.entries(statuses)) expect([name, typeof status === "number" && status < 500]).toEqual([name, true]);
  });

  it("pages render, redirect or answer 404", async () => {
    ctx.actor = callers[who];
    // Each page is called with the route's params; the type of its props is not the point here.
    type Page = { default: (props: never) => unknown };
    const params = (extra: Record<string, string>) => ({ params: Promise.resolve({ lng: "en", ...extra }), searchParams: Promise.resolve({}) }) as never;
    const project = { projectId: ids.projectId };
    const document = { ...project, documentId: ids.documentId };
    const pages: [string, () => Promise<Page>, Record<string, string>][] = [
      ["projects", () => import("@/app/[lng]/page"), {}],
      ["project", () => import("@/app/[lng]/projects/[projectId]/page"), project],
      ["audit", () => import("@/app/[lng]/projects/[projectId]/audit/page"), project],
      ["trash", () => import("@/app/[lng]/projects/[projectId]/trash/page"), project],
      ["missing", () => import("@/app/[lng]/[...missing]/page"), { missing: "nope" }],
      ["members", () => import("@/app/[lng]/projects/[projectId]/members/page"), project],
      ["glossary", () => import("@/app/[lng]/projects/[projectId]/glossary/page"), project],
      ["document", () => import("@/app/[lng]/projects/[projectId]/documents/[documentId]/page"), document],
      ["review", () => import("@/app/[lng]/projects/[projectId]/documents/[documentId]/review/page"), document],
      ["activity", () => import("@/app/[lng]/projects/[projectId]/documents/[documentId]/activity/page"), document],
      ["account", () => import("@/app/[lng]/account/page"), {}],
      ["invite", () => import("@/app/[lng]/invite/[token]/page"), { token: ids.token }],
      ["sign-up", () => import("@/app/[lng]/sign-up/page"), {}],
    ];
    const outcomes: Record<string, string> = {};
    for (const [name, load, extra] of pages) outcomes[name] = await outcomeOf(async () => (await load()).default(params(extra)));
    expect(Object.entries(outcomes).filter(([, outcome]) => outcome.startsWith("threw"))).toEqual([]);
    if (who === "viewer") expect([outcomes.audit, outcomes.trash]).toEqual(["404", "404"]);
    expect(outcomes.missing).toBe("404");
  });
});
