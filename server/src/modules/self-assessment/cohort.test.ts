import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildRegion,
  buildUser,
  call,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
} from "../../../test/app";
import { buildProject } from "../../../test/enrolments";
import { buildParticipant } from "../../../test/participants";
import {
  defaultInstrument,
  insertEnrolment,
  insertGroupStep,
  insertParticipant,
  insertSubmittedAnswer,
  instrumentVersionOf,
  parseCsv,
  recordExternalScores,
} from "../../../test/self-assessment";
import { buildPublishedInstrument, publishVersion } from "../../../test/self-assessments";
import type { CohortDimension, CohortGroupOption, CohortReport, CohortResponse } from "./cohort-api";

// GET /api/self-assessment/cohort(.csv|.xlsx): the distance-travelled report of a cohort, built from
// answers recorded through the self-assessment API.

let t: TestApp;
let region: TestRegion;
let manager: Session;
let coach: Session;
let admin: Session;
let instrumentId: string;
/** Ten people aged 40, two aged 21, and one aged 40 with a single answer. */
const main: string[] = [];
const young: string[] = [];
let projectId: string;
let smallProjectId: string;
/** Six of the ten (the project's six) in a group at the region's organisation, and one who left before 2025. */
const GROUP = "Kahvilaryhmä";
/** Three of the ten in a group of a provider known by name. */
const SMALL_GROUP = "Pienryhmä";

const FIRST = "2025-02-01";
const LATEST = "2025-08-01";
const SKIP_REST = {
  functional_capacity: null,
  participation: null,
  skills: null,
  everyday_life: null,
};

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  admin = await signIn(t, region.admin);
  manager = await signIn(t, await buildUser(t, region, { role: "project_manager" }));
  coach = await signIn(t, await buildUser(t, region, { role: "coach" }));
  instrumentId = (await defaultInstrument(t, region)).id;

  // work_ability 4 → 6, 7, 5, 8, 5, then five unchanged; mind 5 → 6 for seven, 5 for two, 3 for one;
  // body answered twice by three people only.
  const workLatest = [6, 7, 5, 8, 5, 4, 4, 4, 4, 4];
  const mindLatest = [6, 6, 6, 6, 6, 6, 6, 5, 5, 3];
  for (let i = 0; i < 10; i++) {
    const p = (await buildParticipant(t, coach, { birthDate: "1985-03-03" })).data.id;
    main.push(p);
    await recordExternalScores(t, coach, p, instrumentId, FIRST, {
      work_ability: 4,
      mind: 5,
      body: 5,
      ...SKIP_REST,
    });
    await recordExternalScores(t, coach, p, instrumentId, LATEST, {
      work_ability: workLatest[i] ?? 0,
      mind: mindLatest[i] ?? 0,
      body: i < 3 ? 6 : null,
      ...SKIP_REST,
    });
  }
  for (let i = 0; i < 2; i++) {
    const p = (await buildParticipant(t, coach, { birthDate: "2004-06-06" })).data.id;
    young.push(p);
    await recordExternalScores(t, coach, p, instrumentId, FIRST, { work_ability: 4, mind: 5 });
    await recordExternalScores(t, coach, p, instrumentId, LATEST, { work_ability: 6, mind: 5 });
  }
  const once = (await buildParticipant(t, coach, { birthDate: "1985-03-03" })).data.id;
  await recordExternalScores(t, coach, once, instrumentId, FIRST, { work_ability: 4 });

  // A project with six of the ten, and one with three.
  projectId = (await buildProject(t, region)).id;
  for (const p of main.slice(0, 6)) await insertEnrolment(t, region, p, projectId);
  smallProjectId = (await buildProject(t, region)).id;
  for (const p of main.slice(0, 3)) await insertEnrolment(t, region, p, smallProjectId);

  // The group's steps, written as coaches do: in any case and spacing.
  const titles = [GROUP, ` ${GROUP.toUpperCase()}`, GROUP.toLowerCase(), GROUP, `${GROUP}  `, GROUP];
  for (const [i, p] of main.slice(0, 6).entries()) {
    const group = { title: titles[i] ?? GROUP, providerOrganisationId: region.organisationId };
    await insertGroupStep(t, region, p, group, "2025-01-15", i < 3 ? null : "2025-09-30");
  }
  await insertGroupStep(
    t,
    region,
    main[6] ?? "",
    { title: GROUP, providerOrganisationId: region.organisationId },
    "2024-09-01",
    "2024-12-20",
  );
  for (const p of main.slice(0, 3)) {
    await insertGroupStep(t, region, p, { title: SMALL_GROUP, providerName: "Pajan kahvila" }, "2025-03-01");
  }
  // The same title at another provider is another group.
  await insertGroupStep(t, region, main[9] ?? "", { title: GROUP, providerName: "Seurakunta" }, "2025-01-15");
}, 120_000);
afterAll(() => t.close());

