import { dialectOf } from "../db/dialect";
import type { RawDb } from "./candidates-common";
import * as postgres from "./postgres-candidates";
import * as sqlite from "./sqlite-candidates";

/**
 * The engine's half of fuzzy lookup and concordance (sqlite-candidates.ts or postgres-candidates.ts,
 * the same functions giving the same candidates): the one place that picks it. The rest of
 * find-matches.ts and search-concordance.ts is the same on both engines.
 */
const engineOf = (db: RawDb) => (dialectOf(db) === "postgres" ? postgres : sqlite);

export const keyFrequencies: typeof sqlite.keyFrequencies = (db, ...rest) => engineOf(db).keyFrequencies(db, ...rest);
export const unitsHoldingMost: typeof sqlite.unitsHoldingMost = (db, ...rest) => engineOf(db).unitsHoldingMost(db, ...rest);
export const concordanceCandidates: typeof sqlite.concordanceCandidates = (db, ...rest) => engineOf(db).concordanceCandidates(db, ...rest);
export { unitsOfLength } from "./candidates-common";
