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
import { ErrorPage } from "./ErrorPage";
import { RequireRole, RequireSession } from "./guards";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { SignInPage } from "./SignInPage";

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
          {
            element: <RequireSession />,
            children: [
              { index: true, element: <HomePage /> },
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
