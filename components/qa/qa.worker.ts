import { createBrowserLanguageChecker } from "./qa-language-browser";
import { QaLiveChecker } from "./qa-live-checker";
import type { QaWorkerRequest } from "./qa-worker-protocol";

/**
 * The editor's QA worker: runs the checks off the main thread so typing stays fluid — the quick
 * checks at once, then spelling and grammar with harper (its wasm loaded here on first use, never on
 * the page). Requests are handled in order; the checker skips the slow pass of an overtaken request.
 */
// The project's TypeScript library is the DOM's, not the worker's: the two globals it uses, typed here.
const scope = self as unknown as { postMessage: (message: unknown) => void; onmessage: ((event: MessageEvent<QaWorkerRequest>) => void) | null };
const checker = new QaLiveChecker((answer) => scope.postMessage(answer), createBrowserLanguageChecker);

scope.onmessage = (event: MessageEvent<QaWorkerRequest>) => void checker.handle(event.data);
