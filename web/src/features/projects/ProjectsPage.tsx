import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import type { Project } from "../../../../server/src/modules/projects/schema";
import { formatDate } from "../../app/format";
import { useSession } from "../../app/session";
import { useLanguage } from "../../app/useLanguage";
import { DataTable } from "../../ui/DataTable";
import { Loading } from "../../ui/Loading";
import { SuccessNotice } from "../../ui/Notice";
import { PageTitle } from "../../ui/PageTitle";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useOrganisations } from "../admin/organisations/api";
import { useCreateProject, useProjects, useUpdateProject } from "./api";
import { ProjectForm } from "./ProjectForm";
import { emptyProject, projectValues } from "./projectForm";
import "../rules/rules.css";

/** The organisations the user may keep projects for: all for an administrator, else where project manager. */
function useProjectOrganisations() {
  const { session } = useSession();
  const organisations = useOrganisations();
  const user = session?.user;
  const admin = user?.roles.includes("administrator") ?? false;
  const managed = new Set(
    (user?.memberships ?? []).filter((m) => m.role === "project_manager").map((m) => m.organisationId),
  );
  const all = (organisations.data?.data ?? []).filter((o) => o.active);
  return {
    loaded: organisations.isSuccess,
    list: admin ? all : all.filter((o) => managed.has(o.id)),
    canEdit: (p: Project) => admin || managed.has(p.organisationId),
  };
}

function CreateProject({ organisations }: { organisations: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const create = useCreateProject();
  const [created, setCreated] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  return (
    <section aria-labelledby="create-project" className="section">
      <Heading variant="h2" id="create-project" mb="m">
        {t("projects.createHeading")}
      </Heading>
      {created && <SuccessNotice>{t("projects.created", { name: created })}</SuccessNotice>}
      <ProblemAlert error={create.error} />
      <ProjectForm
        key={formKey}
        id="project-new"
        initial={{
          ...emptyProject,
          organisationId: organisations.length === 1 ? (organisations[0]?.id ?? null) : null,
        }}
        organisations={organisations}
        submitLabel={t("projects.create")}
        submitting={create.isPending}
        error={create.error}
        onSubmit={(body) => {
          setCreated(null);
          create.mutate(body, {
            onSuccess: (response) => {
              setCreated(response.data.name);
              setFormKey((k) => k + 1);
            },
          });
        }}
      />
    </section>
  );
}

function EditProject({
  project,
  organisations,
  onDone,
}: {
  project: Project;
  organisations: { id: string; name: string }[];
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateProject(project.id);
  const choices = organisations.some((o) => o.id === project.organisationId)
    ? organisations
    : [...organisations, { id: project.organisationId, name: project.organisationName }];
  return (
    <section aria-labelledby="edit-project" className="section">
      <Heading variant="h2" id="edit-project" mb="m">
        {t("projects.editNamed", { name: project.name })}
      </Heading>
      <ProblemAlert error={update.error} />
      <ProjectForm
        id={`project-${project.id}`}
        initial={projectValues(project)}
        organisations={choices}
        submitLabel={t("projects.save")}
        submitting={update.isPending}
        error={update.error}
        onSubmit={(body) =>
          update.mutate({ ...body, version: project.version }, { onSuccess: () => onDone(true) })
        }
        onCancel={() => onDone(false)}
      />
    </section>
  );
}

/** Projects of the region: everyone on staff reads them; administrators and project managers keep them. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const projects = useProjects();
  const organisations = useProjectOrganisations();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const columns = [
    { key: "name", labelText: t("projects.name") },
    { key: "code", labelText: t("projects.code") },
    { key: "period", labelText: t("projects.programmePeriod") },
    { key: "organisation", labelText: t("projects.organisation") },
    { key: "dates", labelText: t("projects.dates") },
    { key: "actions", labelText: t("projects.actions") },
  ] as const;
  const list = projects.data?.data ?? [];
  const editedProject = list.find((p) => p.id === editing) ?? null;

  return (
    <>
      <PageTitle>{t("projects.title")}</PageTitle>
      <Paragraph mb="m">{t("projects.intro")}</Paragraph>
      {saved && <SuccessNotice>{t("projects.saved")}</SuccessNotice>}
      {projects.isPending && <Loading />}
      <ProblemAlert error={projects.error} />
      {projects.data &&
        (list.length === 0 ? (
          <Paragraph>{t("projects.empty")}</Paragraph>
        ) : (
          <div className="table-with-actions">
            <DataTable
              caption={t("projects.listCaption")}
              columns={columns}
              rows={list.map((p) => ({
                id: p.id,
                name: p.name,
                code: p.code ?? "–",
                period: t(`funder.programmePeriod.${p.programmePeriod}`),
                organisation: p.organisationName,
                dates: p.endsOn
                  ? `${formatDate(p.startsOn, language)}–${formatDate(p.endsOn, language)}`
                  : t("projects.openEnded", { from: formatDate(p.startsOn, language) }),
                actions: organisations.canEdit(p) ? (
                  <Button
                    variant="secondary"
                    aria-label={t("projects.editNamed", { name: p.name })}
                    onClick={() => {
                      setSaved(false);
                      setEditing(p.id);
                    }}
                  >
                    {t("projects.edit")}
                  </Button>
                ) : (
                  ""
                ),
              }))}
            />
          </div>
        ))}
      {editedProject && organisations.loaded && (
        <EditProject
          key={editedProject.id}
          project={editedProject}
          organisations={organisations.list}
          onDone={(wasSaved) => {
            setEditing(null);
            setSaved(wasSaved);
          }}
        />
      )}
      {/* A Suomi.fi dropdown needs its options when it is created: the form waits for the organisations. */}
      {projects.data?.can.create &&
        !editedProject &&
        organisations.loaded &&
        organisations.list.length > 0 && <CreateProject organisations={organisations.list} />}
    </>
  );
}
