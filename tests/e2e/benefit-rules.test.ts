import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import {
  checkPage,
  demoUser,
  describeInBrowser,
  expectNoAxeViolations,
  expectVisible,
  fiText,
  pageHeading,
  signInAs,
  useE2E,
} from "./fixtures";

const OLD_RULE = "Soviteltu työttömyysetuus, suojaosa 300 €";
const NEW_SV = "Jämkad arbetslöshetsförmån, skyddat belopp 300 € (rättad)";

describeInBrowser("an administrator keeps the dated benefit rules (desktop)", () => {
  const e2e = useE2E();
  let page: Page;
  const table = () => page.getByRole("table", { name: fiText("jobsAdmin.rules.caption") });

  it("lists the shipped rules with their amounts and validity", async () => {
    page = await e2e.newPage();
    await signInAs(page, demoUser("administrator").email);
    await page
      .getByRole("navigation", { name: fiText("nav.label") })
      .getByRole("link", { name: fiText("nav.benefitRules"), exact: true })
      .click();
    await expectVisible(pageHeading(page, fiText("jobsAdmin.rules.title")));
    await expectVisible(table().getByRole("cell", { name: OLD_RULE, exact: true }));
    await expectVisible(table().getByRole("cell", { name: "300,00 €", exact: true }));
    await expectVisible(table().getByRole("cell", { name: "279,00 €", exact: true }));
    await expectVisible(table().getByRole("cell", { name: fiText("jobsAdmin.rules.ended"), exact: true }));
    await expectVisible(table().getByRole("cell", { name: fiText("jobsAdmin.rules.inForce"), exact: true }));
    await checkPage(page, "benefit-rules", { phoneAxe: true });
  });

  it("edits a rule: a blank name and a bad amount are refused at their fields, then it saves", async () => {
    await page
      .getByRole("button", { name: fiText("jobsAdmin.rules.editNamed", { name: OLD_RULE }), exact: true })
      .click();
    const form = page.getByRole("region", { name: fiText("jobsAdmin.rules.editHeading") });
    await expectVisible(form);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      fiText("jobsAdmin.rules.editHeading"),
    );
    const month = form.getByRole("textbox", { name: fiText("jobsAdmin.rules.protectedMonth"), exact: true });
    const nameSv = form.getByRole("textbox", { name: fiText("jobsAdmin.rules.nameIn.sv"), exact: true });
    expect(await month.inputValue()).toBe("300,00");
    expect(await nameSv.getAttribute("lang")).toBe("sv");
    await checkPage(page, "benefit-rules-edit", { phoneAxe: true });

    await nameSv.fill("  ");
    await month.fill("kolmesataa");
    await form.getByRole("button", { name: fiText("jobsAdmin.save"), exact: true }).click();
    await expectVisible(form.getByText(fiText("jobsAdmin.rules.errors.required"), { exact: true }));
    await expectVisible(form.getByText(fiText("jobsAdmin.rules.errors.amount"), { exact: true }));
    expect(await nameSv.getAttribute("aria-invalid")).toBe("true");
    expect(await month.getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page, "the benefit rule form with errors");

    await nameSv.fill(NEW_SV);
    await month.fill("310,50");
    await form.getByRole("button", { name: fiText("jobsAdmin.save"), exact: true }).click();
    await expectVisible(page.getByText(fiText("jobsAdmin.rules.saved"), { exact: true }));
    await expectVisible(table().getByRole("cell", { name: "310,50 €", exact: true }));

    // The server kept it: cents exactly, the Swedish name changed, the Finnish one not.
    const answer = await page.request.get("/api/benefit-rules");
    const rule = (
      (await answer.json()).data as { names: { fi: string; sv: string }; protectedMonthCents: number }[]
    ).find((r) => r.names.fi === OLD_RULE);
    expect(rule?.protectedMonthCents).toBe(31050);
    expect(rule?.names.sv).toBe(NEW_SV);
  });
});
