CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"situation" text DEFAULT '' NOT NULL,
	"strengths" text DEFAULT '' NOT NULL,
	"wishes" text DEFAULT '' NOT NULL,
	"barriers" jsonb NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_region_id_id_key" UNIQUE("region_id","id")
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"organisation_id" uuid,
	"scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"given_on" date NOT NULL,
	"method" text NOT NULL,
	"recorded_by" uuid,
	"withdrawn_on" date,
	"withdrawn_by" uuid,
	"withdrawal_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consents_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "consents_purpose_check" CHECK ("consents"."purpose" in ('pathway', 'sharing', 'funder_reporting', 'contact')),
	CONSTRAINT "consents_method_check" CHECK ("consents"."method" in ('signed_paper', 'in_person', 'electronic')),
	CONSTRAINT "consents_sharing_check" CHECK (("consents"."purpose" = 'sharing') = ("consents"."organisation_id" is not null) and ("consents"."purpose" = 'sharing' or cardinality("consents"."scopes") = 0)),
	CONSTRAINT "consents_scopes_check" CHECK ("consents"."scopes" <@ array['basic','plan','assessments','notes']::text[]),
	CONSTRAINT "consents_withdrawal_check" CHECK ("consents"."withdrawn_on" is null or "consents"."withdrawn_on" >= "consents"."given_on")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"happened_at" timestamp with time zone NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"shared_with_network" boolean DEFAULT false NOT NULL,
	"shared_with_participant" boolean DEFAULT false NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "contacts_kind_check" CHECK ("contacts"."kind" in ('in_person', 'phone', 'outreach', 'group', 'online', 'note'))
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"coach_id" uuid NOT NULL,
	"entry_date" date NOT NULL,
	"entry_data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"exit_date" date,
	"outcome" text,
	"exit_data" jsonb,
	"follow_up_due" date,
	"follow_up_on" date,
	"follow_up_data" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolments_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "enrolments_outcome_check" CHECK ("enrolments"."outcome" is null or "enrolments"."outcome" in ('employed_open_market', 'subsidised_work', 'self_employed', 'education', 'rehabilitation', 'pension', 'other_service', 'moved_away', 'unknown')),
	CONSTRAINT "enrolments_exit_check" CHECK (("enrolments"."exit_date" is null) = ("enrolments"."outcome" is null) and ("enrolments"."exit_date" is null or "enrolments"."exit_date" >= "enrolments"."entry_date")),
	CONSTRAINT "enrolments_follow_up_check" CHECK ("enrolments"."follow_up_on" is null or "enrolments"."exit_date" is not null)
);
--> statement-breakpoint
CREATE TABLE "goal_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_reviews_status_check" CHECK ("goal_reviews"."status" in ('open', 'in_progress', 'achieved', 'dropped'))
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"target_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "goals_status_check" CHECK ("goals"."status" in ('open', 'in_progress', 'achieved', 'dropped')),
	CONSTRAINT "goals_title_check" CHECK (length(trim("goals"."title")) between 1 and 300)
);
--> statement-breakpoint
CREATE TABLE "indicator_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_period" text NOT NULL,
	"phase" text NOT NULL,
	"code" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"by_gender" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicator_definitions_key" UNIQUE("programme_period","phase","code"),
	CONSTRAINT "indicator_definitions_period_check" CHECK ("indicator_definitions"."programme_period" in ('2014-2020', '2021-2027')),
	CONSTRAINT "indicator_definitions_phase_check" CHECK ("indicator_definitions"."phase" in ('entry', 'exit', 'six_months'))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"participant_id" uuid,
	"due_on" date,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('follow_up_due'))
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"identity_code" text,
	"phone" text,
	"phone_digits" text,
	"email" text,
	"address" text,
	"postal_code" text,
	"municipality" text,
	"village" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"preferred_language" text DEFAULT 'fi' NOT NULL,
	"search_name" text NOT NULL,
	"entry_data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participants_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "participants_identity_code_key" UNIQUE("region_id","identity_code"),
	CONSTRAINT "participants_user_key" UNIQUE("region_id","user_id"),
	CONSTRAINT "participants_name_check" CHECK (length(trim("participants"."first_name")) between 1 and 100 and length(trim("participants"."last_name")) between 1 and 100),
	CONSTRAINT "participants_identity_code_check" CHECK ("participants"."identity_code" is null or "participants"."identity_code" ~ '^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$'),
	CONSTRAINT "participants_language_check" CHECK ("participants"."preferred_language" in ('fi', 'sv', 'en'))
);
--> statement-breakpoint
CREATE TABLE "pathway_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"scope" text NOT NULL,
	"ref_id" uuid,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"organisation_id" uuid,
	"actor_id" uuid,
	"shared_with_network" boolean DEFAULT true NOT NULL,
	"shared_with_participant" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pathway_events_kind_check" CHECK ("pathway_events"."kind" in ('registered', 'consent_given', 'consent_withdrawn', 'enrolled', 'coach_changed', 'assessment', 'plan_saved', 'goal_reviewed', 'step_added', 'step_changed', 'stage_changed', 'contact', 'exited', 'follow_up')),
	CONSTRAINT "pathway_events_scope_check" CHECK ("pathway_events"."scope" in ('basic', 'plan', 'assessments', 'notes'))
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"agreed_on" date,
	"next_review_on" date,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "plans_participant_key" UNIQUE("region_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "programme_period_fields" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_period" text NOT NULL,
	"phase" text NOT NULL,
	"field" text NOT NULL,
	"allowed_values" jsonb,
	"required" boolean DEFAULT true NOT NULL,
	"required_when" jsonb,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "programme_period_fields_key" UNIQUE("programme_period","phase","field"),
	CONSTRAINT "programme_period_fields_period_check" CHECK ("programme_period_fields"."programme_period" in ('2014-2020', '2021-2027')),
	CONSTRAINT "programme_period_fields_phase_check" CHECK ("programme_period_fields"."phase" in ('entry', 'exit', 'six_months'))
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"name" text NOT NULL,
	"code" text,
	"programme_period" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "projects_region_name_key" UNIQUE("region_id","name"),
	CONSTRAINT "projects_period_check" CHECK ("projects"."programme_period" in ('2014-2020', '2021-2027')),
	CONSTRAINT "projects_dates_check" CHECK ("projects"."ends_on" is null or "projects"."ends_on" >= "projects"."starts_on"),
	CONSTRAINT "projects_name_check" CHECK (length(trim("projects"."name")) between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "stage_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"changed_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stage_changes_stage_check" CHECK ("stage_changes"."stage" in ('reached', 'life_management', 'resources_and_goals', 'guided_onward', 'network'))
);
--> statement-breakpoint
CREATE TABLE "statutory_limits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"step_kind" text NOT NULL,
	"rule" text NOT NULL,
	"value" numeric(6, 1),
	"valid_from" date NOT NULL,
	"valid_to" date,
	"legal_reference" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statutory_limits_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "statutory_limits_kind_check" CHECK ("statutory_limits"."step_kind" in ('association_activity', 'part_time_work', 'rehabilitative_work', 'work_trial', 'wage_subsidy', 'education', 'work_ability_assessment', 'small_jobs', 'group', 'other_service')),
	CONSTRAINT "statutory_limits_rule_check" CHECK ("statutory_limits"."rule" in ('min_days_per_week', 'max_days_per_week', 'min_hours_per_day', 'max_hours_per_day', 'min_months', 'max_months', 'max_months_same_host', 'max_months_total', 'no_company_provider', 'same_provider_gap_months')),
	CONSTRAINT "statutory_limits_dates_check" CHECK ("statutory_limits"."valid_to" is null or "statutory_limits"."valid_to" >= "statutory_limits"."valid_from"),
	CONSTRAINT "statutory_limits_value_check" CHECK (("statutory_limits"."rule" = 'no_company_provider') = ("statutory_limits"."value" is null) and ("statutory_limits"."value" is null or "statutory_limits"."value" > 0))
);
--> statement-breakpoint
CREATE TABLE "steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"provider_organisation_id" uuid,
	"provider_name" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"days_per_week" numeric(3, 1),
	"hours_per_day" numeric(3, 1),
	"status" text DEFAULT 'planned' NOT NULL,
	"interruption_reason" text,
	"author_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "steps_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "steps_kind_check" CHECK ("steps"."kind" in ('association_activity', 'part_time_work', 'rehabilitative_work', 'work_trial', 'wage_subsidy', 'education', 'work_ability_assessment', 'small_jobs', 'group', 'other_service')),
	CONSTRAINT "steps_status_check" CHECK ("steps"."status" in ('planned', 'ongoing', 'completed', 'interrupted')),
	CONSTRAINT "steps_dates_check" CHECK ("steps"."ends_on" is null or "steps"."ends_on" >= "steps"."starts_on"),
	CONSTRAINT "steps_days_check" CHECK ("steps"."days_per_week" is null or "steps"."days_per_week" between 0.5 and 7),
	CONSTRAINT "steps_hours_check" CHECK ("steps"."hours_per_day" is null or "steps"."hours_per_day" between 0.5 and 24),
	CONSTRAINT "steps_interruption_check" CHECK (("steps"."status" = 'interrupted') = ("steps"."interruption_reason" is not null and length(trim("steps"."interruption_reason")) > 0))
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_region_id_participant_id_participants_region_id_id_fk" FOREIGN KEY ("region_id","participant_id") REFERENCES "public"."participants"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_region_id_organisation_id_organisations_region_id_id_fk" FOREIGN KEY ("region_id","organisation_id") REFERENCES "public"."organisations"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_region_id_participant_id_participants_region_id_id_fk" FOREIGN KEY ("region_id","participant_id") REFERENCES "public"."participants"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_region_id_organisation_id_organisations_region_id_id_fk" FOREIGN KEY ("region_id","organisation_id") REFERENCES "public"."organisations"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_region_id_participant_id_participants_region_id_id_fk" FOREIGN KEY ("region_id","participant_id") REFERENCES "public"."participants"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_region_id_organisation_id_organisations_region_id_id_fk" FOREIGN KEY ("region_id","organisation_id") REFERENCES "public"."organisations"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_region_id_participant_id_participants_region_id_id_fk" FOREIGN KEY ("region_id","participant_id") REFERENCES "public"."participants"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_region_id_project_id_projects_region_id_id_fk" FOREIGN KEY ("region_id","project_id") REFERENCES "public"."projects"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_region_id_coach_id_users_region_id_id_fk" FOREIGN KEY ("region_id","coach_id") REFERENCES "public"."users"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_reviews" ADD CONSTRAINT "goal_reviews_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_reviews" ADD CONSTRAINT "goal_reviews_region_id_goal_id_goals_region_id_id_fk" FOREIGN KEY ("region_id","goal_id") REFERENCES "public"."goals"("region_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_region_id_plan_id_plans_region_id_id_fk" FOREIGN KEY ("region_id","plan_id") REFERENCES "public"."plans"("region_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_region_id_user_id_users_region_id_id_fk" FOREIGN KEY ("region_id","user_id") REFERENCES "public"."users"("region_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_region_id_organisation_id_organisations_region_id_id_fk" FOREIGN KEY ("region_id","organisation_id") REFERENCES "public"."organisations"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_region_id_user_id_users_region_id_id_fk" FOREIGN KEY ("region_id","user_id") REFERENCES "public"."users"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_events" ADD CONSTRAINT "pathway_events_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_events" ADD CONSTRAINT "pathway_events_region_id_participant_id_participants_region_id_id_fk" FOREIGN KEY ("region_id","participant_id") REFERENCES "public"."participants"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_region_id_participant_id_participants_region_id_id_fk" FOREIGN KEY ("region_id","participant_id") REFERENCES "public"."participants"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_region_id_organisation_id_organisations_region_id_id_fk" FOREIGN KEY ("region_id","organisation_id") REFERENCES "public"."organisations"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_changes" ADD CONSTRAINT "stage_changes_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_changes" ADD CONSTRAINT "stage_changes_region_id_participant_id_participants_region_id_id_fk" FOREIGN KEY ("region_id","participant_id") REFERENCES "public"."participants"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statutory_limits" ADD CONSTRAINT "statutory_limits_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steps" ADD CONSTRAINT "steps_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steps" ADD CONSTRAINT "steps_region_id_participant_id_participants_region_id_id_fk" FOREIGN KEY ("region_id","participant_id") REFERENCES "public"."participants"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steps" ADD CONSTRAINT "steps_region_id_provider_organisation_id_organisations_region_id_id_fk" FOREIGN KEY ("region_id","provider_organisation_id") REFERENCES "public"."organisations"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_participant_idx" ON "assessments" USING btree ("region_id","participant_id");--> statement-breakpoint
CREATE INDEX "consents_participant_idx" ON "consents" USING btree ("region_id","participant_id");--> statement-breakpoint
CREATE INDEX "consents_sharing_idx" ON "consents" USING btree ("region_id","organisation_id","participant_id") WHERE "consents"."purpose" = 'sharing' and "consents"."withdrawn_on" is null;--> statement-breakpoint
CREATE INDEX "contacts_participant_idx" ON "contacts" USING btree ("region_id","participant_id","happened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_open_key" ON "enrolments" USING btree ("participant_id","project_id") WHERE "enrolments"."exit_date" is null;--> statement-breakpoint
CREATE INDEX "enrolments_coach_idx" ON "enrolments" USING btree ("region_id","coach_id") WHERE "enrolments"."exit_date" is null;--> statement-breakpoint
CREATE INDEX "enrolments_participant_idx" ON "enrolments" USING btree ("region_id","participant_id");--> statement-breakpoint
CREATE INDEX "enrolments_follow_up_idx" ON "enrolments" USING btree ("follow_up_due") WHERE "enrolments"."follow_up_on" is null and "enrolments"."follow_up_due" is not null;--> statement-breakpoint
CREATE INDEX "goal_reviews_goal_idx" ON "goal_reviews" USING btree ("region_id","goal_id");--> statement-breakpoint
CREATE INDEX "goals_plan_idx" ON "goals" USING btree ("region_id","plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once_key" ON "notifications" USING btree ("user_id","kind","subject_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("region_id","user_id","created_at");--> statement-breakpoint
CREATE INDEX "participants_search_name_idx" ON "participants" USING btree ("region_id","search_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "participants_first_name_idx" ON "participants" USING btree ("region_id",lower("first_name" || ' ' || "last_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "participants_phone_idx" ON "participants" USING btree ("region_id","phone_digits");--> statement-breakpoint
CREATE INDEX "participants_birth_idx" ON "participants" USING btree ("region_id","birth_date");--> statement-breakpoint
CREATE INDEX "participants_org_idx" ON "participants" USING btree ("region_id","organisation_id");--> statement-breakpoint
CREATE INDEX "pathway_events_participant_idx" ON "pathway_events" USING btree ("region_id","participant_id","at");--> statement-breakpoint
CREATE INDEX "projects_region_idx" ON "projects" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "stage_changes_participant_idx" ON "stage_changes" USING btree ("region_id","participant_id","changed_on");--> statement-breakpoint
CREATE INDEX "statutory_limits_kind_idx" ON "statutory_limits" USING btree ("region_id","step_kind");--> statement-breakpoint
CREATE INDEX "steps_participant_idx" ON "steps" USING btree ("region_id","participant_id","starts_on");