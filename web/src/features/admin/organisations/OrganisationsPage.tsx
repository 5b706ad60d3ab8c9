import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import { AppLink } from "../../../ui/AppLink";
import { DataTable } from "../../../ui/DataTable";
import { Loading } from "../../../ui/Loading";
import { SuccessNotice } from "../../../ui/Notice";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useCreateOrganisation, useOrganisations } from "./api";
import { emptyOrganisation, OrganisationForm } from "./OrganisationForm";

function CreateOrganisation() {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const [created, setCreated] = useState<string | null>(null);
  // A new key empties the form after each successful create.
  const [formKey, setFormKey] = useState(0);
  return (
    <section aria-labelledby="create-organisation" className="section">
      <Heading variant="h2" id="create-organisation" mb="m">
        {t("organisations.createHeading")}
      </Heading>
      {created && <SuccessNotice>{t("organisations.created", { name: created })}</SuccessNotice>}
      <ProblemAlert error={create.error} />
      <OrganisationForm
        key={formKey}
        initial={emptyOrganisation}
        showActive={false}
        submitLabel={t("organisations.create")}
        submitting={create.isPending}
        error={create.error}
        onSubmit={(values) => {
          setCreated(null);
          create.mutate(
            {
              name: values.name,
              kind: values.kind,
              ...(values.businessId === "" ? {} : { businessId: values.businessId }),
            },
            {
              onSuccess: (response) => {
                setCreated(response.data.name);
                setFormKey((key) => key + 1);
              },
            },
          );
        }}
      />
    </section>
  );
}

export function OrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const columns = [
    { key: "name", labelText: t("organisations.name") },
    { key: "kind", labelText: t("organisations.kind") },
    { key: "active", labelText: t("organisations.active") },
  ] as const;

  return (
    <>
      <PageTitle>{t("organisations.title")}</PageTitle>
      {organisations.isPending && <Loading />}
      <ProblemAlert error={organisations.error} />
      {organisations.data &&
        (organisations.data.data.length === 0 ? (
          <Paragraph>{t("organisations.empty")}</Paragraph>
        ) : (
          <DataTable
            caption={t("organisations.listCaption")}
            columns={columns}
            rows={organisations.data.data.map((organisation) => ({
              id: organisation.id,
              name: <AppLink to={`/admin/organisations/${organisation.id}`}>{organisation.name}</AppLink>,
              kind: t(`organisationKind.${organisation.kind}`),
              active: organisation.active ? t("common.yes") : t("common.no"),
            }))}
          />
        ))}
      {organisations.data?.can.create && <CreateOrganisation />}
    </>
  );
}
