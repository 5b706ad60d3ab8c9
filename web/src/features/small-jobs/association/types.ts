// Shapes of the association pages' API answers. Job, JobSummary and JobCan come from the server's
// api-jobs.ts; the rest follow the routes of H1/H2/H3 (routes-jobs, routes-money, routes-match).

export type {
  BenefitRule,
  BenefitRuleCreate,
  BenefitRuleUpdate,
  HoursInput,
  Invoice,
  InvoiceInput,
  PaymentInput,
  WorkerPay,
} from "../../../../../server/src/modules/small-jobs/api-money";
export type {
  Applicant,
  ApplicantList,
  JobList,
  JobResponse,
  JobWorker,
  WorkNeed,
  WorkNeedCreate,
  WorkNeedPost,
  WorkNeedUpdate,
} from "../../../../../server/src/modules/small-jobs/api-needs";

import type { BenefitRule } from "../../../../../server/src/modules/small-jobs/api-money";
import type { JobWorker } from "../../../../../server/src/modules/small-jobs/api-needs";

export interface BenefitRuleList {
  data: BenefitRule[];
  can: { create: boolean; edit: boolean };
}

/**
 * A worker row as the job page reads it: the poster's list (first name, hours, pay) plus, when the
 * server gives them, the fields of a worker's pay (version, confirmations, withholding).
 */
export type Worker = JobWorker & {
  withholdingBasisPoints?: number | null;
  netCents?: number | null;
};

export type { Figures, FiguresRow } from "../../../../../server/src/modules/small-jobs/api-match";
