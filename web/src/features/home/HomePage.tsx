import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { useSession } from "../../app/session";
import type { Role, SessionUser } from "../../app/types";
import { PageTitle } from "../../ui/PageTitle";
import { RemindersList } from "../notifications/RemindersList";

type AdminCard = {
  to: string;
  titleKey: "nav.organisations" | "nav.users" | "nav.outbox" | "nav.audit" | "nav.accessLog";
  textKey:
    | "home.admin.organisationsText"
    | "home.admin.usersText"
    | "home.admin.outboxText"
    | "home.admin.auditText"
    | "home.admin.accessLogText";
};

const ADMIN_CARDS: readonly AdminCard[] = [
  { to: "/admin/organisations", titleKey: "nav.organisations", textKey: "home.admin.organisationsText" },
  { to: "/admin/users", titleKey: "nav.users", textKey: "home.admin.usersText" },
  { to: "/admin/outbox", titleKey: "nav.outbox", textKey: "home.admin.outboxText" },
  { to: "/admin/audit", titleKey: "nav.audit", textKey: "home.admin.auditText" },
  { to: "/admin/access-log", titleKey: "nav.accessLog", textKey: "home.admin.accessLogText" },
];

function AdminCards() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="admin-tasks" className="section">
      <Heading variant="h2" id="admin-tasks" mb="m">
        {t("home.admin.heading")}
      </Heading>
      <ul className="cards">
        {ADMIN_CARDS.map((card) => (
          <li key={card.to}>
            <div className="card">
              <h3>
                <Link to={card.to} className="plain-link">
                  {t(card.titleKey)}
                </Link>
              </h3>
              <p>{t(card.textKey)}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What each role can do here. Later capabilities extend these texts with links. */
function RoleIntro({ role }: { role: Exclude<Role, "administrator"> }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <h3>{t(`role.${role}`)}</h3>
      <p>{t(`home.roleIntro.${role}`)}</p>
    </li>
  );
}

function Welcome({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const otherRoles = [...new Set(user.roles)].filter(
    (role): role is Exclude<Role, "administrator"> => role !== "administrator",
  );
  return (
    <>
      <section aria-labelledby="my-memberships" className="section">
        <Heading variant="h2" id="my-memberships" mb="s">
          {t("home.membershipsHeading")}
        </Heading>
        {user.memberships.length === 0 ? (
          <Paragraph>{t("home.noMemberships")}</Paragraph>
        ) : (
          <ul>
            {user.memberships.map((membership) => (
              <li key={membership.id}>
                {t("common.roleAtOrganisation", {
                  role: t(`role.${membership.role}`),
                  organisation: membership.organisationName,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      {otherRoles.length > 0 && (
        <section aria-labelledby="what-you-can-do" className="section">
          <Heading variant="h2" id="what-you-can-do" mb="m">
            {t("home.whatYouCanDo")}
          </Heading>
          <ul className="cards">
            {otherRoles.map((role) => (
              <RoleIntro key={role} role={role} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { session } = useSession();
  if (!session) return null;
  const { user } = session;
  return (
    <>
      <PageTitle>{t("home.title", { name: user.name })}</PageTitle>
      <Paragraph>{t("home.region", { region: user.regionName })}</Paragraph>
      {user.roles.some((role) => role !== "administrator") && <RemindersList />}
      {user.roles.includes("administrator") && <AdminCards />}
      <Welcome user={user} />
    </>
  );
}
