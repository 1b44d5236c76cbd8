/**
 * Runs in a worker thread (see markdown-blocks.ts): mdast parses one Markdown text here — 5 MB of
 * short paragraphs took 21 s on the main thread. Posts the document's top-level nodes a batch at a
 * time, without their positions (the reader does not need them), then null (done).
 */
import { parentPort, workerData } from "node:worker_threads";
import { fromMarkdown } from "mdast-util-from-markdown";

const BATCH = 2_000;
const withoutPosition = (node) => {
  delete node.position;
  if (Array.isArray(node.children)) node.children.forEach(withoutPosition);
  return node;
};
const { children } = fromMarkdown(workerData.markdown);
for (let at = 0; at < children.length; at += BATCH) parentPort.postMessage(children.slice(at, at + BATCH).map(withoutPosition));
parentPort.postMessage(null);
