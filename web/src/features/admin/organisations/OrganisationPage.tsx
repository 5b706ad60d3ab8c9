import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { Button } from "suomifi-ui-components";
import { ApiError } from "../../../app/api";
import { formatDateTime } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { DescriptionList } from "../../../ui/Details";
import { Loading } from "../../../ui/Loading";
import { SuccessNotice } from "../../../ui/Notice";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useOrganisation, useUpdateOrganisation } from "./api";
import { OrganisationForm } from "./OrganisationForm";

export function OrganisationPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { id = "" } = useParams();
  const organisation = useOrganisation(id);
  const update = useUpdateOrganisation(id);
  const [saved, setSaved] = useState(false);

  const conflict = update.error instanceof ApiError && update.error.status === 409;

  async function reload() {
    await organisation.refetch();
    update.reset();
  }

  if (organisation.isPending) return <Loading />;
  if (!organisation.data) {
    return (
      <>
        <PageTitle>{t("organisations.editTitle")}</PageTitle>
        <ProblemAlert error={organisation.error} />
        <AppLink to="/admin/organisations">{t("organisations.backToList")}</AppLink>
      </>
    );
  }

  const { data, can } = organisation.data;
  return (
    <>
      <PageTitle>{data.name}</PageTitle>
      <p>
        <AppLink to="/admin/organisations">{t("organisations.backToList")}</AppLink>
      </p>
      {saved && !update.error && <SuccessNotice>{t("common.saved")}</SuccessNotice>}
      <ProblemAlert error={update.error}>
        {conflict && (
          <div className="button-row">
            <Button variant="secondary" onClick={() => void reload()}>
              {t("common.reload")}
            </Button>
          </div>
        )}
      </ProblemAlert>
      {can.edit ? (
        <OrganisationForm
          // Re-initialise the form when a newer version is loaded.
          key={data.version}
          initial={{
            name: data.name,
            kind: data.kind,
            businessId: data.businessId ?? "",
            active: data.active,
          }}
          showActive
          submitLabel={t("common.save")}
          submitting={update.isPending}
          error={update.error}
          onSubmit={(values) => {
            setSaved(false);
            update.mutate(
              {
                name: values.name,
                kind: values.kind,
                businessId: values.businessId === "" ? null : values.businessId,
                active: values.active,
                version: data.version,
              },
              { onSuccess: () => setSaved(true) },
            );
          }}
        />
      ) : (
        <DescriptionList
          items={[
            { label: t("organisations.name"), value: data.name },
            { label: t("organisations.kind"), value: t(`organisationKind.${data.kind}`) },
            { label: t("organisations.businessId"), value: data.businessId ?? "–" },
            { label: t("organisations.active"), value: data.active ? t("common.yes") : t("common.no") },
            { label: t("common.createdAt"), value: formatDateTime(data.createdAt, language) },
          ]}
        />
      )}
    </>
  );
}
