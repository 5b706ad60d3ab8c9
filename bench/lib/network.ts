// The national network: regions, their organisations, staff (coaches, partner workers, managers) and projects.
import { randomUUID } from "node:crypto";
import type { OrganisationKind, Role } from "../../server/src/modules/access/roles";
import { field, NULL } from "./copy";
import { dayOf } from "./days";
import { FEMALE_NAMES, LAST_NAMES, MALE_NAMES, REGIONS } from "./finland";
import type { Rng } from "./rng";

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
}

export interface Staff {
  id: string;
  regionIndex: number;
  organisationId: string;
  email: string;
  name: string;
  language: "fi" | "sv";
  role: Role;
}

export interface Project {
  id: string;
  name: string;
  organisationId: string;
  startsOn: string;
  endsOn: string | null;
  startDay: number;
}

export interface Region {
  index: number;
  id: string;
  code: string;
  name: string;
  municipalities: string[];
  swedishShare: number;
  participants: number;
  organisations: Organisation[];
  /** Organisations whose coaches keep records, with how many of the region's coaches work there. */
  coachOrganisations: { organisation: Organisation; weight: number }[];
  /** Organisations a participant may consent to share with, by weight. */
  partners: (readonly [Organisation, number])[];
  /** Partner worker per partner organisation id (author of partners' contacts). */
  partnerWorkers: Map<string, Staff>;
  coaches: Staff[];
  projects: Project[];
}

export interface Network {
  regions: Region[];
  staff: Staff[];
}

/** The password of every generated user (what the load scenario signs in with). */
export const BENCH_PASSWORD = "Polku-bench-2026";

/** Email of the n-th coach (0-based) in the whole data set: what the load scenario signs in with. */
export const coachEmail = (n: number) => `coach-${String(n + 1).padStart(4, "0")}@bench.polku.example`;

const SWEDISH_REGIONS = new Set(["vaasa", "porvoo", "raasepori", "pietarsaari", "suupohja", "kokkola"]);

const ASSOCIATIONS = [
  "Ylikylän kyläyhdistys ry",
  "Rantakylän nuorisoseura ry",
  "Työttömien yhdistys Ponnistus ry",
  "Mielenterveysyhdistys Toivo ry",
  "Kierrätysyhdistys Kiertokapula ry",
  "Alakylän kyläyhdistys ry",
] as const;

