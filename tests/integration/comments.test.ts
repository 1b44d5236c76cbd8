import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { createComment } from "@/server/comments/create-comment";
import { deleteComment } from "@/server/comments/delete-comment";
import { countCommentsBySegment, listComments } from "@/server/comments/list-comments";
import { replyToComment } from "@/server/comments/reply-to-comment";
import { reopenThread, resolveThread } from "@/server/comments/resolve-comment";
import { updateComment } from "@/server/comments/update-comment";
import { importDocument } from "@/server/documents/import-document";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { restructureSegments } from "@/server/segments/restructure-segments";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
afterAll(() => db.$disconnect());

let owner: Actor, translator: Actor, otherTranslator: Actor, reviewer: Actor, viewer: Actor, stranger: Actor;
let projectId: string;

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Comments" })).id;
  translator = await createUser(db, { projectId, role: "translator" });
  otherTranslator = await createUser(db, { projectId, role: "translator" });
  reviewer = await createUser(db, { projectId, role: "reviewer" });
  viewer = await createUser(db, { projectId, role: "viewer" });
  stranger = await createUser(db);
});

/** A document whose segments have the given English targets. */
async function translated(pairs: [string, string][], segmentation: "sentence" | "paragraph" = "sentence") {
  const { documentId } = await importDocument(db, { actor: owner, projectId, content: pairs.map(([fr]) => fr).join(" "), segmentation });
  const segments = await db.segment.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  expect(segments.map((s) => s.sourceText)).toEqual(pairs.map(([fr]) => fr));
  for (const [k, s] of segments.entries()) await saveSegment(db, { actor: owner, segmentId: s.id, baseVersion: s.version, targetText: pairs[k][1] });
  return { documentId, segments: await db.segment.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }] }) };
}

function spanOf(text: string, quote: string) {
  const start = text.indexOf(quote);
  expect(start, `« ${quote} » in « ${text} »`).toBeGreaterThanOrEqual(0);
  return { start, end: start + quote.length };
}

const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e.code : Promise.reject(e)),
  );

