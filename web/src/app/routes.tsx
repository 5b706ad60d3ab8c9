import { createBrowserRouter, type RouteObject } from "react-router";
import { AccessLogPage } from "../features/admin/accessLog/AccessLogPage";
import { AuditPage } from "../features/admin/audit/AuditPage";
import { OrganisationPage } from "../features/admin/organisations/OrganisationPage";
import { OrganisationsPage } from "../features/admin/organisations/OrganisationsPage";
import { OutboxPage } from "../features/admin/outbox/OutboxPage";
import { InviteUserPage } from "../features/admin/users/InviteUserPage";
import { UserPage } from "../features/admin/users/UserPage";
import { UsersPage } from "../features/admin/users/UsersPage";
import { HomePage } from "../features/home/HomePage";
import { InvitationPage } from "../features/invitation/InvitationPage";
import { MyOrderPage } from "../features/orders/MyOrderPage";
import { MyOrdersPage } from "../features/orders/MyOrdersPage";
import { OrderConfirmPage } from "../features/orders/OrderConfirmPage";
import { OrderPage } from "../features/orders/OrderPage";
import { ConsentsSection } from "../features/participants/ConsentsSection";
import { OverviewSection } from "../features/participants/OverviewSection";
import { ParticipantPage } from "../features/participants/ParticipantPage";
import { ParticipantsPage } from "../features/participants/ParticipantsPage";
import { RegisterParticipantPage } from "../features/participants/RegisterParticipantPage";
import { AssessmentSection } from "../features/pathway/AssessmentSection";
import { CaseloadPage } from "../features/pathway/CaseloadPage";
import { ContactsSection } from "../features/pathway/ContactsSection";
import { EnrolmentSection } from "../features/pathway/EnrolmentSection";
import { PlanSection } from "../features/pathway/PlanSection";
import { StageSection } from "../features/pathway/StageSection";
import { TimelineSection } from "../features/pathway/TimelineSection";
import { ProjectsPage } from "../features/projects/ProjectsPage";
import { StatutoryLimitsPage } from "../features/rules/StatutoryLimitsPage";
import { CoachAnswerPage, MyAnswerPage } from "../features/self-assessment/answer/AnswerPages";
import { MySelfAssessmentPage } from "../features/self-assessment/answer/MySelfAssessmentPage";
import { MyHistoryPage } from "../features/self-assessment/charts/MyHistoryPage";
import { SelfAssessmentSection } from "../features/self-assessment/coach/SelfAssessmentSection";
import { CohortReportPage } from "../features/self-assessment/cohort/CohortReportPage";
import { InstrumentPage } from "../features/self-assessment/instruments/InstrumentPage";
import { InstrumentsPage } from "../features/self-assessment/instruments/InstrumentsPage";
import { MyAccessLogPage } from "../features/self-service/MyAccessLogPage";
import { MyDataPage } from "../features/self-service/MyDataPage";
import { MyPathwayPage } from "../features/self-service/MyPathwayPage";
import { BenefitRulesPage } from "../features/small-jobs/association/BenefitRulesPage";
import { FiguresPage } from "../features/small-jobs/association/FiguresPage";
import { EditJobPage, NewJobPage } from "../features/small-jobs/association/JobFormPage";
import { JobPage } from "../features/small-jobs/association/JobPage";
import { JobsPage } from "../features/small-jobs/association/JobsPage";
import { PayrollPage } from "../features/small-jobs/association/PayrollPage";
import { WorkNeedsPage } from "../features/small-jobs/association/WorkNeedsPage";
import { SmallJobsSection } from "../features/small-jobs/coach/SmallJobsSection";
import { MyEarningsPage } from "../features/small-jobs/seeker/MyEarningsPage";
import { MyJobPage } from "../features/small-jobs/seeker/MyJobPage";
import { MyJobsPage } from "../features/small-jobs/seeker/MyJobsPage";
import { MySeekerProfilePage } from "../features/small-jobs/seeker/MySeekerProfilePage";
import { FunderSection } from "../features/steps/FunderSection";
import { StepsSection } from "../features/steps/StepsSection";
import { ErrorPage } from "./ErrorPage";
import { RequireRole, RequireSession } from "./guards";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { SignInPage } from "./SignInPage";

