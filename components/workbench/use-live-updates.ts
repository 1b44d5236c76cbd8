"use client";

import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { listChangedSegmentsAction } from "@/actions/live";
import { textToDoc } from "@/editor/plain-text";
import type { LiveEvent, LiveSegment } from "@/server/live/live-event";
import type { HelloMessage } from "@/server/live/event-stream";
import type { SegmentView } from "@/server/segments/segment-view";
import { decideRemote, holdsRestructure, remotePatch } from "./live-merge";
import { useSegmentActions, useSegments } from "./segment-store-context";
import { usePresence } from "./use-presence";

/** Catch-ups ask from this long before the last time known, so a write committed late is not missed. */
const CATCH_UP_MARGIN_MS = 60_000;
/** After the browser gives up on the stream (an error answer), it is opened again after this pause. */
const REOPEN_MS = 5_000;

interface Options {
  documentId: string;
  userId: string | null;
  /** The open row's segment and its editor: a remote text replaces the editor's only if the user typed nothing. */
  activeSegmentId: string | null;
  editorRef: RefObject<Editor | null>;
  /** Server time the page's rows were read at: the first catch-up asks from there. */
  readAt: number;
  /** Reloads the page's data (after restructures). */
  reload: () => void;
  /** This page's own merge or split is under way: its event may come back before its answer. */
  restructuring: boolean;
}

/**
 * Live updates of the grid: the document's events stream (server-sent events) brings others'
 * saves and status changes into the segment store by one rule (live-merge.ts), never over text the
 * user has not had saved; batches and reconnects catch up on what changed since; restructures
 * reload the part once the user's own edits are saved; and presence shows who is where.
 */
export function useLiveUpdates({ documentId, userId, readAt, activeSegmentId, editorRef, reload, restructuring }: Options) {
  const segments = useSegments();
  const { queue, patchSegment } = useSegmentActions();
  const presence = usePresence(documentId, userId, activeSegmentId);
  const [stale, setStale] = useState(false);

  // Read by the stream's handlers, which outlive a render.
  const latest = useRef({ segments, activeSegmentId, reload, restructuring });
  useEffect(() => {
    latest.current = { segments, activeSegmentId, reload, restructuring };
  });

  const apply = useCallback(
    (remote: LiveSegment | SegmentView) => {
      const local = latest.current.segments.find((s) => s.id === remote.id);
      const editor = latest.current.activeSegmentId === remote.id ? editorRef.current : null;
      const typedInEditor = editor !== null && local !== undefined && editor.getText() !== local.targetText;
      const decision = decideRemote(remote, {
        held: local !== undefined,
        knownVersion: queue.versionOf(remote.id) ?? local?.version,
        unsaved: queue.isPending(remote.id) || typedInEditor,
      });
      if (decision !== "apply") return;
      queue.setVersion(remote.id, remote.version);
      patchSegment(remote.id, remotePatch(remote));
      // The open editor shows the new text too (without an update event: nothing to save) — only
      // when it differs: replacing a document with the same text still moves the caret.
      if (editor && remote.targetText !== undefined && editor.getText() !== remote.targetText)
        editor.commands.setContent(textToDoc(remote.targetText), { emitUpdate: false });
    },
    [queue, patchSegment, editorRef],
  );

  /** Reloads once the user's edits are saved; if they cannot be (a conflict), says the grid is stale. */
  const reloadWhenSaved = useCallback(async () => {
    if (await queue.settle()) latest.current.reload();
    else setStale(true);
  }, [queue]);

  /** Restructure events heard while this page's own one was under way: judged once it has its answer. */
  const deferred = useRef<{ id: string; version: number }[][]>([]);
  const restructured = useCallback(
    (rows: { id: string; version: number }[] | undefined) => {
      if (holdsRestructure(rows, (id) => queue.versionOf(id))) return;
      void reloadWhenSaved();
    },
    [queue, reloadWhenSaved],
  );
  useEffect(() => {
    if (restructuring || deferred.current.length === 0) return;
    const waiting = deferred.current.splice(0);
    if (!waiting.every((rows) => holdsRestructure(rows, (id) => queue.versionOf(id)))) void reloadWhenSaved();
  }, [restructuring, queue, reloadWhenSaved]);

  const syncedAt = useRef<number | null>(null);
  const catchUp = useCallback(
    async (since: number) => {
      const held = latest.current.segments;
      if (held.length === 0) return;
      const window = {
        documentId,
        since: Math.max(0, since - CATCH_UP_MARGIN_MS),
        fromPosition: held.reduce((min, s) => Math.min(min, s.position), Infinity),
        toPosition: held.reduce((max, s) => Math.max(max, s.position), 0),
      };
      // Page by page: a part just imported or pre-translated has thousands of rows changed within
      // the margin. (Reloading instead looped: the reloaded page's catch-up was as long.)
      let now = 0;
      for (let after: { position: number; id: string } | undefined; ;) {
        const result = await listChangedSegmentsAction({ ...window, after }).catch(() => null);
        if (!result?.ok) return;
        now ||= result.value.now;
        for (const segment of result.value.segments) apply(segment);
        const last = result.value.segments.at(-1);
        if (!result.value.truncated || !last) break;
        after = { position: last.position, id: last.id };
      }
      syncedAt.current = Math.max(syncedAt.current ?? 0, now);
    },
    [documentId, apply],
  );

  const heard = useCallback(
    (message: LiveEvent | HelloMessage, skew: number) => {
      switch (message.type) {
        case "hello":
          presence.replaceAll(message.presence.map((p) => ({ ...p, at: p.at - skew })));
          // First when the page's rows were read, then where the last catch-up left off.
          syncedAt.current ??= readAt;
          return void catchUp(syncedAt.current);
        case "segment.saved":
        case "segment.status":
          return message.partial ? void catchUp(message.at) : apply(message.segment);
        case "segments.changed":
          return void catchUp(message.since);
        case "resync":
          return void catchUp(syncedAt.current ?? message.at);
        case "segments.restructured":
          // Our own merge or split is already in the grid (the page holds every row it wrote), or soon will be.
          if (latest.current.restructuring && message.rows) return void deferred.current.push(message.rows);
          return restructured(message.rows);
        case "presence":
          return presence.heard({ userId: message.userId, name: message.name, segmentId: message.segmentId, at: message.at - skew });
      }
    },
    [apply, catchUp, restructured, presence, readAt],
  );

  // The stream stays open across renders; it calls the latest handler.
  const heardRef = useRef(heard);
  useEffect(() => {
    heardRef.current = heard;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let skew = 0;
    const open = () => {
      source = new EventSource(`/api/documents/${encodeURIComponent(documentId)}/events`);
      source.onmessage = (event: MessageEvent<string>) => {
        const message = JSON.parse(event.data) as LiveEvent | HelloMessage;
        // Server times are turned into this browser's clock by the offset seen at hello.
        if (message.type === "hello") skew = message.now - Date.now();
        heardRef.current(message, skew);
      };
      // The browser reconnects by itself after a network error; after an error answer it stops.
      source.onerror = () => {
        if (source?.readyState !== EventSource.CLOSED) return;
        source.close();
        reopen = setTimeout(open, REOPEN_MS);
      };
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [documentId]);

  return { presence: presence.bySegment, stale, reloadNow: reload };
}
