import { Role } from '../../src/auth/role';
import { startTestApp, type TestApp } from '../helpers/app';
import { addCitizens, child, head, spouse, surveyedHousehold, INDICATORS, type TestCitizen } from '../helpers/households';
import type { SurveyIndicatorsInput, SurveyMemberInput } from '../generated/graphql';
import { launchOfflineBrowser, screenshot, type OfflineBrowser } from './browser';
import type { Page } from 'playwright-core';

/**
 * The reference welfare dashboard (/dashboard) in headless Chromium against the real server: sign in with an analyst
 * key, pick a province, and every figure of the district table must be the API's own answer, suppressed cells
 * included. The browser can reach nothing but the test server (test/e2e/browser.ts).
 */

interface Count {
  value: number | null;
  suppressed: boolean;
}
interface Figures {
  area: { name: string; province: string | null; district: { code: string } | null };
  households: Count;
  members: Count;
  surveyedHouseholds: Count;
  surveyedShare: number | null;
  scoredHouseholds: Count;
  meanScore: number | null;
  medianScore: number | null;
  scoreBands: { band: string; households: Count }[];
}
interface ProvinceDashboard extends Figures {
  eligibleByProgramme: { programme: string; households: Count }[];
  flagsByCode: { code: string; households: Count }[];
  monthly: { month: string; registrations: Count; surveys: Count }[];
  children: Figures[];
}

// The test's own query (not the page's): what the API says, asked the way an integrator would.
const FIGURES = 'households { value suppressed } members { value suppressed } surveyedHouseholds { value suppressed } surveyedShare scoredHouseholds { value suppressed } meanScore medianScore scoreBands { band households { value suppressed } }';
const DASHBOARD = `query ($scope: DashboardScope!) {
  dashboard(scope: $scope) {
    area { name province district { code } } ${FIGURES}
    eligibleByProgramme { programme households { value suppressed } }
    flagsByCode { code households { value suppressed } }
    monthly { month registrations { value suppressed } surveys { value suppressed } }
    children { area { name province district { code } } ${FIGURES} }
  }
}`;

const SUPPRESSED = 'suppressed';
const integer = (n: number) => n.toLocaleString('en-US');
const countText = (c: Count) => (c.suppressed ? SUPPRESSED : c.value == null ? '—' : integer(c.value));
const derivedText = (v: number | null, inputs: Count[], format: (v: number) => string) =>
  v != null ? format(v) : inputs.some((c) => c.suppressed) ? SUPPRESSED : '—';
const share = (v: number) => `${(v * 100).toFixed(1)}%`;
const score = (v: number) => v.toFixed(2);

/** What the page must show for one area, field by field, computed from the API's answer. */
function expectedCells(f: Figures): Record<string, { text: string; suppressed: boolean }> {
  const cell = (text: string) => ({ text, suppressed: text === SUPPRESSED });
  const cells: Record<string, { text: string; suppressed: boolean }> = {
    households: cell(countText(f.households)),
    members: cell(countText(f.members)),
    surveyedHouseholds: cell(countText(f.surveyedHouseholds)),
    surveyedShare: cell(derivedText(f.surveyedShare, [f.households, f.surveyedHouseholds], share)),
    scoredHouseholds: cell(countText(f.scoredHouseholds)),
    meanScore: cell(derivedText(f.meanScore, [f.scoredHouseholds], score)),
    medianScore: cell(derivedText(f.medianScore, [f.scoredHouseholds], score)),
  };
  for (const b of f.scoreBands) cells[`band:${b.band}`] = cell(countText(b.households));
  return cells;
}

/** The district table as the page shows it: area key -> field -> text and suppressed mark (one round trip). */
async function tableOnPage(page: Page): Promise<Record<string, Record<string, { text: string; suppressed: boolean }>>> {
  const rows = await page.getByTestId('children-table').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      key: tr.getAttribute('data-area') as string,
      cells: [...tr.querySelectorAll('td')].map((td) => ({
        field: td.getAttribute('data-field') as string,
        text: (td.textContent ?? '').trim(),
        suppressed: td.getAttribute('data-suppressed') === 'true',
      })),
    })),
  );
  return Object.fromEntries(rows.map((r) => [r.key, Object.fromEntries(r.cells.map((c) => [c.field, { text: c.text, suppressed: c.suppressed }]))]));
}

