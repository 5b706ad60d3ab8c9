import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import type { ParticipantResponse } from "../../../../server/src/modules/participants/api";
import { formatDate } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";
import { DescriptionList } from "../../ui/Details";
import { SuccessNotice } from "../../ui/Notice";
import { useParticipant } from "./context";
import { EditParticipantForm } from "./EditParticipantForm";
import { entryValuesOf } from "./form";
import { maskIdentityCode } from "./identity";
import { languageName } from "./options";
import { useFocusRequest } from "./useFocusRequest";

/** The identity code masked; its keeper may reveal it, deliberately, one click at a time. */
function IdentityCodeValue({ participant }: { participant: ParticipantResponse }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const { identityCode, hasIdentityCode } = participant.data;
  if (identityCode) {
    return (
      <span className="identity-code">
        <span className="identity-code__value">{shown ? identityCode : maskIdentityCode(identityCode)}</span>
        <Button variant="secondaryNoBorder" onClick={() => setShown((s) => !s)}>
          {shown ? t("participants.overview.hideCode") : t("participants.overview.showCode")}
        </Button>
      </span>
    );
  }
  return <>{hasIdentityCode ? t("participants.overview.codeKeeperOnly") : t("participants.notRecorded")}</>;
}

function EntrySummary({ participant }: { participant: ParticipantResponse }) {
  const { t } = useTranslation();
  const e = entryValuesOf(participant.data.entryData);
  const none = t("participants.notRecorded");
  const answer = (v: "" | "yes" | "no" | "declined") => (v ? t(`participants.answer.${v}`) : none);
  const items = [
    {
      label: t("participants.fields.entryData.gender"),
      value: e.gender ? t(`participants.gender.${e.gender}`) : none,
    },
    {
      label: t("participants.fields.entryData.labourMarketStatus"),
      value: e.labourMarketStatus ? t(`participants.labourMarketStatus.${e.labourMarketStatus}`) : none,
    },
    ...(e.labourMarketStatus === "unemployed"
      ? [
          {
            label: t("participants.fields.entryData.unemploymentMonths"),
            value: e.unemploymentMonths
              ? t("participants.overview.months", { count: Number(e.unemploymentMonths) })
              : none,
          },
        ]
      : []),
    {
      label: t("participants.fields.entryData.educationIsced"),
      value: e.educationIsced ? t(`participants.isced.${e.educationIsced}`) : none,
    },
    { label: t("participants.fields.entryData.foreignBackground"), value: answer(e.foreignBackground) },
    { label: t("participants.fields.entryData.thirdCountryNational"), value: answer(e.thirdCountryNational) },
    { label: t("participants.fields.entryData.minority"), value: answer(e.minority) },
    { label: t("participants.fields.entryData.disability"), value: answer(e.disability) },
    {
      label: t("participants.fields.entryData.household"),
      value: e.household ? t(`participants.household.${e.household}`) : none,
    },
    { label: t("participants.fields.entryData.homeless"), value: answer(e.homeless) },
    { label: t("participants.fields.entryData.rural"), value: answer(e.rural) },
    { label: t("participants.fields.entryData.otherDisadvantage"), value: answer(e.otherDisadvantage) },
  ];
  return (
    <section aria-labelledby="overview-entry" className="section">
      <Heading variant="h2" id="overview-entry" mb="s">
        {t("participants.form.entryData")}
      </Heading>
      <Paragraph mb="s">
        {t("participants.overview.entryIntro")}{" "}
        <AppLink to={`/participants/${participant.data.id}/funder`}>
          {t("participants.overview.funderLink")}
        </AppLink>
      </Paragraph>
      <DescriptionList items={items} />
    </section>
  );
}

export function OverviewSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const participant = useParticipant();
  const { data, can } = participant;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [editButton, focusEditButton] = useFocusRequest<HTMLButtonElement>();
  const [notice, focusNotice] = useFocusRequest<HTMLDivElement>();
  const none = t("participants.notRecorded");
  const or = (v: string | null) => (v && v.trim() !== "" ? v : none);

  return (
    <>
      {saved && (
        <div ref={notice} tabIndex={-1} className="focus-target">
          <SuccessNotice>{t("participants.overview.saved")}</SuccessNotice>
        </div>
      )}
      <section aria-labelledby="overview-basic">
        <Heading variant="h2" id="overview-basic" mb="s">
          {t("participants.overview.basic")}
        </Heading>
        <DescriptionList
          items={[
            { label: t("participants.fields.firstName"), value: data.firstName },
            { label: t("participants.fields.lastName"), value: data.lastName },
            { label: t("participants.fields.birthDate"), value: formatDate(data.birthDate, language) },
            {
              label: t("participants.fields.identityCode"),
              value: <IdentityCodeValue participant={participant} />,
            },
            {
              label: t("participants.fields.preferredLanguage"),
              value: languageName(data.preferredLanguage, language),
            },
            {
              label: t("participants.overview.account"),
              value: data.hasAccount
                ? t("participants.overview.hasAccount")
                : t("participants.overview.noAccount"),
            },
          ]}
        />
      </section>
      <section aria-labelledby="overview-contact" className="section">
        <Heading variant="h2" id="overview-contact" mb="s">
          {t("participants.form.contact")}
        </Heading>
        <DescriptionList
          items={[
            { label: t("participants.fields.phone"), value: or(data.phone) },
            { label: t("participants.fields.email"), value: or(data.email) },
            { label: t("participants.fields.address"), value: or(data.address) },
            { label: t("participants.fields.postalCode"), value: or(data.postalCode) },
            { label: t("participants.fields.municipality"), value: or(data.municipality) },
            { label: t("participants.fields.village"), value: or(data.village) },
            {
              label: t("participants.fields.languages"),
              value:
                data.languages.length > 0
                  ? data.languages.map((code) => languageName(code, language)).join(", ")
                  : none,
            },
          ]}
        />
      </section>
      {participant.relation.kind === "keeper" && data.entryData && <EntrySummary participant={participant} />}
      {can.edit &&
        (editing ? (
          <EditParticipantForm
            participant={participant}
            onCancel={() => {
              setEditing(false);
              focusEditButton();
            }}
            onSaved={() => {
              setEditing(false);
              setSaved(true);
              focusNotice();
            }}
          />
        ) : (
          <div className="section">
            <Button
              ref={editButton}
              variant="secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t("participants.overview.edit")}
            </Button>
          </div>
        ))}
    </>
  );
}
