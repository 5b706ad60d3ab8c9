import type { Config } from "../config";
import { type Database, inRegion } from "../db/client";
import type { OrganisationKind, Role } from "../modules/access/roles";
import { acceptInvitation, createInvitation } from "../modules/auth/service";
import { createOrganisation } from "../modules/organisations/service";
import { bootstrapRegion } from "../modules/regions/service";
import { inviteUser } from "../modules/users/service";

/** The password of every demo account. Demo data only; printed at start. */
export const DEMO_PASSWORD = "Polku-demo-2026";

export const DEMO_REGION = { code: "kuusijarvi", name: "Kuusijärven seutu" };

const ORGANISATIONS: { key: string; name: string; kind: OrganisationKind }[] = [
  { key: "city", name: "Kuusijärven kaupunki", kind: "municipality" },
  { key: "county", name: "Pohjois-Kuusiston hyvinvointialue", kind: "wellbeing_county" },
  {
    key: "employment",
    name: "Kuusijärven työllisyyspalvelut, työvoimaviranomainen",
    kind: "employment_authority",
  },
  { key: "ylikyla", name: "Ylikylän kyläyhdistys ry", kind: "association" },
  { key: "alakyla", name: "Alakylän kyläyhdistys ry", kind: "association" },
  { key: "parish", name: "Kuusijärven seurakunta", kind: "parish" },
];

export const DEMO_USERS: {
  email: string;
  name: string;
  language: "fi" | "sv" | "en";
  org: string;
  role: Role;
}[] = [
  { email: "admin@polku.example", name: "Aino Virtanen", language: "fi", org: "city", role: "administrator" },
  {
    email: "manager@polku.example",
    name: "Pekka Laine",
    language: "fi",
    org: "city",
    role: "project_manager",
  },
  { email: "coach@polku.example", name: "Sanna Korhonen", language: "fi", org: "city", role: "coach" },
  { email: "coach2@polku.example", name: "Mikael Lindholm", language: "sv", org: "city", role: "coach" },
  {
    email: "partner@polku.example",
    name: "Leena Mäkinen",
    language: "fi",
    org: "county",
    role: "partner_worker",
  },
  {
    email: "association@polku.example",
    name: "Jussi Heikkinen",
    language: "fi",
    org: "ylikyla",
    role: "association_contact",
  },
  {
    email: "participant@polku.example",
    name: "Ville Koskinen",
    language: "fi",
    org: "city",
    role: "participant",
  },
  {
    email: "participant2@polku.example",
    name: "Amina Hassan",
    language: "en",
    org: "city",
    role: "participant",
  },
];

/**
 * Seeds the fictional demo network through the same services people use: the region is bootstrapped,
 * the administrator accepts the invitation, invites everyone else, and each accepts theirs.
 */
export async function seedDemo(database: Database, config: Config): Promise<void> {
  const [adminSpec] = DEMO_USERS;
  if (!adminSpec) return;
  const meta = { userAgent: "demo seed", requestId: "demo-seed" };
  const boot = await bootstrapRegion(database, {
    ...DEMO_REGION,
    organisation: { name: "Kuusijärven kaupunki", kind: "municipality" },
    administrator: { email: adminSpec.email, name: adminSpec.name, language: adminSpec.language },
  });
  const { user: admin } = await acceptInvitation(
    database.app,
    config,
    boot.invitationToken,
    DEMO_PASSWORD,
    meta,
  );
  const ctx = { regionId: boot.regionId, userId: admin.id, requestId: "demo-seed" };

  const orgIds = new Map<string, string>([["city", boot.organisationId]]);
  await inRegion(database.app, ctx, async (tx) => {
    for (const o of ORGANISATIONS.filter((x) => !orgIds.has(x.key))) {
      orgIds.set(o.key, (await createOrganisation(tx, { name: o.name, kind: o.kind })).id);
    }
  });

  const mail = { publicUrl: config.publicUrl, smtpConfigured: false };
  // Participants get their sign-in from their coach, with their pathway (seedDemoPathways).
  for (const spec of DEMO_USERS.slice(1).filter((u) => u.role !== "participant")) {
    const organisationId = orgIds.get(spec.org);
    if (!organisationId) throw new Error(`unknown demo organisation ${spec.org}`);
    const token = await inRegion(database.app, ctx, async (tx) => {
      const invited = await inviteUser(
        tx,
        admin,
        {
          email: spec.email,
          name: spec.name,
          language: spec.language,
          memberships: [{ organisationId, role: spec.role }],
        },
        mail,
      );
      // The seed stands in for the person clicking the mailed link: it takes a fresh link of its own.
      return createInvitation(tx, invited.id, admin.id);
    });
    await acceptInvitation(database.app, config, token, DEMO_PASSWORD, meta);
  }
}
