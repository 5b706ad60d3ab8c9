// The SQL each endpoint of the coach's day runs, sent straight through `pg` as the application role
// (row-level security applies): the same statements, parameters and transaction as the services send,
// captured from the application (participants/service.ts and policy.ts, pathway/caseload.ts, limits.ts,
// timeline.ts, steps.ts, http/route.ts). What is left out is everything that is not the database: the
// session lookup, HTTP, validation, serialisation and the JavaScript between the statements.
import { randomUUID } from "node:crypto";
import type pg from "pg";

export interface Actor {
  userId: string;
  regionId: string;
  /** The coach's organisations (keeper, sharing and staff organisations alike for a coach). */
  organisationIds: string[];
}

const uuidArray = (ids: readonly string[]) => `{${ids.join(",")}}`;

async function inRegion(client: pg.ClientBase, actor: Actor, fn: (requestId: string) => Promise<void>) {
  const requestId = randomUUID();
  await client.query("begin");
  try {
    await client.query(
      "SELECT set_config('app.region_id', $1, true), set_config('app.user_id', $2, true), set_config('app.request_id', $3, true), set_config('jit', 'off', true)",
      [actor.regionId, actor.userId, requestId],
    );
    await fn(requestId);
    await client.query("commit");
  } catch (err) {
    await client.query("rollback");
    throw err;
  }
}

/** The access-log insert of http/route.ts: one row per record, in one statement. */
async function logAccess(
  client: pg.ClientBase,
  actor: Actor,
  requestId: string,
  route: string,
  rows: { subjectType: string; subjectId: string; label: string | null; purpose: string }[],
) {
  const values: unknown[] = [];
  const tuples = rows.map((r) => {
    const n = values.length;
    values.push(actor.userId, r.subjectType, r.subjectId, r.label, r.purpose, route, requestId);
    return `(default, default, default, $${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}, $${n + 7})`;
  });
  await client.query(
    `insert into "access_log" ("id", "region_id", "at", "actor_id", "subject_type", "subject_id", "subject_label", "purpose", "route", "request_id") values ${tuples.join(", ")}`,
    values,
  );
}

const CASELOAD = `
    WITH mine AS (
      SELECT e.id, e.participant_id, e.project_id, e.entry_date, e.exit_date, e.follow_up_due, e.follow_up_on
      FROM enrolments e
      WHERE e.region_id = $1 AND e.coach_id = $2 AND e.exit_date IS NULL
      UNION ALL
      SELECT e.id, e.participant_id, e.project_id, e.entry_date, e.exit_date, e.follow_up_due, e.follow_up_on
      FROM enrolments e
      WHERE e.region_id = $3 AND e.coach_id = $4 AND e.exit_date IS NOT NULL
        AND e.follow_up_on IS NULL AND e.follow_up_due <= $5::date
    ), per_participant AS (
      SELECT m.participant_id,
        json_agg(json_build_object('id', m.id, 'projectId', m.project_id, 'projectName', pr.name,
          'entryDate', m.entry_date, 'exitDate', m.exit_date, 'followUpDue', m.follow_up_due)
          ORDER BY m.entry_date, m.id) AS enrolments,
        bool_or(m.exit_date IS NULL) AS open,
        min(m.entry_date) FILTER (WHERE m.exit_date IS NULL) AS first_open_entry,
        bool_or(m.exit_date IS NOT NULL) AS follow_up_due
      FROM mine m
      JOIN projects pr ON pr.region_id = $6 AND pr.id = m.project_id
      GROUP BY m.participant_id
    )
    SELECT json_build_object(
      'participantId', p.id, 'firstName', p.first_name, 'lastName', p.last_name,
      'enrolments', pp.enrolments, 'open', pp.open, 'firstOpenEntry', pp.first_open_entry,
      'followUpDue', pp.follow_up_due, 'stage', st.stage, 'stageChangedOn', st.changed_on,
      'lastContactAt', lc.happened_at,
      'nextStep', CASE WHEN ns.id IS NULL THEN NULL ELSE json_build_object('id', ns.id, 'kind', ns.kind,
        'title', ns.title, 'startsOn', ns.starts_on, 'status', ns.status) END,
      'pathwayConsent', EXISTS (
        SELECT 1 FROM consents c
        WHERE c.region_id = p.region_id AND c.participant_id = p.id AND c.purpose = 'pathway'
          AND c.withdrawn_on IS NULL AND c.given_on <= $7::date)
    ) AS row
    FROM per_participant pp
    JOIN participants p ON p.region_id = $8 AND p.id = pp.participant_id
    LEFT JOIN LATERAL (
      SELECT s.stage, s.changed_on FROM stage_changes s
      WHERE s.region_id = p.region_id AND s.participant_id = p.id
      ORDER BY s.changed_on DESC, s.created_at DESC LIMIT 1
    ) st ON true
    LEFT JOIN LATERAL (
      SELECT c.happened_at FROM contacts c
      WHERE c.region_id = p.region_id AND c.participant_id = p.id
      ORDER BY c.happened_at DESC LIMIT 1
    ) lc ON true
    LEFT JOIN LATERAL (
      SELECT s.id, s.kind, s.title, s.starts_on, s.status FROM steps s
      WHERE s.region_id = p.region_id AND s.participant_id = p.id
        AND (s.status = 'ongoing' OR (s.status = 'planned' AND s.starts_on >= $9::date))
      ORDER BY (s.starts_on >= $10::date) DESC,
        CASE WHEN s.starts_on >= $11::date THEN s.starts_on END ASC, s.starts_on DESC, s.id
      LIMIT 1
    ) ns ON true
    ORDER BY p.last_name, p.first_name, p.id`;

