"use client";

import type { Editor } from "@tiptap/core";
import { useEffect, useRef, useState, type RefObject } from "react";
import type { QaIssue } from "@/core/qa/types";
import { setQaSpans } from "@/editor/qa-decorations";
import type { QaLiveContext, QaWorkerAnswer, QaWorkerRequest } from "./qa-worker-protocol";

/** Quiet time after a keystroke before checking: typing never waits for QA. */
export const QA_DEBOUNCE_MS = 250;

export interface QaLiveResult {
  segmentId: string;
  /** The text the issues were found in (their offsets point into it). */
  target: string;
  issues: QaIssue[];
  /** False while spelling and grammar are still being checked. */
  complete: boolean;
}

interface Options {
  /** The document's QA settings and glossary, loaded once; nothing is checked before. */
  context: QaLiveContext | null;
  /** The segment being edited, with its text as typed. */
  segment: { id: string; sourceText: string; targetText: string } | null;
  editorRef: RefObject<Editor | null>;
  /** Paints the issues in the editor: each with its message in words (the caller's i18n). */
  toSpans: (issues: readonly QaIssue[], target: string) => Parameters<typeof setQaSpans>[2];
}

/**
 * Checks the segment being typed in a Web Worker, a moment after each pause, and underlines what
 * it finds in the open editor. The worker is started once per page and gets the document's context
 * once; answers about a segment or a text that is no longer the one on screen are dropped.
 */
export function useQaLive({ context, segment, editorRef, toSpans }: Options): QaLiveResult | null {
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);
  const [result, setResult] = useState<QaLiveResult | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!context) return;
    let created: Worker;
    try {
      created = new Worker(new URL("./qa.worker.ts", import.meta.url), { type: "module" });
    } catch (error) {
      console.warn("QA checks cannot run in this browser:", error);
      return;
    }
    created.onmessage = (event: MessageEvent<QaWorkerAnswer>) => {
      const answer = event.data;
      if (answer.type === "failed") return void console.warn("QA check failed:", answer.message);
      if (answer.id !== nextId.current) return; // overtaken by newer typing
      setResult({ segmentId: answer.segmentId, target: answer.target, issues: answer.issues, complete: answer.complete });
    };
    created.onerror = (event) => (console.warn("QA worker stopped:", event.message), setFailed(true));
    created.postMessage({ type: "context", context } satisfies QaWorkerRequest);
    worker.current = created;
    return () => {
      created.terminate();
      worker.current = null;
    };
  }, [context]);

  const segmentId = segment?.id ?? null;
  const source = segment?.sourceText ?? "";
  const target = segment?.targetText ?? null;
  useEffect(() => {
    if (segmentId === null || target === null || !context || failed) return;
    const timer = setTimeout(() => {
      nextId.current += 1;
      worker.current?.postMessage({ type: "check", id: nextId.current, segmentId, source, target } satisfies QaWorkerRequest);
    }, QA_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [segmentId, source, target, context, failed]);

  const current = result && result.segmentId === segmentId ? result : null;
  // The editor shows the answer once it is about its own text (setQaSpans checks), whenever it mounts.
  useEffect(() => {
    const editor = editorRef.current;
    if (editor && current) setQaSpans(editor, current.target, toSpans(current.issues, current.target));
  }, [current, editorRef, toSpans]);
  return current;
}
