CREATE TABLE "assessment_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"instrument_id" uuid NOT NULL,
	"interval_months" smallint NOT NULL,
	"next_due" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"set_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_reminders_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "assessment_reminders_participant_key" UNIQUE("region_id","participant_id","instrument_id"),
	CONSTRAINT "assessment_reminders_interval_check" CHECK ("assessment_reminders"."interval_months" between 1 and 24)
);
--> statement-breakpoint
CREATE TABLE "instrument_dimensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"instrument_version_id" uuid NOT NULL,
	"key" text NOT NULL,
	"position" smallint NOT NULL,
	"texts" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instrument_dimensions_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "instrument_dimensions_key_key" UNIQUE("instrument_version_id","key"),
	CONSTRAINT "instrument_dimensions_key_check" CHECK ("instrument_dimensions"."key" ~ '^[a-z][a-z0-9_]{0,39}$')
);
--> statement-breakpoint
CREATE TABLE "instrument_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"instrument_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instrument_versions_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "instrument_versions_number_key" UNIQUE("instrument_id","number"),
	CONSTRAINT "instrument_versions_status_check" CHECK ("instrument_versions"."status" in ('draft', 'published', 'retired')),
	CONSTRAINT "instrument_versions_published_check" CHECK (("instrument_versions"."status" = 'draft') = ("instrument_versions"."published_at" is null))
);
--> statement-breakpoint
CREATE TABLE "instruments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"key" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instruments_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "instruments_key_key" UNIQUE("region_id","key")
);
--> statement-breakpoint
CREATE TABLE "self_assessment_scores" (
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"self_assessment_id" uuid NOT NULL,
	"dimension_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"instrument_id" uuid NOT NULL,
	"dimension_key" text NOT NULL,
	"answered_on" date NOT NULL,
	"score" smallint,
	CONSTRAINT "self_assessment_scores_self_assessment_id_dimension_id_pk" PRIMARY KEY("self_assessment_id","dimension_id"),
	CONSTRAINT "self_assessment_scores_score_check" CHECK ("self_assessment_scores"."score" is null or "self_assessment_scores"."score" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "self_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid DEFAULT nullif(current_setting('app.region_id', true), '')::uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"instrument_id" uuid NOT NULL,
	"instrument_version_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"external_tool" text,
	"answered_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"draft_scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"language" text DEFAULT 'fi' NOT NULL,
	"started_by" uuid NOT NULL,
	"organisation_id" uuid,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_assessments_region_id_id_key" UNIQUE("region_id","id"),
	CONSTRAINT "self_assessments_mode_check" CHECK ("self_assessments"."mode" in ('self', 'with_coach', 'external')),
	CONSTRAINT "self_assessments_status_check" CHECK ("self_assessments"."status" in ('draft', 'submitted')),
	CONSTRAINT "self_assessments_language_check" CHECK ("self_assessments"."language" in ('fi', 'sv', 'en', 'plain')),
	CONSTRAINT "self_assessments_external_check" CHECK (("self_assessments"."mode" = 'external') = ("self_assessments"."external_tool" is not null and length(trim("self_assessments"."external_tool")) > 0)),
	CONSTRAINT "self_assessments_submitted_check" CHECK (("self_assessments"."status" = 'submitted') = ("self_assessments"."submitted_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "assessment_reminders" ADD CONSTRAINT "assessment_reminders_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_reminders" ADD CONSTRAINT "assessment_reminders_region_id_participant_id_participants_region_id_id_fk" FOREIGN KEY ("region_id","participant_id") REFERENCES "public"."participants"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_reminders" ADD CONSTRAINT "assessment_reminders_region_id_instrument_id_instruments_region_id_id_fk" FOREIGN KEY ("region_id","instrument_id") REFERENCES "public"."instruments"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_dimensions" ADD CONSTRAINT "instrument_dimensions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_dimensions" ADD CONSTRAINT "instrument_dimensions_region_id_instrument_version_id_instrument_versions_region_id_id_fk" FOREIGN KEY ("region_id","instrument_version_id") REFERENCES "public"."instrument_versions"("region_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_versions" ADD CONSTRAINT "instrument_versions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_versions" ADD CONSTRAINT "instrument_versions_region_id_instrument_id_instruments_region_id_id_fk" FOREIGN KEY ("region_id","instrument_id") REFERENCES "public"."instruments"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instruments" ADD CONSTRAINT "instruments_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_scores" ADD CONSTRAINT "self_assessment_scores_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_scores" ADD CONSTRAINT "self_assessment_scores_region_id_self_assessment_id_self_assessments_region_id_id_fk" FOREIGN KEY ("region_id","self_assessment_id") REFERENCES "public"."self_assessments"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_scores" ADD CONSTRAINT "self_assessment_scores_region_id_dimension_id_instrument_dimensions_region_id_id_fk" FOREIGN KEY ("region_id","dimension_id") REFERENCES "public"."instrument_dimensions"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_region_id_participant_id_participants_region_id_id_fk" FOREIGN KEY ("region_id","participant_id") REFERENCES "public"."participants"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_region_id_instrument_version_id_instrument_versions_region_id_id_fk" FOREIGN KEY ("region_id","instrument_version_id") REFERENCES "public"."instrument_versions"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_region_id_instrument_id_instruments_region_id_id_fk" FOREIGN KEY ("region_id","instrument_id") REFERENCES "public"."instruments"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_region_id_started_by_users_region_id_id_fk" FOREIGN KEY ("region_id","started_by") REFERENCES "public"."users"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_region_id_organisation_id_organisations_region_id_id_fk" FOREIGN KEY ("region_id","organisation_id") REFERENCES "public"."organisations"("region_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_reminders_due_idx" ON "assessment_reminders" USING btree ("region_id","next_due") WHERE "assessment_reminders"."active";--> statement-breakpoint
CREATE UNIQUE INDEX "instrument_versions_one_draft_key" ON "instrument_versions" USING btree ("instrument_id") WHERE "instrument_versions"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "instrument_versions_one_published_key" ON "instrument_versions" USING btree ("instrument_id") WHERE "instrument_versions"."status" = 'published';--> statement-breakpoint
CREATE INDEX "self_assessment_scores_participant_idx" ON "self_assessment_scores" USING btree ("region_id","participant_id","instrument_id","dimension_key","answered_on");--> statement-breakpoint
CREATE INDEX "self_assessment_scores_instrument_idx" ON "self_assessment_scores" USING btree ("region_id","instrument_id","dimension_key");--> statement-breakpoint
CREATE INDEX "self_assessments_participant_idx" ON "self_assessments" USING btree ("region_id","participant_id","answered_on");--> statement-breakpoint
CREATE UNIQUE INDEX "self_assessments_one_draft_key" ON "self_assessments" USING btree ("participant_id","instrument_id") WHERE "self_assessments"."status" = 'draft';--> statement-breakpoint

-- Hand-written: row-level security, audit, and Polku's default instrument. Applied unchanged on PGlite
-- and PostgreSQL 15.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['instruments', 'instrument_versions', 'instrument_dimensions', 'self_assessments',
    'self_assessment_scores', 'assessment_reminders'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY region_isolation ON %I USING (region_id = polku_current_region()) WITH CHECK (region_id = polku_current_region())',
      t);
  END LOOP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER instruments_audit AFTER INSERT OR UPDATE OR DELETE ON instruments FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER instrument_versions_audit AFTER INSERT OR UPDATE OR DELETE ON instrument_versions FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER instrument_dimensions_audit AFTER INSERT OR UPDATE OR DELETE ON instrument_dimensions FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER self_assessments_audit AFTER INSERT OR UPDATE OR DELETE ON self_assessments FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER self_assessment_scores_audit AFTER INSERT OR UPDATE OR DELETE ON self_assessment_scores FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER assessment_reminders_audit AFTER INSERT OR UPDATE OR DELETE ON assessment_reminders FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint

-- Submitted scores are written once: a correction is a new answer.
REVOKE UPDATE ON self_assessment_scores FROM polku_app;
--> statement-breakpoint

COMMENT ON TABLE instrument_versions IS 'Versions of a self-assessment instrument; a published version is never edited, so old answers keep their meaning.';
--> statement-breakpoint
COMMENT ON TABLE self_assessment_scores IS 'Submitted 0-10 scores by dimension key (null = skipped); what charts and cohort reports read.';
--> statement-breakpoint

-- Polku's default instrument, in its own words (Kykyviisari''s item wording belongs to Työterveyslaitos and
-- is not copied): overall work ability, overall functional capacity and five areas. Called for each new
-- region and, here, for the regions that already exist.
CREATE FUNCTION polku_default_instrument(p_region uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_instrument uuid;
  v_version uuid;
BEGIN
  INSERT INTO instruments (region_id, key, name, description) VALUES (p_region, 'polku-work-ability',
    jsonb_build_object(
      'fi', 'Työkyky ja toimintakyky – Polun itsearvio',
      'sv', 'Arbetsförmåga och funktionsförmåga – Polkus självskattning',
      'en', 'Work ability and functional capacity – Polku self-assessment',
      'plain', 'Miten voin ja jaksan'),
    jsonb_build_object(
      'fi', 'Arvioi asteikolla 0–10 työkykyäsi, toimintakykyäsi ja viittä elämän osa-aluetta. Vastaamalla uudelleen näet, mikä on muuttunut.',
      'sv', 'Bedöm på en skala 0–10 din arbetsförmåga, din funktionsförmåga och fem områden i livet. När du svarar igen ser du vad som har förändrats.',
      'en', 'Rate your work ability, your functional capacity and five areas of life from 0 to 10. Answer again later to see what has changed.',
      'plain', 'Vastaa numerolla 0–10. Kun vastaat myöhemmin uudelleen, näet mikä on muuttunut.'))
  RETURNING id INTO v_instrument;

  INSERT INTO instrument_versions (region_id, instrument_id, number, status, published_at)
  VALUES (p_region, v_instrument, 1, 'published', now())
  RETURNING id INTO v_version;

  INSERT INTO instrument_dimensions (region_id, instrument_version_id, key, position, texts)
  SELECT p_region, v_version, d.key, d.position, jsonb_build_object(
    'fi', jsonb_build_object('question', d.fi_q, 'explanation', d.fi_e, 'low', d.fi_l, 'high', d.fi_h),
    'sv', jsonb_build_object('question', d.sv_q, 'explanation', d.sv_e, 'low', d.sv_l, 'high', d.sv_h),
    'en', jsonb_build_object('question', d.en_q, 'explanation', d.en_e, 'low', d.en_l, 'high', d.en_h),
    'plain', jsonb_build_object('question', d.pl_q, 'explanation', d.pl_e, 'low', d.pl_l, 'high', d.pl_h))
  FROM (VALUES
    ('work_ability', 1,
      'Millaiseksi arvioit työkykysi tällä hetkellä?', 'Ajattele, miten jaksaisit nyt tehdä työtä tai opiskella.', 'En pysty lainkaan työhön', 'Työkykyni on parhaimmillaan',
      'Hur bedömer du din arbetsförmåga just nu?', 'Tänk på hur du skulle orka arbeta eller studera nu.', 'Jag kan inte arbeta alls', 'Min arbetsförmåga är som bäst',
      'How would you rate your ability to work right now?', 'Think about how you would manage working or studying now.', 'I cannot work at all', 'My ability to work is at its best',
      'Miten jaksat tehdä työtä nyt?', 'Mieti, jaksaisitko käydä töissä tai koulussa.', 'En jaksa yhtään', 'Jaksan hyvin'),
    ('functional_capacity', 2,
      'Miten arvioit toimintakykysi kokonaisuutena?', 'Toimintakyky on sitä, miten selviät arjesta, toisten ihmisten kanssa ja omista asioistasi.', 'Selviän hyvin huonosti', 'Selviän erittäin hyvin',
      'Hur bedömer du din funktionsförmåga som helhet?', 'Funktionsförmåga är hur du klarar vardagen, umgänget med andra och dina egna ärenden.', 'Jag klarar mig mycket dåligt', 'Jag klarar mig mycket bra',
      'How would you rate your functional capacity as a whole?', 'How you manage everyday life, being with other people and your own affairs.', 'I manage very poorly', 'I manage very well',
      'Miten pärjäät kaikkiaan?', 'Mieti arkea, muita ihmisiä ja omia asioita.', 'Huonosti', 'Tosi hyvin'),
    ('mind', 3,
      'Miten mielesi voi?', 'Mieliala, jaksaminen, stressi ja uni.', 'Voin henkisesti erittäin huonosti', 'Voin henkisesti erittäin hyvin',
      'Hur mår du psykiskt?', 'Humör, ork, stress och sömn.', 'Jag mår mycket dåligt', 'Jag mår mycket bra',
      'How is your mind doing?', 'Mood, energy, stress and sleep.', 'Very poorly', 'Very well',
      'Miltä mielessä tuntuu?', 'Mieti, miten nukut ja jaksat.', 'Tosi pahalta', 'Tosi hyvältä'),
    ('participation', 4,
      'Miten koet kuuluvasi muiden joukkoon?', 'Ystävät, perhe, harrastukset, yhteisöt ja mahdollisuus vaikuttaa omiin asioihin.', 'Olen täysin yksin', 'Kuulun vahvasti joukkoon',
      'Hur känner du att du hör till bland andra?', 'Vänner, familj, fritid, gemenskaper och möjligheten att påverka sina egna saker.', 'Jag är helt ensam', 'Jag hör starkt till',
      'How much do you feel part of a community?', 'Friends, family, hobbies, communities and having a say in your own matters.', 'I am completely alone', 'I am strongly part of it',
      'Onko sinulla ihmisiä ympärilläsi?', 'Mieti ystäviä, perhettä ja harrastuksia.', 'Ei ketään', 'Paljon'),
    ('body', 5,
      'Miten kehosi jaksaa?', 'Terveys, kivut, liikkuminen ja fyysinen kunto.', 'Kehoni ei jaksa lainkaan', 'Kehoni jaksaa erittäin hyvin',
      'Hur orkar din kropp?', 'Hälsa, smärta, rörlighet och kondition.', 'Min kropp orkar inte alls', 'Min kropp orkar mycket bra',
      'How is your body coping?', 'Health, pain, moving about and physical fitness.', 'My body cannot cope at all', 'My body copes very well',
      'Miten kehosi voi?', 'Mieti kipuja ja liikkumista.', 'Tosi huonosti', 'Tosi hyvin'),
    ('skills', 6,
      'Miten arvioit osaamisesi työtä tai opiskelua varten?', 'Taidot, koulutus, kielitaito ja kokemus, joita voit käyttää.', 'Minulta puuttuu tarvittava osaaminen', 'Osaamiseni riittää hyvin',
      'Hur bedömer du dina kunskaper för arbete eller studier?', 'Färdigheter, utbildning, språk och erfarenhet som du kan använda.', 'Jag saknar de kunskaper som behövs', 'Mina kunskaper räcker väl',
      'How would you rate your skills for work or study?', 'Skills, education, languages and experience you can use.', 'I lack the skills needed', 'My skills are quite enough',
      'Osaatko asioita, joita työssä tarvitaan?', 'Mieti taitoja, koulua ja kieliä.', 'En osaa', 'Osaan hyvin'),
    ('everyday_life', 7,
      'Miten arkesi sujuu?', 'Asuminen, raha-asiat, ruoka, päivärytmi ja asioiden hoitaminen.', 'Arkeni ei suju lainkaan', 'Arkeni sujuu erittäin hyvin',
      'Hur fungerar din vardag?', 'Boende, ekonomi, mat, dygnsrytm och att sköta ärenden.', 'Min vardag fungerar inte alls', 'Min vardag fungerar mycket bra',
      'How is your everyday life going?', 'Housing, money, food, daily rhythm and getting things done.', 'Not working at all', 'Working very well',
      'Miten arki sujuu?', 'Mieti kotia, rahaa, ruokaa ja unta.', 'Tosi huonosti', 'Tosi hyvin')
  ) AS d(key, position, fi_q, fi_e, fi_l, fi_h, sv_q, sv_e, sv_l, sv_h, en_q, en_e, en_l, en_h, pl_q, pl_e, pl_l, pl_h);
END
$$;
--> statement-breakpoint
SELECT polku_default_instrument(id) FROM regions;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku_default_instrument(uuid) TO polku_app;
