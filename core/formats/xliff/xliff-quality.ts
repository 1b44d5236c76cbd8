/**
 * A segment's QA issues as W3C ITS 2.0 Localization Quality Issue annotations, the way XLIFF 2.1's
 * ITS module carries them: the issues of one span of the target go into a unit-level
 * `<its:locQualityIssues xml:id="…">` (one `<its:locQualityIssue>` each, with its type, comment,
 * severity, and locQualityIssueEnabled="no" when someone ignored it), and the span is marked in the
 * target by `<sm type="its:generic" its:locQualityIssuesRef="#its=…"/>` … `<em startRef="…"/>`.
 * Start/end markers rather than `<mrk>`, because spans of different issues may overlap or be empty
 * (a missing number points at a place, not at words). Readers that do not know ITS still read the
 * target's text unchanged (markers carry no text).
 */

import { attr, inlineText } from "./xliff-text";
import type { XliffQualityIssue } from "./xliff-model";

interface Span {
  start: number;
  end: number;
  issues: XliffQualityIssue[];
  /** The `<its:locQualityIssues>` xml:id (unique in the file) and the marker id (unique in the unit). */
  xmlId: string;
  markerId: string;
}

/** A NCName (xml:id) from our NMTOKEN ids: colons, which NMTOKENs allow and NCNames do not, become "_". */
const ncName = (id: string): string => id.replace(/:/gu, "_");

/** An offset moved off the middle of a surrogate pair and into the target. */
function place(target: string, offset: number): number {
  const at = Math.max(0, Math.min(target.length, Math.trunc(offset)));
  const code = target.charCodeAt(at);
  return at > 0 && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/** The issues grouped by span, in target order. */
function spansOf(unitId: string, segmentId: string, target: string, issues: readonly XliffQualityIssue[]): Span[] {
  const byKey = new Map<string, Span>();
  for (const issue of issues) {
    const start = place(target, issue.start);
    const end = Math.max(start, place(target, issue.end));
    const key = `${start}:${end}`;
    let span = byKey.get(key);
    if (!span) byKey.set(key, (span = { start, end, issues: [], xmlId: "", markerId: "" }));
    span.issues.push(issue);
  }
  const spans = [...byKey.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  spans.forEach((span, k) => {
    span.markerId = `lqi-${segmentId}-${k + 1}`;
    span.xmlId = ncName(`lqi-${unitId}-${segmentId}-${k + 1}`);
  });
  return spans;
}

/** The unit-level elements holding the issues (they come before the unit's notes and segments). */
function issueElements(spans: readonly Span[], indent: string): string[] {
  return spans.flatMap((span) => [
    `${indent}<its:locQualityIssues xml:id="${span.xmlId}">`,
    ...span.issues.map(
      (issue) =>
        `${indent}  <its:locQualityIssue locQualityIssueType="${attr(issue.type)}" locQualityIssueComment="${attr(issue.comment)}" locQualityIssueSeverity="${severity(issue.severity)}"${issue.enabled ? "" : ` locQualityIssueEnabled="no"`}/>`,
    ),
    `${indent}</its:locQualityIssues>`,
  ]);
}

const severity = (value: number): string => String(Math.round(Math.max(0, Math.min(100, value)) * 10) / 10);

/** The target's inline content with the start and end markers of every span. */
function markedTarget(target: string, spans: readonly Span[]): string {
  const marks: { at: number; order: number; xml: string }[] = [];
  for (const span of spans) {
    // At one offset: ends before starts (a span that ends where another starts), then by span order.
    marks.push({ at: span.start, order: 1, xml: `<sm id="${span.markerId}" type="its:generic" its:locQualityIssuesRef="#its=${span.xmlId}"/>` });
    marks.push({ at: span.end, order: span.start === span.end ? 2 : 0, xml: `<em startRef="${span.markerId}"/>` });
  }
  marks.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = "";
  let last = 0;
  for (const mark of marks) {
    out += inlineText(target.slice(last, mark.at)) + mark.xml;
    last = mark.at;
  }
  return out + inlineText(target.slice(last));
}

/** For one segment of a unit: the unit-level issue elements and the target's marked-up content. */
export function qualityMarkup(
  unitId: string,
  segmentId: string,
  target: string,
  issues: readonly XliffQualityIssue[],
  indent: string,
): { elements: string[]; target: string } {
  const spans = spansOf(unitId, segmentId, target, issues);
  return { elements: issueElements(spans, indent), target: markedTarget(target, spans) };
}
