import "@fontsource/source-sans-3/300.css";
import "@fontsource/source-sans-3/400.css";
import "@fontsource/source-sans-3/600.css";
import "./app/app.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { RouterProvider } from "react-router";
import { SuomifiThemeProvider } from "suomifi-ui-components";
import { createQueryClient } from "./app/queryClient";
import { createRouter } from "./app/routes";
import { i18n } from "./i18n";

const container = document.getElementById("root");
if (!container) throw new Error("The page has no #root element");

const queryClient = createQueryClient();
const router = createRouter();

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <SuomifiThemeProvider theme={{}}>
          <RouterProvider router={router} />
        </SuomifiThemeProvider>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
