import { describe, expect, it } from "vitest";
import { tooManySegments } from "@/core/segmentation/segment-blocks";
import { createI18n } from "@/i18n/create-i18n";
import { storageFailure } from "@/server/db/storage-failure";
import { VIOLATION_MESSAGES } from "@/core/formats/xliff/validate/violation";
import { refuseViolations } from "@/core/formats/xliff/validate/refuse";
import { parseXliff } from "@/core/formats/xliff/parse-xliff";
import { DomainError } from "@/core/errors";
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

  it("says each XLIFF rule in English as the reader does, and in French", () => {
    expect(en("errors.xliff", { returnObjects: true })).toEqual(VIOLATION_MESSAGES);
    for (const code of Object.keys(VIOLATION_MESSAGES))
      expect(fr(`errors.xliff.${code}` as "errors.xliff.SCHEMA")).not.toBe(en(`errors.xliff.${code}` as "errors.xliff.SCHEMA"));
  });

  it("shows a refused XLIFF file's first rule with its line and how many more, in the user's language", () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr">\n<file id="f"><unit id="u">\n<segment state="final"><source>a</source></segment></unit>\n<unit id="u"><segment><source>b</source></segment></unit></file></xliff>`;
    let refusal: DomainError | undefined;
    try {
      parseXliff(xml);
    } catch (error) {
      refusal = error as DomainError;
    }
    expect(refusal!.message).toBe(`Line 3: a segment in state “final” must have a <target>. (1 more problem in the file)`);
    expect(reasonMessage(en, refusal!.details)).toBe(refusal!.message);
    expect(reasonMessage(fr, refusal!.details)).toBe("Ligne 3 : un segment à l’état « final » doit avoir une <target>. (et 1 autre problème dans le fichier)");
    expect(reasonMessage(en, refuseViolations([{ code: "NO_SOURCE", details: {}, line: 7, message: "Line 7: <segment> has no <source>." }]).details)).toBe(
      "Line 7: <segment> has no <source>.",
    );
  });

  it("gives nothing for a reason it does not translate, so the server's message is shown", () => {
    expect(reasonMessage(en, { reason: "HAS_TRANSLATIONS" })).toBeNull();
    expect(reasonMessage(en, undefined)).toBeNull();
  });
});
