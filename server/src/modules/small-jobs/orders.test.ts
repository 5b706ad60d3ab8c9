import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildOrganisation,
  buildRegion,
  buildUser,
  call,
  createTestApp,
  type TestApp,
  type TestRegion,
} from "../../../test/app";
import {
  applyToJob,
  buildAssociation,
  buildNeed,
  buildSeeker,
  type TestAssociation,
} from "../../../test/small-jobs";
import {
  confirmedOrder,
  confirmOrder,
  latestMail,
  linkToken,
  orderBody,
  ordererCall,
  placeOrder,
  publicCall,
  regionCode,
} from "../../../test/small-jobs-orders";
import { addDaysIso, todayIso } from "../../lib/dates";

let t: TestApp;
let region: TestRegion;
let other: TestRegion;
let code: string;
let broker: TestAssociation;
let otherBroker: TestAssociation;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: "https://polku.test" });
  region = await buildRegion(t);
  other = await buildRegion(t);
  code = await regionCode(t, region);
  broker = await buildAssociation(t, region, { name: "Ylikylän kyläyhdistys" });
  otherBroker = await buildAssociation(t, other);
});
afterAll(() => t.close());

const counts = async () => {
  const [row] = await t.db.ownerQuery<{ orderers: number; jobs: number; mails: number }>(
    `SELECT (SELECT count(*)::int FROM job_orderers) AS orderers, (SELECT count(*)::int FROM jobs) AS jobs,
       (SELECT count(*)::int FROM outbox) AS mails`,
  );
  return row;
};

describe("GET /api/public/regions and brokers", () => {
  it("lists regions by code and name, and a region's associations that take orders", async () => {
    const regions = await publicCall(t, "GET", "/api/public/regions");
    expect(regions.statusCode).toBe(200);
    expect(regions.json().data).toContainEqual({ code, name: expect.any(String) });

    // A municipality and an association without a contact person take no orders.
    await buildOrganisation(t, region, { kind: "municipality", name: "Kunta X" });
    await buildOrganisation(t, region, { kind: "association", name: "Hiljainen yhdistys" });
    const res = await publicCall(t, "GET", `/api/public/regions/${code}/brokers`);
    expect(res.statusCode).toBe(200);
    const names = (res.json().data as { id: string; name: string }[]).map((b) => b.name);
    expect(names).toContain("Ylikylän kyläyhdistys");
    expect(names).not.toContain("Kunta X");
    expect(names).not.toContain("Hiljainen yhdistys");
    expect(names).not.toContain(otherBroker.organisationName);
  });

  it("answers 404 for an unknown region", async () => {
    const res = await publicCall(t, "GET", "/api/public/regions/no-such-region/brokers");
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toMatch(/region/i);
  });
});

