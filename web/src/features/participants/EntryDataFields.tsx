import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import { ChoiceDropdown, FormText } from "./FormFields";
import type { EntryValues } from "./form";
import {
  GENDERS,
  HOUSEHOLD_SITUATIONS,
  ISCED_LEVELS,
  LABOUR_MARKET_STATUSES,
  YES_NO_DECLINED,
} from "./options";
import type { HeadingLevel } from "./ParticipantFields";
import type { ParticipantForm } from "./ParticipantForm";

/** The funder's entry questions (ESF+), each answerable as "not recorded", with why they are asked. */
export function EntryDataFields({
  form,
  headingLevel,
}: {
  form: ParticipantForm;
  headingLevel: HeadingLevel;
}) {
  const { t } = useTranslation();
  const entry = form.values.entry;
  const set = (change: Partial<EntryValues>) => form.updateEntry(change);
  const yesNoDeclined = (option: (typeof YES_NO_DECLINED)[number]) => t(`participants.answer.${option}`);
  const yesNo = (option: "yes" | "no") => t(`participants.answer.${option}`);

  return (
    <section className="form-section" aria-labelledby="participant-entry">
      <Heading variant={headingLevel} id="participant-entry" mb="s">
        {t("participants.form.entryData")}
      </Heading>
      <Paragraph>{t("participants.form.entryDataWhy")}</Paragraph>
      <ChoiceDropdown
        form={form}
        field="entryData.gender"
        value={entry.gender}
        options={GENDERS}
        optionLabel={(o) => t(`participants.gender.${o}`)}
        onChange={(gender) => set({ gender })}
      />
      <ChoiceDropdown
        form={form}
        field="entryData.labourMarketStatus"
        value={entry.labourMarketStatus}
        options={LABOUR_MARKET_STATUSES}
        optionLabel={(o) => t(`participants.labourMarketStatus.${o}`)}
        onChange={(labourMarketStatus) => set({ labourMarketStatus })}
      />
      {entry.labourMarketStatus === "unemployed" && (
        <FormText
          form={form}
          field="entryData.unemploymentMonths"
          inputMode="numeric"
          hintText={t("participants.form.unemploymentMonthsHint")}
          value={entry.unemploymentMonths}
          onChange={(unemploymentMonths) => set({ unemploymentMonths })}
        />
      )}
      <ChoiceDropdown
        form={form}
        field="entryData.educationIsced"
        value={entry.educationIsced}
        options={ISCED_LEVELS}
        optionLabel={(o) => t(`participants.isced.${o}`)}
        onChange={(educationIsced) => set({ educationIsced })}
        hintText={t("participants.form.educationHint")}
      />
      <ChoiceDropdown
        form={form}
        field="entryData.foreignBackground"
        value={entry.foreignBackground}
        options={YES_NO_DECLINED}
        optionLabel={yesNoDeclined}
        onChange={(foreignBackground) => set({ foreignBackground })}
        hintText={t("participants.form.foreignBackgroundHint")}
      />
      <ChoiceDropdown
        form={form}
        field="entryData.thirdCountryNational"
        value={entry.thirdCountryNational}
        options={YES_NO_DECLINED}
        optionLabel={yesNoDeclined}
        onChange={(thirdCountryNational) => set({ thirdCountryNational })}
        hintText={t("participants.form.thirdCountryNationalHint")}
      />
      <ChoiceDropdown
        form={form}
        field="entryData.minority"
        value={entry.minority}
        options={YES_NO_DECLINED}
        optionLabel={yesNoDeclined}
        onChange={(minority) => set({ minority })}
      />
      <ChoiceDropdown
        form={form}
        field="entryData.disability"
        value={entry.disability}
        options={YES_NO_DECLINED}
        optionLabel={yesNoDeclined}
        onChange={(disability) => set({ disability })}
        hintText={t("participants.form.disabilityHint")}
      />
      <ChoiceDropdown
        form={form}
        field="entryData.household"
        value={entry.household}
        options={HOUSEHOLD_SITUATIONS}
        optionLabel={(o) => t(`participants.household.${o}`)}
        onChange={(household) => set({ household })}
      />
      <ChoiceDropdown
        form={form}
        field="entryData.homeless"
        value={entry.homeless}
        options={["yes", "no"] as const}
        optionLabel={yesNo}
        onChange={(homeless) => set({ homeless })}
      />
      <ChoiceDropdown
        form={form}
        field="entryData.rural"
        value={entry.rural}
        options={["yes", "no"] as const}
        optionLabel={yesNo}
        onChange={(rural) => set({ rural })}
        hintText={t("participants.form.ruralHint")}
      />
      <ChoiceDropdown
        form={form}
        field="entryData.otherDisadvantage"
        value={entry.otherDisadvantage}
        options={YES_NO_DECLINED}
        optionLabel={yesNoDeclined}
        onChange={(otherDisadvantage) => set({ otherDisadvantage })}
        hintText={t("participants.form.otherDisadvantageHint")}
      />
    </section>
  );
}
