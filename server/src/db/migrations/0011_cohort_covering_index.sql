-- The cohort report reads a region's scores of one instrument; with the rest of what it needs in the index
-- it reads them by index-only scan (docs/performance.md, issue 4: the slowest report's p99 1.07 → 0.87 s at
-- 927 000 score rows). Drizzle cannot declare INCLUDE: the columns of the key stay as schema.ts has them.
DROP INDEX IF EXISTS "self_assessment_scores_instrument_idx";--> statement-breakpoint
CREATE INDEX "self_assessment_scores_instrument_idx" ON "self_assessment_scores" USING btree ("region_id", "instrument_id", "dimension_key") INCLUDE ("participant_id", "answered_on", "score");
