ALTER TABLE "pathway_events" DROP CONSTRAINT "pathway_events_kind_check";--> statement-breakpoint
ALTER TABLE "pathway_events" ADD CONSTRAINT "pathway_events_kind_check" CHECK ("pathway_events"."kind" in ('registered', 'consent_given', 'consent_withdrawn', 'enrolled', 'coach_changed', 'assessment', 'plan_saved', 'goal_reviewed', 'step_added', 'step_changed', 'stage_changed', 'contact', 'exited', 'follow_up', 'self_assessment'));--> statement-breakpoint

-- Hand-written: a published or retired instrument version never changes, so an answer keeps the
-- wording it was given under (decision 019). Its dimensions are not updated or deleted, and a version
-- only moves forward: draft -> published -> retired.
CREATE FUNCTION polku_instrument_dimensions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM instrument_versions v
             WHERE v.region_id = OLD.region_id AND v.id = OLD.instrument_version_id AND v.status <> 'draft') THEN
    RAISE EXCEPTION 'the dimensions of a published or retired instrument version never change'
      USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER instrument_dimensions_frozen BEFORE UPDATE OR DELETE ON instrument_dimensions
  FOR EACH ROW EXECUTE FUNCTION polku_instrument_dimensions_frozen();
--> statement-breakpoint
CREATE FUNCTION polku_instrument_versions_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD.status = 'published' AND NEW.status NOT IN ('published', 'retired'))
     OR (OLD.status = 'retired' AND NEW.status <> 'retired') THEN
    RAISE EXCEPTION 'an instrument version moves only from draft to published to retired'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER instrument_versions_forward BEFORE UPDATE ON instrument_versions
  FOR EACH ROW EXECUTE FUNCTION polku_instrument_versions_forward();