describe("threads", () => {
  let documentId: string;
  let segment: { id: string; targetText: string };
  beforeAll(async () => {
    ({
      documentId,
      segments: [segment],
    } = await translated([
      ["Le chat dort.", "The cat sleeps."],
      ["Il pleut.", "It rains."],
    ]));
  });

  it("creates a root on a span of the target, replies attach to the root, resolve keeps replying open", async () => {
    const root = await createComment(db, {
      actor: translator,
      segmentId: segment.id,
      body: "  Is “sleeps” right?\r\nMaybe “naps”.  ",
      ...spanOf(segment.targetText, "sleeps"),
    });
    expect(root).toMatchObject({ body: "Is “sleeps” right?\nMaybe “naps”.", parentId: null, span: { exact: "sleeps" }, spanLost: false, resolvedAt: null });
    const stored = await db.comment.findUniqueOrThrow({ where: { id: root.id } });
    expect(stored).toMatchObject({ prefix: "The cat ", suffix: ".", authorId: translator.userId });

    const reply = await replyToComment(db, { actor: reviewer, commentId: root.id, body: "Sleeps is fine." });
    const nested = await replyToComment(db, { actor: translator, commentId: reply.id, body: "OK." });
    expect([reply.parentId, nested.parentId]).toEqual([root.id, root.id]);

    const resolved = await resolveThread(db, { actor: reviewer, commentId: root.id });
    expect(resolved.resolvedAt).not.toBeNull();
    expect(resolved.resolvedByName).toBe(reviewer.userId);
    // Resolving is not an edit of the words: the author's version is unchanged.
    expect(resolved.updatedAt).toBe(root.updatedAt);
    await replyToComment(db, { actor: owner, commentId: root.id, body: "Late reply." });
    const [thread] = await listComments(db, { actor: viewer, documentId, segmentId: segment.id });
    expect(thread.root.resolvedAt).not.toBeNull();
    expect(thread.replies.map((r) => r.body)).toEqual(["Sleeps is fine.", "OK.", "Late reply."]);

    expect((await reopenThread(db, { actor: translator, commentId: nested.id })).resolvedAt).toBeNull();
  });

  it("refuses empty, over-long and bad spans; stores script-like text verbatim", async () => {
    await expect(createComment(db, { actor: translator, segmentId: segment.id, body: " \n " })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createComment(db, { actor: translator, segmentId: segment.id, body: "x".repeat(5001) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createComment(db, { actor: translator, segmentId: segment.id, body: "x", start: 3, end: 3 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createComment(db, { actor: translator, segmentId: segment.id, body: "x", start: 0, end: 999 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(createComment(db, { actor: translator, segmentId: segment.id, body: "x", start: 0 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const script = `<script>alert("x")</script> <img src=x onerror=alert(1)> &amp;`;
    const made = await createComment(db, { actor: translator, segmentId: segment.id, body: script });
    expect(made.body).toBe(script);
    expect((await db.comment.findUniqueOrThrow({ where: { id: made.id } })).body).toBe(script);
  });

  it("edits are the author's, check-and-set on updatedAt", async () => {
    const c = await createComment(db, { actor: translator, segmentId: segment.id, body: "First." });
    expect(await code(updateComment(db, { actor: otherTranslator, commentId: c.id, baseUpdatedAt: c.updatedAt, body: "Hijack." }))).toBe("FORBIDDEN");
    expect(await code(updateComment(db, { actor: owner, commentId: c.id, baseUpdatedAt: c.updatedAt, body: "Owner words." }))).toBe("FORBIDDEN");
    const edited = await updateComment(db, { actor: translator, commentId: c.id, baseUpdatedAt: c.updatedAt, body: "Second." });
    expect(edited.body).toBe("Second.");
    const stale = await updateComment(db, { actor: translator, commentId: c.id, baseUpdatedAt: c.updatedAt, body: "Third." }).catch((e: AppError) => e);
    expect(stale).toMatchObject({ code: "CONFLICT", details: { theirs: "Second.", updatedAt: edited.updatedAt } });
    // Saving on top of the version now seen is allowed.
    expect((await updateComment(db, { actor: translator, commentId: c.id, baseUpdatedAt: edited.updatedAt, body: "Third." })).body).toBe("Third.");
  });

  it("deletes: the author or an owner; a root takes its thread along", async () => {
    const root = await createComment(db, { actor: translator, segmentId: segment.id, body: "Delete me." });
    const reply = await replyToComment(db, { actor: otherTranslator, commentId: root.id, body: "Reply." });
    expect(await code(deleteComment(db, { actor: otherTranslator, commentId: root.id }))).toBe("FORBIDDEN");
    expect(await code(deleteComment(db, { actor: reviewer, commentId: reply.id }))).toBe("FORBIDDEN");
    expect(await deleteComment(db, { actor: owner, commentId: root.id })).toEqual({ id: root.id, deleted: 2 });
    expect(await db.comment.count({ where: { id: { in: [root.id, reply.id] } } })).toBe(0);
    const mine = await createComment(db, { actor: otherTranslator, segmentId: segment.id, body: "Mine." });
    expect(await code(deleteComment(db, { actor: otherTranslator, commentId: mine.id }))).toBe("ok");
  });

  it("viewers read but do not write; strangers see nothing", async () => {
    const c = await createComment(db, { actor: reviewer, segmentId: segment.id, body: "Hidden from strangers." });
    expect(await code(createComment(db, { actor: viewer, segmentId: segment.id, body: "No." }))).toBe("FORBIDDEN");
    expect(await code(replyToComment(db, { actor: viewer, commentId: c.id, body: "No." }))).toBe("FORBIDDEN");
    expect(await code(resolveThread(db, { actor: viewer, commentId: c.id }))).toBe("FORBIDDEN");
    expect(await code(listComments(db, { actor: viewer, documentId }))).toBe("ok");
    // Each attempt starts only when awaited: started together, a later refusal would be an
    // unhandled rejection while an earlier one is still running (it was, on PostgreSQL).
    for (const attempt of [
      () => listComments(db, { actor: stranger, documentId }),
      () => createComment(db, { actor: stranger, segmentId: segment.id, body: "No." }),
      () => replyToComment(db, { actor: stranger, commentId: c.id, body: "No." }),
      () => updateComment(db, { actor: stranger, commentId: c.id, baseUpdatedAt: c.updatedAt, body: "No." }),
      () => deleteComment(db, { actor: stranger, commentId: c.id }),
      () => resolveThread(db, { actor: stranger, commentId: c.id }),
      () => reopenThread(db, { actor: stranger, commentId: "missing" }),
    ])
      expect(await code(attempt())).toBe("NOT_FOUND");
  });
});

describe("anchoring, order and counts", () => {
  it("re-anchors spans after the target changes, reports lost ones, never deletes", async () => {
    const {
      documentId,
      segments: [s],
    } = await translated([["Le chat noir dort sur le tapis.", "The black cat sleeps on the mat."]]);
    const moved = await createComment(db, { actor: translator, segmentId: s.id, body: "Mat or rug?", ...spanOf(s.targetText, "the mat") });
    const lost = await createComment(db, { actor: translator, segmentId: s.id, body: "Colour.", ...spanOf(s.targetText, "black") });
    const now = "Tonight, the dark cat sleeps quietly on the mat.";
    await saveSegment(db, { actor: translator, segmentId: s.id, baseVersion: s.version, targetText: now });
    const threads = await listComments(db, { actor: viewer, documentId });
    const byId = new Map(threads.map((t) => [t.root.id, t.root]));
    expect(byId.get(moved.id)).toMatchObject({ span: { exact: "the mat", start: 40, end: 47 }, spanLost: false, updatedAt: moved.updatedAt });
    expect(byId.get(lost.id)).toMatchObject({ span: { exact: "black" }, spanLost: true });
    // The moved span was saved (quote and context refreshed); the lost one kept its quote.
    const at = spanOf(now, "the mat").start;
    expect(await db.comment.findUniqueOrThrow({ where: { id: moved.id } })).toMatchObject({ start: at, prefix: now.slice(at - 32, at), suffix: "." });
    expect(await db.comment.findUniqueOrThrow({ where: { id: lost.id } })).toMatchObject({ exact: "black", start: lost.span!.start });
  });

  it("orders threads by segment then age and counts open and resolved threads per segment", async () => {
    const { documentId, segments } = await translated([
      ["Un.", "One."],
      ["Deux.", "Two."],
    ]);
    const later = await createComment(db, { actor: translator, segmentId: segments[1].id, body: "On two." });
    const a = await createComment(db, { actor: translator, segmentId: segments[0].id, body: "On one, first." });
    const b = await createComment(db, { actor: reviewer, segmentId: segments[0].id, body: "On one, second." });
    await replyToComment(db, { actor: owner, commentId: a.id, body: "A reply is not a thread." });
    await resolveThread(db, { actor: owner, commentId: b.id });
    expect((await listComments(db, { actor: owner, documentId })).map((t) => t.root.id)).toEqual([a.id, b.id, later.id]);
    expect(await countCommentsBySegment(db, documentId)).toEqual({ [segments[0].id]: { open: 1, resolved: 1 }, [segments[1].id]: { open: 1, resolved: 0 } });
  });
});

describe("restructuring moves comments with their words", () => {
  const versions = async (documentId: string) => Object.fromEntries((await db.segment.findMany({ where: { documentId } })).map((s) => [s.id, s.version]));

  it("a merge brings the second segment's threads, spans shifted into the joined target", async () => {
    const {
      documentId,
      segments: [s1, s2],
    } = await translated([
      ["Le chat dort.", "The cat sleeps.  "],
      ["Il pleut.", "  It rains hard."],
    ]);
    const whole = await createComment(db, { actor: translator, segmentId: s2.id, body: "Whole segment." });
    const reply = await replyToComment(db, { actor: reviewer, commentId: whole.id, body: "Agreed." });
    const onFirst = await createComment(db, { actor: translator, segmentId: s1.id, body: "Cat.", ...spanOf(s1.targetText, "cat") });
    const onSecond = await createComment(db, { actor: translator, segmentId: s2.id, body: "Hard?", ...spanOf(s2.targetText, "rains hard") });
    // The target is edited after the comment: the move must use where the words are now, not the stored offsets.
    const version = (await db.segment.findUniqueOrThrow({ where: { id: s2.id } })).version;
    await saveSegment(db, { actor: translator, segmentId: s2.id, baseVersion: version, targetText: "Now it rains hard." });
    await restructureSegments(db, { actor: owner, op: { kind: "merge", segmentId: s1.id }, versions: await versions(documentId) });
    const merged = await db.segment.findUniqueOrThrow({ where: { id: s1.id } });
    expect(merged.targetText).toBe("The cat sleeps. Now it rains hard.");
    const rows = await db.comment.findMany({ where: { id: { in: [whole.id, reply.id, onFirst.id, onSecond.id] } } });
    expect(rows.map((r) => r.segmentId)).toEqual(Array(4).fill(s1.id));
    const second = rows.find((r) => r.id === onSecond.id)!;
    expect(merged.targetText.slice(second.start!, second.end!)).toBe("rains hard");
    expect(second.updatedAt.toISOString()).toBe(onSecond.updatedAt);
    const threads = await listComments(db, { actor: owner, documentId });
    expect(threads.every((t) => !t.root.spanLost && t.root.segmentId === s1.id)).toBe(true);
  });

  it("a split keeps whole-segment comments on the first part and moves spans after the cut", async () => {
    const {
      documentId,
      segments: [s],
    } = await translated([["Le chat dort. Il pleut.", "The cat sleeps. It rains."]], "paragraph");
    const whole = await createComment(db, { actor: translator, segmentId: s.id, body: "Whole." });
    const onCat = await createComment(db, { actor: translator, segmentId: s.id, body: "Cat.", ...spanOf(s.targetText, "cat") });
    const onRain = await createComment(db, { actor: translator, segmentId: s.id, body: "Rain.", ...spanOf(s.targetText, "rains") });
    const reply = await replyToComment(db, { actor: reviewer, commentId: onRain.id, body: "Pours?" });
    const cut = { sourceOffset: s.sourceText.indexOf("Il"), targetOffset: s.targetText.indexOf("It") };
    await restructureSegments(db, { actor: owner, op: { kind: "split", segmentId: s.id, ...cut }, versions: await versions(documentId) });
    const [first, second] = await db.segment.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
    expect([first.targetText, second.targetText]).toEqual(["The cat sleeps.", "It rains."]);
    const seg = async (id: string) => (await db.comment.findUniqueOrThrow({ where: { id } })).segmentId;
    expect([await seg(whole.id), await seg(onCat.id), await seg(onRain.id), await seg(reply.id)]).toEqual([first.id, first.id, second.id, second.id]);
    const [rain] = await listComments(db, { actor: owner, documentId, segmentId: second.id });
    expect(rain.root).toMatchObject({ id: onRain.id, span: { exact: "rains", start: 3, end: 8 }, spanLost: false });
    expect(rain.replies.map((r) => r.id)).toEqual([reply.id]);
  });
});