describe("POST /api/public/orders and the one-time link", () => {
  it("saves an unconfirmed draft, mails the link in the orderer's language, and shows nothing to the association", async () => {
    const body = orderBody(code, broker.organisationId, { language: "sv" });
    const token = await placeOrder(t, body);
    const mail = await latestMail(t, body.orderer.email);
    expect(mail?.subject).toContain("Bekräfta");
    expect(mail?.body).toContain(`https://polku.test/order/confirm/${token}`);
    expect(mail?.body).toContain("Ylikylän kyläyhdistys");

    const [job] = await t.db.ownerQuery<Record<string, unknown>>(
      `SELECT j.status, j.poster_kind, j.employer, j.organisation_id, j.address, o.confirmed_at, o.confirm_token_hash
         FROM jobs j JOIN job_orderers o ON o.id = j.orderer_id WHERE j.title = $1`,
      [body.job.title],
    );
    expect(job).toMatchObject({
      status: "draft",
      poster_kind: "household",
      employer: "association",
      organisation_id: broker.organisationId,
      address: body.orderer.address,
      confirmed_at: null,
    });
    // Only the hash of the link is stored.
    expect(job?.confirm_token_hash).not.toContain(token);

    const list = await call(t, broker.contact.session, "GET", "/api/jobs");
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(body.job.title);
    const notes = await call(t, broker.contact.session, "GET", "/api/notifications");
    expect(notes.body).not.toContain("job_ordered");
  });

  it("places a job that names only its village in the municipality the region knows the village by", async () => {
    await buildNeed(t, broker.contact.session, broker.organisationId, {
      village: "Alakylä",
      municipality: "Kuusijärvi",
    });
    const body = orderBody(code, broker.organisationId);
    body.job.village = "alakylä";
    body.job.municipality = null;
    await placeOrder(t, body);
    const unknown = orderBody(code, broker.organisationId);
    unknown.job.village = "Kylä jota ei tunneta";
    unknown.job.municipality = null;
    await placeOrder(t, unknown);
    const rows = await t.db.ownerQuery<{ title: string; municipality: string | null }>(
      "SELECT title, municipality FROM jobs WHERE title IN ($1, $2)",
      [body.job.title, unknown.job.title],
    );
    expect(Object.fromEntries(rows.map((r) => [r.title, r.municipality]))).toEqual({
      [body.job.title]: "Kuusijärvi",
      [unknown.job.title]: null,
    });
  });

  it("confirms by the link once: cookie, a draft at the broker, and the broker is notified", async () => {
    const body = orderBody(code, broker.organisationId);
    const token = await placeOrder(t, body);
    const { res, raw, cookie } = await confirmOrder(t, token);
    expect(raw).toMatchObject({ httpOnly: true, sameSite: "Strict", secure: true, path: "/api/orders" });
    expect(raw.maxAge).toBe(90 * 86_400);
    const order = res.json();
    expect(order.data).toMatchObject({ title: body.job.title, status: "draft", confirmed: true });
    expect(order.orderer).toEqual({ name: body.orderer.name, email: body.orderer.email });

    const jobs = await call(t, broker.contact.session, "GET", "/api/jobs");
    const listed = (jobs.json().data as { id: string; status: string; posterKind: string }[]).find(
      (j) => j.id === order.data.id,
    );
    expect(listed).toMatchObject({ status: "draft", posterKind: "household" });
    const notes = await call(t, broker.contact.session, "GET", "/api/notifications");
    expect(notes.json().data).toContainEqual(
      expect.objectContaining({ kind: "job_ordered", subjectId: order.data.id }),
    );

    const mine = await ordererCall(t, cookie, "GET", "/api/orders/mine");
    expect(mine.statusCode).toBe(200);
    expect(mine.json().data).toEqual([
      expect.objectContaining({ id: order.data.id, status: "draft", brokerName: "Ylikylän kyläyhdistys" }),
    ]);

    const again = await publicCall(t, "POST", "/api/public/orders/confirm", { token });
    expect(again.statusCode).toBe(404);
    expect(again.json().detail).toContain("new link");
    expect(again.cookies.find((c) => c.name === "polku_orderer")).toBeUndefined();
  });

  it("refuses an expired link with 404", async () => {
    const body = orderBody(code, broker.organisationId);
    const token = await placeOrder(t, body);
    await t.db.ownerQuery(
      "UPDATE job_orderers SET confirm_expires_at = now() - interval '1 minute' WHERE email = $1",
      [body.orderer.email],
    );
    const res = await publicCall(t, "POST", "/api/public/orders/confirm", { token });
    expect(res.statusCode).toBe(404);
    const [row] = await t.db.ownerQuery<{ confirmed_at: string | null }>(
      "SELECT confirmed_at FROM job_orderers WHERE email = $1",
      [body.orderer.email],
    );
    expect(row?.confirmed_at).toBeNull();
  });

  it("ignores a bot that fills the hidden field: 202 and nothing saved", async () => {
    const before = await counts();
    const res = await publicCall(
      t,
      "POST",
      "/api/public/orders",
      orderBody(code, broker.organisationId, { website: "http://spam.example" }),
    );
    expect(res.statusCode).toBe(202);
    expect(await counts()).toEqual(before);
  });

  it.each([
    [
      "a window that ends before it starts",
      (b: ReturnType<typeof orderBody>) => {
        b.job.endsOn = addDaysIso(todayIso(), 1);
        b.job.startsOn = addDaysIso(todayIso(), 3);
      },
      "/job/endsOn",
    ],
    [
      "negative pay",
      (b: ReturnType<typeof orderBody>) => {
        b.job.payCents = -1500;
      },
      "job.payCents",
    ],
    [
      "a start in the past",
      (b: ReturnType<typeof orderBody>) => {
        b.job.startsOn = "2020-01-01";
      },
      "/job/startsOn",
    ],
    [
      "an unknown broker",
      (b: ReturnType<typeof orderBody>) => {
        b.organisationId = crypto.randomUUID();
      },
      "/organisationId",
    ],
    [
      "a broker of another region",
      (b: ReturnType<typeof orderBody>) => {
        b.organisationId = otherBroker.organisationId;
      },
      "/organisationId",
    ],
    [
      "an unknown region",
      (b: ReturnType<typeof orderBody>) => {
        b.regionCode = "no-such-region";
      },
      "/regionCode",
    ],
    [
      "a bad e-mail address",
      (b: ReturnType<typeof orderBody>) => {
        b.orderer.email = "not an address";
      },
      "orderer.email",
    ],
    [
      "no address",
      (b: ReturnType<typeof orderBody>) => {
        b.orderer.address = " ";
      },
      "orderer.address",
    ],
  ])("refuses %s with a 400 naming the field, and saves nothing", async (_label, change, path) => {
    const before = await counts();
    const body = orderBody(code, broker.organisationId);
    change(body);
    const res = await publicCall(t, "POST", "/api/public/orders", body, { "accept-language": "fi" });
    expect(res.statusCode, res.body).toBe(400);
    const problem = res.json();
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(res.headers["content-language"]).toBe("fi");
    expect(await counts()).toEqual(before);
  });

  it("limits orders to 10 a minute from one address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/public/orders",
        remoteAddress: "10.99.99.99",
        payload: orderBody(code, broker.organisationId, { website: "bot" }),
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

describe("POST /api/public/orders/link", () => {
  it("always answers 202, and mails a sign-in link only to an address with orders", async () => {
    const unknown = `nobody-${crypto.randomUUID()}@test.example`;
    const none = await publicCall(t, "POST", "/api/public/orders/link", { regionCode: code, email: unknown });
    expect(none.statusCode).toBe(202);
    expect(await latestMail(t, unknown)).toBeNull();
    const badRegion = await publicCall(t, "POST", "/api/public/orders/link", {
      regionCode: "no-such-region",
      email: unknown,
    });
    expect(badRegion.statusCode).toBe(202);
    expect(badRegion.body).toBe(none.body);

    const body = orderBody(code, broker.organisationId);
    const { jobId, cookie: firstCookie } = await confirmedOrder(t, body);
    const res = await publicCall(t, "POST", "/api/public/orders/link", {
      regionCode: code,
      email: body.orderer.email.toUpperCase(),
      language: "en",
    });
    expect(res.statusCode).toBe(202);
    expect(res.body).toBe(none.body);
    const mail = await latestMail(t, body.orderer.email);
    expect(mail?.subject).toBe("A link to your small-job orders");
    const { res: signedIn, cookie } = await confirmOrder(t, await linkToken(t, body.orderer.email));
    expect(signedIn.json().data).toBeNull();
    const mine = await ordererCall(t, cookie, "GET", "/api/orders/mine");
    expect(mine.json().data.map((o: { id: string }) => o.id)).toEqual([jobId]);
    // The first browser keeps its access: the sign-in link has a row of its own.
    expect((await ordererCall(t, firstCookie, "GET", "/api/orders/mine")).statusCode).toBe(200);
  });
});

describe("the orderer's own pages", () => {
  it("answers 401 pointing to a new link without the cookie or with a wrong one", async () => {
    for (const cookie of [null, "polku_orderer=wrong", `polku_orderer=${"x".repeat(200)}`]) {
      const res = await ordererCall(t, cookie, "GET", "/api/orders/mine");
      expect(res.statusCode).toBe(401);
      expect(res.json().detail).toContain("link");
    }
  });

  it("answers 404 for another orderer's job", async () => {
    const mine = await confirmedOrder(t, orderBody(code, broker.organisationId));
    const theirs = await confirmedOrder(t, orderBody(code, broker.organisationId));
    const res = await ordererCall(t, mine.cookie, "GET", `/api/orders/mine/${theirs.jobId}`);
    expect(res.statusCode).toBe(404);
    const cancel = await ordererCall(t, mine.cookie, "POST", `/api/orders/mine/${theirs.jobId}/cancel`, {
      reason: "not mine",
    });
    expect(cancel.statusCode).toBe(404);
  });

  let picked: { jobId: string; cookie: string; seeker: Awaited<ReturnType<typeof buildSeeker>> } | null =
    null;

  it("shows the workers' first names only, and writes an access-log row per worker naming the orderer", async () => {
    const body = orderBody(code, broker.organisationId, { job: { places: 2 } });
    const { jobId, cookie } = await confirmedOrder(t, body);
    const job = await call(t, broker.contact.session, "GET", `/api/jobs/${jobId}`);
    const published = await call(t, broker.contact.session, "POST", `/api/jobs/${jobId}/publish`, {
      version: job.json().data.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    const seeker = await buildSeeker(t, region, undefined, { firstName: "Aino" });
    const applicationId = await applyToJob(t, seeker, jobId);
    const accepted = await call(
      t,
      broker.contact.session,
      "POST",
      `/api/jobs/${jobId}/applicants/${applicationId}/accept`,
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    picked = { jobId, cookie, seeker };

    const res = await ordererCall(t, cookie, "GET", `/api/orders/mine/${jobId}`);
    expect(res.statusCode).toBe(200);
    const order = res.json();
    expect(order.data.workers).toEqual([
      {
        id: expect.any(String),
        firstName: "Aino",
        workerMinutes: null,
        ordererMinutes: null,
        workedFrom: null,
        workedTo: null,
        awaitsOrderer: false,
      },
    ]);
    const [participant] = await t.db.ownerQuery<{ last_name: string; email: string | null }>(
      "SELECT last_name, email FROM participants WHERE id = $1",
      [seeker.participantId],
    );
    expect(res.body).not.toContain(participant?.last_name);
    expect(order.data.steps.map((s: { state: string }) => s.state)).toEqual([
      "done",
      "done",
      "done",
      "done",
      "current",
      "todo",
    ]);
    expect(order.can.cancel).toBe(true);

    const [orderer] = await t.db.ownerQuery<{ id: string }>(
      "SELECT id FROM job_orderers WHERE email = $1 AND confirmed_at IS NOT NULL",
      [body.orderer.email],
    );
    const rows = await t.db.ownerQuery<Record<string, unknown>>(
      "SELECT actor_id, orderer_id, subject_type, subject_id, route FROM access_log WHERE orderer_id = $1",
      [orderer?.id],
    );
    expect(rows).toEqual([
      {
        actor_id: null,
        orderer_id: orderer?.id,
        subject_type: "participant",
        subject_id: seeker.participantId,
        route: "GET /api/orders/mine/:jobId",
      },
    ]);
  });

  it("lets the orderer confirm the hours after the work and download the invoice", async () => {
    if (!picked) throw new Error("runs after the first-names test");
    const { jobId, cookie, seeker } = picked;
    const job = await call(t, broker.contact.session, "GET", `/api/jobs/${jobId}`);
    const done = await call(t, broker.contact.session, "POST", `/api/jobs/${jobId}/done`, {
      version: job.json().data.version,
    });
    expect(done.statusCode, done.body).toBe(200);
    const before = (await ordererCall(t, cookie, "GET", `/api/orders/mine/${jobId}`)).json();
    expect(before.can.confirmHours).toBe(true);
    const worker = before.data.workers[0];
    expect(worker.awaitsOrderer).toBe(true);

    const today = todayIso();
    const hours = { minutes: 180, workedFrom: today, workedTo: today };
    const other = await confirmedOrder(t, orderBody(code, broker.organisationId));
    const notMine = await ordererCall(
      t,
      other.cookie,
      "POST",
      `/api/orders/mine/workers/${worker.id}/hours`,
      hours,
    );
    expect(notMine.statusCode).toBe(404);
    const bad = await ordererCall(t, cookie, "POST", `/api/orders/mine/workers/${worker.id}/hours`, {
      ...hours,
      minutes: -5,
    });
    expect(bad.statusCode).toBe(400);

    const own = await call(t, seeker.session, "POST", `/api/me/job-workers/${worker.id}/hours`, hours);
    expect(own.statusCode, own.body).toBe(200);
    const res = await ordererCall(t, cookie, "POST", `/api/orders/mine/workers/${worker.id}/hours`, hours);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.workers[0]).toMatchObject({ ordererMinutes: 180, awaitsOrderer: false });
    expect(res.json().can.confirmHours).toBe(false);

    const none = await ordererCall(t, cookie, "GET", `/api/orders/mine/${jobId}/invoice.pdf`);
    expect(none.statusCode).toBe(404);
    const invoice = await call(t, broker.contact.session, "POST", `/api/jobs/${jobId}/invoice`, {
      dueDays: 14,
    });
    expect(invoice.statusCode, invoice.body).toBe(201);
    const after = (await ordererCall(t, cookie, "GET", `/api/orders/mine/${jobId}`)).json();
    expect(after.data.invoiceAvailable).toBe(true);
    const pdf = await ordererCall(t, cookie, "GET", `/api/orders/mine/${jobId}/invoice.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toContain("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const theirs = await ordererCall(t, other.cookie, "GET", `/api/orders/mine/${jobId}/invoice.pdf`);
    expect(theirs.statusCode).toBe(404);
  });

  it("cancels a draft with a reason, once", async () => {
    const { jobId, cookie } = await confirmedOrder(t, orderBody(code, broker.organisationId));
    const res = await ordererCall(t, cookie, "POST", `/api/orders/mine/${jobId}/cancel`, {
      reason: "Tein sen itse",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ status: "cancelled", cancelReason: "Tein sen itse" });
    expect(res.json().can.cancel).toBe(false);
    const again = await ordererCall(t, cookie, "POST", `/api/orders/mine/${jobId}/cancel`, { reason: "x" });
    expect(again.statusCode).toBe(409);
    const notes = await call(t, broker.contact.session, "GET", "/api/notifications");
    expect(notes.json().data).toContainEqual(
      expect.objectContaining({ kind: "job_cancelled", subjectId: jobId }),
    );
  });

  it("lets the orderer confirm a pending order from their page once signed in", async () => {
    const email = `kaksi-${crypto.randomUUID()}@test.example`;
    const first = await confirmedOrder(t, orderBody(code, broker.organisationId, { orderer: { email } }));
    const second = orderBody(code, broker.organisationId, { orderer: { email } });
    await placeOrder(t, second);
    const list = await ordererCall(t, first.cookie, "GET", "/api/orders/mine");
    const pending = (list.json().data as { id: string; confirmed: boolean; title: string }[]).find(
      (o) => o.title === second.job.title,
    );
    expect(pending?.confirmed).toBe(false);
    const res = await ordererCall(t, first.cookie, "POST", `/api/orders/mine/${pending?.id}/confirm`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.confirmed).toBe(true);
    const again = await ordererCall(t, first.cookie, "POST", `/api/orders/mine/${pending?.id}/confirm`);
    expect(again.statusCode).toBe(409);
  });

  it("signs out: the cookie is cleared and its secret stops working", async () => {
    const { cookie } = await confirmedOrder(t, orderBody(code, broker.organisationId));
    const res = await ordererCall(t, cookie, "POST", "/api/orders/sign-out");
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === "polku_orderer")?.value).toBe("");
    expect((await ordererCall(t, cookie, "GET", "/api/orders/mine")).statusCode).toBe(401);
  });

  it("is not reachable with a staff session alone", async () => {
    const coach = await buildUser(t, region, { role: "coach" });
    const { signIn } = await import("../../../test/app");
    const res = await call(t, await signIn(t, coach), "GET", "/api/orders/mine");
    expect(res.statusCode).toBe(401);
  });
});
