-- Seeker profiles always name their place (decision 024, "Decided while building"): a profile saved
-- without a village or municipality takes the participant's own when saved (profiles.ts), so matching
-- reads the profile's place alone instead of looking up the participant of every profile without one.
-- The older rows get the participant's place now (the audit trail records the change, with no actor).
-- Later changes of the participant's place do not move the profile: it keeps what it has.
UPDATE "seeker_profiles" sp
   SET "village" = coalesce(sp."village", p."village"),
       "municipality" = coalesce(sp."municipality", p."municipality")
  FROM "participants" p
 WHERE p."region_id" = sp."region_id" AND p."id" = sp."participant_id"
   AND ((sp."village" IS NULL AND p."village" IS NOT NULL)
     OR (sp."municipality" IS NULL AND p."municipality" IS NOT NULL));--> statement-breakpoint
-- Matching reads the active profiles of the job's municipality with the rest of what it needs in the
-- index: an index-only scan. Drizzle cannot declare INCLUDE: the key stays as schema.ts has it.
DROP INDEX IF EXISTS "seeker_profiles_place_idx";--> statement-breakpoint
CREATE INDEX "seeker_profiles_place_idx" ON "seeker_profiles" USING btree ("region_id","municipality","village") INCLUDE ("participant_id","has","categories","weekdays","monthly_ceiling_cents") WHERE "seeker_profiles"."active";
