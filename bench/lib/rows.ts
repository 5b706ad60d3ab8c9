// Writes one participant and their pathway as COPY rows: participant, consents, enrolment, steps,
// stage changes, contacts and the pathway events that the services would have recorded for them.
import { randomUUID } from "node:crypto";
import type { FunderEntryData } from "../../server/src/modules/funder/schema";
import { identityCodeFor } from "../../server/src/modules/participants/identity-code";
import type { ContactKind, EventKind } from "../../server/src/modules/pathway/schema";
import { arrayField, type BucketFiles, type CopySink, field, jsonField, NULL } from "./copy";
import type { DayStrings } from "./days";
import {
  CONTACT_NOTES,
  FEMALE_NAMES,
  LAST_NAMES,
  MALE_NAMES,
  NEWCOMER_FEMALE_NAMES,
  NEWCOMER_MALE_NAMES,
  STREETS,
  SWEDISH_FEMALE_NAMES,
  SWEDISH_MALE_NAMES,
  VILLAGES,
} from "./finland";
import type { Region } from "./network";
import type { PathwayPlan } from "./pathway";
import type { Rng } from "./rng";

const words = (text: string): readonly string[] => text.split(" ");

/** The columns each COPY names, in the order the rows below write them. */
export const COLUMNS = {
  participants: words(
    "id region_id first_name last_name birth_date identity_code phone phone_digits email address postal_code municipality village languages preferred_language search_name entry_data organisation_id created_by created_at updated_at",
  ),
  consents: words(
    "id region_id participant_id purpose organisation_id scopes given_on method recorded_by withdrawn_on withdrawn_by withdrawal_note created_at updated_at",
  ),
  enrolments: words(
    "id region_id participant_id project_id coach_id entry_date entry_data exit_date outcome exit_data follow_up_due follow_up_on follow_up_data created_at updated_at",
  ),
  steps: words(
    "id region_id participant_id kind title provider_organisation_id provider_name starts_on ends_on days_per_week hours_per_day status interruption_reason author_id organisation_id created_at updated_at",
  ),
  stage_changes: words("id region_id participant_id stage changed_on note author_id created_at"),
  contacts: words(
    "id region_id participant_id kind happened_at note shared_with_network shared_with_participant organisation_id author_id created_at",
  ),
  pathway_events: words(
    "id region_id participant_id at kind scope ref_id summary organisation_id actor_id shared_with_network shared_with_participant created_at",
  ),
};

export interface Sinks {
  participants: CopySink;
  consents: CopySink;
  enrolments: CopySink;
  steps: CopySink;
  stageChanges: CopySink;
  contacts: BucketFiles;
  events: BucketFiles;
}

const CONTACT_KINDS: (readonly [ContactKind, number])[] = [
  ["in_person", 40],
  ["phone", 30],
  ["outreach", 8],
  ["group", 10],
  ["online", 7],
  ["note", 5],
];
const ascii = (s: string) => s.toLowerCase().replace(/[äå]/g, "a").replace(/ö/g, "o");

/** Identity codes given so far: unique in the data set (the schema asks unique per region). */
const usedCodes = new Set<string>();

/** A valid henkilötunnus for the birth date: odd individual number for men, even for women. */
function identityCode(rng: Rng, birthIso: string, male: boolean): string {
  for (;;) {
    let n = rng.int(2, 899);
    if ((n % 2 === 1) !== male) n += n === 899 ? -1 : 1;
    const code = identityCodeFor(birthIso, n);
    if (!usedCodes.has(code)) {
      usedCodes.add(code);
      return code;
    }
  }
}

export interface Writer {
  rng: Rng;
  days: DayStrings;
  /** Bucket (month) of a day, for the time-ordered tables. */
  bucket(day: number): number;
  sinks: Sinks;
}

