/**
 * The English linter in the browser, for the QA Web Worker (call it inside the worker: harper runs
 * synchronously in wasm and would block typing on the main thread). harper.js/binary points at its
 * wasm with `new URL("harper_wasm_bg.wasm", import.meta.url)`, which the bundler emits as a static
 * file (/_next/static/media/…wasm, 16 MB, fetched and compiled once and then cached by the browser);
 * never import harper.js/binaryInlined here: it would put 21 MB of base64 in the client bundle.
 */

import { Dialect, LocalLinter } from "harper.js";
import { binary } from "harper.js/binary";
import { createHarperChecker } from "@/core/qa/language/harper-checker";
import type { LanguageChecker } from "@/core/qa/run-checks";

let checker: Promise<LanguageChecker> | undefined;

/**
 * The worker's one checker, created on first call (a few seconds: download, compile, dictionary);
 * concurrent callers share it, and a failed load (offline, blocked asset) is retried by the next call.
 */
export function createBrowserLanguageChecker(): Promise<LanguageChecker> {
  checker ??= (async () => {
    const linter = new LocalLinter({ binary, dialect: Dialect.American });
    await linter.setup();
    return createHarperChecker(linter);
  })().catch((error: unknown) => {
    checker = undefined;
    throw error;
  });
  return checker;
}
