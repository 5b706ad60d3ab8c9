import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildOrganisation,
  buildRegion,
  buildUser,
  call,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
} from "../../../test/app";
import { buildParticipant, giveSharingConsent } from "../../../test/participants";
import { inRegion } from "../../db/client";
import type { Step } from "./api-steps";
import { participantsWithLimitWarnings } from "./limits";

let t: TestApp;
let region: TestRegion;
let coach: Session;
let partner: Session;
let partnerOrgId: string;
let companyId: string;
let associationId: string;
let otherCoach: Session;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  coach = await signIn(t, await buildUser(t, region, { role: "coach" }));
  const partnerOrg = await buildOrganisation(t, region, { kind: "wellbeing_county" });
  partnerOrgId = partnerOrg.id;
  partner = await signIn(
    t,
    await buildUser(t, region, { role: "partner_worker", organisationId: partnerOrgId }),
  );
  companyId = (await buildOrganisation(t, region, { kind: "company", name: "Konepaja Oy" })).id;
  associationId = (await buildOrganisation(t, region, { kind: "association", name: "Kyläyhdistys" })).id;
  const other = await buildRegion(t);
  otherCoach = await signIn(t, await buildUser(t, other, { role: "coach" }));
});
afterAll(async () => t?.close());

const rehabilitative = {
  kind: "rehabilitative_work",
  title: "Puutyöverstas",
  providerOrganisationId: null as string | null,
  startsOn: "2026-02-01",
  endsOn: "2026-07-31",
  daysPerWeek: 3,
  hoursPerDay: 5,
  status: "planned",
};

