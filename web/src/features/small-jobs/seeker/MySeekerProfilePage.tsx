import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { Loading } from "../../../ui/Loading";
import { SuccessNotice } from "../../../ui/Notice";
import { PageTitle } from "../../../ui/PageTitle";
import { useMySeekerProfile, useSaveMySeekerProfile } from "./api";
import { ProfileForm, ProfileSummary } from "./ProfileForm";
import { JobsProblem, SeekerNav } from "./SeekerNav";
import "./jobs-seeker.css";

/** The seeker's own profile: what they have, like and when they are free, and how their benefit runs. */
export function MySeekerProfilePage() {
  const { t } = useTranslation();
  const profile = useMySeekerProfile();
  const save = useSaveMySeekerProfile();
  const [editing, setEditing] = useState(false);
  const data = profile.data;
  return (
    <div className="me-page jobs-page">
      <PageTitle>{t("jobsSeeker.profile.title")}</PageTitle>
      <SeekerNav />
      <Paragraph className="me-text" mb="m">
        {t("jobsSeeker.profile.intro")}
      </Paragraph>
      {profile.isPending && <Loading />}
      {profile.error != null && <JobsProblem error={profile.error} />}
      <div aria-live="polite">
        {save.isSuccess && !editing && <SuccessNotice>{t("jobsSeeker.profile.saved")}</SuccessNotice>}
      </div>
      {data && !editing && (
        <section aria-labelledby="profile-heading" className="section">
          <Heading variant="h2" id="profile-heading" mb="s">
            {t("jobsSeeker.profile.heading")}
          </Heading>
          {!data.data.saved && (
            <Paragraph className="me-text" mb="s">
              {t("jobsSeeker.profile.notSaved")}
            </Paragraph>
          )}
          <ProfileSummary profile={data.data} audience="self" />
          {data.can.edit && (
            <Button
              className="jobs-edit-button"
              onClick={() => {
                save.reset();
                setEditing(true);
              }}
            >
              {t("jobsSeeker.profile.edit")}
            </Button>
          )}
        </section>
      )}
      {data && editing && (
        <section aria-label={t("jobsSeeker.profile.editHeading")} className="section">
          <ProfileForm
            profile={data.data}
            withCeiling={false}
            saving={save.isPending}
            error={save.error}
            idPrefix="my-profile"
            audience="self"
            onSave={(body) => save.mutate(body, { onSuccess: () => setEditing(false) })}
            onCancel={() => setEditing(false)}
          />
        </section>
      )}
    </div>
  );
}
