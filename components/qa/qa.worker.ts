import { QaLiveChecker } from "./qa-live-checker";
import type { QaWorkerRequest } from "./qa-worker-protocol";

/**
 * The editor's QA worker: runs the checks off the main thread so typing stays fluid. Requests are
 * handled in order; the checker itself skips the slow language checks of an overtaken request.
 */
// The project's TypeScript library is the DOM's, not the worker's: the two globals it uses, typed here.
const scope = self as unknown as { postMessage: (message: unknown) => void; onmessage: ((event: MessageEvent<QaWorkerRequest>) => void) | null };
const checker = new QaLiveChecker((answer) => scope.postMessage(answer));

scope.onmessage = (event: MessageEvent<QaWorkerRequest>) => void checker.handle(event.data);
