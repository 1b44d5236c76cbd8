/**
 * What the TMX reader gives and the writer takes: the header and translation units reduced to one
 * French and one English variant. `<prop>` and `<note>` are kept in order on the unit and on each
 * variant, so an exported file can say again what an imported one said.
 */

/** A `<prop type="…">value</prop>`, as [type, value]. */
export type TmxProp = [type: string, value: string];

/** Props and notes of a `<tu>` or a `<tuv>`. */
export interface TmxAnnotations {
  props: TmxProp[];
  notes: string[];
}

export interface TmxHeader extends TmxAnnotations {
  srcLang: string;
  adminLang: string;
  dataType: string;
  oTmf: string;
  segType: string;
  creationTool: string;
  creationToolVersion: string;
  /** When the file was made: the date of its units that carry none. */
  creationDate?: Date;
}

/** One language side of a unit. */
export interface TmxVariant extends TmxAnnotations {
  /** The language code as written (fr-FR, en-GB, FR…). */
  lang: string;
  /** The segment as plain text: inline codes dropped, `<hi>` text kept (see read-tmx.ts). */
  text: string;
}

export interface TmxUnit extends TmxAnnotations {
  tuid?: string;
  source: TmxVariant;
  target: TmxVariant;
  creationDate?: Date;
  changeDate?: Date;
  creationId?: string;
  changeId?: string;
  /** Other `<tu>` attributes (usagecount, lastusagedate, creationtool…), kept for export. */
  attributes: Record<string, string>;
}
