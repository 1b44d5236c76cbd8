import { randomUUID } from "node:crypto";
import { anchorSpan } from "@/core/annotations/anchor-span";
import { describeSpan, type SpanAnchor } from "@/core/annotations/span-anchor";
import type { XliffComment } from "@/core/formats/xliff/xliff-model";
import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { MAX_COMMENT_LENGTH } from "./comment-view";

/** A Comment row to insert (the columns import sets). */
export interface ImportedCommentRow {
  id: string;
  documentId: string;
  segmentId: string;
  parentId: string | null;
  body: string;
  start: number | null;
  end: number | null;
  exact: string | null;
  prefix: string | null;
  suffix: string | null;
  resolvedAt: Date | null;
  authorId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ImportCommentsContext {
  documentId: string;
  segmentId: string;
  /** The segment's English target, which spans are about. */
  target: string;
  /** Who imports, and their display name. */
  importer: { userId: string | null; name: string | null };
  now: Date;
}

/** Who imports, with their display name (to recognise the comments they signed). */
export async function commentImporter(db: Db, actor: Actor): Promise<ImportCommentsContext["importer"]> {
  if (actor.userId === null) return { userId: null, name: null };
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
  return { userId: actor.userId, name: user?.name ?? null };
}

const dateOr = (value: string | undefined, fallback: Date | null): Date | null => {
  const date = value === undefined ? null : new Date(value);
  return date && !Number.isNaN(date.getTime()) ? date : fallback;
};

/** The span again in `target` (the file's offsets, else the quote found), or null. */
function spanIn(target: string, span: XliffComment["span"]): SpanAnchor | null {
  if (!span) return null;
  const found = anchorSpan(target, { ...span, prefix: "", suffix: "" });
  if (!found) return null;
  try {
    return describeSpan(target, found.start, found.end);
  } catch {
    return null; // a blank span: the comment is on the whole segment
  }
}

/**
 * The rows for the comments an XLIFF file carries on one segment (our own export, read back), in
 * file order so a root comes before its replies. Dates and resolved state are kept; a reply whose
 * root is not among them starts a thread of its own. Names in a file are not accounts: a comment
 * signed with the importer's own name is theirs, any other has no author and keeps its signature
 * at the start of the body ("Alice Martin: …"), so nobody is made to say what they did not write.
 */
export function importedCommentRows(comments: readonly XliffComment[], context: ImportCommentsContext): ImportedCommentRow[] {
  const rows: ImportedCommentRow[] = [];
  const rootIds = new Map<string, string>();
  for (const comment of comments) {
    const author = comment.author?.trim() ?? "";
    const own = author !== "" && author === context.importer.name;
    const signed = own || author === "" ? comment.body : `${author}: ${comment.body}`;
    const body = signed.replace(/\r\n?/gu, "\n").trim().slice(0, MAX_COMMENT_LENGTH);
    if (!body) continue;
    const parentId = comment.replyTo !== undefined ? (rootIds.get(comment.replyTo) ?? null) : null;
    const span = parentId === null ? spanIn(context.target, comment.span) : null;
    const createdAt = dateOr(comment.created, context.now)!;
    const id = randomUUID();
    if (parentId === null) rootIds.set(comment.id, id);
    rows.push({
      id,
      documentId: context.documentId,
      segmentId: context.segmentId,
      parentId,
      body,
      start: span?.start ?? null,
      end: span?.end ?? null,
      exact: span?.exact ?? null,
      prefix: span?.prefix ?? null,
      suffix: span?.suffix ?? null,
      resolvedAt: parentId === null ? dateOr(comment.resolved, null) : null,
      authorId: own ? context.importer.userId : null,
      createdAt,
      updatedAt: createdAt,
    });
  }
  return rows;
}
