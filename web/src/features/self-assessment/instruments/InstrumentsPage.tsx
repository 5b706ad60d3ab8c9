import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Button, Heading, Paragraph, TextInput } from "suomifi-ui-components";
import { fieldErrors } from "../../../app/api";
import { formatDate } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { DataTable } from "../../../ui/DataTable";
import { Loading } from "../../../ui/Loading";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useCreateInstrument, useInstruments } from "../api";
import { checkInstrument, emptyInstrument, type InstrumentValues, type TextLanguage } from "./forms";
import { InstrumentFields } from "./InstrumentFields";
import "./instruments.css";

function CreateInstrument() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateInstrument();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<InstrumentValues>(emptyInstrument);
  const [submitted, setSubmitted] = useState(false);
  const { errors } = checkInstrument(values);
  const server = fieldErrors(create.error);
  const errorOf = (field: string) => {
    const local = submitted ? errors[field] : undefined;
    return local ? t(`selfAssessment.instruments.errors.${local}`) : server[field];
  };
  const setIn = (part: "name" | "description", language: TextLanguage, value: string) =>
    setValues((v) => ({ ...v, [part]: { ...v[part], [language]: value } }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const { body } = checkInstrument(values);
    if (!body) return;
    create.mutate(body, { onSuccess: ({ data }) => navigate(`/admin/instruments/${data.id}`) });
  }

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("selfAssessment.instruments.new")}
      </Button>
    );
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      className="form instrument-form"
      aria-labelledby="instrument-new-heading"
    >
      <Heading variant="h2" id="instrument-new-heading">
        {t("selfAssessment.instruments.newHeading")}
      </Heading>
      <Paragraph>{t("selfAssessment.instruments.newIntro")}</Paragraph>
      <TextInput
        id="instrument-key"
        labelText={t("selfAssessment.instruments.key")}
        hintText={t("selfAssessment.instruments.keyHint")}
        value={values.key}
        maxLength={60}
        onChange={(value) => setValues((v) => ({ ...v, key: String(value ?? "") }))}
        status={errorOf("key") ? "error" : "default"}
        statusText={errorOf("key")}
        fullWidth
      />
      <InstrumentFields
        idBase="instrument"
        values={values}
        onChange={(part, language, value) => setIn(part, language, value)}
        errorOf={errorOf}
      />
      <ProblemAlert error={create.error} />
      <div className="form__actions">
        <Button type="submit" disabled={create.isPending}>
          {t("selfAssessment.instruments.create")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          {t("selfAssessment.cancel")}
        </Button>
      </div>
    </form>
  );
}

/** The administrator's list of self-assessment instruments, with their published version and draft. */
export function InstrumentsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const instruments = useInstruments();
  const columns = [
    { key: "name", labelText: t("selfAssessment.instruments.name") },
    { key: "published", labelText: t("selfAssessment.instruments.published") },
    { key: "draft", labelText: t("selfAssessment.instruments.draft") },
    { key: "answers", labelText: t("selfAssessment.instruments.answers") },
  ] as const;
  return (
    <>
      <PageTitle>{t("selfAssessment.instruments.title")}</PageTitle>
      <Paragraph mb="m">{t("selfAssessment.instruments.intro")}</Paragraph>
      {instruments.isPending && <Loading />}
      <ProblemAlert error={instruments.error} />
      {instruments.data &&
        (instruments.data.data.length === 0 ? (
          <Paragraph mb="m">{t("selfAssessment.instruments.empty")}</Paragraph>
        ) : (
          <DataTable
            caption={t("selfAssessment.instruments.caption")}
            columns={columns}
            rows={instruments.data.data.map((i) => ({
              id: i.id,
              name: (
                <>
                  <AppLink to={`/admin/instruments/${i.id}`}>{i.name[language] || i.name.fi}</AppLink>
                  {i.archived && (
                    <span className="instrument-archived">{t("selfAssessment.instruments.archived")}</span>
                  )}
                </>
              ),
              published: i.published
                ? t("selfAssessment.instruments.versionPublished", {
                    number: i.published.number,
                    date: formatDate(i.published.publishedAt, language),
                  })
                : t("selfAssessment.instruments.notPublished"),
              draft: i.hasDraft ? t("common.yes") : t("common.no"),
              answers: String(i.answerCount),
            }))}
          />
        ))}
      {instruments.data?.can.create && (
        <div className="instrument-create">
          <CreateInstrument />
        </div>
      )}
    </>
  );
}
