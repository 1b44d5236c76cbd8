import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "@/components/members/describe-audit-event";
import { AUDIT_EVENTS, type AuditEventKind } from "@/core/audit/audit-events";
import { createI18n } from "./create-i18n";
import { resources } from "./resources";

const kinds = Object.keys(AUDIT_EVENTS) as AuditEventKind[];

/** Every `"x.y"` string written as an audit event's action anywhere under server/. */
function kindsWrittenByServer(dir = path.join(process.cwd(), "server")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : kindsWrittenByServer(file);
    if (!/\.ts$/.test(entry.name) || entry.name.endsWith(".test.ts")) return [];
    const source = fs.readFileSync(file, "utf8");
    if (!source.includes("recordAuditEvent(")) return [];
    return [...source.matchAll(/action:\s*([^,}]+)/g)].flatMap((m) => [...m[1].matchAll(/"([a-z_]+\.[a-z_]+)"/g)].map((q) => q[1]));
  });
}

describe("audit event names", () => {
  it("every event the server writes is in the table", () => {
    const written = new Set(kindsWrittenByServer());
    expect(written.size).toBeGreaterThan(15);
    for (const kind of written) expect(kinds, kind).toContain(kind);
  });

  it.each(["en", "fr"] as const)("every kind has a readable name and, where it has details, a sentence in %s", (lng) => {
    const { auditEvents, auditDetails } = resources[lng].members as unknown as { auditEvents: Record<string, string>; auditDetails: Record<string, string> };
    for (const kind of kinds) {
      const { key, details } = AUDIT_EVENTS[kind];
      expect(auditEvents[key], `${lng} ${kind}`).toMatch(/^[A-ZÉ]/);
      if (details) expect(auditDetails[key] ?? auditDetails[`${key}_other`], `${lng} ${kind} details`).toBeTruthy();
    }
    const used = new Set(kinds.map((k) => AUDIT_EVENTS[k].key));
    for (const key of Object.keys(auditDetails)) expect(used, `${lng} orphan ${key}`).toContain(key.replace(/_(one|other)$/, ""));
  });

  it("reads an event in the reader's language, with its details", () => {
    const describeIn = (lng: "en" | "fr", action: string, details: Record<string, unknown>) => {
      const i18n = createI18n(lng);
      return describeAuditEvent(i18n.getFixedT(lng, "members"), i18n.getFixedT(lng, "projects"), { action, details });
    };
    expect(describeIn("en", "member.joined", { role: "reviewer" })).toEqual({ name: "Member joined", details: "as reviewer" });
    expect(describeIn("fr", "member.joined", { role: "reviewer" })).toEqual({ name: "Membre arrivé", details: "comme réviseur" });
    expect(describeIn("fr", "member.role_changed", { from: "viewer", to: "owner" }).details).toBe("de lecteur à propriétaire");
    expect(describeIn("en", "project.deleted", { name: "Atlas", documents: 1 }).details).toBe("“Atlas”, with 1 document");
    expect(describeIn("en", "glossary.exported", { format: "tbx", entries: 3 }).details).toBe("tbx, 3 entries");
    expect(describeIn("en", "auth.sign_in", {})).toEqual({ name: "Signed in", details: "" });
    expect(describeIn("en", "future.kind", { a: 1 })).toEqual({ name: "future.kind", details: "a: 1" });
  });
});
