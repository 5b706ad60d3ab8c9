import { and, desc, eq, exists, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { type Db, inRegion, rowsOf, type Tx } from "../../db/client";
import { translate } from "../../http/messages";
import { fieldProblem, Problem } from "../../http/problem";
import type { AccessRecord } from "../../http/route";
import { todayIso } from "../../lib/dates";
import { blankToNull } from "../../lib/text";
import type { Language } from "../access/roles";
import { newToken, tokenHash } from "../auth/crypto";
import { organisations } from "../organisations/schema";
import { writeMail } from "../outbox/service";
import { regions } from "../regions/schema";
import { memberships, users } from "../users/schema";
import type { Broker, OrderCreate, PublicRegion } from "./api-orders";
import { notify, posterUserIds } from "./notify";
import { ORDERER_ACCESS_DAYS, type Orderer } from "./orderer-route";
import { jobOrderers, jobs } from "./schema";
import { checkJobInput } from "./validation";

/**
 * Household orders (decision 024): a household orders a small job without an account. Each order is a
 * `job_orderers` row of its own with a one-time confirmation link; nothing reaches the brokering
 * association until the link is opened. Opening any one-time link proves the e-mail address, so the
 * orderer then sees every order made with that address in the region.
 */

/** How long a one-time link (confirmation or sign-in) stays valid. */
export const CONFIRM_HOURS = 48;

/** Organisation kinds that broker household orders. */
const BROKER_KINDS = ["association", "parish"] as const;

export interface OrderMailSettings {
  publicUrl: string;
  smtpConfigured: boolean;
}

export type AccessRecorder = (record: AccessRecord | AccessRecord[]) => Promise<void>;

/** The regions, for the public order page (names and codes are public). */
export async function publicRegions(db: Db): Promise<PublicRegion[]> {
  return rowsOf<{ code: string; name: string }>(
    await db.execute(sql`SELECT code, name FROM polku_public_regions() ORDER BY name`),
  ).map((r) => ({ code: r.code, name: r.name }));
}

/** A region's id by its public code, or null. */
export async function regionIdByCode(db: Db, code: string): Promise<string | null> {
  const [row] = rowsOf<{ region_id: string }>(
    await db.execute(sql`SELECT region_id FROM polku_public_regions() WHERE code = ${code}`),
  );
  return row?.region_id ?? null;
}

/** The region's region id by code, or 404 (an unknown region on the brokers' page). */
export async function requireRegion(db: Db, code: string): Promise<string> {
  const regionId = await regionIdByCode(db, code);
  if (!regionId) throw new Problem(404, "orders.unknownRegion");
  return regionId;
}

/** Brokers take orders: an active association or parish with at least one active association contact. */
const brokerCondition = () =>
  and(
    eq(organisations.active, true),
    inArray(organisations.kind, [...BROKER_KINDS]),
    exists(
      sql`(select 1 from ${memberships} inner join ${users} on ${users.id} = ${memberships.userId}
        where ${memberships.organisationId} = ${organisations.id} and ${memberships.role} = 'association_contact'
        and ${users.status} = 'active')`,
    ),
  );

/** The region's associations that take household orders, by name. */
export async function listBrokers(tx: Tx): Promise<Broker[]> {
  return tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(brokerCondition())
    .orderBy(organisations.name);
}

async function requireBroker(tx: Tx, organisationId: string): Promise<Broker> {
  const [row] = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), brokerCondition()));
  if (!row) throw fieldProblem(400, "orders.unknownBroker", "/organisationId");
  return row;
}

/** A job's field rules (validation.ts), with the problem's path under /job as the order body has it. */
function checkOrderedJob(job: OrderCreate["job"]) {
  try {
    checkJobInput(job, { today: todayIso(), isNew: true });
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    throw new Problem(
      error.status,
      error.key,
      error.params,
      error.errors?.map((e) => ({ ...e, path: `/job${e.path}` })),
    );
  }
}

