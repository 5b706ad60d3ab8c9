-- Row-level security, the application role, the audit trigger and append-only logs.
-- Written by hand (drizzle-kit cannot express these); applied unchanged on PGlite and PostgreSQL 15.

-- The application's role. It owns nothing, so row-level security applies to it, and it cannot bypass it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'polku_app') THEN
    CREATE ROLE polku_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO polku_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO polku_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO polku_app;
--> statement-breakpoint
GRANT SELECT ON regions TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON organisations, users, memberships, sessions, invitations, outbox TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON access_log TO polku_app;
--> statement-breakpoint
GRANT SELECT ON audit_trail TO polku_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE access_log_id_seq TO polku_app;
--> statement-breakpoint

-- The region of the current transaction, set by the application's transaction helper. NULL when unset,
-- and a NULL region matches no row.
CREATE FUNCTION polku_current_region() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.region_id', true), '')::uuid
$$;
--> statement-breakpoint
ALTER TABLE regions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY region_isolation ON regions USING (id = polku_current_region());
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['organisations', 'users', 'memberships', 'sessions', 'invitations', 'outbox', 'audit_trail', 'access_log'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY region_isolation ON %I USING (region_id = polku_current_region()) WITH CHECK (region_id = polku_current_region())',
      t);
  END LOOP;
END
$$;
--> statement-breakpoint

-- Audit trigger. Arguments name columns never to copy into the trail: 'col' is recorded only as
-- "(changed)", '-col' is ignored altogether (bookkeeping such as last_seen_at).
CREATE FUNCTION polku_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  hidden text[] := ARRAY['updated_at', 'version'];
  redacted text[] := ARRAY[]::text[];
  arg text;
  old_row jsonb;
  new_row jsonb;
  diff jsonb := '{}'::jsonb;
  k text;
BEGIN
  FOREACH arg IN ARRAY coalesce(TG_ARGV, ARRAY[]::text[]) LOOP
    IF left(arg, 1) = '-' THEN hidden := hidden || substr(arg, 2); ELSE redacted := redacted || arg; END IF;
  END LOOP;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN old_row := to_jsonb(OLD); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN new_row := to_jsonb(NEW); END IF;
  IF TG_OP = 'UPDATE' THEN
    FOR k IN SELECT jsonb_object_keys(new_row) LOOP
      CONTINUE WHEN k = ANY(hidden) OR (new_row -> k) IS NOT DISTINCT FROM (old_row -> k);
      IF k = ANY(redacted) THEN
        diff := diff || jsonb_build_object(k, '"(changed)"'::jsonb);
      ELSE
        diff := diff || jsonb_build_object(k, jsonb_build_object('old', old_row -> k, 'new', new_row -> k));
      END IF;
    END LOOP;
    IF diff = '{}'::jsonb THEN RETURN NEW; END IF;
  ELSIF TG_OP = 'INSERT' THEN
    diff := (new_row - redacted) - hidden;
  ELSE
    diff := (old_row - redacted) - hidden;
  END IF;
  INSERT INTO audit_trail (region_id, actor_id, action, entity, entity_id, changes, request_id)
  VALUES (
    coalesce(new_row ->> 'region_id', old_row ->> 'region_id')::uuid,
    nullif(current_setting('app.user_id', true), '')::uuid,
    lower(TG_OP),
    TG_TABLE_NAME,
    coalesce(new_row ->> 'id', old_row ->> 'id'),
    diff,
    nullif(current_setting('app.request_id', true), '')
  );
  RETURN coalesce(NEW, OLD);
