// One participant's pathway as a plan: enrolment, consents, steps, stages, exit and follow-up. Planned
// twice with the same seed (once to count events, once to write rows), so it must only use its own rng.
import { randomUUID } from "node:crypto";
import type {
  ConsentMethod,
  ConsentPurpose,
  SharingScope,
} from "../../server/src/modules/participants/schema";
import {
  type Outcome,
  STAGES,
  type Stage,
  type StepKind,
  type StepStatus,
} from "../../server/src/modules/pathway/schema";
import { addMonths } from "./days";
import { HOSTS } from "./finland";
import type { Organisation, Project, Region, Staff } from "./network";
import type { Rng } from "./rng";

export interface ConsentPlan {
  id: string;
  purpose: ConsentPurpose;
  organisation: Organisation | null;
  scopes: SharingScope[];
  givenDay: number;
  method: ConsentMethod;
  withdrawnDay: number | null;
}

export interface StepPlan {
  id: string;
  kind: StepKind;
  title: string;
  providerOrganisationId: string | null;
  providerName: string | null;
  addedDay: number;
  startDay: number;
  endDay: number | null;
  daysPerWeek: number | null;
  hoursPerDay: number | null;
  status: StepStatus;
  interruptionReason: string | null;
  /** When the step's status last changed (planned → ongoing, or its end), if it did. */
  changedDay: number | null;
}

export interface PathwayPlan {
  coach: Staff;
  project: Project;
  registeredDay: number;
  entryDay: number;
  exitDay: number | null;
  outcome: Outcome | null;
  followUpDueDay: number | null;
  followUpOnDay: number | null;
  /** The last day anything happens: exit, or the end of the data set. */
  activeEnd: number;
  consents: ConsentPlan[];
  steps: StepPlan[];
  stages: { stage: Stage; day: number }[];
  /** Events other than contacts. */
  baseEvents: number;
}

const METHODS: (readonly [ConsentMethod, number])[] = [
  ["signed_paper", 50],
  ["in_person", 30],
  ["electronic", 20],
];

const OUTCOMES: (readonly [Outcome, number])[] = [
  ["employed_open_market", 18],
  ["subsidised_work", 14],
  ["self_employed", 2],
  ["education", 17],
  ["rehabilitation", 9],
  ["pension", 4],
  ["other_service", 16],
  ["moved_away", 6],
  ["unknown", 14],
];

const STEP_KINDS: (readonly [StepKind, number])[] = [
  ["association_activity", 14],
  ["part_time_work", 6],
  ["rehabilitative_work", 18],
  ["work_trial", 16],
  ["wage_subsidy", 10],
  ["education", 9],
  ["work_ability_assessment", 7],
  ["small_jobs", 8],
  ["group", 8],
  ["other_service", 4],
];

const STEP_TITLES: Record<StepKind, string> = {
  association_activity: "Yhdistystoiminta",
  part_time_work: "Osa-aikatyö",
  rehabilitative_work: "Kuntouttava työtoiminta",
  work_trial: "Työkokeilu",
  wage_subsidy: "Palkkatukityö",
  education: "Koulutus",
  work_ability_assessment: "Työ- ja toimintakyvyn arviointi",
  small_jobs: "Hanttihommat",
  group: "Ryhmätoiminta",
  other_service: "Muu palvelu",
};

const INTERRUPTIONS = [
  "Siirtyi toiseen palveluun",
  "Keskeytyi osallistujan pyynnöstä",
  "Työpaikan tilanne muuttui",
  "Muutti toiselle paikkakunnalle",
];

const orgOfKind = (region: Region, kind: Organisation["kind"]) =>
  region.organisations.find((o) => o.kind === kind) ?? null;

