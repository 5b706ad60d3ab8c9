import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import {
  Button,
  Checkbox,
  Expander,
  ExpanderContent,
  ExpanderTitleButton,
  Heading,
  Paragraph,
} from "suomifi-ui-components";
import type {
  InstrumentDetail,
  InstrumentVersion,
} from "../../../../../server/src/modules/self-assessment/api";
import { ApiError, fieldErrors } from "../../../app/api";
import { formatDate } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { DescriptionList } from "../../../ui/Details";
import { Loading } from "../../../ui/Loading";
import { SuccessNotice } from "../../../ui/Notice";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useInstrument, useInstrumentMutations } from "../api";
import { DraftEditor } from "./DraftEditor";
import { checkInstrumentInfo, type InstrumentValues } from "./forms";
import { InstrumentFields } from "./InstrumentFields";
import { VersionView } from "./VersionView";
import "./instruments.css";

function InfoForm({
  instrument,
  onDone,
}: {
  instrument: InstrumentDetail;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const { update } = useInstrumentMutations(instrument.id);
  const [values, setValues] = useState<Pick<InstrumentValues, "name" | "description">>({
    name: { ...instrument.name },
    description: { ...instrument.description },
  });
  const [archived, setArchived] = useState(instrument.archived);
  const [submitted, setSubmitted] = useState(false);
  const { errors } = checkInstrumentInfo(values, archived, instrument.version);
  const server = fieldErrors(update.error);
  const errorOf = (field: string) => {
    const local = submitted ? errors[field] : undefined;
    return local ? t(`selfAssessment.instruments.errors.${local}`) : server[field];
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const { body } = checkInstrumentInfo(values, archived, instrument.version);
    if (!body) return;
    // Awaited: the saved instrument's new version remounts this form, and an unmounted observer's
    // mutate callback is not called.
    void update
      .mutateAsync(body)
      .then(() => onDone(true))
      .catch(() => undefined);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="form instrument-form"
      aria-labelledby="instrument-info-heading"
    >
      <Heading variant="h2" id="instrument-info-heading">
        {t("selfAssessment.instruments.infoHeading")}
      </Heading>
      <InstrumentFields
        idBase="instrument-info"
        values={values}
        onChange={(part, language, value) =>
          setValues((v) => ({ ...v, [part]: { ...v[part], [language]: value } }))
        }
        errorOf={errorOf}
      />
      <Checkbox
        id="instrument-archived"
        checked={archived}
        onClick={({ checkboxState }) => setArchived(checkboxState)}
        hintText={t("selfAssessment.instruments.archivedHint")}
      >
        {t("selfAssessment.instruments.archivedLabel")}
      </Checkbox>
      <ProblemAlert error={update.error} />
      <div className="form__actions">
        <Button type="submit" disabled={update.isPending}>
          {t("common.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(false)}>
          {t("selfAssessment.cancel")}
        </Button>
      </div>
    </form>
  );
}

function VersionMeta({ version }: { version: InstrumentVersion }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Paragraph mb="s" className="muted">
      {version.publishedAt
        ? t("selfAssessment.instruments.versionMeta", {
            date: formatDate(version.publishedAt, language),
            count: version.answerCount,
          })
        : t("selfAssessment.instruments.answerCount", { count: version.answerCount })}
    </Paragraph>
  );
}

/**
 * One instrument for an administrator: its details, the draft being edited (or a button to start one
 * from the published version), the published version read-only in all four languages, and the older ones.
 */
export function InstrumentPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { id = "" } = useParams();
  const instrument = useInstrument(id);
  const { createDraft } = useInstrumentMutations(id);
  const [editingInfo, setEditingInfo] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  if (instrument.isPending) return <Loading />;
  if (!instrument.data) {
    return (
      <>
        <PageTitle>{t("selfAssessment.instruments.title")}</PageTitle>
        <ProblemAlert error={instrument.error} />
        <AppLink to="/admin/instruments">{t("selfAssessment.instruments.backToList")}</AppLink>
      </>
    );
  }

  const { data, can } = instrument.data;
  const draft = data.versions.find((v) => v.status === "draft") ?? null;
  const published = data.versions.find((v) => v.status === "published") ?? null;
  const retired = data.versions.filter((v) => v.status === "retired");
  const createConflict = createDraft.error instanceof ApiError && createDraft.error.status === 409;

  return (
    <>
      <PageTitle>{data.name[language] || data.name.fi}</PageTitle>
      <p>
        <AppLink to="/admin/instruments">{t("selfAssessment.instruments.backToList")}</AppLink>
      </p>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      <DescriptionList
        items={[
          { label: t("selfAssessment.instruments.key"), value: <code>{data.key}</code> },
          {
            label: t("selfAssessment.instruments.state"),
            value: data.archived
              ? t("selfAssessment.instruments.archived")
              : published
                ? t("selfAssessment.instruments.inUse")
                : t("selfAssessment.instruments.notPublished"),
          },
          {
            label: t("selfAssessment.instruments.description"),
            value: data.description[language] || data.description.fi || "–",
          },
        ]}
      />
      {can.edit &&
        (editingInfo ? (
          <InfoForm
            key={data.version}
            instrument={data}
            onDone={(saved) => {
              setEditingInfo(false);
              if (saved) setNotice(t("common.saved"));
            }}
          />
        ) : (
          <div className="button-row instrument-info-actions">
            <Button
              variant="secondary"
              onClick={() => {
                setNotice(null);
                setEditingInfo(true);
              }}
            >
              {t("selfAssessment.instruments.editInfo")}
            </Button>
          </div>
        ))}

      {draft && can.edit ? (
        <DraftEditor
          key={`${draft.id}-${reloads}`}
          instrumentId={data.id}
          draft={draft}
          onReload={async () => {
            await instrument.refetch();
            setReloads((n) => n + 1);
          }}
          onDone={(what) =>
            setNotice(
              what === "published"
                ? t("selfAssessment.instruments.publishedNotice", { number: draft.number })
                : t("selfAssessment.instruments.discardedNotice"),
            )
          }
        />
      ) : (
        can.edit &&
        !data.archived && (
          <section aria-labelledby="new-draft-heading" className="instrument-section">
            <Heading variant="h2" id="new-draft-heading" mb="xs">
              {t("selfAssessment.instruments.newDraftHeading")}
            </Heading>
            <Paragraph mb="s">{t("selfAssessment.instruments.newDraftIntro")}</Paragraph>
            <ProblemAlert error={createDraft.error}>
              {createConflict && (
                <div className="button-row">
                  <Button variant="secondary" onClick={() => void instrument.refetch()}>
                    {t("common.reload")}
                  </Button>
                </div>
              )}
            </ProblemAlert>
            <Button
              disabled={createDraft.isPending}
              onClick={() => {
                setNotice(null);
                createDraft.mutate();
              }}
            >
              {t("selfAssessment.instruments.createDraft")}
            </Button>
          </section>
        )
      )}

      <section aria-labelledby="published-heading" className="instrument-section">
        <Heading variant="h2" id="published-heading" mb="xs">
          {published
            ? t("selfAssessment.instruments.publishedHeading", { number: published.number })
            : t("selfAssessment.instruments.notPublished")}
        </Heading>
        {published && (
          <>
            <VersionMeta version={published} />
            {draft ? (
              <Expander>
                <ExpanderTitleButton asHeading="h3">
                  {t("selfAssessment.instruments.showTexts", { number: published.number })}
                </ExpanderTitleButton>
                <ExpanderContent>
                  <VersionView dimensions={published.dimensions} idBase={`v${published.number}`} />
                </ExpanderContent>
              </Expander>
            ) : (
              <VersionView dimensions={published.dimensions} idBase={`v${published.number}`} />
            )}
          </>
        )}
      </section>

      {retired.length > 0 && (
        <section aria-labelledby="retired-heading" className="instrument-section">
          <Heading variant="h2" id="retired-heading" mb="xs">
            {t("selfAssessment.instruments.retiredHeading")}
          </Heading>
          <Paragraph mb="s">{t("selfAssessment.instruments.retiredIntro")}</Paragraph>
          {retired.map((v) => (
            <Expander key={v.id} mb="s">
              <ExpanderTitleButton asHeading="h3">
                {t("selfAssessment.instruments.retiredVersion", { number: v.number })}
              </ExpanderTitleButton>
              <ExpanderContent>
                <VersionMeta version={v} />
                <VersionView dimensions={v.dimensions} idBase={`v${v.number}`} />
              </ExpanderContent>
            </Expander>
          ))}
        </section>
      )}
    </>
  );
}
