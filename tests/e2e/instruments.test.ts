import type { Locator, Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { todayIso } from "../../server/src/lib/dates";
import type {
  InstrumentResponse,
  SelfAssessmentResponse,
} from "../../server/src/modules/self-assessment/api";
import {
  checkPage,
  DEMO_PASSWORD,
  demoUser,
  describeInBrowser,
  expectNoAxeViolations,
  expectVisible,
  fiText,
  pageHeading,
  signInAs,
  useE2E,
} from "./fixtures";

// An administrator changes the default instrument: a draft from the published version, a text edited
// (with a colleague's save in between), published with a confirmation; old answers keep the wording of
// their own version. And a new instrument is created.

interface ApiSession {
  cookie: string;
  csrf: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const field = (scope: Page | Locator, label: string) =>
  scope.getByRole("textbox", { name: new RegExp(`^${escapeRegExp(label)}( \\(.*\\))?$`) });

const OLD_QUESTION = "Miten arkesi sujuu?";
const NEW_QUESTION = "Miten arkesi sujuu nyt?";
const INSTRUMENT_NAME = "Työkyky ja toimintakyky – Polun itsearvio";

describeInBrowser("an administrator versions an instrument, and old answers keep their wording", () => {
  const e2e = useE2E();
  const admin = demoUser("administrator");
  let page: Page;
  let adminApi: ApiSession;
  let coachApi: ApiSession;
  let instrumentId: string;
  let participantId: string;
  let oldAnswerId: string;

  const session = async (email: string): Promise<ApiSession> => {
    const res = await e2e.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email, password: DEMO_PASSWORD },
    });
    const cookie = res.cookies.find((c) => c.name === "polku_session");
    if (!cookie) throw new Error(`sign-in failed for ${email}: ${res.body}`);
    return { cookie: `polku_session=${cookie.value}`, csrf: res.json().csrfToken as string };
  };
  const inject = (as: ApiSession, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    e2e.app.inject({
      method,
      url,
      headers: { cookie: as.cookie, "x-csrf-token": as.csrf },
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    adminApi = await session(admin.email);
    coachApi = await session(demoUser("coach").email);
    const list = await inject(adminApi, "GET", "/api/instruments");
    const instrument = (list.json().data as { id: string; key: string }[]).find(
      (i) => i.key === "polku-work-ability",
    );
    if (!instrument) throw new Error("no default instrument");
    instrumentId = instrument.id;
    const created = await inject(coachApi, "POST", "/api/participants", {
      firstName: "Eeva",
      lastName: `Salo-${Date.now().toString(36)}`,
      birthDate: "1979-08-02",
      acknowledgeDuplicates: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    participantId = created.json().data.id;
    // An answer given with version 1.
    const answer = await inject(coachApi, "POST", `/api/participants/${participantId}/self-assessments`, {
      instrumentId,
      mode: "external",
      externalTool: "Kykyviisari",
      answeredOn: todayIso(),
      language: "fi",
      scores: { everyday_life: 5, mind: 6 },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    oldAnswerId = (answer.json() as SelfAssessmentResponse).data.id;
    page = await e2e.newPage();
    await signInAs(page, admin.email);
  });

  it("lists the instruments and shows the published version in all four languages", async () => {
    await page
      .getByRole("navigation", { name: fiText("nav.label") })
      .getByRole("link", { name: fiText("nav.instruments"), exact: true })
      .click();
    await expectVisible(pageHeading(page, fiText("selfAssessment.instruments.title")));
    const row = page.getByRole("row").filter({ hasText: INSTRUMENT_NAME });
    await expectVisible(row.getByText(/^Versio 1, julkaistu /));
    await checkPage(page, "instruments-list", { phoneAxe: true });

    await row.getByRole("link", { name: INSTRUMENT_NAME }).click();
    await expectVisible(pageHeading(page, INSTRUMENT_NAME));
    await expectVisible(
      page.getByRole("heading", {
        level: 2,
        name: fiText("selfAssessment.instruments.publishedHeading", { number: 1 }),
      }),
    );
    // Everyday life in Finnish, Swedish, English and plain Finnish.
    await expectVisible(page.getByText(OLD_QUESTION, { exact: true }));
    await expectVisible(page.getByText("Hur fungerar din vardag?", { exact: true }));
    await expectVisible(page.getByText("How is your everyday life going?", { exact: true }));
    await expectVisible(page.getByText("Miten arki sujuu?", { exact: true }));
    await checkPage(page, "instrument-published", { phoneAxe: true });
  });

  it("edits a text of a draft, meets a colleague's save with a conflict message, and publishes", async () => {
    await page.getByRole("button", { name: fiText("selfAssessment.instruments.createDraft") }).click();
    await expectVisible(
      page.getByRole("heading", {
        level: 2,
        name: fiText("selfAssessment.instruments.draftHeading", { number: 2 }),
      }),
    );
    const title = page.getByRole("button", { name: `7. ${OLD_QUESTION} (everyday_life)` });
    await title.click();
    const dimension = page.locator(".draft-dimension").filter({ has: title });
    const finnish = dimension.getByRole("group", {
      name: fiText("selfAssessment.textLanguage.fi"),
      exact: true,
    });
    await field(finnish, fiText("selfAssessment.instruments.field.question")).fill(NEW_QUESTION);
    await expectVisible(page.getByText(fiText("selfAssessment.instruments.unsaved")));
    await checkPage(page, "instrument-draft", { phoneAxe: true });

    // A colleague saves the draft meanwhile: this save is refused with a message, and loading the latest
    // draft is offered.
    const current = (
      await inject(adminApi, "GET", `/api/instruments/${instrumentId}`)
    ).json() as InstrumentResponse;
    const draft = current.data.versions.find((v) => v.status === "draft");
    if (!draft) throw new Error("no draft");
    const theirs = await inject(adminApi, "PUT", `/api/instruments/${instrumentId}/draft`, {
      version: draft.version,
      dimensions: draft.dimensions.map((d) => ({ key: d.key, texts: d.texts })),
    });
    expect(theirs.statusCode, theirs.body).toBe(200);
    await page.getByRole("button", { name: fiText("selfAssessment.instruments.saveDraft") }).click();
    const reload = page.getByRole("button", { name: fiText("selfAssessment.instruments.reloadDraft") });
    await expectVisible(reload);
    await expectVisible(page.getByRole("alert"));
    await reload.click();
    await expectVisible(page.getByRole("button", { name: `7. ${OLD_QUESTION} (everyday_life)` }));

    // Edit again on the latest draft and save.
    const again = page.getByRole("button", { name: `7. ${OLD_QUESTION} (everyday_life)` });
    await again.click();
    const dimension2 = page.locator(".draft-dimension").filter({ has: again });
    await field(
      dimension2.getByRole("group", { name: fiText("selfAssessment.textLanguage.fi"), exact: true }),
      fiText("selfAssessment.instruments.field.question"),
    ).fill(NEW_QUESTION);
    await page.getByRole("button", { name: fiText("selfAssessment.instruments.saveDraft") }).click();
    await expectVisible(page.getByText(fiText("selfAssessment.instruments.draftSaved")));
    await expectVisible(page.getByRole("button", { name: `7. ${NEW_QUESTION} (everyday_life)` }));

    // Publishing asks first, and says what happens to old answers.
    await page
      .getByRole("button", { name: fiText("selfAssessment.instruments.publish"), exact: true })
      .click();
    const dialog = page.getByRole("dialog");
    await expectVisible(dialog.getByText(fiText("selfAssessment.instruments.publishTitle", { number: 2 })));
    await expectVisible(dialog.getByText(fiText("selfAssessment.instruments.publishBody")));
    await expectNoAxeViolations(page, "publish dialog");
    await dialog.getByRole("button", { name: fiText("selfAssessment.instruments.publishConfirm") }).click();
    await expectVisible(page.getByText(fiText("selfAssessment.instruments.publishedNotice", { number: 2 })));
    await expectVisible(
      page.getByRole("heading", {
        level: 2,
        name: fiText("selfAssessment.instruments.publishedHeading", { number: 2 }),
      }),
    );
    await expectVisible(page.getByText("1. Millaiseksi arvioit työkykysi tällä hetkellä?"));
    await expectVisible(page.getByText(NEW_QUESTION, { exact: true }));

    // Version 1 is kept with its own wording.
    await page
      .getByRole("button", { name: fiText("selfAssessment.instruments.retiredVersion", { number: 1 }) })
      .click();
    const retired = page.locator("section").filter({
      has: page.getByRole("heading", { name: fiText("selfAssessment.instruments.retiredHeading") }),
    });
    await expectVisible(retired.getByText(OLD_QUESTION, { exact: true }));
    await checkPage(page, "instrument-published-v2", { phoneAxe: true });
  });

  it("keeps the old answer in version 1's wording, while new answers use version 2", async () => {
    const old = (
      await inject(coachApi, "GET", `/api/self-assessments/${oldAnswerId}`)
    ).json() as SelfAssessmentResponse;
    expect(old.data.instrumentVersion.number).toBe(1);
    expect(old.data.dimensions.find((d) => d.key === "everyday_life")?.texts.fi.question).toBe(OLD_QUESTION);
    const fresh = await inject(coachApi, "POST", `/api/participants/${participantId}/self-assessments`, {
      instrumentId,
      mode: "external",
      externalTool: "Kykyviisari",
      answeredOn: todayIso(),
      language: "fi",
      scores: { everyday_life: 7 },
    });
    expect(fresh.statusCode, fresh.body).toBe(201);
    const created = (fresh.json() as SelfAssessmentResponse).data;
    expect(created.instrumentVersion.number).toBe(2);
    expect(created.dimensions.find((d) => d.key === "everyday_life")?.texts.fi.question).toBe(NEW_QUESTION);

    // The coach sees each answer in its own version's words.
    const coachPage = await e2e.newPage();
    await signInAs(coachPage, demoUser("coach").email);
    await coachPage.goto(`/participants/${participantId}/self-assessment`);
    await expectVisible(
      coachPage.getByRole("heading", { level: 3, name: fiText("selfAssessment.answers.heading") }),
    );
    const items = coachPage.locator(".sa-answer");
    // The list renders after its own request: wait for it rather than count at once.
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(2);
    for (const item of await items.all()) await item.getByRole("button").first().click();
    const v1 = items.filter({
      hasText: fiText("selfAssessment.answers.instrumentVersion", { name: INSTRUMENT_NAME, number: 1 }),
    });
    const v2 = items.filter({
      hasText: fiText("selfAssessment.answers.instrumentVersion", { name: INSTRUMENT_NAME, number: 2 }),
    });
    await expectVisible(v1.getByText(OLD_QUESTION, { exact: true }));
    await expectVisible(v2.getByText(NEW_QUESTION, { exact: true }));
    expect(await v1.getByText(NEW_QUESTION, { exact: true }).count()).toBe(0);
    await checkPage(coachPage, "instrument-answers-by-version", { phoneAxe: true });
  });

  it("creates a new instrument and starts its first draft", async () => {
    await page.goto("/admin/instruments");
    await page.getByRole("button", { name: fiText("selfAssessment.instruments.new") }).click();
    const form = page.getByRole("form", { name: fiText("selfAssessment.instruments.newHeading") });
    await form.getByRole("button", { name: fiText("selfAssessment.instruments.create") }).click();
    await expectVisible(form.getByText(fiText("selfAssessment.instruments.errors.keyRequired")));
    expect(await form.getByText(fiText("selfAssessment.instruments.errors.nameRequired")).count()).toBe(4);
    expect(
      await form.getByText(fiText("selfAssessment.instruments.errors.descriptionRequired")).count(),
    ).toBe(4);
    await field(form, fiText("selfAssessment.instruments.key")).fill("nuoret-tyokyky");
    const texts = {
      fi: ["Nuorten työkyky", "Nuorten oma arvio työ- ja opiskelukyvystä."],
      sv: ["Ungas arbetsförmåga", "De ungas egen bedömning av arbets- och studieförmågan."],
      en: ["Young people's work ability", "Young people's own rating of their ability to work and study."],
      plain: ["Miten jaksan nuorena", "Arvioi itse, miten jaksat töissä ja koulussa."],
    } as const;
    for (const [language, [name, description]] of Object.entries(texts)) {
      const group = form.getByRole("group", {
        name: fiText(`selfAssessment.textLanguage.${language}`),
        exact: true,
      });
      await field(group, fiText("selfAssessment.instruments.name")).fill(name);
      await group
        .getByRole("textbox", { name: fiText("selfAssessment.instruments.description") })
        .fill(description);
    }
    await checkPage(page, "instrument-new", { phoneAxe: true });
    await form.getByRole("button", { name: fiText("selfAssessment.instruments.create") }).click();
    await expectVisible(pageHeading(page, "Nuorten työkyky"));
    await expectVisible(
      page.getByRole("heading", {
        level: 2,
        name: fiText("selfAssessment.instruments.draftHeading", { number: 1 }),
      }),
    );
    await expectVisible(page.getByText(fiText("selfAssessment.instruments.noDimensions")).first());
    await page.getByRole("button", { name: fiText("selfAssessment.instruments.addDimension") }).click();
    await field(page, fiText("selfAssessment.instruments.dimensionKey")).fill("sleep");
    await page
      .getByRole("button", { name: fiText("selfAssessment.instruments.publish"), exact: true })
      .click();
    // The draft cannot be published with texts missing: the dialog says so and offers no way on.
    const dialog = page.getByRole("dialog");
    await expectVisible(dialog.getByText(fiText("selfAssessment.instruments.blocker.texts", { count: 16 })));
    expect(
      await dialog
        .getByRole("button", { name: fiText("selfAssessment.instruments.publishConfirm") })
        .isDisabled(),
    ).toBe(true);
    await dialog.getByRole("button", { name: fiText("selfAssessment.cancel") }).click();
    await checkPage(page, "instrument-new-draft", { phoneAxe: true });
  });
});