/** A step of the given kind, mostly within the statutory limits, a few percent outside them. */
function planStep(
  rng: Rng,
  region: Region,
  coach: Staff,
  span: { fromDay: number; toDay: number; lastDay: number; exitDay: number | null },
): StepPlan {
  const { fromDay, toDay, lastDay, exitDay } = span;
  const kind = rng.weighted(STEP_KINDS);
  const startDay = rng.int(fromDay, Math.max(fromDay, toDay));
  let months = 3;
  let daysPerWeek: number | null = null;
  let hoursPerDay: number | null = null;
  let provider: Organisation | null = null;
  let providerName: string | null = null;
  switch (kind) {
    case "rehabilitative_work":
      months = rng.int(3, 12);
      daysPerWeek = rng.chance(0.03) ? 5 : rng.int(1, 4);
      hoursPerDay = rng.int(4, 6);
      provider = rng.chance(0.5) ? orgOfKind(region, "municipality") : orgOfKind(region, "association");
      break;
    case "work_trial":
      months = rng.chance(0.04) ? rng.int(7, 9) : rng.int(1, 6);
      daysPerWeek = rng.int(3, 5);
      hoursPerDay = rng.int(4, 8);
      providerName = rng.pick(HOSTS);
      break;
    case "wage_subsidy":
      months = rng.int(6, 12);
      daysPerWeek = 5;
      hoursPerDay = rng.pick([6, 7.5, 8]);
      providerName = rng.pick(HOSTS);
      break;
    case "association_activity":
      months = rng.int(2, 12);
      daysPerWeek = rng.int(1, 2);
      hoursPerDay = rng.pick([2, 3, 4]);
      provider = orgOfKind(region, "association");
      break;
    case "part_time_work":
      months = rng.int(3, 12);
      daysPerWeek = rng.int(2, 3);
      hoursPerDay = rng.pick([4, 5, 6]);
      providerName = rng.pick(HOSTS);
      break;
    case "education":
      months = rng.int(3, 10);
      daysPerWeek = 5;
      hoursPerDay = 6;
      providerName = rng.pick(["Ammattiopisto", "Kansalaisopisto", "Työpaja Kipinä"]);
      break;
    case "work_ability_assessment":
      months = rng.int(1, 3);
      provider = orgOfKind(region, "wellbeing_county");
      break;
    case "small_jobs":
      months = rng.int(1, 2);
      daysPerWeek = 1;
      hoursPerDay = rng.pick([2, 3, 4]);
      provider = orgOfKind(region, "association");
      break;
    case "group":
      months = rng.int(2, 6);
      daysPerWeek = 1;
      hoursPerDay = 2;
      provider = region.organisations.find((o) => o.id === coach.organisationId) ?? null;
      break;
    case "other_service":
      months = rng.int(1, 6);
      provider = rng.chance(0.5) ? orgOfKind(region, "wellbeing_county") : orgOfKind(region, "kela");
      break;
  }
  // A step still running at exit ends with the participation.
  const endDay = Math.min(addMonths(startDay, months) - 1, exitDay ?? Number.POSITIVE_INFINITY);
  const addedDay = Math.min(lastDay, Math.max(fromDay, startDay - rng.int(0, 14)));
  let status: StepStatus;
  let changedDay: number | null = null;
  let interruptionReason: string | null = null;
  if (startDay > lastDay) {
    status = "planned";
  } else if (endDay <= lastDay) {
    if (rng.chance(0.15)) {
      status = "interrupted";
      interruptionReason = rng.pick(INTERRUPTIONS);
      changedDay = rng.int(startDay, endDay);
    } else {
      status = "completed";
      changedDay = endDay;
    }
  } else {
    status = "ongoing";
    changedDay = rng.chance(0.5) ? startDay : null;
  }
  return {
    id: randomUUID(),
    kind,
    title: providerName ? `${STEP_TITLES[kind]}: ${providerName}` : STEP_TITLES[kind],
    providerOrganisationId: provider?.id ?? null,
    providerName,
    addedDay,
    startDay,
    endDay: status === "interrupted" ? changedDay : endDay,
    daysPerWeek,
    hoursPerDay,
    status,
    interruptionReason,
    changedDay,
  };
}