END
$$;
--> statement-breakpoint
CREATE TRIGGER organisations_audit AFTER INSERT OR UPDATE OR DELETE ON organisations FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER users_audit AFTER INSERT OR UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION polku_audit('password_hash');
--> statement-breakpoint
CREATE TRIGGER memberships_audit AFTER INSERT OR UPDATE OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION polku_audit();
--> statement-breakpoint
CREATE TRIGGER sessions_audit AFTER INSERT OR UPDATE OR DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION polku_audit('token_hash', 'csrf_token', '-last_seen_at', '-expires_at');
--> statement-breakpoint
CREATE TRIGGER invitations_audit AFTER INSERT OR UPDATE OR DELETE ON invitations FOR EACH ROW EXECUTE FUNCTION polku_audit('token_hash');
--> statement-breakpoint
CREATE TRIGGER outbox_audit AFTER INSERT OR DELETE ON outbox FOR EACH ROW EXECUTE FUNCTION polku_audit('body');
--> statement-breakpoint

-- The audit trail and the access log are append-only, for every role including the owner.
CREATE FUNCTION polku_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW EXECUTE FUNCTION polku_refuse_change();
--> statement-breakpoint
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log FOR EACH STATEMENT EXECUTE FUNCTION polku_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE ON audit_trail FOR EACH ROW EXECUTE FUNCTION polku_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail FOR EACH STATEMENT EXECUTE FUNCTION polku_refuse_change();
--> statement-breakpoint

-- The only ways to find a row before the region is known: sign-in, a session cookie, an invitation
-- link. Each answers with ids only; everything else is then read under row-level security.
CREATE FUNCTION polku_auth_user_by_email(p_email text) RETURNS TABLE (user_id uuid, region_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id, region_id FROM users WHERE lower(email) = lower(p_email)
$$;
--> statement-breakpoint
CREATE FUNCTION polku_auth_session(p_token_hash text) RETURNS TABLE (session_id uuid, region_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id, region_id FROM sessions WHERE token_hash = p_token_hash AND expires_at > now()
$$;
--> statement-breakpoint
CREATE FUNCTION polku_auth_invitation(p_token_hash text) RETURNS TABLE (invitation_id uuid, region_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id, region_id FROM invitations WHERE token_hash = p_token_hash AND used_at IS NULL AND expires_at > now()
$$;
--> statement-breakpoint
-- Regions that have mail waiting, for the outbox sender (ids only).
CREATE FUNCTION polku_outbox_pending_regions() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT region_id FROM outbox WHERE status = 'pending'
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION polku_auth_user_by_email(text), polku_auth_session(text), polku_auth_invitation(text), polku_outbox_pending_regions(), polku_audit() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku_auth_user_by_email(text), polku_auth_session(text), polku_auth_invitation(text), polku_outbox_pending_regions() TO polku_app;
--> statement-breakpoint

COMMENT ON TABLE regions IS 'A tenant: one local network. Every other table''s rows belong to one region.';
--> statement-breakpoint
COMMENT ON TABLE organisations IS 'Organisations of the network: municipality, wellbeing services county, employment authority, Kela, associations, parishes, companies, service providers.';
--> statement-breakpoint
COMMENT ON TABLE users IS 'People who sign in. Personal data.';
--> statement-breakpoint
COMMENT ON COLUMN users.email IS 'Personal data: sign-in name and mail address.';
--> statement-breakpoint
COMMENT ON COLUMN users.password_hash IS 'Sensitive: argon2id hash. Never logged, never in the audit trail.';
--> statement-breakpoint
COMMENT ON TABLE memberships IS 'A user''s role in an organisation.';
--> statement-breakpoint
COMMENT ON TABLE sessions IS 'Signed-in browsers. Only a SHA-256 of the cookie token is stored.';
--> statement-breakpoint
COMMENT ON COLUMN sessions.token_hash IS 'Sensitive: SHA-256 of the session cookie.';
--> statement-breakpoint
COMMENT ON TABLE invitations IS 'One-time links for setting a password. Only a SHA-256 of the token is stored.';
--> statement-breakpoint
COMMENT ON TABLE outbox IS 'Every e-mail written, sent by SMTP when configured.';
--> statement-breakpoint
COMMENT ON TABLE audit_trail IS 'Append-only: every write to a tenant table, by trigger.';
--> statement-breakpoint
COMMENT ON TABLE access_log IS 'Append-only: every read of personal data (Act 703/2023 section 11).';
