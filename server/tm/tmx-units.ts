import type { TmxAnnotations, TmxProp, TmxUnit } from "@/core/formats/tmx/tmx-model";
import { TM_STATUS_RANK, TM_UNIT_ORIGINS, type TmUnitOrigin, type TmUnitStatus } from "@/core/tm/types";
import type { NewUnit } from "./write-units";

/**
 * The one mapping between TMX units and memory units, both ways, so that an exported memory
 * imported again gives the same units. Our own facts travel as props: x-document (the document
 * title), x-status (the review status), x-origin (where the unit was first made). Everything else
 * a file says — other props, notes, tuid, other attributes, variant props and notes, a creation
 * date or id distinct from the last change — is kept in the unit's metadata JSON and written back.
 */

export const PROP_DOCUMENT = "x-document";
export const PROP_STATUS = "x-status";
export const PROP_ORIGIN = "x-origin";
const OWN_PROPS = new Set([PROP_DOCUMENT, PROP_STATUS, PROP_ORIGIN]);
const ORIGINS: readonly TmUnitOrigin[] = TM_UNIT_ORIGINS;

/** What a unit's metadata column holds (all optional; "{}" when a unit has nothing to keep). */
export interface TmxMetadata {
  tuid?: string;
  props?: TmxProp[];
  notes?: string[];
  attributes?: Record<string, string>;
  source?: Partial<TmxAnnotations>;
  target?: Partial<TmxAnnotations>;
  /** The x-origin a file gave (the unit's own origin is "tmx" once imported). */
  origin?: TmUnitOrigin;
  /** ISO date and id of creation, when they differ from the last change (the unit's date and author). */
  creationDate?: string;
  creationId?: string;
}

/**
 * A unit read from a TMX file, as the memory stores it; `fileName` names the document when the file
 * does not, and `undatedAt` dates a unit without creation or change date.
 */
export function unitFromTmx(unit: TmxUnit, fileName: string, undatedAt: Date): NewUnit {
  const own = new Map(unit.props.filter(([type]) => OWN_PROPS.has(type)));
  const status = own.get(PROP_STATUS);
  const origin = own.get(PROP_ORIGIN);
  const changedAt = unit.changeDate ?? unit.creationDate ?? undatedAt;
  const authorName = unit.changeId ?? unit.creationId ?? "";
  const metadata: TmxMetadata = {
    tuid: unit.tuid,
    props: nonEmpty(unit.props.filter(([type]) => !OWN_PROPS.has(type))),
    notes: nonEmpty(unit.notes),
    attributes: Object.keys(unit.attributes).length > 0 ? unit.attributes : undefined,
    source: annotationsOf(unit.source),
    target: annotationsOf(unit.target),
    origin: ORIGINS.includes(origin as TmUnitOrigin) ? (origin as TmUnitOrigin) : undefined,
    creationDate: unit.creationDate && unit.creationDate.getTime() !== changedAt.getTime() ? unit.creationDate.toISOString() : undefined,
    creationId: unit.creationId !== undefined && unit.creationId !== authorName ? unit.creationId : undefined,
  };
  return {
    sourceText: unit.source.text,
    targetText: unit.target.text,
    status: status !== undefined && Object.hasOwn(TM_STATUS_RANK, status) ? (status as TmUnitStatus) : "imported",
    origin: "tmx",
    documentTitle: own.get(PROP_DOCUMENT) ?? fileName,
    authorName,
    sourceLang: unit.source.lang,
    targetLang: unit.target.lang,
    metadata: JSON.stringify(metadata),
    changedAt,
  };
}

/** The columns of a stored unit that its TMX form needs. */
export interface StoredUnit {
  id: number;
  sourceText: string;
  targetText: string;
  sourceLang: string;
  targetLang: string;
  status: string;
  origin: string;
  documentTitle: string;
  authorName: string;
  metadata: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A stored unit as a TMX unit. */
export function unitToTmx(row: StoredUnit): TmxUnit {
  const kept = parseMetadata(row.metadata);
  const props: TmxProp[] = [];
  if (row.documentTitle) props.push([PROP_DOCUMENT, row.documentTitle]);
  props.push([PROP_STATUS, row.status], [PROP_ORIGIN, kept.origin ?? row.origin], ...(kept.props ?? []));
  return {
    tuid: kept.tuid ?? String(row.id),
    source: { lang: row.sourceLang, text: row.sourceText, props: kept.source?.props ?? [], notes: kept.source?.notes ?? [] },
    target: { lang: row.targetLang, text: row.targetText, props: kept.target?.props ?? [], notes: kept.target?.notes ?? [] },
    creationDate: kept.creationDate ? new Date(kept.creationDate) : row.createdAt,
    changeDate: row.updatedAt,
    creationId: kept.creationId ?? (row.authorName || undefined),
    changeId: row.authorName || undefined,
    props,
    notes: kept.notes ?? [],
    attributes: kept.attributes ?? {},
  };
}

/** Metadata as written by unitFromTmx (or "{}" by other writers); a damaged value counts as empty. */
function parseMetadata(json: string): TmxMetadata {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as TmxMetadata) : {};
  } catch {
    return {};
  }
}

function annotationsOf(owner: TmxAnnotations): Partial<TmxAnnotations> | undefined {
  const kept = { props: nonEmpty(owner.props), notes: nonEmpty(owner.notes) };
  return kept.props || kept.notes ? kept : undefined;
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}
