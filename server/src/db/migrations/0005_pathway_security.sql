-- Row-level security, audit triggers, grants and reference data for the participant pathway.
-- Written by hand; applied unchanged on PGlite and PostgreSQL 15.

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['projects', 'participants', 'consents', 'enrolments', 'assessments', 'plans', 'goals',
    'goal_reviews', 'steps', 'stage_changes', 'contacts', 'pathway_events', 'statutory_limits', 'notifications'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY region_isolation ON %I USING (region_id = polku_current_region()) WITH CHECK (region_id = polku_current_region())',
      t);
  END LOOP;
END
$$;
--> statement-breakpoint

-- Identity codes and the texts people write about a participant are never copied into the audit trail:
-- a change shows as "(changed)". Search helpers are bookkeeping and left out.
CREATE TRIGGER projects_audit AFTER INSERT OR UPDATE OR DELETE ON projects FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER participants_audit AFTER INSERT OR UPDATE OR DELETE ON participants FOR EACH ROW EXECUTE FUNCTION polku_audit('identity_code', '-search_name', '-phone_digits');
--> statement-breakpoint
CREATE TRIGGER consents_audit AFTER INSERT OR UPDATE OR DELETE ON consents FOR EACH ROW EXECUTE FUNCTION polku_audit('withdrawal_note');
--> statement-breakpoint
CREATE TRIGGER enrolments_audit AFTER INSERT OR UPDATE OR DELETE ON enrolments FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER assessments_audit AFTER INSERT OR UPDATE OR DELETE ON assessments FOR EACH ROW EXECUTE FUNCTION polku_audit('situation', 'strengths', 'wishes', 'barriers');
--> statement-breakpoint
CREATE TRIGGER plans_audit AFTER INSERT OR UPDATE OR DELETE ON plans FOR EACH ROW EXECUTE FUNCTION polku_audit('summary');
--> statement-breakpoint
CREATE TRIGGER goals_audit AFTER INSERT OR UPDATE OR DELETE ON goals FOR EACH ROW EXECUTE FUNCTION polku_audit('description');
--> statement-breakpoint
CREATE TRIGGER goal_reviews_audit AFTER INSERT OR UPDATE OR DELETE ON goal_reviews FOR EACH ROW EXECUTE FUNCTION polku_audit('note');
--> statement-breakpoint
CREATE TRIGGER steps_audit AFTER INSERT OR UPDATE OR DELETE ON steps FOR EACH ROW EXECUTE FUNCTION polku_audit('interruption_reason');
--> statement-breakpoint
CREATE TRIGGER stage_changes_audit AFTER INSERT OR UPDATE OR DELETE ON stage_changes FOR EACH ROW EXECUTE FUNCTION polku_audit('note');
--> statement-breakpoint
CREATE TRIGGER contacts_audit AFTER INSERT OR UPDATE OR DELETE ON contacts FOR EACH ROW EXECUTE FUNCTION polku_audit('note');
--> statement-breakpoint
CREATE TRIGGER pathway_events_audit AFTER INSERT OR UPDATE OR DELETE ON pathway_events FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER statutory_limits_audit AFTER INSERT OR UPDATE OR DELETE ON statutory_limits FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER notifications_audit AFTER INSERT OR UPDATE OR DELETE ON notifications FOR EACH ROW EXECUTE FUNCTION polku_audit('-read_at');
--> statement-breakpoint

-- History rows are written once: the application may not rewrite them.
REVOKE UPDATE ON pathway_events, stage_changes, goal_reviews FROM polku_app;
--> statement-breakpoint

-- Funder reference data is the same for every region: readable by the application, changed by migrations.
REVOKE INSERT, UPDATE, DELETE ON programme_period_fields, indicator_definitions FROM polku_app;
--> statement-breakpoint
GRANT SELECT ON programme_period_fields, indicator_definitions TO polku_app;
--> statement-breakpoint

