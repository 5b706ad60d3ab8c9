import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dropdown, DropdownItem, Heading, Paragraph } from "suomifi-ui-components";
import type { EnrolmentList } from "../../../../../server/src/modules/pathway/api-enrolments";
import { ApiError, fieldErrors } from "../../../app/api";
import { inputDateToIso, isoToInputDate, todayIso } from "../../../app/dates";
import { formatDate } from "../../../app/format";
import { useSession } from "../../../app/session";
import { useLanguage } from "../../../app/useLanguage";
import { Loading } from "../../../ui/Loading";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useEnrolmentMutations, useProjects } from "./api";
import { DateField, dateProblem } from "./fields";

/** Enrols the participant in a project, naming the personal coach (oneself by default). */
export function EnrolForm({
  participantId,
  list,
  onEnrolled,
}: {
  participantId: string;
  list: EnrolmentList;
  onEnrolled: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { session } = useSession();
  const me = session?.user.id ?? null;
  const projects = useProjects(true);
  const { enrol } = useEnrolmentMutations(participantId);
  const [projectId, setProjectId] = useState<string | null>(null);
  const [entryDate, setEntryDate] = useState(isoToInputDate(todayIso()));
  const [coachId, setCoachId] = useState<string | null>(me);
  const [submitted, setSubmitted] = useState(false);
  const server = fieldErrors(enrol.error);

  // Projects the participant is already in (open) are left out of the choice.
  const open = new Set(list.data.filter((e) => e.exitDate === null).map((e) => e.projectId));
  const choices = (projects.data?.data ?? []).filter((p) => !open.has(p.id));
  const coaches = list.coaches.some((c) => c.id === me)
    ? list.coaches
    : [...(me && session ? [{ id: me, name: session.user.name }] : []), ...list.coaches];

  const dateCode = dateProblem(entryDate);
  const projectError = submitted && !projectId ? t("enrolments.errors.projectRequired") : server.projectId;
  const dateError = submitted && dateCode ? t(`enrolments.errors.date.${dateCode}`) : server.entryDate;
  const noProjectsRoute = projects.error instanceof ApiError && projects.error.status === 404;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const iso = inputDateToIso(entryDate);
    if (!projectId || !iso) return;
    enrol.mutate(
      { projectId, entryDate: iso, ...(coachId && coachId !== me ? { coachId } : {}) },
      {
        onSuccess: () => {
          setProjectId(null);
          setSubmitted(false);
          onEnrolled();
        },
      },
    );
  }

  return (
    <section aria-labelledby="enrol-heading" className="section">
      <Heading variant="h2" id="enrol-heading" mb="s">
        {t("enrolments.enrolHeading")}
      </Heading>
      {projects.isPending && <Loading />}
      {noProjectsRoute ? (
        <Paragraph mb="m">{t("enrolments.noProjects")}</Paragraph>
      ) : (
        <ProblemAlert error={projects.error} />
      )}
      {projects.data && choices.length === 0 && (
        <Paragraph mb="m">
          {projects.data.data.length === 0 ? t("enrolments.noProjects") : t("enrolments.inEveryProject")}
        </Paragraph>
      )}
      {/* The Suomi.fi dropdown cannot be empty: the form appears once there is a project to choose. */}
      {choices.length > 0 && (
        <form onSubmit={submit} noValidate className="form">
          <Dropdown
            id="enrol-projectId"
            labelText={t("enrolments.fields.project")}
            visualPlaceholder={t("common.choose")}
            value={projectId}
            onChange={setProjectId}
            status={projectError ? "error" : "default"}
            statusText={projectError}
            fullWidth
          >
            {choices.map((p) => (
              <DropdownItem key={p.id} value={p.id}>
                {p.endsOn
                  ? t("enrolments.projectOption", {
                      name: p.name,
                      start: formatDate(p.startsOn, language),
                      end: formatDate(p.endsOn, language),
                    })
                  : t("enrolments.projectOptionOpen", {
                      name: p.name,
                      start: formatDate(p.startsOn, language),
                    })}
              </DropdownItem>
            ))}
          </Dropdown>
          <DateField
            id="enrol-entryDate"
            label={t("enrolments.fields.entryDate")}
            value={entryDate}
            onChange={setEntryDate}
            error={dateError}
          />
          <Dropdown
            id="enrol-coachId"
            labelText={t("enrolments.fields.coach")}
            hintText={t("enrolments.coachHint")}
            value={coachId}
            onChange={setCoachId}
            status={server.coachId ? "error" : "default"}
            statusText={server.coachId}
            fullWidth
          >
            {coaches.map((c) => (
              <DropdownItem key={c.id} value={c.id}>
                {c.id === me ? t("enrolments.me", { name: c.name }) : c.name}
              </DropdownItem>
            ))}
          </Dropdown>
          <ProblemAlert error={Object.keys(server).length > 0 ? null : enrol.error} />
          <div className="form__actions">
            <Button type="submit" disabled={enrol.isPending}>
              {t("enrolments.enrol")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
