import { useTranslation } from "react-i18next";
import { useLanguage } from "../../../app/useLanguage";
import { formatEuros } from "./money";
import { formatMinutes } from "./time";
import type {
  ApplicationStatus,
  Employer,
  JobCategory,
  JobRequirement,
  JobStatus,
  PayType,
  PosterKind,
  Season,
} from "./types";

/** What a job pays, as one phrase: "15,00 €/h" or "80,00 € (kertakorvaus)". */
export interface PayLike {
  payType: PayType;
  payCents: number;
}

/**
 * The small-jobs labels in the current language (i18n namespace `jobs`): categories, requirements,
 * statuses, employers, pay types, seasons, poster kinds, application statuses; plus euros and hours.
 */
export function useJobLabels() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return {
    language,
    category: (value: JobCategory) => t(`jobs.category.${value}`),
    requirement: (value: JobRequirement) => t(`jobs.requirement.${value}`),
    status: (value: JobStatus) => t(`jobs.status.${value}`),
    employer: (value: Employer) => t(`jobs.employer.${value}`),
    payType: (value: PayType) => t(`jobs.payType.${value}`),
    season: (value: Season) => t(`jobs.season.${value}`),
    posterKind: (value: PosterKind) => t(`jobs.posterKind.${value}`),
    applicationStatus: (value: ApplicationStatus) => t(`jobs.applicationStatus.${value}`),
    euros: (cents: number) => formatEuros(cents, language),
    minutes: (minutes: number) => formatMinutes(minutes),
    pay: (job: PayLike) =>
      job.payType === "hourly"
        ? t("jobs.pay.hourly", { amount: formatEuros(job.payCents, language) })
        : t("jobs.pay.lumpSum", { amount: formatEuros(job.payCents, language) }),
  };
}
