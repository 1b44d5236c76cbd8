import "server-only";
import type { LanguageChecker } from "@/core/qa/run-checks";
import { createHarperChecker } from "@/core/qa/language/harper-checker";

/**
 * The process's one English linter (spelling, grammar, repetition), created on first use: setting
 * harper up takes ~2 s and ~100 MB, so it is done once, and only when a report or an approval
 * actually needs it. Concurrent first callers share one promise; calls are serialised by the
 * checker (harper runs synchronously in wasm, one lint at a time anyway). The binary is the inlined
 * one: no wasm file to locate at run time, in the app, the CLI or the bench alike.
 */

// On globalThis: Next.js bundles each route with its own copy of this module; they must share one linter.
const shared = globalThis as unknown as { lisiereLanguageChecker?: Promise<LanguageChecker> };

async function createChecker(): Promise<LanguageChecker> {
  const [{ LocalLinter, Dialect }, { binaryInlined }] = await Promise.all([import("harper.js"), import("harper.js/binaryInlined")]);
  const linter = new LocalLinter({ binary: binaryInlined, dialect: Dialect.American });
  await linter.setup();
  return createHarperChecker(linter);
}

export function getLanguageChecker(): Promise<LanguageChecker> {
  shared.lisiereLanguageChecker ??= createChecker().catch((error: unknown) => {
    // A failed set-up is not kept: the next caller tries again.
    shared.lisiereLanguageChecker = undefined;
    throw error;
  });
  return shared.lisiereLanguageChecker;
}
