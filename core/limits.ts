/**
 * How much one upload or one request may ask of the server, and why each number is what it is.
 * Everything here is checked before the expensive step it protects (unpacking, parsing, writing),
 * and a refusal is a coded error whose `reason` the interface translates (locales, common
 * `errors.reasons`). Measured on the 2-core, Node 20 development machine; the goal behind every
 * number: nothing one member uploads can stop the server for the others.
 */

const MB = 1024 * 1024;

/** Text, Markdown, HTML and Word uploads: about 2,500 pages of plain text, or a long book in Word. */
export const MAX_IMPORT_BYTES = 5 * MB;

/** XLIFF, annotation and glossary files: XML and JSON are verbose, so four times the text limit. */
export const MAX_EXCHANGE_FILE_BYTES = 20 * MB;

/**
 * TMX translation memories: read streamed (a chunk and one unit at a time), so size costs time,
 * not memory — 100 MB is about 300,000 units. The cap bounds how long one import holds the
 * database's write lock (it is one transaction, so that a bad file imports nothing).
 */
export const MAX_TMX_BYTES = 200 * MB;

/**
 * All the parts of a Word file together, unpacked. A 5 MB .docx of real text and pictures unpacks
 * to well under this; a "zip bomb" of 0.9 MB unpacked to 300 MB and took the server down. Counted
 * by actually inflating every part (the sizes a zip declares can lie), before any parsing.
 */
export const MAX_UNPACKED_BYTES = 50 * MB;

/**
 * The XML parts of a Word file (the text, styles, notes) that mammoth parses, unpacked. mammoth
 * builds the whole document in memory: 20 MB of XML took 11 s and 1.6 GB (about 290,000 short
 * paragraphs — more than a document may have anyway); it runs in a worker thread with a memory
 * cap (PARSER_WORKER_HEAP_MB), so a file near the limit is slow for its sender only.
 */
export const MAX_DOCX_XML_BYTES = 20 * MB;

/**
 * Heap of the worker thread that parses one Word or Markdown file (one at a time): what 20 MB of
 * Word XML needs, with room to spare. Past it the worker dies, not the server, and the file is
 * refused as too complex.
 */
export const PARSER_WORKER_HEAP_MB = 2_048;

/**
 * Segments in one document, and produced by one import. The workbench is built for documents of
 * this size (a virtual grid; 200,000 segments import in about 15 s in slices that keep the server
 * answering); a larger text should be split into several documents.
 */
export const MAX_SEGMENTS = 200_000;

/** Annotations in one Web Annotation import: far more than anyone writes by hand on one document. */
export const MAX_ANNOTATIONS_PER_IMPORT = 5_000;

/**
 * Placing imported annotations whose segment is unknown means searching the whole document for
 * each quote, fuzzily when it is not found verbatim: the work grows as annotations × document
 * length (200 unmatched quotes in 20,000 segments took 24 s). This caps the characters one import
 * may search outside each annotation's own segment — a fuzzy search counts FUZZY_SEARCH_COST times
 * — at about 2 s of work; annotations still unplaced then are imported as orphans (visible, and
 * re-attachable by hand), never dropped.
 */
export const MAX_ANCHOR_SEARCH_CHARACTERS = 50_000_000;
export const FUZZY_SEARCH_COST = 8;

/**
 * Long work runs in slices of this many milliseconds, between which the server answers other
 * requests: short enough that a click elsewhere never waits noticeably, long enough that the
 * pauses cost little.
 */
export const WORK_SLICE_MS = 20;