// Synthetic households through the public API (registration centre's startRegistration + submitSurvey), spread so
// that some districts clear the suppression threshold and some do not, over every score band (poorer profiles have
// more children: the scorecard is per head).
const CHILDREN = [5, 4, 1, 0];
const PROFILES: Partial<SurveyIndicatorsInput>[] = [
  { rooms: 1, wallMaterial: 'MUD', roofMaterial: 'THATCH', toilet: 'NONE', waterSource: 'WELL', cookingFuel: 'DUNG_CROP', hasElectricity: false, televisions: 0, motorcycles: 0, agriculturalLandAcres: 0, cattle: 0, goatsAndSheep: 2, monthlyIncomeRs: 11000, monthlyPhoneBillRs: 100 },
  { monthlyIncomeRs: 26000 },
  { rooms: 3, cookingFuel: 'GAS', fridges: 1, televisions: 1, washingMachines: 1, monthlyIncomeRs: 55000, monthlyPhoneBillRs: 1200 },
  { rooms: 6, wallMaterial: 'CONCRETE', roofMaterial: 'CONCRETE', toilet: 'FLUSH_PRIVATE', waterSource: 'PIPED', cookingFuel: 'GAS', fridges: 1, televisions: 2, airConditioners: 2, washingMachines: 1, cars: 1, monthlyIncomeRs: 150000, monthlyPhoneBillRs: 3500 },
];
const PLAN: { district: string; tehsil: string; households: number }[] = [
  { district: 'PK617', tehsil: 'Lahore Cantt', households: 14 }, // Lahore (the demo has one more there)
  { district: 'PK601', tehsil: 'Attock', households: 9 },
  { district: 'PK622', tehsil: 'Multan City', households: 6 },
  { district: 'PK608', tehsil: 'Faisalabad City', households: 2 }, // below the threshold: suppressed
];

async function populate(app: TestApp): Promise<void> {
  const centre = await app.key(Role.REGISTRATION_CENTRE);
  let serial = 0;
  const citizen = (district: string, gender: 'MALE' | 'FEMALE', born: string): TestCitizen => {
    serial++;
    const cnic = `3${String(41000000000 + serial * 7919).padStart(11, '0')}${gender === 'MALE' ? 1 : 2}`;
    return { cnic, nameEn: `Synthetic Person ${serial}`, gender, dateOfBirth: born, districtCode: district };
  };
  let n = 0;
  for (const { district, tehsil, households } of PLAN) {
    for (let i = 0; i < households; i++, n++) {
      const husband = citizen(district, 'MALE', `19${70 + (n % 25)}-0${1 + (n % 9)}-1${n % 10}`);
      const wife = citizen(district, 'FEMALE', `19${75 + (n % 20)}-0${1 + (n % 9)}-2${n % 9}`);
      await addCitizens(app, [husband, wife]);
      const members: SurveyMemberInput[] = [head(husband)];
      if (n % 5 !== 4) members.push(spouse(wife));
      for (let k = 0; k < CHILDREN[n % PROFILES.length]; k++) members.push(child({ name: `Child ${n}-${k}`, gender: k % 2 ? 'FEMALE' : 'MALE', dateOfBirth: `201${k}-05-0${1 + k}` }));
      await surveyedHousehold(app, centre, district, members, {
        tehsil,
        area: n % 2 ? 'RURAL' : 'URBAN',
        indicators: { ...INDICATORS, ...PROFILES[n % PROFILES.length] },
      });
    }
  }
}

