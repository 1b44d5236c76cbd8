import { describe, expect, it } from "vitest";
import { tooManySegments } from "@/core/segmentation/segment-blocks";
import { createI18n } from "@/i18n/create-i18n";
import { storageFailure } from "@/server/db/storage-failure";
import { reasonMessage } from "./reason-message";

/** The interface's sentences for coded refusals say in English exactly what the server says, and French has its own. */
describe("reasonMessage", () => {
  const en = createI18n("en").getFixedT("en", "common");
  const fr = createI18n("fr").getFixedT("fr", "common");
  const refusals = [
    ...["SQLITE_FULL", "SQLITE_READONLY_DBMOVED", "SQLITE_BUSY", "SQLITE_IOERR_WRITE"].map((code) => storageFailure({ code, message: "x" })!),
    tooManySegments("text"),
    tooManySegments("document"),
  ];

  it.each(refusals.map((r) => [r.details!.reason as string, r] as const))(
    "%s reads as the server's message in English, and differently in French",
    (_reason, refusal) => {
      const details = refusal.details as Record<string, unknown>;
      expect(reasonMessage(en, details)).toBe(refusal.message);
      const french = reasonMessage(fr, details);
      expect(french).toBeTruthy();
      expect(french).not.toBe(refusal.message);
    },
  );

  it("formats numbers the French way in French", () => {
    expect(reasonMessage(fr, tooManySegments("text").details)).toBe(
      "Ce texte donne plus de 200\u202f000 segments, le maximum pour un document ; découpez-le en plusieurs documents.",
    );
  });

  it("gives nothing for a reason it does not translate, so the server's message is shown", () => {
    expect(reasonMessage(en, { reason: "HAS_TRANSLATIONS" })).toBeNull();
    expect(reasonMessage(en, undefined)).toBeNull();
  });
});
