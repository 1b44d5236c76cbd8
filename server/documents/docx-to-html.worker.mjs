/**
 * Runs in a worker thread (see docx-to-html.ts): mammoth turns one Word file into HTML here, so
 * its seconds of synchronous parsing and its memory stay off the server's main thread and under
 * the worker's heap cap. Posts the HTML, then null (done).
 */
import { parentPort, workerData } from "node:worker_threads";
import mammoth from "mammoth";

// Pictures are dropped without being read: only the text is imported.
const noPictures = mammoth.images.imgElement(async () => ({ src: "" }));
const result = await mammoth.convertToHtml({ buffer: Buffer.from(workerData.bytes) }, { convertImage: noPictures });
parentPort.postMessage(result.value);
parentPort.postMessage(null);
