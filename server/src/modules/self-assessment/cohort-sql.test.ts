import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildRegion,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
} from "../../../test/app";
import { asRegion, buildProject } from "../../../test/enrolments";
import {
  insertEnrolment,
  insertGroupStep,
  insertParticipant,
  insertStage,
  insertSubmittedAnswer,
  instrumentVersionOf,
} from "../../../test/self-assessment";
import { buildPublishedInstrument } from "../../../test/self-assessments";
import { rowsOf } from "../../db/client";
import type { Stage } from "../pathway/schema";
import { cohortGroups, GROUP_KEY } from "./cohort-groups";
import { cohortAggregates } from "./cohort-service";
import {
  AGE_BANDS,
  type AgeBand,
  type CohortAggregates,
  type CohortFilters,
  NO_STAGE,
  type ReferenceAnswer,
  type ReferencePerson,
  referenceAggregates,
} from "./cohort-stats";

// The cohort statistics computed by the SQL (cohort-service.ts) equal the in-memory reference
// (cohort-stats.ts) on generated answer sets: small sets, written to the database for each run.

const STAGES: Stage[] = ["reached", "life_management", "resources_and_goals", "guided_onward", "network"];
const KEYS = ["mind", "body", "skills"] as const;
const DAYS = ["2025-01-10", "2025-03-05", "2025-03-05", "2025-06-20", "2025-09-01", "2025-11-30"];

/**
 * Group steps as coaches write them: three groups (the same title at the region's organisation, at a
 * provider known by name only, and with no provider), each spelt in more than one way.
 */
const GROUP_SPELLINGS: { group: number; title: string; provider: "organisation" | string | null }[] = [
  { group: 0, title: "Kahvilaryhmä", provider: "organisation" },
  { group: 0, title: "  KAHVILARYHMÄ ", provider: "organisation" },
  { group: 1, title: "Kahvilaryhmä", provider: "Pajan Kahvila" },
  { group: 1, title: "\tkahvilaRyhmä", provider: " pajan   kahvila " },
  { group: 2, title: "Liikunta  ryhmä", provider: null },
  { group: 2, title: "liikunta ryhmä", provider: "  " },
];

let t: TestApp;
let region: TestRegion;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  admin = await signIn(t, region.admin);
});
afterAll(() => t.close());

