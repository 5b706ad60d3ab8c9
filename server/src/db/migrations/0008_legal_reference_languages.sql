-- The legal reference of a statutory limit is shown in the warning in the reader's language, so it is kept
-- in Finnish, Swedish and English (like the indicator names). Existing rows keep their text in all three
-- until someone edits them; the rows Polku itself seeded get their translations.
ALTER TABLE "statutory_limits" ADD COLUMN "legal_reference_fi" text;--> statement-breakpoint
ALTER TABLE "statutory_limits" ADD COLUMN "legal_reference_sv" text;--> statement-breakpoint
ALTER TABLE "statutory_limits" ADD COLUMN "legal_reference_en" text;--> statement-breakpoint
UPDATE "statutory_limits" SET
  "legal_reference_fi" = CASE "legal_reference"
    WHEN 'Act 189/2001 on rehabilitative work activity' THEN 'Laki kuntouttavasta työtoiminnasta 189/2001'
    WHEN 'Work trial rules (employment services)' THEN 'Työkokeilun säännöt (työvoimapalvelut)'
    WHEN 'Wage subsidy rules from 1.7.2023' THEN 'Palkkatuen säännöt 1.7.2023 alkaen'
    ELSE "legal_reference" END,
  "legal_reference_sv" = CASE "legal_reference"
    WHEN 'Act 189/2001 on rehabilitative work activity' THEN 'Lag om arbetsverksamhet i rehabiliteringssyfte 189/2001'
    WHEN 'Work trial rules (employment services)' THEN 'Regler för arbetsprövning (arbetskraftsservice)'
    WHEN 'Wage subsidy rules from 1.7.2023' THEN 'Regler för lönesubvention från 1.7.2023'
    ELSE "legal_reference" END,
  "legal_reference_en" = "legal_reference";--> statement-breakpoint
ALTER TABLE "statutory_limits" ALTER COLUMN "legal_reference_fi" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "statutory_limits" ALTER COLUMN "legal_reference_sv" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "statutory_limits" ALTER COLUMN "legal_reference_en" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "statutory_limits" DROP COLUMN "legal_reference";--> statement-breakpoint
CREATE OR REPLACE FUNCTION polku_default_statutory_limits(p_region uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO statutory_limits (region_id, step_kind, rule, value, valid_from, legal_reference_fi, legal_reference_sv, legal_reference_en)
  SELECT p_region, d.step_kind, d.rule, d.value, d.valid_from::date, r.fi, r.sv, r.en
  FROM (VALUES
    ('rehabilitative_work', 'min_months', 3, '2001-09-01', 'rwa'),
    ('rehabilitative_work', 'max_months', 24, '2001-09-01', 'rwa'),
    ('rehabilitative_work', 'min_days_per_week', 1, '2001-09-01', 'rwa'),
    ('rehabilitative_work', 'max_days_per_week', 4, '2001-09-01', 'rwa'),
    ('rehabilitative_work', 'min_hours_per_day', 4, '2001-09-01', 'rwa'),
    ('rehabilitative_work', 'max_hours_per_day', 8, '2001-09-01', 'rwa'),
    ('rehabilitative_work', 'no_company_provider', NULL, '2001-09-01', 'rwa'),
    ('work_trial', 'max_months_same_host', 6, '2013-01-01', 'trial'),
    ('work_trial', 'max_months_total', 12, '2013-01-01', 'trial'),
    ('work_trial', 'max_days_per_week', 5, '2013-01-01', 'trial'),
    ('work_trial', 'min_hours_per_day', 4, '2013-01-01', 'trial'),
    ('work_trial', 'max_hours_per_day', 8, '2013-01-01', 'trial'),
    ('wage_subsidy', 'same_provider_gap_months', 36, '2023-07-01', 'subsidy')
  ) AS d(step_kind, rule, value, valid_from, ref)
  JOIN (VALUES
    ('rwa', 'Laki kuntouttavasta työtoiminnasta 189/2001', 'Lag om arbetsverksamhet i rehabiliteringssyfte 189/2001', 'Act 189/2001 on rehabilitative work activity'),
    ('trial', 'Työkokeilun säännöt (työvoimapalvelut)', 'Regler för arbetsprövning (arbetskraftsservice)', 'Work trial rules (employment services)'),
    ('subsidy', 'Palkkatuen säännöt 1.7.2023 alkaen', 'Regler för lönesubvention från 1.7.2023', 'Wage subsidy rules from 1.7.2023')
  ) AS r(key, fi, sv, en) ON r.key = d.ref
$$;
