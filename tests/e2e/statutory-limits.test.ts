import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import {
  checkPage,
  currentLanguage,
  demoUser,
  describeInBrowser,
  expectNoAxeViolations,
  expectVisible,
  fiText,
  pageHeading,
  signInAs,
  text,
  useE2E,
} from "./fixtures";

const LAW = {
  fi: "Laki kuntouttavasta työtoiminnasta 189/2001",
  sv: "Lag om arbetsverksamhet i rehabiliteringssyfte 189/2001",
  en: "Act 189/2001 on rehabilitative work activity",
};
const AMENDED_SV = "Lag om arbetsverksamhet i rehabiliteringssyfte 189/2001, 4 §";

/** The section of one measure on the statutory limits page (a region named by its heading). */
const measure = (page: Page, language: "fi" | "sv", kind: string) =>
  page.getByRole("region", { name: text(language, `steps.kind.${kind}`), exact: true });

describeInBrowser("an administrator keeps the statutory limits, the law named in three languages", () => {
  const e2e = useE2E();
  const admin = demoUser("administrator");
  let page: Page;

  it("lists the limits by measure with the law's name in the UI language", async () => {
    page = await e2e.newPage();
    await signInAs(page, admin.email);
    await page
      .getByRole("navigation", { name: fiText("nav.label") })
      .getByRole("link", { name: fiText("nav.statutoryLimits"), exact: true })
      .click();
    await expectVisible(pageHeading(page, fiText("limits.title")));
    const table = measure(page, "fi", "rehabilitative_work").getByRole("table", {
      name: fiText("limits.caption", { measure: fiText("steps.kind.rehabilitative_work") }),
    });
    await expectVisible(table.getByRole("cell", { name: LAW.fi, exact: true }));
    expect(await table.textContent()).not.toContain(LAW.en);
    await checkPage(page, "limits", { phoneAxe: true });
  });

  it("edits the law's name in each language, refusing a blank one beside its field", async () => {
    const section = measure(page, "fi", "rehabilitative_work");
    await section
      .getByRole("button", {
        name: fiText("limits.editNamed", { rule: fiText("limits.ruleName.min_hours_per_day") }),
        exact: true,
      })
      .click();
    const form = page.getByRole("region", { name: fiText("limits.editHeading"), exact: true });
    await expectVisible(form);
    // The form's heading takes the focus, so keyboard users land in the form.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(fiText("limits.editHeading"));
    const reference = (language: "fi" | "sv" | "en") =>
      form.getByRole("textbox", { name: fiText(`limits.legalReferenceIn.${language}`), exact: true });
    expect(await reference("fi").inputValue()).toBe(LAW.fi);
    expect(await reference("sv").inputValue()).toBe(LAW.sv);
    expect(await reference("en").inputValue()).toBe(LAW.en);
    expect(await reference("sv").getAttribute("lang")).toBe("sv");
    await checkPage(page, "limits-edit", { phoneAxe: true });

    await reference("sv").fill("   ");
    await form.getByRole("button", { name: fiText("limits.save"), exact: true }).click();
    await expectVisible(form.getByText(fiText("limits.errors.required"), { exact: true }));
    expect(await reference("sv").getAttribute("aria-invalid")).toBe("true");
    expect(await reference("fi").getAttribute("aria-invalid")).not.toBe("true");
    await expectNoAxeViolations(page, "the limit form with an error");

    await reference("sv").fill(AMENDED_SV);
    await reference("sv").press("Enter");
    await expectVisible(page.getByText(fiText("limits.saved"), { exact: true }));
    // Finnish readers still see the Finnish name.
    const table = measure(page, "fi", "rehabilitative_work");
    expect(await table.getByRole("cell", { name: LAW.fi, exact: true }).count()).toBe(7);
  });

  it("shows the Swedish name to a Swedish reader", async () => {
    await page.getByRole("button", { name: "Svenska", exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === "sv");
    expect(await currentLanguage(page)).toBe("sv");
    await expectVisible(pageHeading(page, text("sv", "limits.title")));
    const section = measure(page, "sv", "rehabilitative_work");
    await expectVisible(section.getByRole("cell", { name: AMENDED_SV, exact: true }));
    expect(await section.getByRole("cell", { name: LAW.sv, exact: true }).count()).toBe(6);
    expect(await section.textContent()).not.toContain(LAW.fi);
    await checkPage(page, "limits-sv", { phone: false });
  });
});
