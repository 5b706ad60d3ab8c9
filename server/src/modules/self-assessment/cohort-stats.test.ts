import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AGE_BANDS,
  type AgeBand,
  ageBandOf,
  ageOn,
  type CohortAggregates,
  type CohortFilters,
  changeStatistics,
  DIRECTIONS,
  NO_STAGE,
  peopleInScope,
  type ReferenceAnswer,
  type ReferencePerson,
  referenceAggregates,
  SUPPRESSION_THRESHOLD as T,
} from "./cohort-stats";
import { type CohortResult, suppressCohort } from "./cohort-suppression";

// Property tests of the distance-travelled statistics and of suppression, on generated answer sets
// (pure, many runs). cohort-sql.test.ts checks the SQL against the same reference on the database.

const STAGE_VALUES = [
  "reached",
  "life_management",
  "resources_and_goals",
  "guided_onward",
  "network",
] as const;
const KEYS = ["mind", "body", "skills"] as const;
const PROJECTS = ["p1", "p2"] as const;
const GROUPS = ["g1", "g2"] as const;
const DAYS = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}-15`);

const birthDate = fc.oneof(
  // Years that put people in each band in 2025, so that every band has people to compare.
  fc.constantFrom("2004-05-01", "1998-02-28", "1985-10-10", "1966-01-31", "2000-12-31"),
  fc
    .tuple(
      fc.integer({ min: 1960, max: 2009 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
);

const score = fc.oneof(
  { arbitrary: fc.integer({ min: 3, max: 7 }), weight: 6 },
  { arbitrary: fc.integer({ min: 0, max: 10 }), weight: 2 },
  { arbitrary: fc.constant(null), weight: 1 },
);

const personWithAnswers = (minAnswers: number) =>
  fc.record({
    birthDate,
    stage: fc.constantFrom<string>(...STAGE_VALUES, NO_STAGE),
    projects: fc.subarray([...PROJECTS]),
    // Group steps: some of them end before or start after the periods the filters choose.
    groups: fc.array(
      fc.record({
        key: fc.constantFrom(...GROUPS),
        startsOn: fc.constantFrom("2024-09-01", "2025-02-01", "2025-07-01"),
        endsOn: fc.constantFrom(null, null, "2025-02-28", "2025-12-31"),
      }),
      { maxLength: 2 },
    ),
    answers: fc.array(
      fc.record({
        day: fc.constantFrom(...DAYS),
        scores: fc.dictionary(fc.constantFrom(...KEYS), score, { minKeys: 0, maxKeys: 3, size: "max" }),
      }),
      { minLength: minAnswers, maxLength: 4 },
    ),
  });

/**
 * People and their answers: few days, so that answers of the same day occur; from nobody to enough people
 * for every age band and stage to have groups above and below the threshold.
 */
const answerSetOf = (minPeople: number, maxPeople: number, minAnswers = 0) =>
  fc
    .array(personWithAnswers(minAnswers), { minLength: minPeople, maxLength: maxPeople, size: "max" })
    .map((generated) => {
      const people: ReferencePerson[] = generated.map((g, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        birthDate: g.birthDate,
        stage: g.stage,
        projects: g.projects,
        groups: g.groups.map((step) => ({
          ...step,
          endsOn: step.endsOn !== null && step.endsOn < step.startsOn ? null : step.endsOn,
        })),
      }));
      const answers: ReferenceAnswer[] = generated.flatMap((g, i) =>
        g.answers.map((a, j) => ({
          id: `a${String(i).padStart(4, "0")}-${j}`,
          participantId: people[i]?.id ?? "",
          answeredOn: a.day,
          scores: a.scores,
        })),
      );
      return { people, answers };
    });

const answerSet = answerSetOf(0, 60);
/** Larger sets for the attacks on families of reports, which need several groups of 5 or more. */
const largeAnswerSet = answerSetOf(60, 150, 2);

/** Filters, each left out about half of the time (every filter narrows the cohort a lot). */
const filterSet: fc.Arbitrary<CohortFilters> = fc.record({
  projectId: fc.constantFrom(null, null, "p1", "p2"),
  groupKey: fc.constantFrom(null, null, "g1", "g2"),
  ageBand: fc.constantFrom<AgeBand | null>(null, null, null, null, ...AGE_BANDS),
  stage: fc.constantFrom<string | null>(null, null, null, null, null, ...STAGE_VALUES),
  from: fc.constantFrom(null, null, "2025-03-01", "2025-06-15"),
  to: fc.constantFrom(null, null, "2025-09-30", "2025-12-31"),
});

/** Filters for the family attacks: mostly no other filter, so that the groups compared are large. */
const familyBaseFilters: fc.Arbitrary<CohortFilters> = fc.record({
  projectId: fc.constantFrom(null, null, null, "p1"),
  groupKey: fc.constantFrom(null, null, null, "g1"),
  ageBand: fc.constantFrom<AgeBand | null>(null, null, null, ...AGE_BANDS),
  stage: fc.constantFrom<string | null>(null, null, null, "reached"),
  from: fc.constant(null),
  to: fc.constantFrom(null, null, "2025-09-30"),
});

const report = (
  people: ReferencePerson[],
  answers: ReferenceAnswer[],
  filters: CohortFilters,
): CohortResult => suppressCohort(referenceAggregates(people, answers, filters), filters, KEYS);

const RUNS = { numRuns: 1000 };

const NO_FILTERS: CohortFilters = {
  projectId: null,
  groupKey: null,
  ageBand: null,
  stage: null,
  from: null,
  to: null,
};

describe("the change statistics", () => {
  it("give improved + same + declined = those with two answers on the dimension, for any answers and filters", () => {
    fc.assert(
      fc.property(answerSet, filterSet, ({ people, answers }, filters) => {
        const agg = referenceAggregates(people, answers, filters);
        const scope = peopleInScope(people, answers, filters).filter(
          (p) =>
            (filters.projectId === null || p.person.projects.includes(filters.projectId)) &&
            (filters.groupKey === null ||
              (p.person.groups ?? []).some(
                (g) =>
                  g.key === filters.groupKey &&
                  (filters.to === null || g.startsOn <= filters.to) &&
                  (filters.from === null || g.endsOn === null || g.endsOn >= filters.from),
              )) &&
            (filters.ageBand === null || p.band === filters.ageBand) &&
            (filters.stage === null || p.person.stage === filters.stage),
        );
        for (const key of KEYS) {
          // Counted straight from the answers: people of the cohort with two non-null scores in the period.
          const withTwo = scope.filter(
            (p) =>
              answers.filter(
                (a) =>
                  a.participantId === p.person.id &&
                  (filters.from === null || a.answeredOn >= filters.from) &&
                  (filters.to === null || a.answeredOn <= filters.to) &&
                  a.scores[key] !== undefined &&
                  a.scores[key] !== null,
              ).length >= 2,
          ).length;
          const d = agg.dimensions[key];
          expect(d?.n ?? 0).toBe(withTwo);
          if (d) expect(d.improved + d.same + d.declined).toBe(d.n);
        }
        expect(agg.cohort.withTwoAnswers).toBeLessThanOrEqual(agg.cohort.participants);
      }),
      RUNS,
    );
  });

  it("have a mean and a median between the smallest and the largest change, and agree on constant lists", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10, max: 10 }), { minLength: 1, maxLength: 60 }), (changes) => {
        const s = changeStatistics(changes);
        const min = Math.min(...changes);
        const max = Math.max(...changes);
        expect(s.mean).not.toBeNull();
        expect(s.median).not.toBeNull();
        expect(s.mean ?? Number.NaN).toBeGreaterThanOrEqual(min);
        expect(s.mean ?? Number.NaN).toBeLessThanOrEqual(max);
        expect(s.median ?? Number.NaN).toBeGreaterThanOrEqual(min);
        expect(s.median ?? Number.NaN).toBeLessThanOrEqual(max);
        // Half of the changes lie on each side of the median.
        const below = changes.filter((c) => c < (s.median ?? 0)).length;
        const above = changes.filter((c) => c > (s.median ?? 0)).length;
        expect(below).toBeLessThanOrEqual(changes.length / 2);
        expect(above).toBeLessThanOrEqual(changes.length / 2);
        if (min === max) {
          expect(s.mean).toBe(min);
          expect(s.median).toBe(min);
        }
        expect(s.improved + s.same + s.declined).toBe(changes.length);
      }),
      RUNS,
    );
  });

  it("give the known figures of a small example", () => {
    expect(changeStatistics([3, -1, 0, 2])).toEqual({
      n: 4,
      improved: 2,
      same: 1,
      declined: 1,
      mean: 1,
      median: 1,
    });
    expect(changeStatistics([])).toMatchObject({ n: 0, mean: null, median: null });
  });
});

describe("ages and age bands", () => {
  it("count whole years, a 29.2. birthday coming on 1.3.", () => {
    expect(ageOn("2000-02-29", "2025-02-28")).toBe(24);
    expect(ageOn("2000-02-29", "2025-03-01")).toBe(25);
    expect(ageOn("1990-06-15", "2025-06-15")).toBe(35);
    expect(ageOn("1990-06-15", "2025-06-14")).toBe(34);
  });

  it("put the band limits where the funders do", () => {
    expect([15, 16, 24, 25, 29, 30, 54, 55, 70].map(ageBandOf)).toEqual([
      "16_24",
      "16_24",
      "16_24",
      "25_29",
      "25_29",
      "30_54",
      "30_54",
      "55_plus",
      "55_plus",
    ]);
  });
});

/** Every count a report publishes, with its name. */
function publishedCounts(r: CohortResult): [string, number][] {
  const out: [string, number][] = [];
  if (r.participants !== null) out.push(["participants", r.participants]);
  if (r.withTwoAnswers !== null) out.push(["withTwoAnswers", r.withTwoAnswers]);
  for (const d of r.dimensions) {
    if (d.n !== null) out.push([`${d.key}.n`, d.n]);
    for (const dir of DIRECTIONS) {
      const v = d[dir];
      if (v !== null) out.push([`${d.key}.${dir}`, v]);
    }
  }
  return out;
}

describe("suppression", () => {
  it("never publishes a count of 1 to 4 people, and withholds the whole report under 5", () => {
    fc.assert(
      fc.property(answerSet, filterSet, ({ people, answers }, filters) => {
        const agg = referenceAggregates(people, answers, filters);
        const r = suppressCohort(agg, filters, KEYS);
        for (const [name, value] of publishedCounts(r)) {
          expect(value === 0 || value >= T, `${name} = ${value}`).toBe(true);
        }
        if (agg.cohort.participants < T) {
          expect(r.suppressed?.reason).toBe("cohort_too_small");
          expect(publishedCounts(r)).toEqual([]);
          expect(r.dimensions.every((d) => d.meanChange === null && d.medianChange === null)).toBe(true);
        } else {
          expect(r.suppressed).toBeNull();
        }
        for (const d of r.dimensions) {
          // A row with fewer than 5 people shows nothing, not even its mean or median.
          const raw = agg.dimensions[d.key]?.n ?? 0;
          if (raw < T) {
            expect(d.n).toBeNull();
            expect(d.meanChange).toBeNull();
            expect(d.medianChange).toBeNull();
            expect(d.suppressed).not.toBeNull();
          }
          if (d.n === null) {
            expect(d.suppressed).not.toBeNull();
            expect(DIRECTIONS.every((dir) => d[dir] === null && d.cells[dir] !== null)).toBe(true);
          }
          // Every withheld figure says why.
          for (const dir of DIRECTIONS) expect(d[dir] === null).toBe(d.cells[dir] !== null);
        }
      }),
      RUNS,
    );
  });

  it("withholds at least two cells of a shown row, holding at least 5 people, so none follows from n", () => {
    fc.assert(
      fc.property(answerSet, filterSet, ({ people, answers }, filters) => {
        const agg = referenceAggregates(people, answers, filters);
        for (const d of suppressCohort(agg, filters, KEYS).dimensions) {
          if (d.n === null) continue;
          const raw = agg.dimensions[d.key];
          if (!raw) throw new Error("a shown row without figures");
          const hidden = DIRECTIONS.filter((dir) => d[dir] === null);
          if (hidden.length === 0) continue;
          expect(hidden.length).toBeGreaterThanOrEqual(2);
          expect(hidden.reduce((sum, dir) => sum + raw[dir], 0)).toBeGreaterThanOrEqual(T);
          expect(d.meanChange).toBe(raw.mean);
        }
      }),
      RUNS,
    );
  });

  // People can be in several projects and groups: the attack is the report without that filter minus
  // this one, which gives the people of the wider report outside the project (group).
  for (const filter of ["projectId", "groupKey"] as const) {
    it(`never lets the report without the ${filter === "projectId" ? "project" : "group"} filter minus this one reveal 1 to 4 people`, () => {
      let attacks = 0;
      fc.assert(
        fc.property(
          answerSet,
          filterSet.filter((f) => f[filter] !== null),
          ({ people, answers }, filters) => {
            const own = report(people, answers, filters);
            const wider = referenceAggregates(people, answers, { ...filters, [filter]: null });
            const raw = referenceAggregates(people, answers, filters);
            if (own.participants !== null) {
              attacks += 1;
              const diff = wider.cohort.participants - own.participants;
              expect(diff === 0 || diff >= T, `participants: ${diff}`).toBe(true);
            }
            for (const d of own.dimensions) {
              for (const field of ["n", ...DIRECTIONS] as const) {
                const mine = d[field];
                if (mine === null) continue;
                const diff = (wider.dimensions[d.key]?.[field] ?? 0) - (raw.dimensions[d.key]?.[field] ?? 0);
                expect(diff === 0 || diff >= T, `${d.key}.${field}: ${diff}`).toBe(true);
              }
            }
          },
        ),
        RUNS,
      );
      // Reports that are shown at all do occur, so that the property means something.
      expect(attacks).toBeGreaterThan(20);
    });
  }

  // The attack on a family of reports: the report without the age band (stage) filter minus every band
  // (stage) that shows a figure leaves the one band that does not. That band's figure must not be 1–4.
  for (const family of ["ageBand", "stage"] as const) {
    it(`never lets the ${family === "ageBand" ? "age bands" : "stages"} be subtracted from the wider report to reveal 1 to 4 people`, () => {
      const values: (string | null)[] = family === "ageBand" ? [...AGE_BANDS] : [...STAGE_VALUES];
      // People without a stage form a group no filter asks for: it stays unknown in the subtraction.
      const groups = family === "stage" ? [...values, NO_STAGE] : values;
      let attacks = 0;
      fc.assert(
        fc.property(largeAnswerSet, familyBaseFilters, ({ people, answers }, base) => {
          const parentFilters = { ...base, [family]: null };
          const parent = report(people, answers, parentFilters);
          const raw = new Map(
            groups.map((g) => [g, referenceAggregates(people, answers, { ...parentFilters, [family]: g })]),
          );
          const shown = new Map(
            values.map((v) => [v, report(people, answers, { ...parentFilters, [family]: v })]),
          );
          type Figure = {
            name: string;
            shown: (r: CohortResult, key: string) => number | null;
            raw: (a: CohortAggregates, key: string) => number;
          };
          const figures: Figure[] = [
            { name: "participants", shown: (r) => r.participants, raw: (a) => a.cohort.participants },
            { name: "withTwoAnswers", shown: (r) => r.withTwoAnswers, raw: (a) => a.cohort.withTwoAnswers },
            ...(["n", ...DIRECTIONS] as const).map(
              (f): Figure => ({
                name: f,
                shown: (r, key) => r.dimensions.find((d) => d.key === key)?.[f] ?? null,
                raw: (a, key) => a.dimensions[key]?.[f] ?? 0,
              }),
            ),
          ];
          for (const key of KEYS) {
            for (const { name, shown: get, raw: rawOf } of figures) {
              const total = get(parent, key);
              if (total === null) continue;
              const known = values.filter((v) => {
                const r = shown.get(v);
                return r !== undefined && get(r, key) !== null;
              });
              const unknown = groups.filter((g) => !known.includes(g));
              if (unknown.length !== 1) continue;
              attacks += 1;
              const derived = known.reduce((sum, v) => {
                const r = shown.get(v);
                return r ? sum - (get(r, key) ?? 0) : sum;
              }, total);
              // The subtraction does give the hidden group's true figure: the attack is real.
              const truth = raw.get(unknown[0] ?? null);
              if (!truth) throw new Error("no raw figures for the unknown group");
              expect(derived).toBe(rawOf(truth, key));
              expect(
                derived === 0 || derived >= T,
                `${key}.${name} of ${unknown[0]} derived as ${derived}`,
              ).toBe(true);
            }
          }
        }),
        { numRuns: 300, endOnFailure: true },
      );
      // The generated sets do reach the attack often enough for the property to mean something.
      expect(attacks).toBeGreaterThan(5);
    });
  }

  it("withholds the split when a neighbouring age band has a small cell, and says why", () => {
    const filters: CohortFilters = {
      projectId: null,
      groupKey: null,
      ageBand: "30_54",
      stage: null,
      from: null,
      to: null,
    };
    const group = (n: number, improved: number, same: number, declined: number) => ({
      cohort: { participants: n, withTwoAnswers: n },
      dimensions: { mind: { n, improved, same, declined } },
    });
    const r = suppressCohort(
      {
        cohort: { participants: 20, withTwoAnswers: 20 },
        dimensions: { mind: { n: 20, improved: 10, same: 5, declined: 5, mean: 0.5, median: 0 } },
        withoutProject: null,
        withoutGroup: null,
        byAgeBand: { "30_54": group(20, 10, 5, 5), "55_plus": group(8, 6, 0, 2) },
        byStage: null,
      },
      filters,
      ["mind"],
    );
    const mind = r.dimensions[0];
    expect(mind).toMatchObject({
      n: 20,
      meanChange: 0.5,
      medianChange: 0,
      improved: null,
      same: null,
      declined: null,
    });
    expect(mind?.cells.improved?.reason).toBe("would_reveal_small_group");
    expect(r.participants).toBe(20);
  });

  it("withholds a group's figures that the rest of the cohort outside the group would reveal", () => {
    const r = suppressCohort(
      {
        cohort: { participants: 12, withTwoAnswers: 10 },
        dimensions: {
          mind: { n: 10, improved: 5, same: 5, declined: 0, mean: 0.5, median: 0.5 },
          body: { n: 10, improved: 10, same: 0, declined: 0, mean: 2, median: 2 },
        },
        withoutProject: null,
        // Outside the group: 3 more people, two of them with two answers; on mind one more improved and
        // one declined, on body six more improved and none else.
        withoutGroup: {
          cohort: { participants: 15, withTwoAnswers: 12 },
          dimensions: {
            mind: { n: 12, improved: 6, same: 5, declined: 1 },
            body: { n: 16, improved: 16, same: 0, declined: 0 },
          },
        },
        byAgeBand: null,
        byStage: null,
      },
      { ...NO_FILTERS, groupKey: "g1" },
      ["mind", "body"],
    );
    expect(r.participantsSuppressed?.reason).toBe("would_reveal_small_group");
    expect(r.withTwoAnswersSuppressed?.reason).toBe("would_reveal_small_group");
    expect(r.dimensions[0]?.suppressed?.reason).toBe("would_reveal_small_group");
    expect(r.dimensions[1]).toMatchObject({ n: 10, improved: 10, same: 0, declined: 0, suppressed: null });
    // Without the group filter nothing is withheld for the people outside it.
    const plain = suppressCohort(
      {
        cohort: { participants: 12, withTwoAnswers: 10 },
        dimensions: { mind: { n: 10, improved: 5, same: 5, declined: 0, mean: 0.5, median: 0.5 } },
        withoutProject: null,
        withoutGroup: null,
        byAgeBand: null,
        byStage: null,
      },
      NO_FILTERS,
      ["mind"],
    );
    expect(plain).toMatchObject({ participants: 12, withTwoAnswers: 10 });
    expect(plain.dimensions[0]).toMatchObject({ n: 10, improved: 5, same: 5, declined: 0 });
  });

  it("hides a cell of 1–4 and the next smallest cell with it", () => {
    const filters: CohortFilters = NO_FILTERS;
    const r = suppressCohort(
      {
        cohort: { participants: 30, withTwoAnswers: 22 },
        dimensions: { mind: { n: 22, improved: 14, same: 6, declined: 2, mean: 1.2, median: 1 } },
        withoutProject: null,
        withoutGroup: null,
        byAgeBand: null,
        byStage: null,
      },
      filters,
      ["mind", "body"],
    );
    expect(r.dimensions[0]).toMatchObject({
      improved: 14,
      same: null,
      declined: null,
      improvedShare: 14 / 22,
      cells: { improved: null, same: { reason: "complementary" }, declined: { reason: "small_cell" } },
    });
    expect(r.dimensions[1]).toMatchObject({
      n: null,
      suppressed: { reason: "too_few_people", threshold: 5 },
    });
  });
});
