-- PostgreSQL's indexes of the translation memory: what SQLite's FTS5 tables do (migration
-- 20261207050000), as expression indexes over TmUnit that PostgreSQL keeps in step by itself (no
-- triggers). Prisma cannot model expression indexes: tests/integration/migrations-in-step.test.ts
-- leaves these indexes out of the drift it checks. Read by server/tm/postgres-candidates.ts, whose
-- queries spell the indexed expressions exactly as here (or the planner cannot use them).
-- (The adapter splits this file on every semicolon, comments included: only statements end with one.)

-- Fuzzy lookup and French concordance: the folded word keys (core/tm/index-keys.ts, space-separated)
-- as an array, one posting list per key, queried with `@> ARRAY[key]` like TmSourceIndex's MATCH.
CREATE INDEX "TmUnit_sourceKeys_postings_idx" ON "TmUnit" USING GIN ((string_to_array("sourceKeys", ' ')));

-- English concordance: the English text's stems (Snowball english), queried with a phrase query
-- like TmTargetIndex (Porter), and the phrase is then checked word by word on the stems (postgres-candidates.ts).
CREATE INDEX "TmUnit_targetText_english_idx" ON "TmUnit" USING GIN ((to_tsvector('english', "targetText")));

-- English concordance of a phrase made of stop words only ("been", "of the"), which has no stems:
-- its units are found by substring (pg_trgm, shipped with PostgreSQL's contrib modules), then
-- checked word by word like any phrase.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "TmUnit_targetText_trigram_idx" ON "TmUnit" USING GIN ("targetText" gin_trgm_ops);
