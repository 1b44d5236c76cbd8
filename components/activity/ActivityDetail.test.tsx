import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ActivityEvent } from "@/server/documents/list-activity";
import { ActivityDetail } from "./ActivityDetail";

const event = (over: Partial<ActivityEvent>): ActivityEvent => ({
  id: "r:1",
  at: "2026-01-01T10:00:00.000Z",
  kind: "edit",
  authorName: "Ann",
  segmentId: "s1",
  segmentPosition: 3,
  sourceExcerpt: "Le DoD parle.",
  detail: {},
  ...over,
});
const html = (e: ActivityEvent, lng: "en" | "fr" = "en") => renderToStaticMarkup(<ActivityDetail event={e} lng={lng} />);

describe("ActivityDetail", () => {
  it("shows an edit as a word diff, with the status move", () => {
    const out = html(event({ detail: { before: "The DoD talks.", after: "The DoD speaks.", fromStatus: "draft", toStatus: "translated" } }));
    expect(out).toContain("<del>talks</del>");
    expect(out).toContain("<ins>speaks</ins>");
    expect(out).toMatch(/Draft<\/span> → <span[^>]*>Translated/);
  });

  it("does not repeat an unchanged status on an edit; a status event shows from → to", () => {
    expect(html(event({ detail: { before: "a", after: "b", fromStatus: "draft", toStatus: "draft" } }))).not.toContain("status-badge");
    expect(html(event({ kind: "status", detail: { fromStatus: "translated", toStatus: "approved" } }), "fr")).toMatch(/Traduit.*→.*Approuvé/);
  });

  it("renders comment bodies as text, never as HTML", () => {
    const out = html(event({ kind: "comment", detail: { body: "<b>Pentagon</b>, really?" } }));
    expect(out).toContain("&lt;b&gt;Pentagon&lt;/b&gt;, really?");
    expect(out).not.toContain("<b>");
  });
});
