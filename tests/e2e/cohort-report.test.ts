import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Download, Locator, Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { addMonthsIso, todayIso } from "../../server/src/lib/dates";
import type { CohortReport, CohortResponse } from "../../server/src/modules/self-assessment/cohort-api";
import { parseCsv } from "../../server/test/self-assessment";
import {
  formatChange,
  formatShare,
  groupName,
} from "../../web/src/features/self-assessment/cohort/cohortReport";
import {
  checkPage,
  DEMO_PASSWORD,
  DESKTOP,
  demoUser,
  describeInBrowser,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectVisible,
  fiText,
  PHONE,
  pageHeading,
  screenshot,
  signInAs,
  tabUntil,
  text,
  useE2E,
} from "./fixtures";

// A project manager opens the distance-travelled report, filters it, reads the table and downloads it as
// CSV and XLSX; both files are read back and checked against the API. The demo seed gives six people with
// two or more answers of the default instrument (server/src/seed/self-assessments.ts); the test puts them
// in a group through the pathway API (the demo seed has no group of five).

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A Suomi.fi dropdown's button: its accessible name is "<current value> <label>". */
const dropdown = (page: Page, label: string): Locator =>
  page.getByRole("button", { name: new RegExp(`${escapeRegExp(label)}( \\(.*\\))?$`) });

async function choose(page: Page, label: string, option: string): Promise<void> {
  await dropdown(page, label).click();
  await page.getByRole("option", { name: option, exact: true }).click();
  await expectVisible(dropdown(page, label).filter({ hasText: option }));
}

/** The page's checks with the Suomi.fi date pickers, which settle a frame after a resize (see pathway-journey). */
async function checkReportPage(page: Page, name: string): Promise<void> {
  await checkPage(page, name, { phone: false });
  await page.setViewportSize({ ...PHONE });
  try {
    await page
      .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, {
        timeout: 1000,
      })
      .catch(() => undefined);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, `${name} (360 px)`);
    await screenshot(page, `${name}-360`);
  } finally {
    await page.setViewportSize({ ...DESKTOP });
  }
}