const finnishDate = (iso: string) =>
  `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;
const windowText = (startsOn: string, endsOn: string) =>
  startsOn === endsOn ? finnishDate(startsOn) : `${finnishDate(startsOn)}–${finnishDate(endsOn)}`;

/** Takes a household's order: the orderer row with its one-time link, the job as a draft, and the mail. */
export async function placeOrder(
  db: Db,
  input: OrderCreate,
  mail: OrderMailSettings,
  requestId: string,
): Promise<void> {
  const regionId = await regionIdByCode(db, input.regionCode);
  if (!regionId) throw fieldProblem(400, "orders.unknownRegion", "/regionCode");
  checkOrderedJob(input.job);
  await inRegion(db, { regionId, requestId }, async (tx) => {
    const broker = await requireBroker(tx, input.organisationId);
    // The honeypot: a person never sees the field; a bot that fills it gets the same answer, and nothing is saved.
    if (input.website?.trim()) return;
    const token = newToken();
    const [orderer] = await tx
      .insert(jobOrderers)
      .values({
        name: input.orderer.name.trim(),
        email: input.orderer.email.trim(),
        phone: blankToNull(input.orderer.phone),
        address: input.orderer.address.trim(),
        billingAddress: blankToNull(input.orderer.billingAddress),
        language: input.language,
        confirmTokenHash: tokenHash(token),
        confirmExpiresAt: sql`now() + make_interval(hours => ${CONFIRM_HOURS})`,
      })
      .returning({ id: jobOrderers.id });
    if (!orderer) throw new Error("insert returned nothing");
    const job = input.job;
    await tx.insert(jobs).values({
      organisationId: broker.id,
      posterKind: "household",
      ordererId: orderer.id,
      title: job.title.trim(),
      description: job.description,
      category: job.category,
      village: job.village.trim(),
      municipality: blankToNull(job.municipality) ?? (await municipalityOfVillage(tx, job.village)),
      address: blankToNull(job.address) ?? input.orderer.address.trim(),
      startsOn: job.startsOn,
      endsOn: job.endsOn,
      estimatedMinutes: job.estimatedMinutes,
      payType: job.payType,
      payCents: job.payCents,
      places: job.places,
      requirements: job.requirements,
      safetyNotes: job.safetyNotes,
      employer: job.employer,
      status: "draft",
    });
    const lang = input.language;
    const params = {
      name: input.orderer.name.trim(),
      title: job.title.trim(),
      when: windowText(job.startsOn, job.endsOn),
      hours: CONFIRM_HOURS,
      broker: broker.name,
      link: `${mail.publicUrl}/order/confirm/${token}`,
    };
    await writeMail(
      tx,
      {
        to: input.orderer.email.trim(),
        subject: translate(lang, "mail.order.subject", params),
        body: translate(lang, "mail.order.body", params),
      },
      mail.smtpConfigured,
    );
  });
}

/**
 * Sends a fresh one-time link to an address that has orders in the region. Says nothing either way: the
 * caller always gets the same answer, so the route cannot be used to learn who has ordered.
 */
export async function requestLink(
  db: Db,
  input: { regionCode: string; email: string; language?: Language | undefined },
  mail: OrderMailSettings,
  requestId: string,
): Promise<void> {
  const regionId = await regionIdByCode(db, input.regionCode);
  if (!regionId) return;
  await inRegion(db, { regionId, requestId }, async (tx) => {
    const [region] = await tx.select({ name: regions.name }).from(regions).where(eq(regions.id, regionId));
    const [latest] = await tx
      .select({ name: jobOrderers.name, email: jobOrderers.email, language: jobOrderers.language })
      .from(jobOrderers)
      .where(
        and(
          sameEmail(input.email),
          exists(tx.select({ one: sql`1` }).from(jobs).where(eq(jobs.ordererId, jobOrderers.id))),
        ),
      )
      .orderBy(desc(jobOrderers.createdAt))
      .limit(1);
    if (!latest) return;
    // A sign-in row of its own: the one-time link confirms the address without touching any order's row.
    const token = newToken();
    const lang = (input.language ?? latest.language) as Language;
    await tx.insert(jobOrderers).values({
      name: latest.name,
      email: latest.email,
      language: lang,
      confirmTokenHash: tokenHash(token),
      confirmExpiresAt: sql`now() + make_interval(hours => ${CONFIRM_HOURS})`,
    });
    const params = {
      name: latest.name,
      region: region?.name ?? "",
      hours: CONFIRM_HOURS,
      link: `${mail.publicUrl}/order/confirm/${token}`,
    };
    await writeMail(
      tx,
      {
        to: latest.email,
        subject: translate(lang, "mail.orderLink.subject", params),
        body: translate(lang, "mail.orderLink.body", params),
      },
      mail.smtpConfigured,
    );
  });
}

/** The orderer rows with this e-mail address (case-insensitive). */
export const sameEmail = (email: string): SQL => sql`lower(${jobOrderers.email}) = lower(${email.trim()})`;

/** Tells the brokering association's contacts that a household order is confirmed and waits for them. */
export async function notifyBroker(tx: Tx, job: { id: string; organisationId: string }) {
  await notify(tx, {
    userIds: await posterUserIds(tx, job.organisationId),
    kind: "job_ordered",
    subjectType: "job",
    subjectId: job.id,
  });
}

/**
 * Opens a one-time link: confirms the order it belongs to (the association is notified), and issues the
 * orderer's access secret (90 days). A used or expired link is 404. Returns the secret for the cookie.
 */
export async function confirmByLink<T>(
  db: Db,
  token: string,
  requestId: string,
  present: (tx: Tx, orderer: Orderer, jobId: string | null) => Promise<T>,
): Promise<{ accessToken: string; result: T }> {
  const [found] = rowsOf<{ orderer_id: string; region_id: string }>(
    await db.execute(
      sql`SELECT orderer_id, region_id FROM polku_orderer_by_confirm_token(${tokenHash(token)})`,
    ),
  );
  if (!found) throw new Problem(404, "orders.linkInvalid");
  const accessToken = newToken();
  const result = await inRegion(db, { regionId: found.region_id, requestId }, async (tx) => {
    const [row] = await tx
      .update(jobOrderers)
      .set({
        confirmedAt: sql`now()`,
        confirmTokenHash: null,
        confirmExpiresAt: null,
        accessTokenHash: tokenHash(accessToken),
        accessExpiresAt: sql`now() + make_interval(days => ${ORDERER_ACCESS_DAYS})`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(jobOrderers.id, found.orderer_id), isNull(jobOrderers.confirmedAt)))
      .returning({
        id: jobOrderers.id,
        name: jobOrderers.name,
        email: jobOrderers.email,
        language: jobOrderers.language,
      });
    if (!row) throw new Problem(404, "orders.linkInvalid");
    const [job] = await tx
      .select({ id: jobs.id, organisationId: jobs.organisationId })
      .from(jobs)
      .where(eq(jobs.ordererId, row.id));
    if (job) await notifyBroker(tx, job);
    const orderer: Orderer = { ...row, regionId: found.region_id, language: row.language as Language };
    return present(tx, orderer, job?.id ?? null);
  });
  return { accessToken, result };
}

/** Ends the orderer's access in this browser: the secret stops working. */
export async function signOutOrderer(tx: Tx, ordererId: string) {
  await tx
    .update(jobOrderers)
    .set({ accessTokenHash: null, accessExpiresAt: null, updatedAt: sql`now()` })
    .where(eq(jobOrderers.id, ordererId));
}

/**
 * The municipality a village is in, as the region's own records know it (its work needs, jobs and
 * participants), so that a household that names only its village is found by seekers of the same
 * municipality. Null when the region has never seen the village.
 */
async function municipalityOfVillage(tx: Tx, village: string): Promise<string | null> {
  const rows = rowsOf<{ municipality: string }>(
    await tx.execute(sql`
      SELECT municipality FROM (
        SELECT municipality FROM work_needs WHERE lower(village) = lower(${village.trim()}) AND municipality IS NOT NULL
        UNION ALL
        SELECT municipality FROM jobs WHERE lower(village) = lower(${village.trim()}) AND municipality IS NOT NULL
        UNION ALL
        SELECT municipality FROM participants WHERE lower(village) = lower(${village.trim()}) AND municipality IS NOT NULL
      ) known
      GROUP BY municipality ORDER BY count(*) DESC, municipality LIMIT 1`),
  );
  return rows[0]?.municipality ?? null;
}
