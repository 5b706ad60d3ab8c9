CREATE TABLE "benefit_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"benefit" text DEFAULT 'unemployment_benefit' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"protected_month_cents" integer DEFAULT 0 NOT NULL,
	"protected_four_weeks_cents" integer DEFAULT 0 NOT NULL,
	"reduction_percent" smallint NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"legal_reference_fi" text NOT NULL,
	"legal_reference_sv" text NOT NULL,
	"legal_reference_en" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benefit_rules_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "benefit_rules_benefit_check" CHECK ("benefit_rules"."benefit" in ('unemployment_benefit')),
	CONSTRAINT "benefit_rules_dates_check" CHECK ("benefit_rules"."valid_to" is null or "benefit_rules"."valid_to" >= "benefit_rules"."valid_from"),
	CONSTRAINT "benefit_rules_amounts_check" CHECK ("benefit_rules"."protected_month_cents" >= 0 and "benefit_rules"."protected_four_weeks_cents" >= 0 and "benefit_rules"."reduction_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "job_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"status" text NOT NULL,
	"proposed_by" uuid,
	"message" text,
	"applied_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_applications_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "job_applications_once_key" UNIQUE("region_id","job_id","participant_id"),
	CONSTRAINT "job_applications_status_check" CHECK ("job_applications"."status" in ('proposed', 'applied', 'accepted', 'declined', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "job_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"reference" text NOT NULL,
	"issued_on" date NOT NULL,
	"due_on" date NOT NULL,
	"lines" jsonb NOT NULL,
	"labour_cents" integer NOT NULL,
	"total_cents" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_invoices_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "job_invoices_number_key" UNIQUE("region_id","organisation_id","number"),
	CONSTRAINT "job_invoices_job_key" UNIQUE("region_id","job_id"),
	CONSTRAINT "job_invoices_due_check" CHECK ("job_invoices"."due_on" >= "job_invoices"."issued_on"),
	CONSTRAINT "job_invoices_amounts_check" CHECK ("job_invoices"."labour_cents" >= 0 and "job_invoices"."total_cents" >= "job_invoices"."labour_cents")
);
--> statement-breakpoint
CREATE TABLE "job_orderers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"address" text,
	"billing_address" text,
	"language" text DEFAULT 'fi' NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"access_token_hash" text,
	"access_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_orderers_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "job_orderers_language_check" CHECK ("job_orderers"."language" in ('fi', 'sv', 'en')),
	CONSTRAINT "job_orderers_name_check" CHECK (length(trim("job_orderers"."name")) between 1 and 200),
	CONSTRAINT "job_orderers_email_check" CHECK ("job_orderers"."email" ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')
);
--> statement-breakpoint
CREATE TABLE "job_workers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"worker_minutes" integer,
	"worker_confirmed_at" timestamp with time zone,
	"orderer_minutes" integer,
	"orderer_confirmed_at" timestamp with time zone,
	"worked_from" date,
	"worked_to" date,
	"gross_cents" integer,
	"withholding_cents" integer,
	"withholding_basis_points" integer,
	"paid_on" date,
	"paid_by" uuid,
	"payment_reference" text,
	"step_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_workers_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "job_workers_once_key" UNIQUE("region_id","job_id","participant_id"),
	CONSTRAINT "job_workers_minutes_check" CHECK (("job_workers"."worker_minutes" is null or "job_workers"."worker_minutes" between 1 and 100000) and ("job_workers"."orderer_minutes" is null or "job_workers"."orderer_minutes" between 1 and 100000)),
	CONSTRAINT "job_workers_money_check" CHECK (("job_workers"."gross_cents" is null or "job_workers"."gross_cents" >= 0) and ("job_workers"."withholding_cents" is null or "job_workers"."withholding_cents" between 0 and "job_workers"."gross_cents")),
	CONSTRAINT "job_workers_rate_check" CHECK ("job_workers"."withholding_basis_points" is null or "job_workers"."withholding_basis_points" between 0 and 10000),
	CONSTRAINT "job_workers_paid_check" CHECK ("job_workers"."paid_on" is null or "job_workers"."gross_cents" is not null),
	CONSTRAINT "job_workers_days_check" CHECK ("job_workers"."worked_to" is null or "job_workers"."worked_to" >= "job_workers"."worked_from")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"poster_kind" text NOT NULL,
	"orderer_id" uuid,
	"work_need_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"village" text NOT NULL,
	"municipality" text,
	"address" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"estimated_minutes" integer NOT NULL,
	"pay_type" text NOT NULL,
	"pay_cents" integer NOT NULL,
	"places" smallint DEFAULT 1 NOT NULL,
	"requirements" text[] DEFAULT '{}'::text[] NOT NULL,
	"safety_notes" text DEFAULT '' NOT NULL,
	"employer" text DEFAULT 'association' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"accepted_count" smallint DEFAULT 0 NOT NULL,
	"cancel_reason" text,
	"published_at" timestamp with time zone,
	"filled_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jobs_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "jobs_category_check" CHECK ("jobs"."category" in ('yard', 'snow', 'cleaning', 'moving', 'forest', 'renovation', 'events', 'animals', 'errands', 'other')),
	CONSTRAINT "jobs_poster_check" CHECK ("jobs"."poster_kind" in ('association', 'company', 'household')),
	CONSTRAINT "jobs_employer_check" CHECK ("jobs"."employer" in ('association', 'orderer')),
	CONSTRAINT "jobs_pay_type_check" CHECK ("jobs"."pay_type" in ('hourly', 'lump_sum')),
	CONSTRAINT "jobs_status_check" CHECK ("jobs"."status" in ('draft', 'open', 'filled', 'done', 'paid', 'cancelled')),
	CONSTRAINT "jobs_title_check" CHECK (length(trim("jobs"."title")) between 1 and 200),
	CONSTRAINT "jobs_window_check" CHECK ("jobs"."ends_on" >= "jobs"."starts_on"),
	CONSTRAINT "jobs_minutes_check" CHECK ("jobs"."estimated_minutes" between 15 and 100000),
	CONSTRAINT "jobs_pay_check" CHECK ("jobs"."pay_cents" between 1 and 10000000),
	CONSTRAINT "jobs_places_check" CHECK ("jobs"."places" between 1 and 50),
	CONSTRAINT "jobs_accepted_check" CHECK ("jobs"."accepted_count" between 0 and "jobs"."places"),
	CONSTRAINT "jobs_requirements_check" CHECK ("jobs"."requirements" <@ array['driving_licence','own_car','hygiene_passport','own_tools','work_clothes','first_aid','occupational_safety_card']::text[]),
	CONSTRAINT "jobs_household_check" CHECK (("jobs"."poster_kind" = 'household') <= ("jobs"."orderer_id" is not null)),
	CONSTRAINT "jobs_cancel_check" CHECK (("jobs"."status" = 'cancelled') = ("jobs"."cancel_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "seeker_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"has" text[] DEFAULT '{}'::text[] NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"weekdays" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"village" text,
	"municipality" text,
	"receives_benefit" boolean DEFAULT true NOT NULL,
	"adjustment_period" text DEFAULT 'month' NOT NULL,
	"period_anchor" date,
	"monthly_ceiling_cents" integer,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seeker_profiles_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "seeker_profiles_participant_key" UNIQUE("region_id","participant_id"),
	CONSTRAINT "seeker_profiles_period_check" CHECK ("seeker_profiles"."adjustment_period" in ('month', 'four_weeks')),
	CONSTRAINT "seeker_profiles_anchor_check" CHECK ("seeker_profiles"."adjustment_period" = 'month' or "seeker_profiles"."period_anchor" is not null),
	CONSTRAINT "seeker_profiles_ceiling_check" CHECK ("seeker_profiles"."monthly_ceiling_cents" is null or "seeker_profiles"."monthly_ceiling_cents" > 0),
	CONSTRAINT "seeker_profiles_has_check" CHECK ("seeker_profiles"."has" <@ array['driving_licence','own_car','hygiene_passport','own_tools','work_clothes','first_aid','occupational_safety_card']::text[]),
	CONSTRAINT "seeker_profiles_categories_check" CHECK ("seeker_profiles"."categories" <@ array['yard','snow','cleaning','moving','forest','renovation','events','animals','errands','other']::text[]),
	CONSTRAINT "seeker_profiles_weekdays_check" CHECK ("seeker_profiles"."weekdays" <@ array[1,2,3,4,5,6,7]::smallint[])
);
--> statement-breakpoint
CREATE TABLE "work_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"village" text NOT NULL,
	"municipality" text,
	"place" text,
	"season" text NOT NULL,
	"effort_hours" integer,
	"beneficiaries" text DEFAULT '' NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_needs_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "work_needs_category_check" CHECK ("work_needs"."category" in ('yard', 'snow', 'cleaning', 'moving', 'forest', 'renovation', 'events', 'animals', 'errands', 'other')),
	CONSTRAINT "work_needs_season_check" CHECK ("work_needs"."season" in ('spring', 'summer', 'autumn', 'winter', 'all_year')),
	CONSTRAINT "work_needs_title_check" CHECK (length(trim("work_needs"."title")) between 1 and 200),
	CONSTRAINT "work_needs_effort_check" CHECK ("work_needs"."effort_hours" is null or "work_needs"."effort_hours" between 1 and 100000)
);
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check";--> statement-breakpoint
ALTER TABLE "access_log" ALTER COLUMN "actor_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "access_log" ADD COLUMN "orderer_id" uuid;--> statement-breakpoint
ALTER TABLE "benefit_rules" ADD CONSTRAINT "benefit_rules_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_region_id_job_id_jobs_region_id_id_fk" FOREIGN KEY ("region_id","job_id") REFERENCES "public"."jobs"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_region_id_participant_id_participants_region_id_id_fk" FOREIGN KEY ("region_id","participant_id") REFERENCES "public"."participants"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_region_id_proposed_by_users_region_id_id_fk" FOREIGN KEY ("region_id","proposed_by") REFERENCES "public"."users"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_invoices" ADD CONSTRAINT "job_invoices_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_invoices" ADD CONSTRAINT "job_invoices_region_id_job_id_jobs_region_id_id_fk" FOREIGN KEY ("region_id","job_id") REFERENCES "public"."jobs"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_invoices" ADD CONSTRAINT "job_invoices_region_id_organisation_id_organisations_region_id_id_fk" FOREIGN KEY ("region_id","organisation_id") REFERENCES "public"."organisations"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orderers" ADD CONSTRAINT "job_orderers_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_workers" ADD CONSTRAINT "job_workers_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_workers" ADD CONSTRAINT "job_workers_region_id_job_id_jobs_region_id_id_fk" FOREIGN KEY ("region_id","job_id") REFERENCES "public"."jobs"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_workers" ADD CONSTRAINT "job_workers_region_id_participant_id_participants_region_id_id_fk" FOREIGN KEY ("region_id","participant_id") REFERENCES "public"."participants"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_workers" ADD CONSTRAINT "job_workers_region_id_application_id_job_applications_region_id_id_fk" FOREIGN KEY ("region_id","application_id") REFERENCES "public"."job_applications"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_workers" ADD CONSTRAINT "job_workers_region_id_step_id_steps_region_id_id_fk" FOREIGN KEY ("region_id","step_id") REFERENCES "public"."steps"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_region_id_organisation_id_organisations_region_id_id_fk" FOREIGN KEY ("region_id","organisation_id") REFERENCES "public"."organisations"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_region_id_orderer_id_job_orderers_region_id_id_fk" FOREIGN KEY ("region_id","orderer_id") REFERENCES "public"."job_orderers"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_region_id_work_need_id_work_needs_region_id_id_fk" FOREIGN KEY ("region_id","work_need_id") REFERENCES "public"."work_needs"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seeker_profiles" ADD CONSTRAINT "seeker_profiles_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seeker_profiles" ADD CONSTRAINT "seeker_profiles_region_id_participant_id_participants_region_id_id_fk" FOREIGN KEY ("region_id","participant_id") REFERENCES "public"."participants"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_needs" ADD CONSTRAINT "work_needs_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_needs" ADD CONSTRAINT "work_needs_region_id_organisation_id_organisations_region_id_id_fk" FOREIGN KEY ("region_id","organisation_id") REFERENCES "public"."organisations"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benefit_rules_valid_idx" ON "benefit_rules" USING btree ("region_id","benefit","valid_from");--> statement-breakpoint
CREATE INDEX "job_applications_participant_idx" ON "job_applications" USING btree ("region_id","participant_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "job_orderers_confirm_key" ON "job_orderers" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "job_orderers_access_key" ON "job_orderers" USING btree ("access_token_hash");--> statement-breakpoint
CREATE INDEX "job_workers_earnings_idx" ON "job_workers" USING btree ("region_id","participant_id","paid_on") WHERE "job_workers"."paid_on" is not null;--> statement-breakpoint
CREATE INDEX "jobs_open_place_idx" ON "jobs" USING btree ("region_id","municipality","village","starts_on") WHERE "jobs"."status" = 'open';--> statement-breakpoint
CREATE INDEX "jobs_open_window_idx" ON "jobs" USING btree ("region_id","ends_on") WHERE "jobs"."status" = 'open';--> statement-breakpoint
CREATE INDEX "jobs_org_idx" ON "jobs" USING btree ("region_id","organisation_id","status");--> statement-breakpoint
CREATE INDEX "jobs_orderer_idx" ON "jobs" USING btree ("region_id","orderer_id");--> statement-breakpoint
CREATE INDEX "seeker_profiles_place_idx" ON "seeker_profiles" USING btree ("region_id","municipality","village") WHERE "seeker_profiles"."active";--> statement-breakpoint
CREATE INDEX "work_needs_org_idx" ON "work_needs" USING btree ("region_id","organisation_id");--> statement-breakpoint
CREATE INDEX "work_needs_village_idx" ON "work_needs" USING btree ("region_id","village");--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_reader_check" CHECK (("access_log"."actor_id" is null) <> ("access_log"."orderer_id" is null));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('follow_up_due', 'job_application', 'job_ordered', 'job_proposed', 'job_picked', 'job_not_picked', 'job_withdrawn', 'job_filled', 'job_done', 'job_paid', 'job_cancelled', 'job_hours'));--> statement-breakpoint

-- Hand-written: row-level security, audit with personal data redacted, one-time links found before the
-- region is known, and the benefit rules a region starts with. Applied unchanged on PGlite and
-- PostgreSQL 15.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['benefit_rules', 'seeker_profiles', 'work_needs', 'job_orderers', 'jobs',
    'job_applications', 'job_workers', 'job_invoices'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY region_isolation ON %I USING (region_id = polku_current_region()) WITH CHECK (region_id = polku_current_region())',
      t);
  END LOOP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER benefit_rules_audit AFTER INSERT OR UPDATE OR DELETE ON benefit_rules FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER seeker_profiles_audit AFTER INSERT OR UPDATE OR DELETE ON seeker_profiles FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER work_needs_audit AFTER INSERT OR UPDATE OR DELETE ON work_needs FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER job_orderers_audit AFTER INSERT OR UPDATE OR DELETE ON job_orderers FOR EACH ROW EXECUTE FUNCTION polku_audit('name', 'email', 'phone', 'address', 'billing_address', '-confirm_token_hash', '-access_token_hash');
--> statement-breakpoint
CREATE TRIGGER jobs_audit AFTER INSERT OR UPDATE OR DELETE ON jobs FOR EACH ROW EXECUTE FUNCTION polku_audit('address');
--> statement-breakpoint
CREATE TRIGGER job_applications_audit AFTER INSERT OR UPDATE OR DELETE ON job_applications FOR EACH ROW EXECUTE FUNCTION polku_audit('message');
--> statement-breakpoint
CREATE TRIGGER job_workers_audit AFTER INSERT OR UPDATE OR DELETE ON job_workers FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER job_invoices_audit AFTER INSERT OR UPDATE OR DELETE ON job_invoices FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint

-- An invoice, once made, is a bookkeeping document: never changed or deleted (a correction is a credit note).
REVOKE UPDATE, DELETE ON job_invoices FROM polku_app;
--> statement-breakpoint

-- A household's one-time confirmation link and its later access link are found before the region is
-- known; each answers with ids only, everything else is then read under row-level security.
CREATE FUNCTION polku_orderer_by_confirm_token(p_token_hash text) RETURNS TABLE (orderer_id uuid, region_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id, region_id FROM job_orderers
  WHERE confirm_token_hash = p_token_hash AND confirmed_at IS NULL AND confirm_expires_at > now()
$$;
--> statement-breakpoint
CREATE FUNCTION polku_orderer_by_access_token(p_token_hash text) RETURNS TABLE (orderer_id uuid, region_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id, region_id FROM job_orderers WHERE access_token_hash = p_token_hash AND access_expires_at > now()
$$;
--> statement-breakpoint
-- The household order page lists the regions (codes and names are public: the page shows them).
CREATE FUNCTION polku_public_regions() RETURNS TABLE (region_id uuid, code text, name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id, code, name FROM regions ORDER BY name
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION polku_orderer_by_confirm_token(text), polku_orderer_by_access_token(text), polku_public_regions() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku_orderer_by_confirm_token(text), polku_orderer_by_access_token(text), polku_public_regions() TO polku_app;
--> statement-breakpoint

-- The adjusted unemployment benefit rules of domain.md, as a region starts with them: a period is
-- computed under the rule in force when the period began.
CREATE FUNCTION polku_default_benefit_rules(p_region uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO benefit_rules (region_id, valid_from, valid_to, protected_month_cents, protected_four_weeks_cents,
    reduction_percent, name_fi, name_sv, name_en, legal_reference_fi, legal_reference_sv, legal_reference_en)
  VALUES
    (p_region, '2014-01-01', '2024-03-31', 30000, 27900, 50,
     'Soviteltu työttömyysetuus, suojaosa 300 €', 'Jämkad arbetslöshetsförmån, skyddat belopp 300 €',
     'Adjusted unemployment benefit, protected amount €300',
     'Työttömyysturvalaki 1290/2002, 4 luku 3 § (ennen 1.4.2024 alkaneet jaksot)',
     'Lag om utkomstskydd för arbetslösa 1290/2002, 4 kap. 3 § (perioder som började före 1.4.2024)',
     'Unemployment Security Act 1290/2002, ch. 4 s. 3 (periods that began before 1 April 2024)'),
    (p_region, '2024-04-01', NULL, 0, 0, 50,
     'Soviteltu työttömyysetuus, ei suojaosaa', 'Jämkad arbetslöshetsförmån, inget skyddat belopp',
     'Adjusted unemployment benefit, no protected amount',
     'Työttömyysturvalaki 1290/2002, 4 luku 3 §, suojaosa poistettu 1.4.2024 (HE 73/2023)',
     'Lag om utkomstskydd för arbetslösa 1290/2002, 4 kap. 3 §, skyddat belopp slopat 1.4.2024 (RP 73/2023)',
     'Unemployment Security Act 1290/2002, ch. 4 s. 3, protected amount abolished 1 April 2024 (HE 73/2023)')
$$;
--> statement-breakpoint
SELECT polku_default_benefit_rules(id) FROM regions;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku_default_benefit_rules(uuid) TO polku_app;
--> statement-breakpoint

COMMENT ON TABLE jobs IS 'Small job posts (pienet työt) by associations, companies and households; money in integer cents, time in minutes.';
--> statement-breakpoint
COMMENT ON TABLE job_orderers IS 'Households that ordered a job by e-mail link. Personal data: seen by the brokering association and the orderer only.';
--> statement-breakpoint
COMMENT ON TABLE benefit_rules IS 'Benefit-adjustment rules with validity dates (protected amount, reduction rate); a period is computed under the rule in force when it began.';
