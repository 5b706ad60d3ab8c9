import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dropdown, DropdownItem, Heading, Paragraph } from "suomifi-ui-components";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { DateField } from "../../../ui/DateField";
import { Loading } from "../../../ui/Loading";
import { PageTitle } from "../../../ui/PageTitle";
import { JOB_CATEGORIES, JobStatusTag, useJobLabels } from "../shared";
import { type JobSearch, useMyApplications, useMyJobs, useMySeekerProfile } from "./api";
import { formatDays } from "./EstimateText";
import { EMPTY_FILTERS, type FilterValues, type PlaceChoice, searchOf } from "./filters";
import { ApplicationTag, ApplyButtons, JobCard } from "./JobCard";
import { JobsProblem, SeekerNav } from "./SeekerNav";
import "./jobs-seeker.css";

function Filters({
  home,
  onSearch,
}: {
  home: { village: string | null; municipality: string | null };
  onSearch: (search: JobSearch) => void;
}) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const [values, setValues] = useState<FilterValues>(EMPTY_FILTERS);
  const [error, setError] = useState<"from" | "to" | "window" | null>(null);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = searchOf(values, home);
    if ("error" in result) {
      setError(result.error);
      return;
    }
    setError(null);
    onSearch(result.search);
  }

  const placeLabel = (choice: PlaceChoice) => {
    if (choice === "village" && home.village)
      return t("jobsSeeker.filters.myVillage", { name: home.village });
    if (choice === "municipality" && home.municipality)
      return t("jobsSeeker.filters.myMunicipality", { name: home.municipality });
    return t(`jobsSeeker.filters.place.${choice}`);
  };

  return (
    <form onSubmit={submit} noValidate className="jobs-filters" aria-labelledby="jobs-filters-heading">
      <Heading variant="h2" id="jobs-filters-heading" className="visually-hidden">
        {t("jobsSeeker.filters.heading")}
      </Heading>
      <Dropdown
        id="jobs-filter-place"
        labelText={t("jobsSeeker.filters.placeLabel")}
        value={values.place}
        onChange={(next) => setValues((v) => ({ ...v, place: next as PlaceChoice }))}
        fullWidth
      >
        {(["village", "municipality", "all"] as const)
          .filter((choice) => choice !== "village" || home.village)
          .map((choice) => (
            <DropdownItem key={choice} value={choice}>
              {placeLabel(choice)}
            </DropdownItem>
          ))}
      </Dropdown>
      <Dropdown
        id="jobs-filter-category"
        labelText={t("jobsSeeker.filters.category")}
        value={values.category}
        onChange={(next) => setValues((v) => ({ ...v, category: next as FilterValues["category"] }))}
        fullWidth
      >
        {[
          <DropdownItem key="all" value="all">
            {t("jobsSeeker.filters.allCategories")}
          </DropdownItem>,
          ...JOB_CATEGORIES.map((c) => (
            <DropdownItem key={c} value={c}>
              {labels.category(c)}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <DateField
        id="jobs-filter-from"
        label={t("jobsSeeker.filters.from")}
        hint={t("jobsSeeker.filters.dateHint")}
        optionalText={t("common.optional")}
        value={values.from}
        onChange={(from) => setValues((v) => ({ ...v, from }))}
        error={error === "from" ? t("jobsSeeker.filters.badDate") : undefined}
      />
      <DateField
        id="jobs-filter-to"
        label={t("jobsSeeker.filters.to")}
        hint={t("jobsSeeker.filters.dateHint")}
        optionalText={t("common.optional")}
        value={values.to}
        onChange={(to) => setValues((v) => ({ ...v, to }))}
        error={
          error === "to"
            ? t("jobsSeeker.filters.badDate")
            : error === "window"
              ? t("jobsSeeker.filters.badWindow")
              : undefined
        }
      />
      <div className="button-row">
        <Button type="submit">{t("jobsSeeker.filters.submit")}</Button>
      </div>
    </form>
  );
}

/** The seeker's own applications and work: what they applied to, were proposed or picked for. */
function MyApplications() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const applications = useMyApplications();
  if (applications.isPending) return <Loading />;
  // The job list above explains a missing consent; nothing more to say here.
  if (!applications.data) return null;
  // Applications while the job is open, and every job the seeker was picked for (their work and pay).
  const list = applications.data.data.filter((a) =>
    a.status === "accepted"
      ? a.job.status !== "cancelled"
      : (a.status === "applied" || a.status === "proposed") && a.job.status === "open",
  );
  return (
    <section aria-labelledby="jobs-mine-heading" className="section jobs-mine">
      <Heading variant="h2" id="jobs-mine-heading" mb="s">
        {t("jobsSeeker.mine.heading")}
      </Heading>
      {list.length === 0 ? (
        <Paragraph className="me-text">{t("jobsSeeker.mine.none")}</Paragraph>
      ) : (
        <ul className="me-list" aria-labelledby="jobs-mine-heading">
          {list.map((a) => (
            <li key={a.id} className="me-card jobs-card">
              <h3>
                <AppLink to={`/me/jobs/${a.job.id}`}>{a.job.title}</AppLink>
              </h3>
              <div className="jobs-tags">
                <ApplicationTag status={a.status} />
                {a.status === "accepted" && a.job.status !== "open" && <JobStatusTag status={a.job.status} />}
              </div>
              <p>{[a.job.village, formatDays(a.job.startsOn, a.job.endsOn, language)].join(" · ")}</p>
              {a.proposedByCoach && a.status === "proposed" && (
                <p className="jobs-card__note">{t("jobsSeeker.mine.proposed")}</p>
              )}
              {a.status !== "accepted" && a.job.status === "open" && (
                <ApplyButtons
                  job={{
                    id: a.job.id,
                    title: a.job.title,
                    myApplication: a.status,
                    estimate: null,
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Open small jobs near the participant, best fit first, each with what it would do to their benefit. */
export function MyJobsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [search, setSearch] = useState<JobSearch>({});
  const jobs = useMyJobs(search, language);
  const profile = useMySeekerProfile();
  const home = {
    village: profile.data?.data.village ?? jobs.data?.place.village ?? null,
    municipality: profile.data?.data.municipality ?? jobs.data?.place.municipality ?? null,
  };
  const failed = jobs.error !== null && jobs.data === undefined;
  const list = jobs.data?.data ?? [];

  return (
    <div className="me-page jobs-page">
      <PageTitle>{t("jobsSeeker.list.title")}</PageTitle>
      <SeekerNav />
      <Paragraph className="me-text" mb="m">
        {t("jobsSeeker.list.intro")}
      </Paragraph>
      {jobs.isPending && <Loading />}
      {jobs.error != null && <JobsProblem error={jobs.error} />}
      {!failed && (
        <>
          <MyApplications />
          <section aria-labelledby="jobs-open-heading" className="section">
            <Heading variant="h2" id="jobs-open-heading" mb="s">
              {t("jobsSeeker.list.openHeading")}
            </Heading>
            <Filters home={home} onSearch={setSearch} />
            <div aria-live="polite" className="jobs-count">
              {jobs.data && (
                <Paragraph mb="s">
                  {jobs.isFetching ? t("common.loading") : t("jobsSeeker.list.count", { count: list.length })}
                </Paragraph>
              )}
            </div>
            {jobs.data && list.length === 0 && (
              <Paragraph className="me-text">{t("jobsSeeker.list.none")}</Paragraph>
            )}
            {list.length > 0 && (
              <ul className="me-list" aria-labelledby="jobs-open-heading">
                {list.map((job) => (
                  <JobCard key={job.id} job={job} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