async function report(query = "", session = manager): Promise<CohortReport> {
  const res = await call(
    t,
    session,
    "GET",
    `/api/self-assessment/cohort?instrumentId=${instrumentId}${query}`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}
const row = (r: CohortReport, key: string): CohortDimension => {
  const found = r.dimensions.find((d) => d.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
};

describe("GET /api/self-assessment/cohort", () => {
  it("gives the whole region's change per dimension, with small cells withheld and why", async () => {
    const r = await report();
    expect(r.filters).toMatchObject({ project: null, ageBand: null, stage: null, from: null, to: null });
    expect(r.filters.instrument).toMatchObject({ id: instrumentId, key: "polku-work-ability" });
    expect(r).toMatchObject({ threshold: 5, suppressed: null, participants: 13, withTwoAnswers: 12 });
    // Dimensions in the instrument's order, each with its wording.
    expect(r.dimensions.map((d) => d.key)).toEqual([
      "work_ability",
      "functional_capacity",
      "mind",
      "participation",
      "body",
      "skills",
      "everyday_life",
    ]);
    expect(row(r, "everyday_life").texts.fi.question).toBe("Miten arkesi sujuu?");
    // Changes 2, 3, 1, 4, 1, 0, 0, 0, 0, 0 and 2, 2.
    expect(row(r, "work_ability")).toMatchObject({
      n: 12,
      meanChange: 1.25,
      medianChange: 1,
      improved: 7,
      same: 5,
      declined: 0,
      improvedShare: 7 / 12,
      sameShare: 5 / 12,
      declinedShare: 0,
      suppressed: null,
      cells: { improved: null, same: null, declined: null },
    });
    // Seven +1, four unchanged, one −2: the 4 and the 1 are withheld, together 5; the 7 stays.
    const mind = row(r, "mind");
    expect(mind).toMatchObject({ n: 12, medianChange: 1, improved: 7, same: null, declined: null });
    expect(mind.meanChange).toBeCloseTo(5 / 12, 10);
    expect(mind.cells).toEqual({
      improved: null,
      same: { reason: "small_cell", threshold: 5 },
      declined: { reason: "small_cell", threshold: 5 },
    });
    expect(row(r, "body")).toMatchObject({
      n: null,
      meanChange: null,
      medianChange: null,
      suppressed: { reason: "too_few_people", threshold: 5 },
    });
    expect(row(r, "skills").suppressed?.reason).toBe("too_few_people");
  });

  it("withholds a project's figures that the rest of the region would reveal", async () => {
    const r = await report(`&projectId=${projectId}`);
    expect(r.filters.project?.id).toBe(projectId);
    expect(r).toMatchObject({ participants: 6, withTwoAnswers: 6 });
    // Five improved and one unchanged; outside the project two improved and four stayed the same. The 1
    // is withheld as small, the 5 because it would give away the 2 outside; the 0 declined is shown.
    expect(row(r, "work_ability")).toMatchObject({
      n: 6,
      meanChange: 11 / 6,
      medianChange: 1.5,
      improved: null,
      same: null,
      declined: 0,
      declinedShare: 0,
      cells: {
        improved: { reason: "would_reveal_small_group" },
        same: { reason: "small_cell" },
        declined: null,
      },
    });
    // All six improved; outside the project one improved, four stayed and one declined: every cell of the
    // split would give one of those away.
    expect(row(r, "mind")).toMatchObject({
      n: 6,
      meanChange: 1,
      medianChange: 1,
      improved: null,
      same: null,
      declined: null,
      cells: {
        improved: { reason: "would_reveal_small_group" },
        same: { reason: "would_reveal_small_group" },
        declined: { reason: "would_reveal_small_group" },
      },
    });
  });

  it("withholds an age band when another band has fewer than 5 people, and a cohort under 5 entirely", async () => {
    const middle = await report("&ageBand=30_54");
    expect(middle.suppressed).toBeNull();
    expect(middle.participants).toBeNull();
    expect(middle.participantsSuppressed?.reason).toBe("would_reveal_small_group");
    expect(row(middle, "work_ability").suppressed?.reason).toBe("would_reveal_small_group");

    for (const query of ["&ageBand=16_24", `&projectId=${smallProjectId}`, "&stage=reached"]) {
      const r = await report(query);
      expect(r.suppressed, query).toEqual({ reason: "cohort_too_small", threshold: 5 });
      expect(r.participants).toBeNull();
      expect(r.withTwoAnswers).toBeNull();
      expect(r.dimensions.every((d) => d.n === null && d.meanChange === null)).toBe(true);
    }
  });

  it("counts only answers in the period", async () => {
    const r = await report(`&to=2025-05-01`);
    expect(r).toMatchObject({ participants: 13, withTwoAnswers: 0 });
    expect(r.dimensions.every((d) => d.suppressed?.reason === "too_few_people")).toBe(true);
    const later = await report(`&from=2025-02-01&to=2025-12-31`);
    expect(later.withTwoAnswers).toBe(12);
  });

  it("reports a dimension an older version asked after the current ones", async () => {
    const instrument = await buildPublishedInstrument(t, admin, ["kept", "dropped"]);
    const version = await instrumentVersionOf(t, region, instrument.id);
    for (let i = 0; i < 5; i++) {
      const p = await insertParticipant(t, region, "1990-01-01");
      await insertSubmittedAnswer(t, region, version, p, "2025-01-01", { kept: 2, dropped: 3 });
      await insertSubmittedAnswer(t, region, version, p, "2025-04-01", { kept: 2, dropped: 5 });
    }
    await publishVersion(t, admin, instrument.id, ["kept"]);
    const res = await call(t, manager, "GET", `/api/self-assessment/cohort?instrumentId=${instrument.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const r: CohortReport = res.json().data;
    expect(r.dimensions.map((d) => [d.key, d.current, d.n, d.meanChange])).toEqual([
      ["kept", true, 5, 0],
      ["dropped", false, 5, 2],
    ]);
  });

  it("writes one access-log row per report and none about any person", async () => {
    const before = await t.db.ownerQuery<{ subject_type: string; n: number }>(
      "SELECT subject_type, count(*)::int AS n FROM access_log WHERE region_id = $1 GROUP BY subject_type",
      [region.regionId],
    );
    await report();
    await call(t, manager, "GET", `/api/self-assessment/cohort.csv?instrumentId=${instrumentId}`);
    const after = await t.db.ownerQuery<{ subject_type: string; n: number }>(
      "SELECT subject_type, count(*)::int AS n FROM access_log WHERE region_id = $1 GROUP BY subject_type",
      [region.regionId],
    );
    const count = (rows: { subject_type: string; n: number }[], type: string) =>
      rows.find((x) => x.subject_type === type)?.n ?? 0;
    expect(count(after, "cohort-report") - count(before, "cohort-report")).toBe(2);
    expect(count(after, "participant")).toBe(count(before, "participant"));
    const [last] = await t.db.ownerQuery<{ subject_id: string; purpose: string; route: string }>(
      "SELECT subject_id, purpose, route FROM access_log WHERE region_id = $1 ORDER BY id DESC LIMIT 1",
      [region.regionId],
    );
    expect(last).toEqual({
      subject_id: instrumentId,
      purpose: "cohort report export (csv)",
      route: "GET /api/self-assessment/cohort.csv",
    });
  });

  it("uses the default instrument when none is asked for, and lists the instruments", async () => {
    const res = await call(t, admin, "GET", "/api/self-assessment/cohort");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.filters.instrument.id).toBe(instrumentId);
    expect(res.json().instruments[0]).toMatchObject({ id: instrumentId, archived: false });
  });

  it("refuses coaches with 403 and anonymous callers with 401", async () => {
    expect((await call(t, coach, "GET", "/api/self-assessment/cohort")).statusCode).toBe(403);
    expect((await call(t, null, "GET", "/api/self-assessment/cohort.xlsx")).statusCode).toBe(401);
  });

  it("answers a reversed period and an unknown project with 400 naming the field, an unknown instrument with 404", async () => {
    const reversed = await call(
      t,
      manager,
      "GET",
      `/api/self-assessment/cohort?from=2025-05-01&to=2025-01-01`,
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toEqual([
      { path: "/to", message: "The end of the period cannot be before its start." },
    ]);
    const project = await call(
      t,
      manager,
      "GET",
      `/api/self-assessment/cohort?projectId=${crypto.randomUUID()}`,
    );
    expect(project.statusCode).toBe(400);
    expect(project.json().errors[0].path).toBe("/projectId");
    const unknown = await call(
      t,
      manager,
      "GET",
      `/api/self-assessment/cohort?instrumentId=${crypto.randomUUID()}`,
    );
    expect(unknown.statusCode).toBe(404);
    expect((await call(t, manager, "GET", "/api/self-assessment/cohort?ageBand=20_30")).statusCode).toBe(400);
  });

  it("gives another region's manager 404 for this region's instrument and none of its figures", async () => {
    const other = await buildRegion(t);
    const otherManager = await signIn(t, await buildUser(t, other, { role: "project_manager" }));
    const res = await call(
      t,
      otherManager,
      "GET",
      `/api/self-assessment/cohort?instrumentId=${instrumentId}`,
    );
    expect(res.statusCode).toBe(404);
    const own = await call(t, otherManager, "GET", "/api/self-assessment/cohort");
    expect(own.statusCode).toBe(200);
    expect(own.json().data.suppressed?.reason).toBe("cohort_too_small");
    expect(own.body).not.toContain(instrumentId);
  });
});

describe("the group filter", () => {
  async function groups(): Promise<CohortGroupOption[]> {
    const res = await call(t, manager, "GET", `/api/self-assessment/cohort?instrumentId=${instrumentId}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as CohortResponse).groups;
  }
  const groupNamed = async (name: string, provider: RegExp) => {
    const found = (await groups()).find((g) => g.name === name && provider.test(g.provider ?? ""));
    if (!found) throw new Error(`no group ${name}`);
    return found;
  };

  it("lists the region's groups by provider and title, with member counts under 5 withheld", async () => {
    const list = await groups();
    expect(list.map((g) => [g.name, g.provider, g.members])).toEqual([
      [GROUP, expect.stringMatching(/^City /), 7],
      [GROUP, "Seurakunta", null],
      [SMALL_GROUP, "Pajan kahvila", null],
    ]);
    expect(list.every((g) => /^[0-9a-f]{32}$/.test(g.key))).toBe(true);
    // No one in a group is named or counted under 5.
    expect(JSON.stringify(list)).not.toMatch(/Kohortti|Testi/);
  });

  it("reports the people of a group in the period, with what the people outside it would reveal withheld", async () => {
    const group = await groupNamed(GROUP, /^City /);
    // From 2025 the group is the project's six, and outside it are the same people as outside the
    // project: the same figures are shown and withheld, for the same reasons.
    const r = await report(`&group=${group.key}&from=2025-01-01`);
    expect(r.filters.group).toEqual({ key: group.key, name: GROUP, provider: group.provider });
    expect(r).toMatchObject({ suppressed: null, participants: 6, withTwoAnswers: 6 });
    const project = await report(`&projectId=${projectId}&from=2025-01-01`);
    expect(r.dimensions).toEqual(project.dimensions);
    expect(row(r, "work_ability")).toMatchObject({
      n: 6,
      meanChange: 11 / 6,
      improved: null,
      same: null,
      declined: 0,
      cells: { improved: { reason: "would_reveal_small_group" }, same: { reason: "small_cell" } },
    });
    // Any time, the group also has the one who left in 2024: seven people.
    const anyTime = await report(`&group=${group.key}`);
    expect(anyTime).toMatchObject({ participants: 7, withTwoAnswers: 7 });
    expect(row(anyTime, "work_ability").n).toBe(7);
    // A period the group's steps do not reach has nobody.
    const before = await report(`&group=${group.key}&to=2024-08-31`);
    expect(before.suppressed?.reason).toBe("cohort_too_small");
    // With the project filter as well: the six are in both.
    const both = await report(`&group=${group.key}&projectId=${projectId}&from=2025-01-01`);
    expect(both).toMatchObject({ participants: 6, withTwoAnswers: 6 });
  });

  it("withholds a group under 5 entirely, and answers an unknown group with 400", async () => {
    const small = await groupNamed(SMALL_GROUP, /Pajan/);
    const r = await report(`&group=${small.key}`);
    expect(r.suppressed).toEqual({ reason: "cohort_too_small", threshold: 5 });
    expect(r.participants).toBeNull();
    expect(r.dimensions.every((d) => d.n === null && d.meanChange === null)).toBe(true);
    const other = await groupNamed(GROUP, /Seurakunta/);
    expect((await report(`&group=${other.key}`)).suppressed?.reason).toBe("cohort_too_small");

    const unknown = await call(t, manager, "GET", `/api/self-assessment/cohort?group=${"a".repeat(32)}`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { path: "/group", message: "The group was not found. Choose a group from the list." },
    ]);
    expect((await call(t, manager, "GET", "/api/self-assessment/cohort?group=Kahvila")).statusCode).toBe(400);
  });

  it("writes the group into the files' filters, in the file's language", async () => {
    const group = await groupNamed(GROUP, /^City /);
    const query = `instrumentId=${instrumentId}&group=${group.key}&from=2025-01-01`;
    const fi = await call(t, manager, "GET", `/api/self-assessment/cohort.csv?${query}&lang=fi`);
    expect(fi.statusCode).toBe(200);
    const lines = parseCsv(fi.rawPayload.subarray(3).toString("utf8"), ";");
    expect(lines).toContainEqual(["Ryhmä", `${GROUP} (${group.provider})`]);
    expect(lines).toContainEqual(["Hanke", "Kaikki hankkeet"]);
    const en = await call(
      t,
      manager,
      "GET",
      `/api/self-assessment/cohort.csv?instrumentId=${instrumentId}&lang=en`,
    );
    expect(parseCsv(en.rawPayload.subarray(3).toString("utf8"), ",")).toContainEqual(["Group", "All groups"]);
    const xlsx = await call(t, manager, "GET", `/api/self-assessment/cohort.xlsx?${query}&lang=sv`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.getWorksheet("Tillryggalagd väg")?.eachRow((r) => {
      rows.push((r.values as unknown[]).slice(1));
    });
    expect(rows).toContainEqual(["Grupp", `${GROUP} (${group.provider})`]);
  });
});

describe("the cohort report files", () => {
  it("are a CSV for Finnish Excel with the filters and the reasons written in", async () => {
    const api = await report(`&projectId=${projectId}`);
    const res = await call(
      t,
      manager,
      "GET",
      `/api/self-assessment/cohort.csv?instrumentId=${instrumentId}&projectId=${projectId}&lang=fi`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(
      /^attachment; filename="polku-distance-travelled-polku-work-ability-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = parseCsv(res.rawPayload.subarray(3).toString("utf8"), ";");
    expect(lines[0]).toEqual(["Kuljettu matka – itsearvioinnin muutos"]);
    expect(lines).toContainEqual(["Mittari", "Työkyky ja toimintakyky – Polun itsearvio"]);
    expect(lines).toContainEqual(["Hanke", api.filters.project?.name]);
    expect(lines).toContainEqual(["Ikäryhmä", "Kaikki ikäryhmät"]);
    expect(lines).toContainEqual(["Henkilöitä, joilla vähintään kaksi vastausta", "6"]);
    const header = lines.findIndex((l) => l[0] === "Osa-alue");
    expect(lines[header]?.[2]).toBe("Vähintään kaksi vastausta osa-alueesta (henkilöä)");
    const work = lines.find((l) => l[1] === "work_ability");
    expect(work?.slice(0, 11)).toEqual([
      "Millaiseksi arvioit työkykysi tällä hetkellä?",
      "work_ability",
      "6",
      "1,83",
      "1,5",
      "",
      "",
      "",
      "",
      "0",
      "0,0",
    ]);
    expect(work?.[11]).toContain("Ei näytetä: ryhmässä on alle 5 henkilöä.");
    expect(work?.[11]).toContain("Ei näytetä: luku paljastaisi yhdessä muiden rajausten");
    const mind = lines.find((l) => l[1] === "mind");
    expect(mind?.slice(2, 11)).toEqual(["6", "1,00", "1,0", "", "", "", "", "", ""]);
    expect(lines.find((l) => l[1] === "body")?.[11]).toBe(
      "Ei näytetä: alle 5 henkilöllä on kaksi vastausta.",
    );
    expect(lines.some((l) => l[0]?.startsWith("Tietosuojan vuoksi lukua ei näytetä"))).toBe(true);
  });

  it("are an XLSX in the asked language whose numbers equal the API's", async () => {
    const api = await report();
    const res = await call(
      t,
      manager,
      "GET",
      `/api/self-assessment/cohort.xlsx?instrumentId=${instrumentId}&lang=sv`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Tillryggalagd väg");
    if (!sheet) throw new Error("no sheet");
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: false }, (r) => {
      rows.push((r.values as unknown[]).slice(1));
    });
    expect(rows[0]).toEqual(["Tillryggalagd väg – förändring i självskattningen"]);
    expect(rows).toContainEqual(["Personer med minst ett svar", 13]);
    for (const d of api.dimensions) {
      const line = rows.find((r) => r[1] === d.key);
      // Empty cells are holes in exceljs's row values: read each of the 12 columns.
      const cells = Array.from({ length: 12 }, (_, i) => line?.[i] ?? null);
      expect(cells[0]).toBe(d.texts.sv.question);
      expect(cells.slice(2, 11)).toEqual([
        d.n,
        d.meanChange,
        d.medianChange,
        d.improved,
        d.improvedShare,
        d.same,
        d.sameShare,
        d.declined,
        d.declinedShare,
      ]);
    }
    expect(rows.find((r) => r[1] === "work_ability")?.[2]).toBe(12);
    expect(rows.find((r) => r[1] === "body")?.[11]).toBe("Visas inte: färre än 5 personer har två svar.");
  });
});
