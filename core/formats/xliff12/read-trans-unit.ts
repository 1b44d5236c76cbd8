/**
 * One `<trans-unit>` → its segments.
 * - Segmentation: with a `<seg-source>` holding `<mrk mtype="seg">`s, each marker is a segment and
 *   its translation is the target's marker with the same `mid` (none: untranslated). A target that
 *   has text but no markers while the source has several cannot be split honestly: the unit is then
 *   read whole, `<source>` and `<target>` as one segment. Without seg-source, the unit is one segment.
 * - Status (xliff12-status.ts): Trados per segment from `<sdl:seg-defs>`, memoQ and Phrase per unit
 *   from their attributes, else the core `state`/`state-qualifier`/`approved`.
 * - Notes (`<note>`, with `from` as "from: text") and memoQ's comments (`<mq:comments><mq:comment
 *   creatoruser deleted>`, as translate5 reads them; deleted ones skipped) go to the unit's first
 *   segment (`annotates` and `priority` are not kept: our notes are on the whole segment). `alt-trans`
 *   proposals become the segment's `matches` (read-alt-trans.ts), never its target; context groups
 *   and counts have no place in a document and are skipped.
 * - Segments with no source text (Trados keeps tags or spaces as segments) are left out.
 */

import type { SegmentStatus } from "../../model/document";
import { textContent, type XmlElement } from "../tbx/read-xml";
import { xliffError } from "../xliff/errors";
import { elements, firstElement, nsAttribute } from "../xliff/xliff-elements";
import type { XliffSegment } from "../xliff/xliff-model";
import { preserves } from "../xliff/xliff-text";
import { addAltTransMatches } from "./read-alt-trans";
import { readInline12, segmentMarkers } from "./xliff12-inline";
import { MEMOQ_NS, PHRASE_NS, SDL_NS } from "./xliff12-names";
import { STATUS_OF_MEMOQ, STATUS_OF_SDL_CONF, statusOfCore, statusOfPhraseConfirmed } from "./xliff12-status";

export interface TransUnitContext {
  ns: string;
  /** xml:space="preserve" inherited from file and groups. */
  preserve: boolean;
}

export function readTransUnit(unit: XmlElement, context: TransUnitContext): XliffSegment[] {
  const { ns } = context;
  const source = firstElement(unit, ns, "source");
  if (!source) throw xliffError("INVALID_XLIFF", unit.line, `<trans-unit id="${unit.attributes.id}"> has no <source>.`, { id: unit.attributes.id });
  const target = firstElement(unit, ns, "target");
  const preserve = preserves(unit, context.preserve);
  const unitStatus = statusOfUnit(unit, target);

  const markers = segmentMarkers(firstElement(unit, ns, "seg-source") ?? source, ns);
  const targetMarkers = target ? segmentMarkers(target, ns) : [];
  const targetText = target ? readInline12(target, ns, preserve) : "";
  let segments: XliffSegment[];
  let mids: string[] = [];
  if (markers.length === 0 || (markers.length > 1 && targetMarkers.length === 0 && targetText !== "")) {
    segments = [{ id: "s1", source: readInline12(source, ns, preserve), target: targetText, status: unitStatus }];
  } else {
    mids = uniqueMids(markers, unit);
    const translations = new Map(targetMarkers.map((marker) => [marker.attributes.mid, marker]));
    const confs = sdlConfidences(unit);
    segments = markers.map((marker, k) => {
      const translated = targetMarkers.length === 0 && markers.length === 1 ? target : translations.get(mids[k]);
      const conf = confs?.get(mids[k]);
      return {
        id: `s${k + 1}`,
        source: readInline12(marker, ns, preserve),
        target: translated ? readInline12(translated, ns, preserve) : "",
        status: confs ? (conf !== undefined && Object.hasOwn(STATUS_OF_SDL_CONF, conf) ? STATUS_OF_SDL_CONF[conf] : "new") : unitStatus,
      };
    });
  }
  addAltTransMatches(unit, ns, preserve, segments, mids);
  segments = segments.filter((segment) => segment.source.trim() !== "");
  const memoqComments = elements(unit, MEMOQ_NS, "comments").flatMap((comments) => elements(comments, MEMOQ_NS, "comment"));
  const notes = [
    ...elements(unit, ns, "note").map((note) => ({ from: note.attributes.from?.trim(), text: textContent(note).trim() })),
    ...memoqComments
      .filter((c) => c.attributes.deleted?.toLowerCase() !== "true")
      .map((c) => ({ from: c.attributes.creatoruser?.trim(), text: textContent(c).trim() })),
  ]
    .filter((note) => note.text !== "")
    .map((note) => (note.from ? `${note.from}: ${note.text}` : note.text));
  if (notes.length > 0 && segments.length > 0) segments[0].notes = notes;
  return segments;
}

/** The unit's status: memoQ's or Phrase's attribute when present and known, else the core one. */
function statusOfUnit(unit: XmlElement, target: XmlElement | undefined): SegmentStatus {
  const memoq = nsAttribute(unit, MEMOQ_NS, "status");
  if (memoq !== undefined && Object.hasOwn(STATUS_OF_MEMOQ, memoq)) return STATUS_OF_MEMOQ[memoq];
  const phrase = nsAttribute(unit, PHRASE_NS, "confirmed");
  const phraseStatus = phrase === undefined ? undefined : statusOfPhraseConfirmed(phrase);
  if (phraseStatus) return phraseStatus;
  return statusOfCore(target?.attributes.state, target?.attributes["state-qualifier"], unit.attributes.approved);
}

/** Each marker's mid (its position when it has none); a mid used twice is refused. */
function uniqueMids(markers: XmlElement[], unit: XmlElement): string[] {
  const seen = new Set<string>();
  return markers.map((marker, k) => {
    const mid = marker.attributes.mid ?? String(k + 1);
    if (seen.has(mid)) {
      throw xliffError("INVALID_XLIFF", marker.line, `<trans-unit id="${unit.attributes.id}"> has two segments with mid="${mid}".`, {
        id: unit.attributes.id,
        mid,
      });
    }
    seen.add(mid);
    return mid;
  });
}

/** Trados: `<sdl:seg-defs><sdl:seg id conf>` → conf by segment id; undefined when the unit has none. */
function sdlConfidences(unit: XmlElement): Map<string, string | undefined> | undefined {
  const defs = elements(unit, SDL_NS, "seg-defs")[0];
  if (!defs) return undefined;
  return new Map(elements(defs, SDL_NS, "seg").map((seg) => [seg.attributes.id ?? "", seg.attributes.conf]));
}