describe('reference welfare dashboard (/dashboard) in headless Chromium', () => {
  let app: TestApp;
  let browser: OfflineBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp({ demoData: true });
    await populate(app);
    browser = await launchOfflineBrowser();
  });
  beforeEach(async () => {
    // A new tab per test: sessionStorage (where the page keeps the key) starts empty.
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  afterEach(async () => {
    await page.close();
    // Nothing but the test server was asked for (no CDN, font or telemetry), and nothing broke or broke the CSP.
    // (Emptied first, so one test's failure is not reported again by every later test.)
    const blocked = browser.blockedRequests.splice(0);
    const pageErrors = browser.pageErrors.splice(0);
    // A refused key answers 401 and a role refused the dashboard 403 (before anything runs, issue #20), which
    // Chromium logs; anything else (a CSP refusal among them) fails.
    const consoleErrors = browser.consoleErrors.splice(0).filter((m) => !/status of 40[13] \(/.test(m));
    expect({ blocked, pageErrors, consoleErrors }).toEqual({ blocked: [], pageErrors: [], consoleErrors: [] });
  });

  async function signIn(key: string): Promise<void> {
    await page.goto(`${app.url}/dashboard/`);
    await page.getByLabel('Analyst API key').fill(key);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function signOut(): Promise<void> {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Analyst API key').waitFor();
  }

  it('refuses a bad key with a clear message and the request id', async () => {
    await signIn('tsq_this-is-not-a-real-key');
    const error = page.getByTestId('error');
    await error.waitFor();
    await expect(error.getByTestId('error-message').innerText()).resolves.toMatch(/^That key was not accepted: /);
    await expect(error.getByTestId('error-request-id').innerText()).resolves.toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await page.getByLabel('Analyst API key').isVisible()).toBe(true);
    await screenshot(page, 'dashboard-bad-key');
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);
  });

  it("shows an API refusal (a role that may not read dashboards) with the API's request id", async () => {
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql'));
    await signIn(await app.key(Role.EMPLOYER));
    const body = (await (await answered).json()) as { errors: { extensions: { code: string; requestId: string } }[] };
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    const error = page.getByTestId('error');
    await error.waitFor();
    await expect(error.getByTestId('error-message').innerText()).resolves.toMatch(/^This key may not read this dashboard/);
    await expect(error.getByTestId('error-request-id').innerText()).resolves.toBe(body.errors[0].extensions.requestId);
  });

  it('signs a national analyst in, picks Punjab, and shows exactly what the API answers', async () => {
    const key = await app.key(Role.WELFARE_ANALYST, { name: 'National dashboard' });
    await signIn(key);
    await page.locator('[data-testid=dashboard][data-state=ready]').waitFor();
    const select = page.getByLabel('Province', { exact: true });
    expect(await select.isEnabled()).toBe(true);
    expect(await select.locator('option').count()).toBe(8); // Pakistan + 7 provinces and territories
    await select.selectOption('PUNJAB');
    await page.locator('[data-testid=dashboard][data-state=ready][data-area=PUNJAB]').waitFor();

    const res = await app.gql<{ dashboard: ProvinceDashboard }, { scope: { province: string } }>(DASHBOARD, { scope: { province: 'PUNJAB' } }, key);
    expect(res.body.errors).toBeUndefined();
    const api = res.body.data!.dashboard;
    expect(await page.getByTestId('area-name').innerText()).toMatch(/^Punjab/);

    // The district table: one row per district of the API's answer, in its order, every cell exactly.
    const expected = Object.fromEntries(api.children.map((c) => [c.area.district!.code, expectedCells(c)]));
    expect(await page.getByTestId('children-table').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-area'))))
      .toEqual(api.children.map((c) => c.area.district!.code));
    expect(await tableOnPage(page)).toEqual(expected);
    // The data makes both kinds of cell appear, so the comparison above means something.
    const lahore = api.children.find((c) => c.area.district!.code === 'PK617')!;
    const faisalabad = api.children.find((c) => c.area.district!.code === 'PK608')!;
    expect(lahore.households).toEqual({ value: 15, suppressed: false });
    expect(faisalabad.households).toEqual({ value: null, suppressed: true });
    expect(expected.PK608.households).toEqual({ text: 'suppressed', suppressed: true });

    // The province's own figures: summary cards, programmes and flags.
    for (const [field, cell] of Object.entries(expectedCells(api))) {
      if (field.startsWith('band:')) continue;
      const card = page.getByTestId(`summary-${field}`);
      expect([field, (await card.locator('dd').innerText()).trim(), await card.getAttribute('data-suppressed')]).toEqual([field, cell.text, String(cell.suppressed)]);
    }
    const listed = async (testid: string) =>
      page.getByTestId(testid).locator('tbody tr').evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-key'), r.querySelector('td')!.textContent!.trim(), r.querySelector('td')!.getAttribute('data-suppressed')]),
      );
    expect(await listed('programmes-table')).toEqual(api.eligibleByProgramme.map((p) => [p.programme, countText(p.households), String(p.households.suppressed)]));
    expect(await listed('flags-table')).toEqual(api.flagsByCode.map((f) => [f.code, countText(f.households), String(f.households.suppressed)]));

    // Charts plot suppressed values as gaps, never as zeros.
    const series = async (testid: string) => JSON.parse((await page.getByTestId(testid).getAttribute('data-series')) as string);
    expect(await series('bands-chart')).toEqual([api.scoreBands.map((b) => (b.households.suppressed ? null : b.households.value))]);
    expect(await series('monthly-chart')).toEqual([
      api.monthly.map((m) => (m.registrations.suppressed ? null : m.registrations.value)),
      api.monthly.map((m) => (m.surveys.suppressed ? null : m.surveys.value)),
    ]);

    const file = await screenshot(page, 'dashboard-punjab');
    expect(file).toMatch(/test-results\/dashboard-punjab\.png$/);

    // The key lives in this tab's session: a reload stays signed in, on the same province.
    await page.reload();
    await page.locator('[data-testid=dashboard][data-state=ready][data-area=PUNJAB]').waitFor();
    await signOut();
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);
  });

  it('shows a province-scoped analyst their own province only', async () => {
    const key = await app.key(Role.WELFARE_ANALYST, { jurisdiction: { kind: 'PROVINCE', province: 'SINDH' as never } });
    await signIn(key);
    await page.locator('[data-testid=dashboard][data-state=ready][data-area=SINDH]').waitFor();
    const select = page.getByLabel('Province', { exact: true });
    expect(await select.isDisabled()).toBe(true);
    expect(await select.locator('option').allInnerTexts()).toEqual(['Sindh']);
    const res = await app.gql<{ dashboard: ProvinceDashboard }, { scope: object }>(DASHBOARD, { scope: {} }, key);
    const api = res.body.data!.dashboard;
    expect(await tableOnPage(page)).toEqual(Object.fromEntries(api.children.map((c) => [c.area.district!.code, expectedCells(c)])));
    await signOut();
  });

  it('shows an analyst keyed to a set of districts those districts only', async () => {
    const key = await app.key(Role.WELFARE_ANALYST, { jurisdiction: { kind: 'DISTRICTS', districts: ['PK617', 'PK601'] } });
    await signIn(key);
    await page.locator('[data-testid=dashboard][data-state=ready][data-area=JURISDICTION]').waitFor();
    const select = page.getByLabel('Districts', { exact: true });
    expect(await select.isDisabled()).toBe(true);
    const res = await app.gql<{ dashboard: ProvinceDashboard }, { scope: object }>(DASHBOARD, { scope: {} }, key);
    const api = res.body.data!.dashboard;
    expect(api.children.map((c) => c.area.district!.code)).toEqual(['PK601', 'PK617']);
    expect(await tableOnPage(page)).toEqual(Object.fromEntries(api.children.map((c) => [c.area.district!.code, expectedCells(c)])));
    await signOut();
  });
});

describe('the offline browser harness', () => {
  it('aborts and records any request that is not to loopback', async () => {
    const browser = await launchOfflineBrowser();
    try {
      await expect(browser.page.goto('https://example.com/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
      expect(browser.blockedRequests).toEqual(['https://example.com/']);
    } finally {
      await browser.close();
    }
  });
});
