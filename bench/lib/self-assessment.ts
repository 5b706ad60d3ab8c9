// The cohort data set of issue 4 (bench/cohort.ts): the national network, participants with a birth date,
// one enrolment and their stages, and their submitted self-assessments of the region's default instrument,
// as COPY rows. Only what the cohort report reads is generated (no consents, steps or events: see
// bench/generate.ts for the pathway's full data set).
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { type CopySink, field, NULL } from "./copy";
import type { DayStrings } from "./days";
import { FEMALE_NAMES, LAST_NAMES, MALE_NAMES } from "./finland";
import type { Region } from "./network";
import type { Rng } from "./rng";

const words = (text: string): readonly string[] => text.split(" ");

/** The columns each COPY names, in the order the rows below write them. */
export const SA_COLUMNS = {
  participants: words(
    "id region_id first_name last_name birth_date search_name organisation_id created_by created_at updated_at",
  ),
  enrolments: words("id region_id participant_id project_id coach_id entry_date created_at updated_at"),
  stage_changes: words("id region_id participant_id stage changed_on note author_id created_at"),
  self_assessments: words(
    "id region_id participant_id instrument_id instrument_version_id mode external_tool answered_on status language started_by organisation_id submitted_at created_at updated_at",
  ),
  self_assessment_scores: words(
    "region_id self_assessment_id dimension_id participant_id instrument_id dimension_key answered_on score",
  ),
};

export interface RegionInstrument {
  id: string;
  versionId: string;
  dimensions: { key: string; id: string }[];
}

export interface CohortSinks {
  participants: CopySink;
  enrolments: CopySink;
  stageChanges: CopySink;
  answers: CopySink;
  scores: CopySink;
}

const STAGE_ORDER = [
  "reached",
  "life_management",
  "resources_and_goals",
  "guided_onward",
  "network",
] as const;

/** Every region's default instrument (migration 0009's polku_default_instrument) with its dimensions. */
export async function regionInstruments(client: pg.ClientBase): Promise<Map<string, RegionInstrument>> {
  const { rows } = await client.query<{
    region_id: string;
    id: string;
    version_id: string;
    dimensions: { key: string; id: string }[];
  }>(
    `SELECT i.region_id, i.id, v.id AS version_id,
            json_agg(json_build_object('key', d.key, 'id', d.id) ORDER BY d.position) AS dimensions
       FROM instruments i
       JOIN instrument_versions v ON v.instrument_id = i.id AND v.status = 'published'
       JOIN instrument_dimensions d ON d.instrument_version_id = v.id
      WHERE i.key = 'polku-work-ability'
      GROUP BY i.region_id, i.id, v.id`,
  );
  return new Map(
    rows.map((r) => [r.region_id, { id: r.id, versionId: r.version_id, dimensions: r.dimensions }]),
  );
}

export interface PersonPlan {
  region: Region;
  instrument: RegionInstrument;
  /** How many submitted answers the person has. */
  answers: number;
  firstDay: number;
  lastDay: number;
}

const clamp = (x: number) => Math.max(0, Math.min(10, Math.round(x)));

/**
 * One person's rows: the participant (17–64 years old), an enrolment in one of the region's three
 * projects (half, a third and a fifth of the people), 0–3 stage changes, and their answers every two to
 * four months with a score per dimension (3 % skipped) that drifts from a personal starting level: most
 * rise a little, some stay, some fall.
 */
export function writeCohortPerson(rng: Rng, days: DayStrings, plan: PersonPlan, sinks: CohortSinks): void {
  const { region, instrument } = plan;
  const r = region.id;
  const coach = rng.pick(region.coaches);
  const pid = randomUUID();
  const male = rng.chance(0.52);
  const first = rng.pick(male ? MALE_NAMES : FEMALE_NAMES);
  const last = rng.pick(LAST_NAMES);
  const age = rng.chance(0.4) ? rng.int(17, 29) : rng.int(30, 64);
  const birth = `${2025 - age}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
  // The schedule of answers: one every 60–120 days from the entry, all before the last day.
  const gaps = Array.from({ length: Math.max(0, plan.answers - 1) }, () => rng.int(60, 120));
  const span = gaps.reduce((a, b) => a + b, 0);
  const latestStart = Math.max(plan.firstDay, plan.lastDay - span);
  const entry = rng.int(plan.firstDay, latestStart);
  const stamp = `${days.iso(entry)} 10:00:00+02`;
  sinks.participants.row(
    [
      pid,
      r,
      field(first),
      field(last),
      birth,
      field(`${last} ${first}`.toLowerCase()),
      coach.organisationId,
      coach.id,
      stamp,
      stamp,
    ].join("\t"),
  );
  const project =
    region.projects[
      rng.weighted([
        [0, 50],
        [1, 30],
        [2, 20],
      ] as const)
    ] ?? region.projects[0];
  if (!project) throw new Error("a region without projects");
  sinks.enrolments.row(
    [randomUUID(), r, pid, project.id, coach.id, days.iso(entry), stamp, stamp].join("\t"),
  );
  const stages = rng.weighted([
    [0, 10],
    [1, 35],
    [2, 35],
    [3, 20],
  ] as const);
  let stage = rng.int(0, 1);
  for (let k = 0; k < stages; k++) {
    const day = Math.min(plan.lastDay, entry + k * rng.int(30, 120));
    sinks.stageChanges.row(
      [
        randomUUID(),
        r,
        pid,
        STAGE_ORDER[Math.min(stage, 4)],
        days.iso(day),
        "",
        coach.id,
        `${days.iso(day)} 11:00:00+02`,
      ].join("\t"),
    );
    stage += rng.int(1, 2);
  }

  const level = instrument.dimensions.map(() => rng.int(2, 7) + rng.next());
  const trend = rng.weighted([
    [0.6, 45],
    [0.25, 25],
    [0, 15],
    [-0.4, 15],
  ] as const);
  let day = entry;
  for (let a = 0; a < plan.answers; a++) {
    if (a > 0) day += gaps[a - 1] ?? 90;
    const id = randomUUID();
    const on = days.iso(day);
    const external = rng.chance(0.2);
    sinks.answers.row(
      [
        id,
        r,
        pid,
        instrument.id,
        instrument.versionId,
        external ? "external" : "with_coach",
        external ? "Kykyviisari" : NULL,
        on,
        "submitted",
        "fi",
        coach.id,
        coach.organisationId,
        `${on} 12:00:00+02`,
        `${on} 11:30:00+02`,
        `${on} 12:00:00+02`,
      ].join("\t"),
    );
    instrument.dimensions.forEach((d, i) => {
      const score = rng.chance(0.03)
        ? NULL
        : String(clamp((level[i] ?? 5) + trend * a + (rng.next() * 2 - 1)));
      sinks.scores.row([r, id, d.id, pid, instrument.id, d.key, on, score].join("\t"));
    });
  }
}
