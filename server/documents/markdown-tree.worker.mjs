/**
 * Runs in a worker thread (see markdown-blocks.ts): mdast parses one Markdown text here — 5 MB of
 * short paragraphs took 21 s on the main thread. Sends the document's top-level nodes a batch at a
 * time, without their positions (the reader does not need them), each batch when the server asks
 * for more (so it can answer others between batches), then null (done).
 */
import { parentPort, workerData } from "node:worker_threads";
import { fromMarkdown } from "mdast-util-from-markdown";

const BATCH = 1_000;
const withoutPosition = (node) => {
  delete node.position;
  if (Array.isArray(node.children)) node.children.forEach(withoutPosition);
  return node;
};
const { children } = fromMarkdown(workerData.markdown);
let next = 0;
const send = () => {
  if (next >= children.length) return parentPort.postMessage(null);
  parentPort.postMessage(children.slice(next, next + BATCH).map(withoutPosition));
  next += BATCH;
};
parentPort.on("message", send);
send();