/** Writes the participant's rows; `contacts` is how many contact rows (and events) they get. */
export function writeParticipant(w: Writer, region: Region, plan: PathwayPlan, contacts: number): void {
  const { rng, days, sinks } = w;
  const iso = (day: number) => days.iso(day);
  const at = (day: number) => `${days.iso(day)} 12:00:00+02`;
  const stamp = (day: number) =>
    `${days.iso(day)} ${String(rng.int(8, 15)).padStart(2, "0")}:${["00", "15", "30", "45"][rng.int(0, 3)]}:00+02`;
  const r = region.id;
  const coach = plan.coach;
  const org = coach.organisationId;
  const pid = randomUUID();

  // The person.
  const background = rng.chance(region.swedishShare) ? "sv" : rng.chance(0.14) ? "newcomer" : "fi";
  const male = rng.chance(0.52);
  const firstName =
    background === "sv"
      ? rng.pick(male ? SWEDISH_MALE_NAMES : SWEDISH_FEMALE_NAMES)
      : background === "newcomer"
        ? rng.pick(male ? NEWCOMER_MALE_NAMES : NEWCOMER_FEMALE_NAMES)
        : rng.pick(male ? MALE_NAMES : FEMALE_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const age = rng.chance(0.4) ? rng.int(17, 29) : rng.int(30, 64);
  const birthYear = 2025 - age;
  const birthIso = `${birthYear}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
  const code = rng.chance(0.7) ? identityCode(rng, birthIso, male) : null;
  const phoneDigits = rng.chance(0.9)
    ? `${rng.pick(["040", "041", "044", "045", "046", "050"])}${rng.int(1000000, 9999999)}`
    : null;
  const phone = phoneDigits
    ? `${phoneDigits.slice(0, 3)} ${phoneDigits.slice(3, 6)} ${phoneDigits.slice(6)}`
    : null;
  const email = rng.chance(0.5) ? `${ascii(firstName)}.${ascii(lastName)}${rng.int(1, 99)}@example.fi` : null;
  const municipality = rng.pick(region.municipalities);
  const languages =
    background === "sv"
      ? ["sv", "fi"]
      : background === "newcomer"
        ? [rng.pick(["ar", "so", "ru", "fa", "uk"]), "fi"]
        : ["fi"];
  const preferred = background === "sv" ? "sv" : background === "newcomer" && rng.chance(0.3) ? "en" : "fi";
  const unemployed = rng.chance(0.7);
  const entryData: FunderEntryData = {
    gender: rng.chance(0.02) ? "non_binary" : male ? "male" : "female",
    labourMarketStatus: unemployed
      ? "unemployed"
      : rng.weighted([
          ["inactive_not_in_education", 60],
          ["inactive_in_education", 17],
          ["employed", 16],
          ["self_employed", 7],
        ] as const),
    ...(unemployed ? { unemploymentMonths: rng.count(14, 240) } : {}),
    educationIsced: rng.weighted([
      [1, 2],
      [2, 30],
      [3, 45],
      [4, 5],
      [5, 6],
      [6, 8],
      [7, 4],
    ] as const),
    foreignBackground: background === "newcomer" ? "yes" : rng.chance(0.03) ? "declined" : "no",
    thirdCountryNational: background === "newcomer" && rng.chance(0.6) ? "yes" : "no",
    minority: rng.chance(0.03) ? "yes" : "no",
    disability: rng.chance(0.12) ? "yes" : "no",
    household: rng.weighted([
      ["jobless_without_children", 40],
      ["jobless_with_children", 12],
      ["single_adult_with_children", 8],
      ["other", 40],
    ] as const),
    homeless: rng.chance(0.03),
    rural: municipality !== region.municipalities[0] || rng.chance(0.15),
  };
  const registered = stamp(plan.registeredDay);
  sinks.participants.row(
    [
      pid,
      r,
      field(firstName),
      field(lastName),
      birthIso,
      code ?? NULL,
      phone ?? NULL,
      phoneDigits ?? NULL,
      email ?? NULL,
      rng.chance(0.8) ? field(`${rng.pick(STREETS)} ${rng.int(1, 60)}`) : NULL,
      `${String(10 + region.index * 2).padStart(2, "0")}${rng.int(100, 999)}`,
      field(municipality),
      field(rng.pick(VILLAGES)),
      arrayField(languages),
      preferred,
      field(`${lastName} ${firstName}`.toLowerCase()),
      jsonField(entryData),
      org,
      coach.id,
      registered,
      registered,
    ].join("\t"),
  );

  // Its history: every row below has the event its service would have recorded.
  const event = (
    day: number,
    time: string,
    kind: EventKind,
    scope: "basic" | "plan" | "notes",
    refId: string | null,
    summary: Record<string, string | number | boolean | null>,
    actor: { id: string; organisationId: string } = coach,
    shared: [boolean, boolean] = [true, true],
  ) =>
    sinks.events.row(
      w.bucket(day),
      [
        randomUUID(),
        r,
        pid,
        time,
        kind,
        scope,
        refId ?? NULL,
        jsonField(summary),
        actor.organisationId,
        actor.id,
        shared[0] ? "t" : "f",
        shared[1] ? "t" : "f",
        time,
      ].join("\t"),
    );
  event(plan.registeredDay, registered, "registered", "basic", null, {});

  for (const c of plan.consents) {
    const given = stamp(c.givenDay);
    sinks.consents.row(
      [
        c.id,
        r,
        pid,
        c.purpose,
        c.organisation?.id ?? NULL,
        arrayField(c.scopes),
        iso(c.givenDay),
        c.method,
        coach.id,
        c.withdrawnDay === null ? NULL : iso(c.withdrawnDay),
        c.withdrawnDay === null ? NULL : coach.id,
        c.withdrawnDay === null ? NULL : "Osallistuja perui suostumuksen.",
        given,
        given,
      ].join("\t"),
    );
    event(c.givenDay, given, "consent_given", "basic", c.id, {
      purpose: c.purpose,
      method: c.method,
      givenOn: iso(c.givenDay),
      organisationId: c.organisation?.id ?? null,
    });
    if (c.withdrawnDay !== null) {
      event(c.withdrawnDay, at(c.withdrawnDay), "consent_withdrawn", "basic", c.id, {
        purpose: c.purpose,
        withdrawnOn: iso(c.withdrawnDay),
      });
    }
  }

  const enrolmentId = randomUUID();
  const exited = plan.exitDay !== null && plan.outcome !== null;
  const situation =
    plan.outcome === "employed_open_market" || plan.outcome === "subsidised_work"
      ? "employed"
      : plan.outcome === "self_employed"
        ? "self_employed"
        : plan.outcome === "education"
          ? "in_education"
          : rng.chance(0.6)
            ? "job_searching"
            : "inactive";
  sinks.enrolments.row(
    [
      enrolmentId,
      r,
      pid,
      plan.project.id,
      coach.id,
      iso(plan.entryDay),
      jsonField(entryData),
      plan.exitDay === null ? NULL : iso(plan.exitDay),
      plan.outcome ?? NULL,
      exited
        ? jsonField({
            situation,
            jobSearching: situation === "job_searching",
            inEducationOrTraining: situation === "in_education",
            gainedQualification: situation === "in_education" && rng.chance(0.3),
          })
        : NULL,
      plan.followUpDueDay === null ? NULL : iso(plan.followUpDueDay),
      plan.followUpOnDay === null ? NULL : iso(plan.followUpOnDay),
      plan.followUpOnDay === null
        ? NULL
        : jsonField({ employed: rng.chance(0.4), selfEmployed: false, improvedSituation: rng.chance(0.6) }),
      at(plan.entryDay),
      at(plan.exitDay ?? plan.entryDay),
    ].join("\t"),
  );
  event(plan.entryDay, at(plan.entryDay), "enrolled", "basic", enrolmentId, {
    projectId: plan.project.id,
    entryDate: iso(plan.entryDay),
    coachId: coach.id,
  });

  for (const s of plan.steps) {
    const added = stamp(s.addedDay);
    sinks.steps.row(
      [
        s.id,
        r,
        pid,
        s.kind,
        field(s.title),
        s.providerOrganisationId ?? NULL,
        field(s.providerName),
        iso(s.startDay),
        s.endDay === null ? NULL : iso(s.endDay),
        field(s.daysPerWeek),
        field(s.hoursPerDay),
        s.status,
        field(s.interruptionReason),
        coach.id,
        org,
        added,
        s.changedDay === null ? added : at(s.changedDay),
      ].join("\t"),
    );
    event(s.addedDay, added, "step_added", "plan", s.id, {
      kind: s.kind,
      status: "planned",
      startsOn: iso(s.startDay),
    });
    if (s.changedDay !== null) {
      event(s.changedDay, at(s.changedDay), "step_changed", "plan", s.id, { kind: s.kind, status: s.status });
    }
  }

  for (const st of plan.stages) {
    const id = randomUUID();
    const time = stamp(st.day);
    sinks.stageChanges.row([id, r, pid, st.stage, iso(st.day), "", coach.id, time].join("\t"));
    event(st.day, time, "stage_changed", "basic", id, { stage: st.stage, changedOn: iso(st.day) });
  }

  if (plan.exitDay !== null) {
    event(plan.exitDay, at(plan.exitDay), "exited", "basic", enrolmentId, {
      outcome: plan.outcome,
      exitDate: iso(plan.exitDay),
    });
  }
  if (plan.followUpOnDay !== null) {
    event(plan.followUpOnDay, at(plan.followUpOnDay), "follow_up", "basic", enrolmentId, {
      followUpOn: iso(plan.followUpOnDay),
    });
  }

  // Meetings and notes: mostly the coach's, some by a partner the person shares with.
  const partners = plan.consents
    .map((c) => (c.organisation ? region.partnerWorkers.get(c.organisation.id) : undefined))
    .filter((p) => p !== undefined);
  for (let k = 0; k < contacts; k++) {
    const id = randomUUID();
    const day = rng.int(plan.entryDay, plan.activeEnd);
    const time = stamp(day);
    const kind = rng.weighted(CONTACT_KINDS);
    const author = partners.length > 0 && rng.chance(0.1) ? rng.pick(partners) : coach;
    const network = rng.chance(0.2);
    const withParticipant = rng.chance(0.3);
    sinks.contacts.row(
      w.bucket(day),
      [
        id,
        r,
        pid,
        kind,
        time,
        field(rng.pick(CONTACT_NOTES)),
        network ? "t" : "f",
        withParticipant ? "t" : "f",
        author.organisationId,
        author.id,
        time,
      ].join("\t"),
    );
    event(day, time, "contact", "notes", id, { kind }, author, [network, withParticipant]);
  }
}
