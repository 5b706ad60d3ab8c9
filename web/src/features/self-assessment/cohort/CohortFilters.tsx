import { useTranslation } from "react-i18next";
import { Button, Dropdown, DropdownItem, Label, Paragraph } from "suomifi-ui-components";
import type { CohortResponse } from "../../../../../server/src/modules/self-assessment/cohort-api";
import { useLanguage } from "../../../app/useLanguage";
import { DateField } from "../../../ui/DateField";
import { STAGES } from "../../pathway/record/forms";
import { useProjects } from "../../projects/api";
import { AGE_BANDS, type CohortForm, type CohortFormError, groupName } from "./cohortReport";

/** The report's filters: instrument, project, group, age band, stage and period, shown when submitted. */
export function Filters({
  response,
  form,
  errors,
  onChange,
  onSubmit,
}: {
  response: CohortResponse;
  form: CohortForm;
  errors: Partial<Record<"from" | "to", CohortFormError>>;
  onChange: (next: CohortForm) => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const projects = useProjects();
  const set = (key: keyof CohortForm) => (value: string) => onChange({ ...form, [key]: value });
  const ALL = "all";
  const errorText = (key: "from" | "to") => (errors[key] ? t(`cohort.${errors[key]}`) : undefined);
  return (
    <search aria-label={t("cohort.filtersLabel")}>
      <form
        className="cohort-filters"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Dropdown
          id="cohort-instrument"
          labelText={t("cohort.instrument")}
          value={form.instrumentId}
          onChange={set("instrumentId")}
          fullWidth
        >
          {response.instruments.map((i) => (
            <DropdownItem key={i.id} value={i.id}>
              {i.archived ? t("cohort.archived", { name: i.name[language] }) : i.name[language]}
            </DropdownItem>
          ))}
        </Dropdown>
        <Dropdown
          id="cohort-project"
          labelText={t("cohort.project")}
          hintText={t("cohort.projectHint")}
          value={form.projectId || ALL}
          onChange={(value) => set("projectId")(value === ALL ? "" : value)}
          fullWidth
        >
          {[
            <DropdownItem key={ALL} value={ALL}>
              {t("cohort.allProjects")}
            </DropdownItem>,
            ...(projects.data?.data ?? []).map((p) => (
              <DropdownItem key={p.id} value={p.id}>
                {p.name}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        {response.groups.length > 0 ? (
          <Dropdown
            id="cohort-group"
            labelText={t("cohort.group")}
            hintText={t("cohort.groupHint")}
            value={form.group || ALL}
            onChange={(value) => set("group")(value === ALL ? "" : value)}
            fullWidth
          >
            {[
              <DropdownItem key={ALL} value={ALL}>
                {t("cohort.allGroups")}
              </DropdownItem>,
              ...response.groups.map((g) => (
                <DropdownItem key={g.key} value={g.key}>
                  {g.members === null
                    ? t("cohort.groupFew", { group: groupName(g), threshold: response.data.threshold })
                    : t("cohort.groupMembers", { group: groupName(g), count: g.members })}
                </DropdownItem>
              )),
            ]}
          </Dropdown>
        ) : (
          // No group steps on any pathway yet: nothing to choose (and a dropdown cannot be empty).
          <div className="cohort-filters__none">
            <Label>{t("cohort.group")}</Label>
            <Paragraph>{t("cohort.noGroups")}</Paragraph>
          </div>
        )}
        <Dropdown
          id="cohort-age-band"
          labelText={t("cohort.ageBand")}
          hintText={t("cohort.ageBandHint")}
          value={form.ageBand || ALL}
          onChange={(value) => set("ageBand")(value === ALL ? "" : value)}
          fullWidth
        >
          {[
            <DropdownItem key={ALL} value={ALL}>
              {t("cohort.allAges")}
            </DropdownItem>,
            ...AGE_BANDS.map((band) => (
              <DropdownItem key={band} value={band}>
                {t(`cohort.ageBands.${band}`)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <Dropdown
          id="cohort-stage"
          labelText={t("cohort.stage")}
          hintText={t("cohort.stageHint")}
          value={form.stage || ALL}
          onChange={(value) => set("stage")(value === ALL ? "" : value)}
          fullWidth
        >
          {[
            <DropdownItem key={ALL} value={ALL}>
              {t("cohort.allStages")}
            </DropdownItem>,
            ...STAGES.map((stage) => (
              <DropdownItem key={stage} value={stage}>
                {t(`record.stageName.${stage}`)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <DateField
          id="cohort-from"
          label={t("cohort.from")}
          hint={t("cohort.dateHint")}
          optionalText={t("common.optional")}
          value={form.from}
          onChange={set("from")}
          error={errorText("from")}
        />
        <DateField
          id="cohort-to"
          label={t("cohort.to")}
          hint={t("cohort.dateHint")}
          optionalText={t("common.optional")}
          value={form.to}
          onChange={set("to")}
          error={errorText("to")}
        />
        <div className="cohort-filters__actions">
          <Button type="submit">{t("cohort.show")}</Button>
        </div>
      </form>
    </search>
  );
}