async function addStep(participantId: string, body: Record<string, unknown>): Promise<Step> {
  const res = await call(t, coach, "POST", `/api/participants/${participantId}/steps`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
}

describe("POST /api/participants/:id/steps", () => {
  it("saves a step that breaks a limit and returns the warning naming the rule and the law", async () => {
    const p = await buildParticipant(t, coach);
    const step = await addStep(p.data.id, { ...rehabilitative, daysPerWeek: 5 });
    expect(step.status).toBe("planned");
    expect(step.warnings).toEqual([
      {
        limitId: expect.any(String),
        rule: "max_days_per_week",
        value: 4,
        legalReference: "Act 189/2001 on rehabilitative work activity",
        actual: 5,
        message:
          "Rehabilitative work activity: at most 4 days a week (Act 189/2001 on rehabilitative work activity). This step: 5 days a week.",
      },
    ]);
    const events = await t.db.ownerQuery<{ kind: string; scope: string; summary: Record<string, unknown> }>(
      "SELECT kind, scope, summary FROM pathway_events WHERE ref_id = $1",
      [step.id],
    );
    expect(events).toEqual([
      {
        kind: "step_added",
        scope: "plan",
        summary: {
          kind: "rehabilitative_work",
          status: "planned",
          startsOn: "2026-02-01",
          endsOn: "2026-07-31",
        },
      },
    ]);
    const logged = await t.db.ownerQuery("SELECT 1 FROM access_log WHERE subject_id = $1 AND purpose = $2", [
      p.data.id,
      "step added",
    ]);
    expect(logged).toHaveLength(1);
  });

  it("answers in the caller's language and warns of a company arranging rehabilitative work", async () => {
    const p = await buildParticipant(t, coach);
    await addStep(p.data.id, { ...rehabilitative, providerOrganisationId: companyId });
    const res = await call(t, coach, "GET", `/api/participants/${p.data.id}/steps`, undefined, {
      "accept-language": "fi",
    });
    expect(res.statusCode).toBe(200);
    const [step] = res.json().data as Step[];
    expect(step?.providerOrganisationName).toBe("Konepaja Oy");
    expect(step?.warnings.map((w) => w.rule)).toEqual(["no_company_provider"]);
    expect(step?.warnings[0]?.message).toContain("Kuntouttava työtoiminta: yritys ei voi järjestää");
    expect(step?.warnings[0]?.legalReference).toBe("Laki kuntouttavasta työtoiminnasta 189/2001");
    expect(step?.warnings[0]?.message).toContain("(Laki kuntouttavasta työtoiminnasta 189/2001)");
    expect(res.json().can).toEqual({ add: true });
  });

  it("refuses an end before the start, naming the field", async () => {
    const p = await buildParticipant(t, coach);
    const res = await call(t, coach, "POST", `/api/participants/${p.data.id}/steps`, {
      ...rehabilitative,
      endsOn: "2026-01-31",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: "/endsOn", message: expect.stringContaining("end date") }]);
  });

  it("requires a reason for an interruption", async () => {
    const p = await buildParticipant(t, coach);
    const url = `/api/participants/${p.data.id}/steps`;
    const res = await call(t, coach, "POST", url, { ...rehabilitative, status: "interrupted" });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("/interruptionReason");
    const blank = await call(t, coach, "POST", url, {
      ...rehabilitative,
      status: "interrupted",
      interruptionReason: "  ",
    });
    expect(blank.statusCode).toBe(400);
    const ok = await call(t, coach, "POST", url, {
      ...rehabilitative,
      status: "interrupted",
      interruptionReason: "Sairausloma",
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().data.interruptionReason).toBe("Sairausloma");
  });

  it("refuses a provider organisation that is not in the region", async () => {
    const p = await buildParticipant(t, coach);
    const res = await call(t, coach, "POST", `/api/participants/${p.data.id}/steps`, {
      ...rehabilitative,
      providerOrganisationId: "00000000-0000-4000-8000-000000000000",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("/providerOrganisationId");
  });
});

describe("work trials with the same host (6 months at most)", () => {
  it("allows 1.1.–30.6. and warns of 1.1.–1.7.", async () => {
    const p = await buildParticipant(t, coach);
    const trial = {
      kind: "work_trial",
      providerName: "Kahvila Kuppi",
      startsOn: "2026-01-01",
      endsOn: "2026-06-30",
      daysPerWeek: 5,
      hoursPerDay: 6,
    };
    const allowed = await addStep(p.data.id, trial);
    expect(allowed.warnings).toEqual([]);
    const longer = await call(t, coach, "PATCH", `/api/steps/${allowed.id}`, {
      endsOn: "2026-07-01",
      version: allowed.version,
    });
    expect(longer.statusCode, longer.body).toBe(200);
    expect(longer.json().data.version).toBe(allowed.version + 1);
    expect(longer.json().data.warnings.map((w: { rule: string }) => w.rule)).toEqual([
      "max_months_same_host",
    ]);
    expect(longer.json().data.warnings[0].actual).toBe(6.03);
  });

  it("adds up periods with the same host named in another case", async () => {
    const p = await buildParticipant(t, coach);
    const base = { kind: "work_trial", daysPerWeek: 4, hoursPerDay: 6 };
    await addStep(p.data.id, {
      ...base,
      providerName: "Kirjasto",
      startsOn: "2026-01-01",
      endsOn: "2026-04-30",
    });
    const second = await addStep(p.data.id, {
      ...base,
      providerName: " KIRJASTO ",
      startsOn: "2026-06-01",
      endsOn: "2026-08-31",
    });
    expect(second.warnings.map((w) => w.rule)).toEqual(["max_months_same_host"]);
    expect(second.warnings[0]?.actual).toBe(7);
    const flagged = await inRegion(t.db.database.app, { regionId: region.regionId, userId: null }, (tx) =>
      participantsWithLimitWarnings(tx, [p.data.id, "00000000-0000-4000-8000-000000000000"]),
    );
    expect([...flagged]).toEqual([p.data.id]);
  });
});

describe("POST /api/participants/:id/steps/check", () => {
  it("returns the warnings of a draft and saves nothing", async () => {
    const p = await buildParticipant(t, coach);
    const url = `/api/participants/${p.data.id}/steps`;
    const res = await call(t, coach, "POST", `${url}/check`, { ...rehabilitative, hoursPerDay: 9 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.map((w: { rule: string }) => w.rule)).toEqual(["max_hours_per_day"]);
    expect((await call(t, coach, "GET", url)).json().data).toEqual([]);
  });

  it("leaves the step being edited out of the others", async () => {
    const p = await buildParticipant(t, coach);
    const trial = { kind: "work_trial", providerName: "Sali", startsOn: "2026-01-01", endsOn: "2026-04-30" };
    const saved = await addStep(p.data.id, trial);
    const check = (body: Record<string, unknown>) =>
      call(t, coach, "POST", `/api/participants/${p.data.id}/steps/check`, body);
    const asEdit = await check({ ...trial, endsOn: "2026-05-31", stepId: saved.id });
    expect(asEdit.json().data).toEqual([]);
    const asNew = await check({ ...trial, startsOn: "2026-05-01", endsOn: "2026-07-31" });
    expect(asNew.json().data.map((w: { rule: string }) => w.rule)).toEqual(["max_months_same_host"]);
  });
});

describe("PATCH /api/steps/:id", () => {
  it("refuses a stale version with 409 and keeps the first save", async () => {
    const p = await buildParticipant(t, coach);
    const step = await addStep(p.data.id, { ...rehabilitative, providerOrganisationId: associationId });
    const url = `/api/steps/${step.id}`;
    const first = await call(t, coach, "PATCH", url, { status: "ongoing", version: step.version });
    expect(first.statusCode).toBe(200);
    const second = await call(t, coach, "PATCH", url, { status: "completed", version: step.version });
    expect(second.statusCode).toBe(409);
    const list = await call(t, coach, "GET", `/api/participants/${p.data.id}/steps`);
    expect(list.json().data[0].status).toBe("ongoing");
    const events = await t.db.ownerQuery<{ kind: string }>(
      "SELECT kind FROM pathway_events WHERE ref_id = $1 ORDER BY at",
      [step.id],
    );
    expect(events.map((e) => e.kind)).toEqual(["step_added", "step_changed"]);
  });

  it("clears the interruption reason when the step is no longer interrupted", async () => {
    const p = await buildParticipant(t, coach);
    const step = await addStep(p.data.id, {
      ...rehabilitative,
      status: "interrupted",
      interruptionReason: "Muutto",
    });
    const res = await call(t, coach, "PATCH", `/api/steps/${step.id}`, {
      status: "ongoing",
      version: step.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.interruptionReason).toBeNull();
  });

  it("refuses an end before the start after merging with the stored step", async () => {
    const p = await buildParticipant(t, coach);
    const step = await addStep(p.data.id, rehabilitative);
    const res = await call(t, coach, "PATCH", `/api/steps/${step.id}`, {
      startsOn: "2026-08-01",
      version: step.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("/endsOn");
  });
});

describe("who sees and changes steps", () => {
  it("answers a partner 404 without consent, 403 without the plan scope, and lets them read with it", async () => {
    const p = await buildParticipant(t, coach);
    const step = await addStep(p.data.id, rehabilitative);
    const url = `/api/participants/${p.data.id}/steps`;
    expect((await call(t, partner, "GET", url)).statusCode).toBe(404);
    const consent = await giveSharingConsent(t, coach, p.data.id, partnerOrgId, ["basic"]);
    const noPlan = await call(t, partner, "GET", url);
    expect(noPlan.statusCode).toBe(403);
    await call(t, coach, "POST", `/api/participants/${p.data.id}/consents/${consent.id}/withdraw`, {
      withdrawnOn: "2026-02-01",
      version: consent.version,
    });
    await giveSharingConsent(t, coach, p.data.id, partnerOrgId, ["basic", "plan"]);
    const seen = await call(t, partner, "GET", url);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().data.map((s: Step) => s.id)).toEqual([step.id]);
    expect(seen.json().can).toEqual({ add: false });
    expect(seen.json().data[0].can).toEqual({ edit: false });
    // A partner worker is not a coach: writes are refused before the record is looked at.
    expect((await call(t, partner, "POST", url, rehabilitative)).statusCode).toBe(403);
    expect(
      (await call(t, partner, "PATCH", `/api/steps/${step.id}`, { status: "ongoing", version: 1 }))
        .statusCode,
    ).toBe(403);
  });

  it("hides steps from another region (404)", async () => {
    const p = await buildParticipant(t, coach);
    const step = await addStep(p.data.id, rehabilitative);
    expect((await call(t, otherCoach, "GET", `/api/participants/${p.data.id}/steps`)).statusCode).toBe(404);
    expect(
      (await call(t, otherCoach, "PATCH", `/api/steps/${step.id}`, { status: "ongoing", version: 1 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(t, otherCoach, "POST", `/api/participants/${p.data.id}/steps/check`, rehabilitative))
        .statusCode,
    ).toBe(404);
  });

  it("refuses a coach of another organisation without a relation (404)", async () => {
    const org = await buildOrganisation(t, region);
    const stranger = await signIn(t, await buildUser(t, region, { role: "coach", organisationId: org.id }));
    const p = await buildParticipant(t, coach);
    const url = `/api/participants/${p.data.id}/steps`;
    expect((await call(t, stranger, "GET", url)).statusCode).toBe(404);
    expect((await call(t, stranger, "POST", url, rehabilitative)).statusCode).toBe(404);
  });
});