const LIMITS = `select "id", "region_id", "step_kind", "rule", "value", "valid_from", "valid_to", "legal_reference_fi", "legal_reference_sv", "legal_reference_en", "version", "created_at", "updated_at" from "statutory_limits"`;

const LIMIT_STEPS = `select "steps"."participant_id", "steps"."id", "steps"."kind", "steps"."provider_organisation_id", "steps"."provider_name", "organisations"."kind", "steps"."starts_on", "steps"."ends_on", "steps"."days_per_week", "steps"."hours_per_day", "steps"."status" from "steps" left join "organisations" on "organisations"."id" = "steps"."provider_organisation_id" where "steps"."participant_id" = any($1::uuid[]) and "steps"."kind" = any($2::text[])`;

/** GET /api/caseload */
export async function caseload(client: pg.ClientBase, actor: Actor, today: string): Promise<void> {
  await inRegion(client, actor, async (requestId) => {
    const r = actor.regionId;
    const u = actor.userId;
    const { rows } = await client.query<{
      row: { participantId: string; firstName: string; lastName: string };
    }>(CASELOAD, [r, u, r, u, today, r, today, r, today, today, today]);
    const limits = await client.query<{ step_kind: string }>(LIMITS);
    const ids = rows.map((x) => x.row.participantId);
    if (ids.length > 0 && limits.rows.length > 0) {
      await client.query(LIMIT_STEPS, [
        uuidArray(ids),
        `{${[...new Set(limits.rows.map((l) => l.step_kind))].join(",")}}`,
      ]);
    }
    await logAccess(
      client,
      actor,
      requestId,
      "GET /api/caseload",
      rows.length > 0
        ? rows.map((x) => ({
            subjectType: "participant",
            subjectId: x.row.participantId,
            label: `${x.row.firstName} ${x.row.lastName}`,
            purpose: "caseload",
          }))
        : [
            {
              subjectType: "caseload",
              subjectId: actor.userId,
              label: null,
              purpose: "caseload: nobody listed",
            },
          ],
    );
  });
}

/** policy.ts visibleTo(user, scope): keeper organisation, own coach, or a sharing consent (with the scope). */
const visible = (scope: string) => `(
    "participants"."organisation_id" = any($3::uuid[])
    or exists (select 1 from enrolments e where e.region_id = "participants"."region_id" and e.participant_id = "participants"."id" and e.coach_id = $4)
    or exists (select 1 from consents c where c.region_id = "participants"."region_id" and c.participant_id = "participants"."id"
      and c.purpose = 'sharing' and c.withdrawn_on is null and c.given_on <= $5::date
      and c.organisation_id = any($6::uuid[])${scope})
  )`;