const personArb = fc.record({
  birthDate: fc.constantFrom(
    "2004-05-01",
    "2000-03-06",
    "1998-02-28",
    "1985-10-10",
    "1970-06-20",
    "1966-01-31",
  ),
  earlierStage: fc.option(fc.constantFrom(...STAGES), { nil: null }),
  stage: fc.option(fc.constantFrom(...STAGES), { nil: null }),
  projects: fc.subarray([0, 1]),
  groups: fc.array(
    fc.record({
      spelling: fc.integer({ min: 0, max: GROUP_SPELLINGS.length - 1 }),
      startsOn: fc.constantFrom("2024-10-01", "2025-04-01", "2025-09-01"),
      endsOn: fc.constantFrom(null, "2025-03-05", "2025-12-31"),
    }),
    { maxLength: 2 },
  ),
  answers: fc.array(
    fc.record({
      day: fc.constantFrom(...DAYS),
      scores: fc.dictionary(
        fc.constantFrom(...KEYS),
        fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 5 }),
        { minKeys: 1, maxKeys: 3, size: "max" },
      ),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});

const filtersArb = fc.record({
  project: fc.constantFrom<0 | 1 | 2 | null>(null, null, 0, 1, 2),
  group: fc.constantFrom<0 | 1 | 2 | null>(null, null, 0, 1, 2),
  ageBand: fc.constantFrom<AgeBand | null>(null, null, ...AGE_BANDS),
  stage: fc.constantFrom<Stage | null>(null, null, ...STAGES),
  from: fc.constantFrom(null, null, "2025-03-05"),
  to: fc.constantFrom(null, null, "2025-09-01"),
});

/** Means as the database and JavaScript print them differ in the last digits: compare to 1e-9. */
function rounded(agg: CohortAggregates): CohortAggregates {
  const r = (x: number | null) => (x === null ? null : Math.round(x * 1e9) / 1e9);
  return {
    ...agg,
    dimensions: Object.fromEntries(
      Object.entries(agg.dimensions).map(([k, d]) => [k, { ...d, mean: r(d.mean), median: r(d.median) }]),
    ),
  };
}

describe("the cohort SQL", () => {
  it("computes what the reference computes, for generated answers and filters", async () => {
    let cohortsOfFive = 0;
    let groupCohorts = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(personArb, { maxLength: 16, size: "max" }),
        // The first report has no filters: the cohort is then as large as the run makes it.
        fc
          .array(filtersArb, { minLength: 3, maxLength: 3 })
          .map((list) => [
            { project: null, group: null, ageBand: null, stage: null, from: null, to: null },
            ...list,
          ]),
        async (generated, filterList) => {
          const instrument = await instrumentVersionOf(
            t,
            region,
            (await buildPublishedInstrument(t, admin, [...KEYS])).id,
          );
          const projects = [(await buildProject(t, region)).id, (await buildProject(t, region)).id];
          // A third project nobody is in.
          projects.push((await buildProject(t, region)).id);
          const people: ReferencePerson[] = [];
          const answers: ReferenceAnswer[] = [];
          // Each run's groups have titles of their own (the region keeps earlier runs' steps).
          const run = crypto.randomUUID().slice(0, 8);
          const stepGroup = new Map<string, number>();
          const groupSteps: {
            personIndex: number;
            group: number;
            startsOn: string;
            endsOn: string | null;
            id: string;
          }[] = [];
          for (const [personIndex, g] of generated.entries()) {
            const id = await insertParticipant(t, region, g.birthDate);
            if (g.earlierStage) await insertStage(t, region, id, g.earlierStage, "2024-05-01");
            if (g.stage) await insertStage(t, region, id, g.stage, "2024-09-01");
            const mine = g.projects.map((i) => projects[i] ?? "");
            for (const p of mine) await insertEnrolment(t, region, id, p);
            for (const step of g.groups) {
              const spelling = GROUP_SPELLINGS[step.spelling];
              if (!spelling) throw new Error("no spelling");
              const endsOn = step.endsOn !== null && step.endsOn < step.startsOn ? null : step.endsOn;
              const stepId = await insertGroupStep(
                t,
                region,
                id,
                {
                  title: `${spelling.title} ${run}`,
                  providerOrganisationId: spelling.provider === "organisation" ? region.organisationId : null,
                  providerName: spelling.provider === "organisation" ? null : spelling.provider,
                },
                step.startsOn,
                endsOn,
              );
              stepGroup.set(stepId, spelling.group);
              groupSteps.push({
                personIndex,
                group: spelling.group,
                startsOn: step.startsOn,
                endsOn,
                id: stepId,
              });
            }
            people.push({
              id,
              birthDate: g.birthDate,
              stage: g.stage ?? g.earlierStage ?? NO_STAGE,
              projects: mine,
            });
            for (const a of g.answers) {
              const answerId = await insertSubmittedAnswer(t, region, instrument, id, a.day, a.scores);
              answers.push({ id: answerId, participantId: id, answeredOn: a.day, scores: a.scores });
            }
          }
          // Every spelling of a group gives the group's key, and different groups different keys.
          const keyOfStep = new Map(
            (
              await asRegion(t, region, async (tx) =>
                rowsOf<{ id: string; key: string }>(
                  await tx.execute(sql`SELECT s.id, ${GROUP_KEY} AS key FROM steps s WHERE s.kind = 'group'`),
                ),
              )
            ).map((r) => [r.id, r.key]),
          );
          const groupKeys = new Map<number, string>();
          for (const [stepId, group] of stepGroup) {
            const key = keyOfStep.get(stepId) ?? "";
            expect(groupKeys.get(group) ?? key).toBe(key);
            groupKeys.set(group, key);
          }
          expect(new Set(groupKeys.values()).size).toBe(groupKeys.size);
          const listed = await asRegion(t, region, (tx) => cohortGroups(tx));
          for (const key of groupKeys.values()) expect(listed.map((g) => g.key)).toContain(key);
          for (const step of groupSteps) {
            const person = people[step.personIndex];
            if (!person) throw new Error("no person");
            person.groups = [
              ...(person.groups ?? []),
              { key: groupKeys.get(step.group) ?? "", startsOn: step.startsOn, endsOn: step.endsOn },
            ];
          }
          for (const f of filterList) {
            const filters: CohortFilters = {
              projectId: f.project === null ? null : (projects[f.project] ?? null),
              // A group nobody of this run is in has a key no step has.
              groupKey: f.group === null ? null : (groupKeys.get(f.group) ?? "0".repeat(32)),
              ageBand: f.ageBand,
              stage: f.stage,
              from: f.from,
              to: f.to,
            };
            const fromSql = await asRegion(t, region, (tx) =>
              cohortAggregates(tx, region.regionId, instrument.id, filters),
            );
            const expected = referenceAggregates(people, answers, filters);
            expect(rounded(fromSql)).toEqual(rounded(expected));
            if (expected.cohort.participants >= 5) cohortsOfFive += 1;
            if (filters.groupKey !== null && expected.cohort.participants > 0) groupCohorts += 1;
          }
        },
      ),
      // A fixed seed: the coverage checks below are about the generator, and with 25 random runs they
      // failed about once in thirty (3 group cohorts where 4 were wanted). Change the generator, re-check.
      { numRuns: 25, seed: 424242 },
    );
    // The generated sets reach cohorts that are not withheld.
    expect(cohortsOfFive).toBeGreaterThan(3);
    // ... and group filters that find someone.
    expect(groupCohorts).toBeGreaterThan(3);
  }, 240_000);

  it("sees only the caller's region", async () => {
    const other = await buildRegion(t);
    const instrument = await instrumentVersionOf(
      t,
      region,
      (await buildPublishedInstrument(t, admin, [...KEYS])).id,
    );
    for (let i = 0; i < 6; i++) {
      const id = await insertParticipant(t, region, "1990-01-01");
      await insertSubmittedAnswer(t, region, instrument, id, "2025-01-10", { mind: 3 });
      await insertSubmittedAnswer(t, region, instrument, id, "2025-05-10", { mind: 6 });
    }
    const none: CohortFilters = {
      projectId: null,
      groupKey: null,
      ageBand: null,
      stage: null,
      from: null,
      to: null,
    };
    const own = await asRegion(t, region, (tx) => cohortAggregates(tx, region.regionId, instrument.id, none));
    expect(own.cohort).toEqual({ participants: 6, withTwoAnswers: 6 });
    expect(own.dimensions.mind).toMatchObject({ n: 6, improved: 6, mean: 3, median: 3 });
    // Another region's transaction sees none of it, even when asked with this region's id (row-level security).
    const stolen = await asRegion(t, other, (tx) =>
      cohortAggregates(tx, region.regionId, instrument.id, none),
    );
    expect(stolen.cohort).toEqual({ participants: 0, withTwoAnswers: 0 });
    expect(stolen.dimensions).toEqual({});
  });
});
