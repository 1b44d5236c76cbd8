/**
 * XSD validation of an XLIFF 2.x file against the OASIS XLIFF 2.1 schemas (core and every module,
 * see ../schemas/xliff-strict.xsd), with libxml2 compiled to WebAssembly (libxml2-wasm): offline,
 * no native code. The schema files are given by the caller (the server reads them from
 * core/formats/xliff/schemas/, tests from disk too), so this module does no I/O of its own; the
 * library is loaded on first use only, and the compiled schema kept for the process.
 * XLIFF 2.2 files (their own namespace, no schema here) are not schema-checked.
 */

import { violation, type XliffViolation } from "./violation";

/** The schema files by name relative to the schema folder ("xliff-strict.xsd", "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"…). */
export type SchemaFiles = Record<string, Uint8Array>;

export const SCHEMA_ENTRY = "xliff-strict.xsd";
const BASE = "xliff-schemas/";
/** At most this many schema errors are reported (libxml2 stops caring about order after the first few anyway). */
const MAX_REPORTED = 50;

type Validator = (xml: string) => { message: string; line: number }[];
let compiled: Promise<Validator> | undefined;

async function compile(files: SchemaFiles): Promise<Validator> {
  const lib = await import("libxml2-wasm");
  const buffers: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(files)) buffers[BASE + name] = bytes;
  lib.xmlRegisterInputProvider(new lib.XmlBufferInputProvider(buffers));
  const schemaDoc = lib.XmlDocument.fromBuffer(files[SCHEMA_ENTRY], { url: BASE + SCHEMA_ENTRY });
  const validator = lib.XsdValidator.fromDoc(schemaDoc);
  schemaDoc.dispose();
  return (xml) => {
    const doc = lib.XmlDocument.fromString(xml);
    try {
      validator.validate(doc);
      return [];
    } catch (error) {
      if (!(error instanceof lib.XmlValidateError)) throw error;
      return error.details.map((d) => ({ message: d.message.trim(), line: d.line }));
    } finally {
      doc.dispose();
    }
  };
}

/**
 * The schema violations of `xml` (a well-formed XLIFF 2.0/2.1 document: read it with readXml
 * first, which refuses what is malformed or hostile), each with its line and libxml2's message.
 */
export async function checkSchema(xml: string, files: SchemaFiles): Promise<XliffViolation[]> {
  compiled ??= compile(files);
  const errors = (await compiled)(xml);
  return errors
    .slice(0, MAX_REPORTED)
    .map(({ message, line }) => violation("SCHEMA", { name: "", attributes: {}, children: [], line }, { detail: readable(message) }));
}

/** libxml2's "Element '{urn:…document:2.0}unit', attribute 'x': …" with the namespace URIs dropped. */
function readable(message: string): string {
  return message.replace(/\{[^}]*\}/gu, "");
}