const SEARCH = `select "participants"."id", "participants"."first_name", "participants"."last_name", "participants"."birth_date", "participants"."municipality", "participants"."village", "organisations"."name", "participants"."organisation_id", case when ${visible(" and $8 = any(c.scopes)")} then (select s.stage from "stage_changes" s where s.participant_id = "participants"."id" order by s.changed_on desc, s.created_at desc limit 1) end from "participants" inner join "organisations" on "organisations"."id" = "participants"."organisation_id" where (("participants"."search_name" like $1 or lower("participants"."first_name" || ' ' || "participants"."last_name") like $2) and ${visible("")}) order by "participants"."search_name" asc, "participants"."birth_date" asc limit $7`;

/** GET /api/participants?q= (a name prefix) */
export async function search(
  client: pg.ClientBase,
  actor: Actor,
  query: string,
  today: string,
): Promise<void> {
  const prefix = `${query.toLowerCase().replace(/\s+/g, " ")}%`;
  await inRegion(client, actor, async (requestId) => {
    const orgs = uuidArray(actor.organisationIds);
    const { rows } = await client.query<{ id: string; first_name: string; last_name: string }>(SEARCH, [
      prefix,
      prefix,
      orgs,
      actor.userId,
      today,
      orgs,
      25,
      "plan",
    ]);
    await logAccess(
      client,
      actor,
      requestId,
      "GET /api/participants",
      rows.length > 0
        ? rows.map((p) => ({
            subjectType: "participant",
            subjectId: p.id,
            label: `${p.first_name} ${p.last_name}`,
            purpose: "participant search",
          }))
        : [
            {
              subjectType: "participant-search",
              subjectId: actor.userId,
              label: null,
              purpose: "participant search: no hits",
            },
          ],
    );
  });
}

const RELATION = `select "organisation_id", exists (select 1 from enrolments e where e.participant_id = "id" and e.coach_id = $1) from "participants" where "participants"."id" = $2`;

const PARTICIPANT = `select "participants"."id", "participants"."region_id", "participants"."first_name", "participants"."last_name", "participants"."birth_date", "participants"."identity_code", "participants"."phone", "participants"."phone_digits", "participants"."email", "participants"."address", "participants"."postal_code", "participants"."municipality", "participants"."village", "participants"."languages", "participants"."preferred_language", "participants"."search_name", "participants"."entry_data", "participants"."organisation_id", "participants"."user_id", "participants"."created_by", "participants"."version", "participants"."created_at", "participants"."updated_at", "organisations"."name" from "participants" inner join "organisations" on "organisations"."id" = "participants"."organisation_id" where "participants"."id" = $1`;

/** GET /api/participants/:id */
export async function participant(client: pg.ClientBase, actor: Actor, id: string): Promise<void> {
  await inRegion(client, actor, async (requestId) => {
    await client.query(RELATION, [actor.userId, id]);
    const { rows } = await client.query<{ first_name: string; last_name: string }>(PARTICIPANT, [id]);
    const p = rows[0];
    await logAccess(client, actor, requestId, "GET /api/participants/:id", [
      {
        subjectType: "participant",
        subjectId: id,
        label: `${p?.first_name} ${p?.last_name}`,
        purpose: "participant record",
      },
    ]);
  });
}

const EVENTS = `select "pathway_events"."id", "pathway_events"."at", "pathway_events"."kind", "pathway_events"."scope", "pathway_events"."summary", "pathway_events"."ref_id", "users"."name", "organisations"."name" from "pathway_events" left join "users" on "users"."id" = "pathway_events"."actor_id" left join "organisations" on "organisations"."id" = "pathway_events"."organisation_id" where ("pathway_events"."region_id" = $1 and "pathway_events"."participant_id" = $2 and ("pathway_events"."scope" = any($3::text[]) or ("pathway_events"."scope" = 'notes' and ("pathway_events"."organisation_id" = any($4::uuid[]) or "pathway_events"."shared_with_network")))) order by "pathway_events"."at" desc, "pathway_events"."id" desc limit $5`;

