-- Resolving a session cookie in one round trip: the session, its user, region and active memberships.
-- Like polku_auth_session it is keyed by the token hash alone and answers only for that session's user.
CREATE FUNCTION polku_auth_session_user(p_token_hash text)
RETURNS TABLE (
  session_id uuid,
  region_id uuid,
  region_name text,
  csrf_token text,
  last_seen_at timestamptz,
  user_id uuid,
  email text,
  name text,
  language text,
  status text,
  memberships jsonb
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.id, s.region_id, r.name, s.csrf_token, s.last_seen_at, u.id, u.email, u.name, u.language, u.status,
    coalesce((
      SELECT jsonb_agg(jsonb_build_object(
               'id', m.id, 'organisationId', m.organisation_id, 'organisationName', o.name, 'role', m.role)
             ORDER BY o.name, m.role)
      FROM memberships m JOIN organisations o ON o.id = m.organisation_id AND o.region_id = m.region_id
      WHERE m.user_id = u.id AND m.region_id = u.region_id AND o.active
    ), '[]'::jsonb)
  FROM sessions s
  JOIN users u ON u.id = s.user_id AND u.region_id = s.region_id
  JOIN regions r ON r.id = s.region_id
  WHERE s.token_hash = p_token_hash AND s.expires_at > now()
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION polku_auth_session_user(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku_auth_session_user(text) TO polku_app;