describeInBrowser("a project manager reads and exports the distance travelled of a cohort", () => {
  const e2e = useE2E();
  const manager = demoUser("project_manager");
  let page: Page;
  let projectName: string;
  /** The group the test makes: the six demo people with two answers, at a provider known by name. */
  const GROUP = { name: "Kahvilaryhmä", provider: "Pajan kahvila" };
  const GROUP_MEMBERS = {
    "coach@polku.example": ["Koskinen", "Nieminen", "Salonen"],
    "coach2@polku.example": ["Berg", "Hassan", "Rantanen"],
  };

  const api = async (query: string): Promise<CohortResponse> => {
    const res = await page.request.get(`/api/self-assessment/cohort${query}`);
    expect(res.status()).toBe(200);
    return (await res.json()) as CohortResponse;
  };
  const table = () => page.getByRole("table", { name: fiText("cohort.caption") });
  const rowOf = (label: string) =>
    table()
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: new RegExp(`^${escapeRegExp(label)}`) }) });

  /** The table on the page shows the API's figures for each dimension (or "not shown"). */
  async function expectTableMatches(report: CohortReport): Promise<void> {
    const labels: Record<string, string> = {};
    for (const d of report.dimensions) labels[d.key] = fiText(`selfAssessment.dimension.${d.key}`);
    for (const d of report.dimensions) {
      const cells = rowOf(labels[d.key] ?? d.key).getByRole("cell");
      const hidden = fiText("cohort.hidden");
      // The table follows its own request after a filter change: wait until the row shows this report.
      const nText = d.n === null ? hidden : String(d.n);
      await expect
        .poll(
          async () => {
            const now = await cells.allTextContents();
            return now.length === 7 && (now[1] ?? "").includes(nText);
          },
          { timeout: 10_000 },
        )
        .toBe(true);
      const texts = await cells.allTextContents();
      expect(texts.length, d.key).toBe(7);
      expect(texts[1], `${d.key} n`).toContain(d.n === null ? hidden : String(d.n));
      expect(texts[2]).toContain(d.meanChange === null ? hidden : formatChange(d.meanChange, "fi"));
      expect(texts[3]).toContain(d.medianChange === null ? hidden : formatChange(d.medianChange, "fi"));
      for (const [i, dir] of (["improved", "same", "declined"] as const).entries()) {
        const count = d[dir];
        const share = d[`${dir}Share`];
        expect(texts[4 + i], `${d.key} ${dir}`).toContain(
          count === null || share === null
            ? hidden
            : fiText("cohort.countShare", { count, share: formatShare(share, "fi") }),
        );
      }
    }
  }

  /** Every reason for a withheld figure in the report is explained on the page. */
  async function expectReasonsExplained(report: CohortReport): Promise<void> {
    const reasons = new Set(
      report.dimensions.flatMap((d) => [
        ...(d.suppressed ? [d.suppressed.reason] : []),
        ...Object.values(d.cells).flatMap((c) => (c ? [c.reason] : [])),
      ]),
    );
    for (const reason of reasons) {
      await expectVisible(
        page.getByText(fiText(`cohort.reasons.${reason}`, { threshold: 5 }), { exact: true }),
      );
    }
  }

  async function download(name: string): Promise<{ file: Download; bytes: Buffer }> {
    const waiting = page.waitForEvent("download");
    await page.getByRole("link", { name, exact: true }).click();
    const file = await waiting;
    return { file, bytes: await readFile((await file.path()) ?? "") };
  }

  beforeAll(async () => {
    // The coaches add the group step to their participants' pathways, as on the pathway page.
    for (const [email, lastNames] of Object.entries(GROUP_MEMBERS)) {
      const session = await e2e.app.inject({
        method: "POST",
        url: "/api/session",
        payload: { email, password: DEMO_PASSWORD },
      });
      const cookie = session.cookies.find((c) => c.name === "polku_session");
      const headers = { cookie: `polku_session=${cookie?.value}`, "x-csrf-token": session.json().csrfToken };
      for (const lastName of lastNames) {
        const found = await e2e.app.inject({
          method: "GET",
          url: `/api/participants?q=${lastName}`,
          headers,
        });
        const id = (found.json().data as { id: string; lastName: string }[]).find(
          (p) => p.lastName === lastName,
        )?.id;
        expect(id, lastName).toBeDefined();
        const step = await e2e.app.inject({
          method: "POST",
          url: `/api/participants/${id}/steps`,
          headers,
          payload: {
            kind: "group",
            title: lastName === "Berg" ? ` ${GROUP.name.toUpperCase()} ` : GROUP.name,
            providerName: GROUP.provider,
            startsOn: addMonthsIso(todayIso(), -13),
            status: "ongoing",
            daysPerWeek: 1,
            hoursPerDay: 3,
          },
        });
        expect(step.statusCode, step.body).toBe(201);
      }
    }
    page = await e2e.newPage();
    await signInAs(page, manager.email);
    const projects = await page.request.get("/api/projects");
    const list = ((await projects.json()) as { data: { name: string }[] }).data;
    projectName = list[0]?.name ?? "";
    expect(projectName).not.toBe("");
  });

  it("opens the report from the navigation and sees the whole region's change per dimension", async () => {
    await page.getByRole("link", { name: fiText("cohort.nav"), exact: true }).click();
    await expectVisible(pageHeading(page, fiText("cohort.title")));
    await expectVisible(table());
    const { data: report } = await api("");
    expect(report.suppressed).toBeNull();
    expect(report.withTwoAnswers ?? 0).toBeGreaterThanOrEqual(5);
    const work = report.dimensions.find((d) => d.key === "work_ability");
    expect(work?.n).toBeGreaterThanOrEqual(5);
    await expectTableMatches(report);
    await expectReasonsExplained(report);
    await expectVisible(page.getByText(fiText("cohort.people", { count: report.participants ?? -1 })));
    await checkReportPage(page, "cohort-report");
  });

  it("filters by keyboard to an age band, and sees the withheld figures explained", async () => {
    // From the filters' heading (a click there sets where Tab starts), Tab to the age band and choose
    // with the arrow keys.
    await page.getByRole("heading", { name: fiText("cohort.filtersHeading"), exact: true }).click();
    // A Suomi.fi dropdown's button reads out its current value.
    await tabUntil(page, (el) => el.tag === "button" && el.name === fiText("cohort.allAges"));
    await page.keyboard.press("Enter");
    await expectVisible(page.getByRole("option", { name: fiText("cohort.ageBands.30_54"), exact: true }));
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expectVisible(
      dropdown(page, fiText("cohort.ageBand")).filter({ hasText: fiText("cohort.ageBands.30_54") }),
    );
    await tabUntil(page, (el) => el.tag === "button" && el.name === fiText("cohort.show"));
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("ageBand") === "30_54");
    const { data: report } = await api(`?ageBand=30_54`);
    expect(report.filters.ageBand).toBe("30_54");
    const applied = [
      report.filters.instrument.name.fi,
      fiText("cohort.allProjects"),
      fiText("cohort.allGroups"),
      fiText("cohort.ageBands.30_54"),
      fiText("cohort.allStages"),
      fiText("cohort.wholePeriod"),
    ].join(", ");
    await expectVisible(page.getByText(fiText("cohort.applied", { filters: applied }), { exact: true }));
    if (report.suppressed) {
      await expectVisible(
        page.getByText(fiText(`cohort.reasons.${report.suppressed.reason}`, { threshold: 5 })),
      );
    } else {
      await expectTableMatches(report);
      // Every reason on the page is explained once in the notes.
      const reasons = new Set(
        report.dimensions.flatMap((d) => [
          ...(d.suppressed ? [d.suppressed.reason] : []),
          ...Object.values(d.cells).flatMap((c) => (c ? [c.reason] : [])),
        ]),
      );
      for (const reason of reasons) {
        await expectVisible(
          page.getByText(fiText(`cohort.reasons.${reason}`, { threshold: 5 }), { exact: true }),
        );
      }
    }
    await checkReportPage(page, "cohort-report-age-band");
  });

  it("filters by a group recorded on the pathways, and the files name the group", async () => {
    await choose(page, fiText("cohort.ageBand"), fiText("cohort.allAges"));
    const { groups } = await api("");
    const group = groups.find((g) => g.name === GROUP.name && g.provider === GROUP.provider);
    expect(group?.members).toBe(6);
    // The demo's own group step (one person) is listed without its size.
    expect(groups.find((g) => g.name === "Työnhakuryhmä")?.members).toBeNull();
    const option = fiText("cohort.groupMembers", { group: groupName(GROUP), count: 6 });
    await choose(page, fiText("cohort.group"), option);
    await page.getByRole("button", { name: fiText("cohort.show"), exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("group") === group?.key);
    const query = new URL(page.url()).search;
    const { data: report } = await api(query);
    expect(report.filters.group).toEqual({ key: group?.key, ...GROUP });
    expect(report.suppressed).toBeNull();
    // All six with two answers are in the group; those who answered once are outside it, and fewer than
    // five, so the count of participants is withheld rather than let them be worked out.
    expect(report.withTwoAnswers).toBe(6);
    await expectTableMatches(report);
    await expectReasonsExplained(report);
    const applied = [
      report.filters.instrument.name.fi,
      fiText("cohort.allProjects"),
      groupName(GROUP),
      fiText("cohort.allAges"),
      fiText("cohort.allStages"),
      fiText("cohort.wholePeriod"),
    ].join(", ");
    await expectVisible(page.getByText(fiText("cohort.applied", { filters: applied }), { exact: true }));
    await checkReportPage(page, "cohort-report-group");
    const csv = await download(fiText("cohort.csv"));
    const lines = parseCsv(csv.bytes.subarray(3).toString("utf8"), ";");
    expect(lines).toContainEqual(["Ryhmä", groupName(GROUP)]);
    expect(lines).toContainEqual(["Henkilöitä, joilla vähintään kaksi vastausta", "6"]);
    await choose(page, fiText("cohort.group"), fiText("cohort.allGroups"));
  });

  it("filters by project and period, then downloads CSV and XLSX whose figures equal the API's", async () => {
    await choose(page, fiText("cohort.ageBand"), fiText("cohort.allAges"));
    await choose(page, fiText("cohort.project"), projectName);
    await page
      .getByRole("textbox", { name: new RegExp(`^${escapeRegExp(fiText("cohort.from"))}`) })
      .fill("1.1.2020");
    await page.getByRole("button", { name: fiText("cohort.show"), exact: true }).click();
    await page.waitForURL(
      (url) => url.searchParams.get("from") === "2020-01-01" && url.searchParams.has("projectId"),
    );
    const query = new URL(page.url()).search;
    const { data: report } = await api(query);
    expect(report.filters.project?.name).toBe(projectName);
    expect(report.filters.from).toBe("2020-01-01");
    expect(report.suppressed).toBeNull();
    await expectTableMatches(report);
    await checkReportPage(page, "cohort-report-project");

    // CSV: UTF-8 with a byte order mark, ";" and decimal commas, the filters written in.
    const csv = await download(fiText("cohort.csv"));
    expect(csv.file.suggestedFilename()).toMatch(/^polku-distance-travelled-polku-work-ability-.*\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = parseCsv(csv.bytes.subarray(3).toString("utf8"), ";");
    expect(lines).toContainEqual(["Hanke", projectName]);
    expect(lines).toContainEqual(["Vastausten aikaväli", "1.1.2020 –"]);
    const decimal = (value: number | null, digits: number) =>
      value === null ? "" : value.toFixed(digits).replace(".", ",");
    for (const d of report.dimensions) {
      const line = lines.find((l) => l[1] === d.key);
      expect(line, d.key).toBeDefined();
      expect(line?.slice(2, 6)).toEqual([
        d.n === null ? "" : String(d.n),
        decimal(d.meanChange, 2),
        decimal(d.medianChange, 1),
        d.improved === null ? "" : String(d.improved),
      ]);
    }

    // XLSX: the numbers as numbers, in full precision.
    const xlsx = await download(fiText("cohort.xlsx"));
    expect(xlsx.file.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Kuljettu matka");
    if (!sheet) throw new Error("no sheet in the workbook");
    const rows: unknown[][] = [];
    sheet.eachRow((r) => {
      rows.push((r.values as unknown[]).slice(1));
    });
    expect(rows).toContainEqual(["Hanke", projectName]);
    for (const d of report.dimensions) {
      const line = rows.find((r) => r[1] === d.key);
      const cells = Array.from({ length: 11 }, (_, i) => line?.[i] ?? null);
      expect(cells.slice(2), d.key).toEqual([
        d.n,
        d.meanChange,
        d.medianChange,
        d.improved,
        d.improvedShare,
        d.same,
        d.sameShare,
        d.declined,
        d.declinedShare,
      ]);
    }
  });

  it("reads the report in Swedish and in English, the sentences in the reader's language", async () => {
    for (const [language, button] of [
      ["sv", "Svenska"],
      ["en", "English"],
    ] as const) {
      await page.getByRole("button", { name: button, exact: true }).click();
      await expectVisible(pageHeading(page, text(language, "cohort.title")));
      await expectVisible(page.getByRole("table", { name: text(language, "cohort.caption") }));
      await expectVisible(
        page.getByRole("heading", { name: text(language, "cohort.sentencesHeading"), exact: true }),
      );
      await expectVisible(page.getByRole("link", { name: text(language, "cohort.xlsx"), exact: true }));
      const href = await page
        .getByRole("link", { name: text(language, "cohort.csv"), exact: true })
        .getAttribute("href");
      expect(href).toContain(`lang=${language}`);
      await checkPage(page, `cohort-report-${language}`, { phone: false });
    }
    await page.getByRole("button", { name: "Suomi", exact: true }).click();
    await expectVisible(pageHeading(page, fiText("cohort.title")));
  });
});