/** Splits a total over weights so that the parts add up exactly (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

const personName = (rng: Rng) =>
  `${rng.chance(0.5) ? rng.pick(FEMALE_NAMES) : rng.pick(MALE_NAMES)} ${rng.pick(LAST_NAMES)}`;

/** Builds the network in memory: 45 regions sized by weight, coaches so that each keeps about 100. */
export function buildNetwork(
  rng: Rng,
  opts: { regions: number; participants: number; coaches: number },
): Network {
  const specs = REGIONS.slice(0, opts.regions);
  if (specs.length < opts.regions) throw new Error(`at most ${REGIONS.length} regions`);
  const participantCounts = apportion(
    opts.participants,
    specs.map((s) => s.weight),
  );
  // Every region has at least one coach; the rest follow the participants.
  const coachCounts = apportion(opts.coaches - specs.length, participantCounts).map((c) => c + 1);
  const staff: Staff[] = [];
  let coachNumber = 0;
  const regions = specs.map((spec, index): Region => {
    const stem = spec.name.replace(/ seutu$/, "");
    const org = (name: string, kind: OrganisationKind): Organisation => ({ id: randomUUID(), name, kind });
    const municipality = org(`${stem} kaupunki`, "municipality");
    const employment = org(`${stem} seudun työllisyysalue`, "employment_authority");
    const county = org(`${stem} seudun hyvinvointipalvelut`, "wellbeing_county");
    const kela = org(`Kela, ${stem} seudun palvelupiste`, "kela");
    const parish = org(`${stem} seurakuntayhtymä`, "parish");
    const provider = org(`Työvalmennus Ote Oy, ${stem} seutu`, "service_provider");
    const associations = rng
      .shuffled(ASSOCIATIONS)
      .slice(0, 3)
      .map((n) => org(n, "association"));
    const region: Region = {
      index,
      id: randomUUID(),
      code: spec.code,
      name: spec.name,
      municipalities: spec.municipalities,
      swedishShare: SWEDISH_REGIONS.has(spec.code) ? 0.3 : 0.03,
      participants: participantCounts[index] ?? 0,
      organisations: [municipality, employment, county, kela, parish, provider, ...associations],
      coachOrganisations: [
        { organisation: municipality, weight: 5 },
        { organisation: employment, weight: 3 },
        ...associations.map((a) => ({ organisation: a, weight: 1 })),
      ],
      partners: [
        [county, 40],
        [kela, 20],
        [employment, 20],
        [parish, 10],
        [provider, 10],
      ],
      partnerWorkers: new Map(),
      coaches: [],
      projects: [
        {
          id: randomUUID(),
          name: "Polku kohti työtä",
          organisationId: municipality.id,
          startsOn: "2023-09-01",
          endsOn: "2026-12-31",
          startDay: dayOf("2023-09-01"),
        },
        {
          id: randomUUID(),
          name: "Osallisuuden askeleet",
          organisationId: employment.id,
          startsOn: "2024-01-01",
          endsOn: null,
          startDay: dayOf("2024-01-01"),
        },
        {
          id: randomUUID(),
          name: "Kylät töihin",
          organisationId: associations[0]?.id ?? municipality.id,
          startsOn: "2024-03-01",
          endsOn: "2027-02-28",
          startDay: dayOf("2024-03-01"),
        },
      ],
    };
    const language = (): "fi" | "sv" => (rng.chance(region.swedishShare) ? "sv" : "fi");
    const coachOrgs = apportion(
      coachCounts[index] ?? 1,
      region.coachOrganisations.map((c) => c.weight),
    );
    region.coachOrganisations.forEach((c, i) => {
      c.weight = coachOrgs[i] ?? 0;
      for (let k = 0; k < c.weight; k++) {
        const coach: Staff = {
          id: randomUUID(),
          regionIndex: index,
          organisationId: c.organisation.id,
          email: coachEmail(coachNumber++),
          name: personName(rng),
          language: language(),
          role: "coach",
        };
        region.coaches.push(coach);
        staff.push(coach);
      }
    });
    for (const [partner] of region.partners) {
      if (partner.kind === "employment_authority") continue;
      const worker: Staff = {
        id: randomUUID(),
        regionIndex: index,
        organisationId: partner.id,
        email: `partner-${spec.code}-${partner.kind}@bench.polku.example`,
        name: personName(rng),
        language: language(),
        role: "partner_worker",
      };
      region.partnerWorkers.set(partner.id, worker);
      staff.push(worker);
    }
    staff.push({
      id: randomUUID(),
      regionIndex: index,
      organisationId: municipality.id,
      email: `manager-${spec.code}@bench.polku.example`,
      name: personName(rng),
      language: language(),
      role: "project_manager",
    });
    return region;
  });
  return { regions, staff };
}

/** Regions, organisations, staff with their memberships, and projects, by COPY (bench/generate.ts and bench/cohort.ts). */
export async function copyNetwork(
  copyRows: (table: string, columns: string[], rows: string[][]) => Promise<void>,
  network: Network,
  passwordHash: string,
): Promise<void> {
  const now = new Date().toISOString();
  const regionId = (i: number) => network.regions[i]?.id ?? "";
  await copyRows(
    "regions",
    ["id", "code", "name"],
    network.regions.map((r) => [r.id, r.code, field(r.name)]),
  );
  await copyRows(
    "organisations",
    ["id", "region_id", "name", "kind"],
    network.regions.flatMap((r) => r.organisations.map((o) => [o.id, r.id, field(o.name), o.kind])),
  );
  await copyRows(
    "users",
    ["id", "region_id", "email", "name", "language", "status", "password_hash", "created_at", "updated_at"],
    network.staff.map((s) => [
      s.id,
      regionId(s.regionIndex),
      s.email,
      field(s.name),
      s.language,
      "active",
      passwordHash,
      now,
      now,
    ]),
  );
  await copyRows(
    "memberships",
    ["region_id", "user_id", "organisation_id", "role"],
    network.staff.map((s) => [regionId(s.regionIndex), s.id, s.organisationId, s.role]),
  );
  await copyRows(
    "projects",
    ["id", "region_id", "name", "code", "programme_period", "organisation_id", "starts_on", "ends_on"],
    network.regions.flatMap((r) =>
      r.projects.map((p, i) => [
        p.id,
        r.id,
        field(p.name),
        `S3${String(r.index * 10 + i).padStart(4, "0")}`,
        "2021-2027",
        p.organisationId,
        p.startsOn,
        p.endsOn ?? NULL,
      ]),
    ),
  );
}