COMMENT ON COLUMN participants.identity_code IS 'Sensitive: henkilötunnus. Searchable by exact match; never in lists, logs or the audit trail.';
--> statement-breakpoint
COMMENT ON TABLE consents IS 'Consents by purpose; sharing consents name an organisation and scopes. Withdrawal is recorded, never deleted.';
--> statement-breakpoint
COMMENT ON TABLE pathway_events IS 'Append-only pathway history; the timeline. Summaries hold no free text.';
--> statement-breakpoint
COMMENT ON TABLE statutory_limits IS 'Statutory limits of pathway measures, with validity dates, per region; edited by administrators.';
--> statement-breakpoint

-- The statutory limits of domain.md, as a region starts with them. Called for each new region and, here,
-- for the regions that already exist.
CREATE FUNCTION polku_default_statutory_limits(p_region uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO statutory_limits (region_id, step_kind, rule, value, valid_from, legal_reference) VALUES
    (p_region, 'rehabilitative_work', 'min_months', 3, '2001-09-01', 'Act 189/2001 on rehabilitative work activity'),
    (p_region, 'rehabilitative_work', 'max_months', 24, '2001-09-01', 'Act 189/2001 on rehabilitative work activity'),
    (p_region, 'rehabilitative_work', 'min_days_per_week', 1, '2001-09-01', 'Act 189/2001 on rehabilitative work activity'),
    (p_region, 'rehabilitative_work', 'max_days_per_week', 4, '2001-09-01', 'Act 189/2001 on rehabilitative work activity'),
    (p_region, 'rehabilitative_work', 'min_hours_per_day', 4, '2001-09-01', 'Act 189/2001 on rehabilitative work activity'),
    (p_region, 'rehabilitative_work', 'max_hours_per_day', 8, '2001-09-01', 'Act 189/2001 on rehabilitative work activity'),
    (p_region, 'rehabilitative_work', 'no_company_provider', NULL, '2001-09-01', 'Act 189/2001 on rehabilitative work activity'),
    (p_region, 'work_trial', 'max_months_same_host', 6, '2013-01-01', 'Work trial rules (employment services)'),
    (p_region, 'work_trial', 'max_months_total', 12, '2013-01-01', 'Work trial rules (employment services)'),
    (p_region, 'work_trial', 'max_days_per_week', 5, '2013-01-01', 'Work trial rules (employment services)'),
    (p_region, 'work_trial', 'min_hours_per_day', 4, '2013-01-01', 'Work trial rules (employment services)'),
    (p_region, 'work_trial', 'max_hours_per_day', 8, '2013-01-01', 'Work trial rules (employment services)'),
    (p_region, 'wage_subsidy', 'same_provider_gap_months', 36, '2023-07-01', 'Wage subsidy rules from 1.7.2023')
$$;
--> statement-breakpoint
SELECT polku_default_statutory_limits(id) FROM regions;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku_default_statutory_limits(uuid) TO polku_app;
--> statement-breakpoint

-- What each programme period asks, phase by phase (domain.md, Funder reporting).
INSERT INTO programme_period_fields (programme_period, phase, field, allowed_values, required, required_when, position) VALUES
  ('2014-2020', 'entry', 'identityCode', NULL, true, NULL, 1),
  ('2014-2020', 'entry', 'gender', '["female","male"]', true, NULL, 2),
  ('2014-2020', 'entry', 'labourMarketStatus', NULL, true, NULL, 3),
  ('2014-2020', 'entry', 'unemploymentMonths', NULL, true, '{"labourMarketStatus":["unemployed"]}', 4),
  ('2014-2020', 'entry', 'educationIsced', NULL, true, NULL, 5),
  ('2014-2020', 'entry', 'household', NULL, true, NULL, 6),
  ('2014-2020', 'entry', 'foreignBackground', NULL, true, NULL, 7),
  ('2014-2020', 'entry', 'minority', NULL, true, NULL, 8),
  ('2014-2020', 'entry', 'disability', NULL, true, NULL, 9),
  ('2014-2020', 'entry', 'otherDisadvantage', NULL, true, NULL, 10),
  ('2014-2020', 'entry', 'homeless', NULL, true, NULL, 11),
  ('2014-2020', 'entry', 'rural', NULL, true, NULL, 12),
  ('2014-2020', 'exit', 'situation', NULL, true, NULL, 1),
  ('2014-2020', 'exit', 'jobSearching', NULL, true, NULL, 2),
  ('2014-2020', 'exit', 'inEducationOrTraining', NULL, true, NULL, 3),
  ('2014-2020', 'exit', 'gainedQualification', NULL, true, NULL, 4),
  ('2014-2020', 'six_months', 'employed', NULL, true, NULL, 1),
  ('2014-2020', 'six_months', 'selfEmployed', NULL, false, NULL, 2),
  ('2014-2020', 'six_months', 'improvedSituation', NULL, true, NULL, 3),
  ('2021-2027', 'entry', 'gender', '["female","male","non_binary"]', true, NULL, 1),
  ('2021-2027', 'entry', 'labourMarketStatus', NULL, true, NULL, 2),
  ('2021-2027', 'entry', 'unemploymentMonths', NULL, true, '{"labourMarketStatus":["unemployed"]}', 3),
  ('2021-2027', 'entry', 'educationIsced', NULL, true, NULL, 4),
  ('2021-2027', 'entry', 'thirdCountryNational', NULL, true, NULL, 5),
  ('2021-2027', 'entry', 'foreignBackground', NULL, true, NULL, 6),
  ('2021-2027', 'entry', 'minority', NULL, true, NULL, 7),
  ('2021-2027', 'entry', 'disability', NULL, true, NULL, 8),
  ('2021-2027', 'entry', 'homeless', NULL, true, NULL, 9),
  ('2021-2027', 'entry', 'rural', NULL, true, NULL, 10),
  ('2021-2027', 'exit', 'situation', NULL, true, NULL, 1),
  ('2021-2027', 'exit', 'jobSearching', NULL, true, NULL, 2),
  ('2021-2027', 'exit', 'inEducationOrTraining', NULL, true, NULL, 3),
  ('2021-2027', 'exit', 'gainedQualification', NULL, true, NULL, 4),
  ('2021-2027', 'six_months', 'employed', NULL, true, NULL, 1),
  ('2021-2027', 'six_months', 'selfEmployed', NULL, false, NULL, 2),
  ('2021-2027', 'six_months', 'improvedSituation', NULL, true, NULL, 3);
--> statement-breakpoint

-- Indicators: who counts, in a small criteria language evaluated by modules/funder/indicators.ts.
-- Facts: age (at entry), gender, labourMarketStatus, longTermUnemployed, inactive, educationIsced,
-- household, yes/no fields, homeless, rural, disadvantaged; at exit and after six months the phase's own fields.
INSERT INTO indicator_definitions (programme_period, phase, code, name_fi, name_sv, name_en, criteria, verified, position) VALUES
  ('2014-2020', 'entry', 'CO01', 'Työttömät, myös pitkäaikaistyöttömät', 'Arbetslösa, inklusive långtidsarbetslösa', 'Unemployed, including long-term unemployed', '{"field":"labourMarketStatus","in":["unemployed"]}', true, 1),
  ('2014-2020', 'entry', 'CO02', 'Pitkäaikaistyöttömät', 'Långtidsarbetslösa', 'Long-term unemployed', '{"field":"longTermUnemployed","eq":true}', true, 2),
  ('2014-2020', 'entry', 'CO03', 'Työvoiman ulkopuolella olevat', 'Personer utanför arbetskraften', 'Inactive', '{"field":"labourMarketStatus","in":["inactive_in_education","inactive_not_in_education"]}', false, 3),
  ('2014-2020', 'entry', 'CO04', 'Työvoiman ulkopuolella, eivät koulutuksessa', 'Utanför arbetskraften, inte i utbildning', 'Inactive, not in education or training', '{"field":"labourMarketStatus","in":["inactive_not_in_education"]}', false, 4),
  ('2014-2020', 'entry', 'CO05', 'Työlliset, myös itsenäiset ammatinharjoittajat', 'Sysselsatta, inklusive egenföretagare', 'Employed, including self-employed', '{"field":"labourMarketStatus","in":["employed","self_employed"]}', false, 5),
  ('2014-2020', 'entry', 'CO06', 'Alle 25-vuotiaat', 'Under 25 år', 'Below 25 years of age', '{"field":"age","lt":25}', false, 6),
  ('2014-2020', 'entry', 'CO07', 'Yli 54-vuotiaat', 'Över 54 år', 'Above 54 years of age', '{"field":"age","gte":55}', false, 7),
  ('2014-2020', 'entry', 'CO08', 'Yli 54-vuotiaat työttömät tai työvoiman ulkopuolella olevat', 'Över 54 år, arbetslösa eller utanför arbetskraften', 'Above 54, unemployed or inactive not in education', '{"all":[{"field":"age","gte":55},{"field":"labourMarketStatus","in":["unemployed","inactive_not_in_education"]}]}', false, 8),
  ('2014-2020', 'entry', 'CO09', 'Perusaste tai alempi keskiaste (ISCED 1–2)', 'Grundnivå eller lägre sekundärnivå (ISCED 1–2)', 'Primary or lower secondary education (ISCED 1–2)', '{"field":"educationIsced","in":[1,2]}', false, 9),
  ('2014-2020', 'entry', 'CO10', 'Toinen aste tai sen jälkeinen (ISCED 3–4)', 'Gymnasienivå eller eftergymnasial (ISCED 3–4)', 'Upper secondary or post-secondary (ISCED 3–4)', '{"field":"educationIsced","in":[3,4]}', false, 10),
  ('2014-2020', 'entry', 'CO11', 'Korkea-aste (ISCED 5–8)', 'Högre utbildning (ISCED 5–8)', 'Tertiary education (ISCED 5–8)', '{"field":"educationIsced","in":[5,6,7,8]}', false, 11),
  ('2014-2020', 'entry', 'CO12', 'Kotitaloudessa ei työssäkäyviä', 'Hushåll utan förvärvsarbetande', 'Jobless household', '{"field":"household","in":["jobless_with_children","jobless_without_children"]}', false, 12),
  ('2014-2020', 'entry', 'CO13', 'Työtön kotitalous, jossa huollettavia lapsia', 'Hushåll utan förvärvsarbetande med barn', 'Jobless household with dependent children', '{"field":"household","in":["jobless_with_children"]}', false, 13),
  ('2014-2020', 'entry', 'CO14', 'Yhden aikuisen kotitalous, jossa huollettavia lapsia', 'Ensamförälder med barn', 'Single adult household with dependent children', '{"field":"household","in":["single_adult_with_children"]}', false, 14),
  ('2014-2020', 'entry', 'CO15', 'Maahanmuuttajat, ulkomaalaistaustaiset, vähemmistöt', 'Migranter, personer med utländsk bakgrund, minoriteter', 'Migrants, foreign background, minorities', '{"any":[{"field":"foreignBackground","in":["yes"]},{"field":"minority","in":["yes"]}]}', false, 15),
  ('2014-2020', 'entry', 'CO16', 'Vammaiset', 'Personer med funktionsnedsättning', 'Participants with disabilities', '{"field":"disability","in":["yes"]}', false, 16),
  ('2014-2020', 'entry', 'CO17', 'Muut heikommassa asemassa olevat', 'Andra missgynnade', 'Other disadvantaged', '{"field":"otherDisadvantage","in":["yes"]}', false, 17),
  ('2014-2020', 'entry', 'CO18', 'Asunnottomat', 'Bostadslösa', 'Homeless or affected by housing exclusion', '{"field":"homeless","eq":true}', false, 18),
  ('2014-2020', 'entry', 'CO19', 'Maaseudulla asuvat', 'Boende på landsbygden', 'From rural areas', '{"field":"rural","eq":true}', false, 19),
  ('2014-2020', 'exit', 'CR01', 'Työvoiman ulkopuolelta työnhakuun', 'Från utanför arbetskraften till arbetssökande', 'Inactive participants engaged in job searching upon leaving', '{"all":[{"field":"inactive","eq":true},{"field":"jobSearching","eq":true}]}', false, 1),
  ('2014-2020', 'exit', 'CR02', 'Koulutuksessa poistuessa', 'I utbildning vid avslut', 'In education or training upon leaving', '{"field":"inEducationOrTraining","eq":true}', false, 2),
  ('2014-2020', 'exit', 'CR03', 'Saaneet tutkinnon poistuessa', 'Fått kvalifikation vid avslut', 'Gaining a qualification upon leaving', '{"field":"gainedQualification","eq":true}', false, 3),
  ('2014-2020', 'exit', 'CR04', 'Työllistyneet poistuessa', 'Sysselsatta vid avslut', 'In employment, including self-employment, upon leaving', '{"field":"situation","in":["employed","self_employed"]}', false, 4),
  ('2014-2020', 'exit', 'CR05', 'Heikommassa asemassa olevat, myönteinen tulos', 'Missgynnade med positivt resultat', 'Disadvantaged with a positive result upon leaving', '{"all":[{"field":"disadvantaged","eq":true},{"any":[{"field":"jobSearching","eq":true},{"field":"inEducationOrTraining","eq":true},{"field":"gainedQualification","eq":true},{"field":"situation","in":["employed","self_employed"]}]}]}', false, 5),
  ('2014-2020', 'six_months', 'CR06', 'Työllisinä kuusi kuukautta poistumisen jälkeen', 'Sysselsatta sex månader efter avslut', 'In employment six months after leaving', '{"any":[{"field":"employed","eq":true},{"field":"selfEmployed","eq":true}]}', false, 1),
  ('2014-2020', 'six_months', 'CR07', 'Työmarkkina-asema parantunut kuusi kuukautta poistumisen jälkeen', 'Förbättrad ställning sex månader efter avslut', 'Improved labour market situation six months after leaving', '{"field":"improvedSituation","eq":true}', false, 2),
  ('2014-2020', 'six_months', 'CR08', 'Yli 54-vuotiaat työllisinä kuusi kuukautta poistumisen jälkeen', 'Över 54 år sysselsatta sex månader efter', 'Above 54 in employment six months after leaving', '{"all":[{"field":"age","gte":55},{"any":[{"field":"employed","eq":true},{"field":"selfEmployed","eq":true}]}]}', false, 3),
  ('2014-2020', 'six_months', 'CR09', 'Heikommassa asemassa olevat työllisinä kuusi kuukautta poistumisen jälkeen', 'Missgynnade sysselsatta sex månader efter', 'Disadvantaged in employment six months after leaving', '{"all":[{"field":"disadvantaged","eq":true},{"any":[{"field":"employed","eq":true},{"field":"selfEmployed","eq":true}]}]}', false, 4),
  ('2021-2027', 'entry', 'EECO01', 'Osallistujat yhteensä', 'Deltagare totalt', 'Total number of participants', '{"all":[]}', true, 1),
  ('2021-2027', 'entry', 'EECO02', 'Työttömät, myös pitkäaikaistyöttömät', 'Arbetslösa, inklusive långtidsarbetslösa', 'Unemployed, including long-term unemployed', '{"field":"labourMarketStatus","in":["unemployed"]}', false, 2),
  ('2021-2027', 'entry', 'EECO03', 'Pitkäaikaistyöttömät', 'Långtidsarbetslösa', 'Long-term unemployed', '{"field":"longTermUnemployed","eq":true}', false, 3),
  ('2021-2027', 'entry', 'EECO04', 'Työvoiman ulkopuolella olevat', 'Personer utanför arbetskraften', 'Inactive', '{"field":"labourMarketStatus","in":["inactive_in_education","inactive_not_in_education"]}', false, 4),
  ('2021-2027', 'entry', 'EECO05', 'Työlliset, myös itsenäiset ammatinharjoittajat', 'Sysselsatta, inklusive egenföretagare', 'Employed, including self-employed', '{"field":"labourMarketStatus","in":["employed","self_employed"]}', false, 5),
  ('2021-2027', 'entry', 'EECO06', 'Alle 18-vuotiaat', 'Under 18 år', 'Below 18 years of age', '{"field":"age","lt":18}', false, 6),
  ('2021-2027', 'entry', 'EECO07', '18–29-vuotiaat', '18–29 år', '18–29 years of age', '{"all":[{"field":"age","gte":18},{"field":"age","lt":30}]}', false, 7),
  ('2021-2027', 'entry', 'EECO08', '55 vuotta täyttäneet', '55 år och äldre', '55 years of age and above', '{"field":"age","gte":55}', false, 8),
  ('2021-2027', 'entry', 'EECO09', 'Perusaste (ISCED 0–2)', 'Grundnivå (ISCED 0–2)', 'Lower secondary education or less (ISCED 0–2)', '{"field":"educationIsced","in":[0,1,2]}', false, 9),
  ('2021-2027', 'entry', 'EECO10', 'Toinen aste tai sen jälkeinen (ISCED 3–4)', 'Gymnasienivå eller eftergymnasial (ISCED 3–4)', 'Upper secondary or post-secondary (ISCED 3–4)', '{"field":"educationIsced","in":[3,4]}', false, 10),
  ('2021-2027', 'entry', 'EECO11', 'Korkea-aste (ISCED 5–8)', 'Högre utbildning (ISCED 5–8)', 'Tertiary education (ISCED 5–8)', '{"field":"educationIsced","in":[5,6,7,8]}', false, 11),
  ('2021-2027', 'entry', 'EECO12', 'Vammaiset', 'Personer med funktionsnedsättning', 'Participants with disabilities', '{"field":"disability","in":["yes"]}', false, 12),
  ('2021-2027', 'entry', 'EECO13', 'Kolmansien maiden kansalaiset', 'Tredjelandsmedborgare', 'Third-country nationals', '{"field":"thirdCountryNational","in":["yes"]}', false, 13),
  ('2021-2027', 'entry', 'EECO14', 'Ulkomaalaistaustaiset', 'Personer med utländsk bakgrund', 'Participants with a foreign background', '{"field":"foreignBackground","in":["yes"]}', false, 14),
  ('2021-2027', 'entry', 'EECO15', 'Vähemmistöt, myös romanit', 'Minoriteter, inklusive romer', 'Minorities, including Roma', '{"field":"minority","in":["yes"]}', false, 15),
  ('2021-2027', 'entry', 'EECO16', 'Asunnottomat', 'Bostadslösa', 'Homeless or affected by housing exclusion', '{"field":"homeless","eq":true}', false, 16),
  ('2021-2027', 'entry', 'EECO18', 'Maaseudulla asuvat', 'Boende på landsbygden', 'From rural areas', '{"field":"rural","eq":true}', false, 17),
  ('2021-2027', 'exit', 'EECR01', 'Työnhakijoina poistuessa', 'Arbetssökande vid avslut', 'Engaged in job searching upon leaving', '{"field":"jobSearching","eq":true}', true, 1),
  ('2021-2027', 'exit', 'EECR02', 'Koulutuksessa poistuessa', 'I utbildning vid avslut', 'In education or training upon leaving', '{"field":"inEducationOrTraining","eq":true}', false, 2),
  ('2021-2027', 'exit', 'EECR03', 'Saaneet tutkinnon poistuessa', 'Fått kvalifikation vid avslut', 'Gaining a qualification upon leaving', '{"field":"gainedQualification","eq":true}', false, 3),
  ('2021-2027', 'exit', 'EECR04', 'Työllisinä poistuessa', 'Sysselsatta vid avslut', 'In employment, including self-employment, upon leaving', '{"field":"situation","in":["employed","self_employed"]}', true, 4),
  ('2021-2027', 'six_months', 'EECR05', 'Työllisinä kuusi kuukautta poistumisen jälkeen', 'Sysselsatta sex månader efter avslut', 'In employment six months after leaving', '{"any":[{"field":"employed","eq":true},{"field":"selfEmployed","eq":true}]}', false, 1),
  ('2021-2027', 'six_months', 'EECR06', 'Työmarkkina-asema parantunut kuusi kuukautta poistumisen jälkeen', 'Förbättrad ställning sex månader efter avslut', 'Improved labour market situation six months after leaving', '{"field":"improvedSituation","eq":true}', false, 2);
