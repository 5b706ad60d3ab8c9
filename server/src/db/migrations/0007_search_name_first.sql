DROP INDEX "participants_first_name_idx";--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "search_name_first" text GENERATED ALWAYS AS (lower(first_name || ' ' || last_name)) STORED;--> statement-breakpoint
CREATE INDEX "participants_search_name_first_idx" ON "participants" USING btree ("region_id","search_name_first" text_pattern_ops);