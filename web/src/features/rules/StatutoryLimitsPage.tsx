import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import type { StatutoryLimit } from "../../../../server/src/modules/rules/api";
import { todayIso } from "../../app/dates";
import { formatDate } from "../../app/format";
import { localeFor } from "../../app/language";
import { useLanguage } from "../../app/useLanguage";
import { DataTable } from "../../ui/DataTable";
import { Loading } from "../../ui/Loading";
import { SuccessNotice } from "../../ui/Notice";
import { PageTitle } from "../../ui/PageTitle";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useCreateLimit, useStatutoryLimits, useUpdateLimit } from "./api";
import { LimitForm } from "./LimitForm";
import { EMPTY_LIMIT, groupByMeasure, limitState, limitValues, referenceIn } from "./limits";
import "./rules.css";

type Mode = { kind: "view" } | { kind: "add" } | { kind: "edit" | "change"; row: StatutoryLimit };

function EditLimit({ row, onDone }: { row: StatutoryLimit; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateLimit(row.id);
  return (
    <LimitForm
      id={`limit-${row.id}`}
      heading={t("limits.editHeading")}
      intro={t("limits.editIntro")}
      initial={limitValues(row)}
      fixedKindAndRule={false}
      submitting={update.isPending}
      error={update.error}
      onSubmit={(body) => update.mutate({ ...body, version: row.version }, { onSuccess: onDone })}
      onCancel={onDone}
    />
  );
}

function CreateLimit({
  replaces,
  onDone,
  onCancel,
}: {
  replaces: StatutoryLimit | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateLimit();
  const initial = replaces
    ? { ...limitValues(replaces), value: "", validFrom: "", validTo: "" }
    : EMPTY_LIMIT;
  return (
    <LimitForm
      id={replaces ? `limit-change-${replaces.id}` : "limit-new"}
      heading={replaces ? t("limits.changeHeading") : t("limits.addHeading")}
      intro={replaces ? t("limits.changeIntro") : t("limits.effect")}
      initial={initial}
      fixedKindAndRule={replaces !== null}
      submitting={create.isPending}
      error={create.error}
      onSubmit={(body) =>
        create.mutate(
          { ...body, ...(replaces ? { supersedes: { id: replaces.id, version: replaces.version } } : {}) },
          { onSuccess: onDone },
        )
      }
      onCancel={onCancel}
    />
  );
}

/** The statutory limits of pathway measures, by measure, with their validity; administrators edit them. */
export function StatutoryLimitsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const limits = useStatutoryLimits();
  const [mode, setMode] = useState<Mode>({ kind: "view" });
  const [saved, setSaved] = useState(false);
  const number = new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 1 });
  const today = todayIso();
  const can = limits.data?.can ?? { create: false, edit: false };
  const open = (next: Mode) => {
    setSaved(false);
    setMode(next);
  };
  const done = () => {
    setMode({ kind: "view" });
    setSaved(true);
  };
  const columns = [
    { key: "rule", labelText: t("limits.rule") },
    { key: "value", labelText: t("limits.value") },
    { key: "validity", labelText: t("limits.validity") },
    { key: "reference", labelText: t("limits.legalReference") },
    { key: "state", labelText: t("limits.state") },
    ...(can.edit ? [{ key: "actions", labelText: t("limits.actions") }] : []),
  ];

  const rowsOf = (rows: StatutoryLimit[]) =>
    rows.map((row) => {
      const rule = t(`limits.ruleName.${row.rule}`);
      return {
        id: row.id,
        rule,
        value:
          row.value === null
            ? t("limits.noValue")
            : t(`limits.unit.${row.rule}`, { value: number.format(row.value) }),
        validity: row.validTo
          ? t("limits.range", {
              from: formatDate(row.validFrom, language),
              to: formatDate(row.validTo, language),
            })
          : t("limits.from", { from: formatDate(row.validFrom, language) }),
        reference: referenceIn(row.legalReference, language),
        state: t(`limits.${limitState(row, today)}`),
        actions: (
          <div className="button-row">
            <Button
              variant="secondary"
              aria-label={t("limits.editNamed", { rule })}
              onClick={() => open({ kind: "edit", row })}
            >
              {t("limits.edit")}
            </Button>
            {row.validTo === null && (
              <Button
                variant="secondary"
                aria-label={t("limits.changeNamed", { rule })}
                onClick={() => open({ kind: "change", row })}
              >
                {t("limits.change")}
              </Button>
            )}
          </div>
        ),
      };
    });

  return (
    <>
      <PageTitle>{t("limits.title")}</PageTitle>
      <Paragraph mb="s">{t("limits.intro")}</Paragraph>
      <Paragraph mb="m">{t("limits.effect")}</Paragraph>
      {limits.data && !can.edit && <Paragraph mb="m">{t("limits.readOnly")}</Paragraph>}
      {saved && <SuccessNotice>{t("limits.saved")}</SuccessNotice>}
      {limits.isPending && <Loading />}
      <ProblemAlert error={limits.error} />
      {mode.kind === "edit" && <EditLimit key={mode.row.id} row={mode.row} onDone={done} />}
      {mode.kind === "change" && (
        <CreateLimit
          key={mode.row.id}
          replaces={mode.row}
          onDone={done}
          onCancel={() => setMode({ kind: "view" })}
        />
      )}
      {mode.kind === "add" && (
        <CreateLimit replaces={null} onDone={done} onCancel={() => setMode({ kind: "view" })} />
      )}
      {limits.data &&
        groupByMeasure(limits.data.data).map((group) => (
          <section key={group.stepKind} aria-labelledby={`measure-${group.stepKind}`} className="section">
            <Heading variant="h2" id={`measure-${group.stepKind}`} mb="s">
              {t(`steps.kind.${group.stepKind}`)}
            </Heading>
            <div className="table-with-actions">
              <DataTable
                caption={t("limits.caption", { measure: t(`steps.kind.${group.stepKind}`) })}
                columns={columns}
                rows={rowsOf(group.rows)}
              />
            </div>
          </section>
        ))}
      {can.create && mode.kind === "view" && (
        <div className="section">
          <Button onClick={() => open({ kind: "add" })}>{t("limits.add")}</Button>
        </div>
      )}
    </>
  );
}
