import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { messages } from "../../server/src/http/messages";
import {
  checkPage,
  DEMO_PASSWORD,
  demoUser,
  describeInBrowser,
  expectVisible,
  fiText,
  focusIndicator,
  pageHeading,
  signInAs,
  tabUntil,
  useE2E,
} from "./fixtures";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A Suomi.fi dropdown's button: its accessible name is "<current value> <label>". */
function dropdown(page: Page, label: string) {
  return page.getByRole("button", { name: new RegExp(`${escapeRegExp(label)}$`) });
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await dropdown(page, label).click();
  await page.getByRole("option", { name: option, exact: true }).click();
  await expectVisible(dropdown(page, label).filter({ hasText: option }));
}

async function goByNav(page: Page, labelKey: string, titleKey: string): Promise<void> {
  await page
    .getByRole("navigation", { name: fiText("nav.label") })
    .getByRole("link", { name: fiText(labelKey), exact: true })
    .click();
  await expectVisible(pageHeading(page, fiText(titleKey)));
}

describeInBrowser("an administrator manages organisations and users", () => {
  const e2e = useE2E();
  const admin = demoUser("administrator");
  const stamp = Date.now().toString(36);
  const organisationName = `Testikylän nuorisoseura ${stamp}`;
  const renamedOrganisation = `Testikylän nuorisoseura ry ${stamp}`;
  const invitee = {
    name: "Outi Kutsuttu",
    email: `outi.${stamp}@polku.example`,
    password: "pitkä salalause 2026",
  };
  let adminPage: Page;
  let inviteePage: Page;
  let inviteeUserPath = "";

  it("creates an organisation and edits its name", async () => {
    adminPage = await e2e.newPage();
    const page = adminPage;
    await signInAs(page, admin.email);
    await goByNav(page, "nav.organisations", "organisations.title");
    await expectVisible(page.getByRole("table", { name: fiText("organisations.listCaption") }));

    const form = page.getByRole("region", { name: fiText("organisations.createHeading") });
    await form.getByLabel(fiText("organisations.name"), { exact: true }).fill(organisationName);
    await choose(page, fiText("organisations.kind"), fiText("organisationKind.association"));
    await form.getByRole("button", { name: fiText("organisations.create"), exact: true }).click();
    await expectVisible(
      page
        .getByRole("status")
        .filter({ hasText: fiText("organisations.created", { name: organisationName }) }),
    );
    const link = page.getByRole("link", { name: organisationName, exact: true });
    await expectVisible(link);
    await checkPage(page, "admin-organisations");

    await link.click();
    await expectVisible(pageHeading(page, organisationName));
    await checkPage(page, "admin-organisation");
    const name = page.getByLabel(fiText("organisations.name"), { exact: true });
    await name.fill(renamedOrganisation);
    await page.getByRole("button", { name: fiText("common.save"), exact: true }).click();
    await expectVisible(page.getByRole("status").filter({ hasText: fiText("common.saved") }));
    await expectVisible(pageHeading(page, renamedOrganisation));

    await page.getByRole("link", { name: fiText("organisations.backToList"), exact: true }).click();
    await expectVisible(page.getByRole("link", { name: renamedOrganisation, exact: true }));
    expect(await page.getByRole("link", { name: organisationName, exact: true }).count()).toBe(0);
  });

  it("invites a user, who opens the link from the outbox, sets a password and lands signed in", async () => {
    const page = adminPage;
    await goByNav(page, "nav.users", "users.title");
    await checkPage(page, "admin-users");
    await page.getByRole("link", { name: fiText("users.invite"), exact: true }).click();
    await expectVisible(pageHeading(page, fiText("users.inviteTitle")));

    // Sending an empty form names every missing field.
    await page.getByRole("button", { name: fiText("users.sendInvitation"), exact: true }).click();
    await expectVisible(page.getByText(fiText("common.required")));
    await checkPage(page, "admin-invite-errors");

    await page.getByLabel(fiText("users.name"), { exact: true }).fill(invitee.name);
    await page.getByLabel(fiText("users.email"), { exact: true }).fill(invitee.email);
    await choose(page, fiText("users.organisation"), renamedOrganisation);
    await choose(page, fiText("users.role"), fiText("role.coach"));
    await page.getByRole("button", { name: fiText("users.sendInvitation"), exact: true }).click();
    await expectVisible(pageHeading(page, invitee.name));
    await expectVisible(
      page.getByRole("status").filter({ hasText: fiText("users.invited", { email: invitee.email }) }),
    );
    await expectVisible(page.getByText(fiText("userStatus.invited"), { exact: true }));
    inviteeUserPath = new URL(page.url()).pathname;
    expect(inviteeUserPath).toMatch(/^\/admin\/users\/[0-9a-f-]+$/);
    await checkPage(page, "admin-user-invited");

    await goByNav(page, "nav.outbox", "outbox.title");
    const message = page.getByRole("listitem").filter({ hasText: invitee.email });
    await expectVisible(message);
    expect(await message.count()).toBe(1);
    await message.getByText(fiText("outbox.showBody"), { exact: true }).click();
    const body = message.locator("pre");
    await expectVisible(body);
    await checkPage(page, "admin-outbox");
    const link = ((await body.textContent()) ?? "").match(/https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]+/)?.[0];
    expect(link, "the invitation mail carries a link").toBeDefined();
    expect(link?.startsWith(`${e2e.baseUrl}/invitation/`)).toBe(true);

    inviteePage = await e2e.newPage();
    await inviteePage.goto(link ?? "");
    await expectVisible(pageHeading(inviteePage, fiText("invitation.title")));
    await expectVisible(inviteePage.getByText(invitee.email, { exact: true }));
    await checkPage(inviteePage, "invitation");
    await inviteePage.getByLabel(fiText("invitation.password"), { exact: true }).fill(invitee.password);
    await inviteePage.getByLabel(fiText("invitation.confirm"), { exact: true }).fill(invitee.password);
    await inviteePage.getByRole("button", { name: fiText("invitation.submit"), exact: true }).click();
    await inviteePage.waitForURL((url) => url.pathname === "/");
    await expectVisible(pageHeading(inviteePage, fiText("home.title", { name: invitee.name })));
    await expectVisible(
      inviteePage.getByText(
        fiText("common.roleAtOrganisation", {
          role: fiText("role.coach"),
          organisation: renamedOrganisation,
        }),
      ),
    );
  });

  it("deactivating the user ends their session and stops them signing in", async () => {
    const page = adminPage;
    await page.goto(inviteeUserPath);
    await expectVisible(pageHeading(page, invitee.name));
    await expectVisible(page.getByText(fiText("userStatus.active"), { exact: true }));
    await page.getByRole("button", { name: fiText("users.deactivate"), exact: true }).click();
    await expectVisible(page.getByRole("status").filter({ hasText: fiText("users.notice.deactivated") }));
    await expectVisible(page.getByText(fiText("userStatus.deactivated"), { exact: true }));
    await expectVisible(page.getByRole("button", { name: fiText("users.reactivate"), exact: true }));
    await checkPage(page, "admin-user-deactivated");

    // The invitee's next navigation finds the session gone.
    await inviteePage.reload();
    await inviteePage.waitForURL((url) => url.pathname === "/sign-in");
    await expectVisible(pageHeading(inviteePage, fiText("signIn.title")));

    await inviteePage.getByLabel(fiText("signIn.email"), { exact: true }).fill(invitee.email);
    await inviteePage.getByLabel(fiText("signIn.password"), { exact: true }).fill(invitee.password);
    await inviteePage.getByRole("button", { name: fiText("signIn.submit"), exact: true }).click();
    await expectVisible(inviteePage.getByRole("alert").filter({ hasText: messages.fi["auth.deactivated"] }));
    expect(new URL(inviteePage.url()).pathname).toBe("/sign-in");
  });

  it("signs in and adds an organisation with the keyboard alone, with a visible focus at every stop", async () => {
    const page = await e2e.newPage();
    await page.goto("/sign-in");
    await expectVisible(pageHeading(page, fiText("signIn.title")));

    await tabUntil(page, (el) => el.tag === "input" && el.name === "email");
    await page.keyboard.type(admin.email);
    await page.keyboard.press("Tab");
    expect(await focusIndicator(page)).toMatchObject({ tag: "input", name: "password", visible: true });
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/");
    await expectVisible(pageHeading(page, fiText("home.title", { name: admin.name })));

    await tabUntil(page, (el) => el.tag === "a" && el.name === fiText("nav.organisations"));
    await page.keyboard.press("Enter");
    await expectVisible(pageHeading(page, fiText("organisations.title")));

    const keyboardName = `Näppäimistöyhdistys ${stamp}`;
    await tabUntil(page, (el) => el.tag === "input" && el.name === "name", 60);
    await page.keyboard.type(keyboardName);
    await page.keyboard.press("Tab");
    const kind = await focusIndicator(page);
    expect(kind).toMatchObject({ tag: "button", visible: true });
    await page.keyboard.press("Enter");
    const option = page.getByRole("option", { name: fiText("organisationKind.parish"), exact: true });
    await expectVisible(option);
    for (let i = 0; i < 10 && (await option.getAttribute("aria-selected")) !== "true"; i++) {
      const focused = await page.evaluate(() => {
        const list = document.querySelector('[role="listbox"]');
        const id = list?.getAttribute("aria-activedescendant");
        return id ? (document.getElementById(id)?.textContent ?? "") : "";
      });
      if (focused === fiText("organisationKind.parish")) break;
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Enter");
    await expectVisible(
      dropdown(page, fiText("organisations.kind")).filter({ hasText: fiText("organisationKind.parish") }),
    );
    // Usually the next stop; sometimes the Suomi.fi dropdown drops focus to the top of the page after a
    // choice (a known gap, see the issue note), and a keyboard user tabs on from there.
    await tabUntil(page, (el) => el.tag === "button" && el.name === fiText("organisations.create"), 40);
    await page.keyboard.press("Space");
    await expectVisible(
      page.getByRole("status").filter({ hasText: fiText("organisations.created", { name: keyboardName }) }),
    );
    await expectVisible(page.getByRole("link", { name: keyboardName, exact: true }));
  });
});