/** GET /api/participants/:id/timeline (first page, 50) */
export async function timeline(client: pg.ClientBase, actor: Actor, id: string): Promise<void> {
  await inRegion(client, actor, async (requestId) => {
    await client.query(RELATION, [actor.userId, id]);
    const { rows } = await client.query<{ first_name: string; last_name: string }>(
      `select "id", "first_name", "last_name", "organisation_id" from "participants" where "participants"."id" = $1`,
      [id],
    );
    const p = rows[0];
    await client.query(EVENTS, [
      actor.regionId,
      id,
      "{basic,plan,assessments}",
      uuidArray(actor.organisationIds),
      51,
    ]);
    await logAccess(client, actor, requestId, "GET /api/participants/:id/timeline", [
      {
        subjectType: "participant",
        subjectId: id,
        label: `${p?.first_name} ${p?.last_name}`,
        purpose: "timeline",
      },
    ]);
  });
}

const STEP_COLUMNS = `"steps"."id", "steps"."region_id", "steps"."participant_id", "steps"."kind", "steps"."title", "steps"."provider_organisation_id", "steps"."provider_name", "steps"."starts_on", "steps"."ends_on", "steps"."days_per_week", "steps"."hours_per_day", "steps"."status", "steps"."interruption_reason", "steps"."author_id", "steps"."organisation_id", "steps"."version", "steps"."created_at", "steps"."updated_at", "organisations"."name", "organisations"."kind"`;

export interface NewStep {
  kind: string;
  title: string;
  providerName: string;
  startsOn: string;
  endsOn: string;
  daysPerWeek: number;
  hoursPerDay: number;
}

/** POST /api/participants/:id/steps */
export async function addStep(client: pg.ClientBase, actor: Actor, id: string, step: NewStep): Promise<void> {
  await inRegion(client, actor, async (requestId) => {
    await client.query(RELATION, [actor.userId, id]);
    const own = await client.query<{ organisation_id: string }>(
      `select "organisation_id" from "participants" where "participants"."id" = $1`,
      [id],
    );
    const organisationId = own.rows[0]?.organisation_id ?? actor.organisationIds[0];
    const inserted = await client.query<{ id: string; organisation_id: string }>(
      `insert into "steps" ("id", "region_id", "participant_id", "kind", "title", "provider_organisation_id", "provider_name", "starts_on", "ends_on", "days_per_week", "hours_per_day", "status", "interruption_reason", "author_id", "organisation_id", "version", "created_at", "updated_at") values (default, default, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, default, default, default) returning "id", "organisation_id"`,
      [
        id,
        step.kind,
        step.title,
        null,
        step.providerName,
        step.startsOn,
        step.endsOn,
        String(step.daysPerWeek),
        String(step.hoursPerDay),
        "planned",
        null,
        actor.userId,
        organisationId,
      ],
    );
    const stepId = inserted.rows[0]?.id;
    await client.query(
      `insert into "pathway_events" ("id", "region_id", "participant_id", "at", "kind", "scope", "ref_id", "summary", "organisation_id", "actor_id", "shared_with_network", "shared_with_participant", "created_at") values (default, default, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, default)`,
      [
        id,
        new Date().toISOString(),
        "step_added",
        "plan",
        stepId,
        JSON.stringify({ kind: step.kind, status: "planned", startsOn: step.startsOn, endsOn: step.endsOn }),
        organisationId,
        actor.userId,
        true,
        true,
      ],
    );
    const join = `from "steps" left join "organisations" on "organisations"."id" = "steps"."provider_organisation_id"`;
    const order = `order by "steps"."starts_on" asc, "steps"."created_at" asc`;
    await client.query(`select ${STEP_COLUMNS} ${join} where "steps"."id" = $1 ${order}`, [stepId]);
    await client.query(`select ${STEP_COLUMNS} ${join} where "steps"."participant_id" = $1 ${order}`, [id]);
    await client.query(LIMITS);
    const label = await client.query<{ first_name: string; last_name: string }>(
      `select "id", "first_name", "last_name" from "participants" where "participants"."id" = $1`,
      [id],
    );
    const p = label.rows[0];
    await logAccess(client, actor, requestId, "POST /api/participants/:id/steps", [
      {
        subjectType: "participant",
        subjectId: id,
        label: `${p?.first_name} ${p?.last_name}`,
        purpose: "step added",
      },
    ]);
  });
}
