import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import { addDaysIso, todayIso } from "../src/lib/dates";
import type { OrderCreate } from "../src/modules/small-jobs/api-orders";
import { type TestApp, type TestRegion, unique } from "./app";

// Factories for household orders (decision 024): the order body, the one-time link read from the
// outbox, and requests with the orderer cookie.

/** The region's public code (the order page names regions by code). */
export async function regionCode(t: TestApp, region: TestRegion): Promise<string> {
  const [row] = await t.db.ownerQuery<{ code: string }>("SELECT code FROM regions WHERE id = $1", [
    region.regionId,
  ]);
  if (!row) throw new Error("no region");
  return row.code;
}

/** A valid order: a yard job starting tomorrow, 3 hours at 15 €/h, one worker, the association employs. */
export function orderBody(
  code: string,
  organisationId: string,
  overrides: {
    orderer?: Partial<OrderCreate["orderer"]>;
    job?: Partial<OrderCreate["job"]>;
    language?: OrderCreate["language"];
    website?: string;
  } = {},
): OrderCreate {
  const today = todayIso();
  return {
    regionCode: code,
    organisationId,
    language: overrides.language ?? "fi",
    orderer: {
      name: "Helka Kotitalous",
      email: `koti-${unique()}@test.example`,
      phone: "040 123 4567",
      address: "Mäkitie 3, Ylikylä",
      ...overrides.orderer,
    },
    job: {
      title: `Pihan haravointi ${unique()}`,
      description: "Lehdet pois nurmelta ja säkkeihin.",
      category: "yard",
      village: "Ylikylä",
      municipality: "Kuusijärvi",
      address: null,
      startsOn: addDaysIso(today, 1),
      endsOn: addDaysIso(today, 7),
      estimatedMinutes: 180,
      payType: "hourly",
      payCents: 1500,
      places: 1,
      requirements: [],
      safetyNotes: "",
      employer: "association",
      ...overrides.job,
    },
    ...(overrides.website !== undefined ? { website: overrides.website } : {}),
  };
}

let address = 0;
/** A request from an address of its own, so the strict per-address limits of the order routes do not interfere. */
export function publicCall(
  t: TestApp,
  method: "GET" | "POST",
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  address += 1;
  return t.app.inject({
    method,
    url,
    remoteAddress: `10.77.${Math.floor(address / 250) % 250}.${address % 250}`,
    headers: { "accept-language": "en", ...headers },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}

/** The newest mail to the address, from the outbox. */
export async function latestMail(t: TestApp, email: string) {
  const [row] = await t.db.ownerQuery<{ subject: string; body: string }>(
    "SELECT subject, body FROM outbox WHERE to_address = $1 ORDER BY created_at DESC, id DESC LIMIT 1",
    [email],
  );
  return row ?? null;
}

/** The one-time link's token in the newest mail to the address. */
export async function linkToken(t: TestApp, email: string): Promise<string> {
  const mail = await latestMail(t, email);
  const token = mail?.body.match(/\/order\/confirm\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no order link in the mail to ${email}`);
  return token;
}

/** Places the order and returns its one-time link token. */
export async function placeOrder(t: TestApp, body: OrderCreate): Promise<string> {
  const res = await publicCall(t, "POST", "/api/public/orders", body);
  expect(res.statusCode, res.body).toBe(202);
  return linkToken(t, body.orderer.email);
}

/** Opens the link; returns the answer and the orderer cookie ("polku_orderer=..."). */
export async function confirmOrder(t: TestApp, token: string) {
  const res = await publicCall(t, "POST", "/api/public/orders/confirm", { token });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === "polku_orderer");
  if (!cookie) throw new Error("no orderer cookie");
  return { res, cookie: `polku_orderer=${cookie.value}`, raw: cookie };
}

/** Places and confirms an order; returns the job id and the orderer cookie. */
export async function confirmedOrder(t: TestApp, body: OrderCreate) {
  const { res, cookie } = await confirmOrder(t, await placeOrder(t, body));
  const jobId = (res.json() as { data: { id: string } }).data.id;
  return { jobId, cookie };
}

/** A request with the orderer cookie. */
export function ordererCall(
  t: TestApp,
  cookie: string | null,
  method: "GET" | "POST",
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return publicCall(t, method, url, payload, cookie ? { cookie } : {});
}