/** Staff who work with participants' records (the server decides further by consent). */
const STAFF_ROLES = ["coach", "project_manager", "partner_worker", "association_contact"] as const;

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <ErrorPage standalone />,
    children: [
      {
        // Errors in a page render inside the layout, so navigation and language stay usable.
        errorElement: <ErrorPage />,
        children: [
          { path: "sign-in", element: <SignInPage /> },
          { path: "invitation/:token", element: <InvitationPage /> },
          // Household orders (decision 024): public, no account; the orderer's cookie opens their orders.
          { path: "order", element: <OrderPage /> },
          { path: "order/confirm/:token", element: <OrderConfirmPage /> },
          { path: "order/mine", element: <MyOrdersPage /> },
          { path: "order/mine/:jobId", element: <MyOrderPage /> },
          {
            element: <RequireSession />,
            children: [
              { index: true, element: <HomePage /> },
              {
                element: <RequireRole roles={["coach"]} />,
                children: [
                  { path: "caseload", element: <CaseloadPage /> },
                  { path: "participants/new", element: <RegisterParticipantPage /> },
                  {
                    path: "participants/:participantId/self-assessment/answer/:id",
                    element: <CoachAnswerPage />,
                  },
                ],
              },
              {
                element: <RequireRole roles={STAFF_ROLES} />,
                children: [
                  { path: "participants", element: <ParticipantsPage /> },
                  {
                    path: "participants/:id",
                    element: <ParticipantPage />,
                    children: [
                      { index: true, element: <OverviewSection /> },
                      { path: "consents", element: <ConsentsSection /> },
                      { path: "enrolments", element: <EnrolmentSection /> },
                      { path: "assessment", element: <AssessmentSection /> },
                      { path: "self-assessment", element: <SelfAssessmentSection /> },
                      { path: "plan", element: <PlanSection /> },
                      { path: "steps", element: <StepsSection /> },
                      { path: "stage", element: <StageSection /> },
                      { path: "contacts", element: <ContactsSection /> },
                      { path: "timeline", element: <TimelineSection /> },
                      { path: "funder", element: <FunderSection /> },
                      { path: "small-jobs", element: <SmallJobsSection /> },
                    ],
                  },
                ],
              },
              {
                element: <RequireRole roles={["administrator", "project_manager", "coach"]} />,
                children: [{ path: "projects", element: <ProjectsPage /> }],
              },
              {
                element: <RequireRole roles={["administrator", "project_manager"]} />,
                children: [{ path: "reports/distance-travelled", element: <CohortReportPage /> }],
              },
              // --- small jobs: association and staff pages (W1) ---
              {
                path: "jobs",
                element: (
                  <RequireRole roles={["association_contact", "coach", "project_manager", "administrator"]} />
                ),
                children: [
                  { index: true, element: <JobsPage /> },
                  { path: "figures", element: <FiguresPage /> },
                  { path: ":id", element: <JobPage /> },
                ],
              },
              {
                path: "jobs",
                element: <RequireRole roles={["association_contact"]} />,
                children: [
                  { path: "new", element: <NewJobPage /> },
                  { path: "needs", element: <WorkNeedsPage /> },
                  { path: "payroll", element: <PayrollPage /> },
                  { path: ":id/edit", element: <EditJobPage /> },
                ],
              },
              // --- end small jobs: association and staff pages (W1) ---
              {
                path: "me",
                element: <RequireRole roles={["participant"]} />,
                children: [
                  { index: true, element: <MyPathwayPage /> },
                  { path: "data", element: <MyDataPage /> },
                  { path: "access-log", element: <MyAccessLogPage /> },
                  { path: "self-assessment", element: <MySelfAssessmentPage /> },
                  { path: "self-assessment/answer/:id", element: <MyAnswerPage /> },
                  { path: "self-assessment/history", element: <MyHistoryPage /> },
                  { path: "jobs", element: <MyJobsPage /> },
                  { path: "jobs/earnings", element: <MyEarningsPage /> },
                  { path: "jobs/profile", element: <MySeekerProfilePage /> },
                  { path: "jobs/:id", element: <MyJobPage /> },
                ],
              },
              {
                path: "admin",
                element: <RequireRole roles={["administrator"]} />,
                children: [
                  { path: "organisations", element: <OrganisationsPage /> },
                  { path: "organisations/:id", element: <OrganisationPage /> },
                  { path: "users", element: <UsersPage /> },
                  { path: "users/new", element: <InviteUserPage /> },
                  { path: "users/:id", element: <UserPage /> },
                  { path: "outbox", element: <OutboxPage /> },
                  { path: "audit", element: <AuditPage /> },
                  { path: "access-log", element: <AccessLogPage /> },
                  { path: "statutory-limits", element: <StatutoryLimitsPage /> },
                  { path: "benefit-rules", element: <BenefitRulesPage /> },
                  { path: "instruments", element: <InstrumentsPage /> },
                  { path: "instruments/:id", element: <InstrumentPage /> },
                ],
              },
            ],
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