/** Plans one participant's pathway between `firstDay` and `lastDay` (the data set's span). */
export function planPathway(
  rng: Rng,
  region: Region,
  coach: Staff,
  firstDay: number,
  lastDay: number,
): PathwayPlan {
  const entryDay = rng.int(firstDay, lastDay - 3);
  const registeredDay = entryDay - rng.int(0, 14);
  const duration = rng.int(90, 720);
  const exits = entryDay + duration < lastDay && rng.chance(0.85);
  const exitDay = exits ? entryDay + duration : null;
  const activeEnd = exitDay ?? lastDay;
  const outcome = exits ? rng.weighted(OUTCOMES) : null;
  const followUpDueDay = exitDay === null ? null : addMonths(exitDay, 6);
  const followUpOnDay =
    followUpDueDay !== null && followUpDueDay + 30 < lastDay && rng.chance(0.95)
      ? followUpDueDay + rng.int(-10, 30)
      : null;
  const projects = region.projects.filter((p) => p.startDay <= entryDay);
  const project = projects.length > 0 ? rng.pick(projects) : (region.projects[0] as Project);

  const consents: ConsentPlan[] = [];
  const consent = (purpose: ConsentPurpose, givenDay: number, organisation: Organisation | null = null) => {
    const scopes: SharingScope[] = [];
    if (purpose === "sharing") {
      scopes.push("basic");
      if (rng.chance(0.7)) scopes.push("plan");
      if (rng.chance(0.3)) scopes.push("assessments");
      if (rng.chance(0.2)) scopes.push("notes");
    }
    const withdrawnDay =
      purpose === "sharing" && rng.chance(0.08) ? Math.min(lastDay, givenDay + rng.int(30, 300)) : null;
    consents.push({
      id: randomUUID(),
      purpose,
      organisation,
      scopes,
      givenDay,
      method: rng.weighted(METHODS),
      withdrawnDay,
    });
  };
  if (rng.chance(0.95)) consent("pathway", entryDay);
  if (rng.chance(0.75)) consent("funder_reporting", entryDay);
  if (rng.chance(0.35)) consent("contact", entryDay);
  if (rng.chance(0.3)) {
    const partners = region.partners.filter(([o]) => o.id !== coach.organisationId);
    const first = rng.weighted(partners);
    consent("sharing", Math.min(activeEnd, entryDay + rng.int(0, 120)), first);
    if (rng.chance(0.15)) {
      const second = rng.weighted(partners.filter(([o]) => o.id !== first.id));
      consent("sharing", Math.min(activeEnd, entryDay + rng.int(0, 200)), second);
    }
  }

  const activeDays = activeEnd - entryDay;
  const stepCount = Math.min(rng.count(3, 12), 1 + Math.floor(activeDays / 45));
  const steps: StepPlan[] = [];
  for (let s = 0; s < stepCount; s++) {
    steps.push(
      planStep(rng, region, coach, { fromDay: entryDay, toDay: exitDay ?? lastDay + 60, lastDay, exitDay }),
    );
  }

  const stageCount = 1 + Math.min(4, Math.floor(rng.next() * Math.min(5, 1 + activeDays / 90)));
  const stageDays = [entryDay];
  for (let s = 1; s < stageCount; s++)
    stageDays.push(rng.int(entryDay + 1, Math.max(entryDay + 1, activeEnd)));
  stageDays.sort((a, b) => a - b);
  const stages = stageDays.map((day, s) => ({ stage: STAGES[s] as Stage, day }));

  const baseEvents =
    1 + // registered
    consents.length +
    consents.filter((c) => c.withdrawnDay !== null).length +
    1 + // enrolled
    steps.length +
    steps.filter((s) => s.changedDay !== null).length +
    stages.length +
    (exitDay !== null ? 1 : 0) +
    (followUpOnDay !== null ? 1 : 0);

  return {
    coach,
    project,
    registeredDay,
    entryDay,
    exitDay,
    outcome,
    followUpDueDay,
    followUpOnDay,
    activeEnd,
    consents,
    steps,
    stages,
    baseEvents,
  };
}
