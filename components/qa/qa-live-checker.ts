import { compileQaGlossary } from "@/core/qa/glossary";
import { checkPair, checkPairWithLanguage, type LanguageChecker, type QaContext } from "@/core/qa/run-checks";
import type { QaWorkerAnswer, QaWorkerRequest } from "./qa-worker-protocol";

/**
 * The QA worker's logic, apart from the worker global so it can be tested in Node: keeps the
 * document's context, answers each check with the synchronous checks at once, then again with
 * spelling and grammar when a language checker is there. Only the latest request is worth an
 * answer: one overtaken by newer typing is not checked for language (the slow part).
 */
export class QaLiveChecker {
  private context: QaContext | null = null;
  private latest = 0;

  constructor(
    private readonly post: (answer: QaWorkerAnswer) => void,
    private readonly language?: () => Promise<LanguageChecker | null>,
  ) {}

  async handle(request: QaWorkerRequest): Promise<void> {
    if (request.type === "context") {
      this.context = { settings: request.context.settings, glossary: compileQaGlossary(request.context.glossary) };
      return;
    }
    const { id, segmentId, source, target } = request;
    this.latest = id;
    if (!this.context) return this.post({ type: "failed", id, message: "QA context not loaded" });
    const context = this.context;
    try {
      const issues = checkPair({ source, target }, context);
      const answer = { type: "issues" as const, id, segmentId, target };
      // The quick checks are shown at once, never held back by the linter (its first load takes seconds).
      this.post({ ...answer, issues, complete: !this.language });
      if (!this.language) return;
      const checker = await this.language().catch((error: unknown) => {
        // Spelling and grammar are then missing from the editor (the quick checks still run): say why, once per failed load.
        console.warn("QA: the English linter could not be loaded:", error);
        return null;
      });
      if (id !== this.latest) return;
      if (!checker) return this.post({ ...answer, issues, complete: true });
      // The one runner again (the synchronous checks cost little): severities and order stay its own.
      const all = await checkPairWithLanguage({ source, target }, context, checker);
      if (id !== this.latest) return;
      this.post({ ...answer, issues: all, complete: true });
    } catch (error) {
      this.post({ type: "failed", id, message: error instanceof Error ? error.message : String(error) });
    }
  }
}
