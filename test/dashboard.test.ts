import { print } from 'graphql';
import { startTestApp, type TestApp } from './helpers/app';
import { addHouseholds, rollupSnapshot, type HouseholdSpec } from './helpers/dashboards';
import { DashboardDocument, DashboardTreeDocument, type DashboardFieldsFragment, type DashboardScope } from './generated/graphql';
import { Role } from '../src/auth/role';
import { lastMonths } from '../src/dashboards/dashboard.areas';
import { markKept, stringifyResult } from '../src/pipeline/answers';
import { Province } from '../src/jurisdictions/province';

const LAHORE = 'PK617';
const KASUR = 'PK614';
const FAISALABAD = 'PK608';
const HYDERABAD = 'PK706';
const PUNJAB = { kind: 'PROVINCE', province: Province.PUNJAB } as const;
const CURRENT_MONTH = lastMonths()[23];

type Dash = DashboardFieldsFragment & { children: DashboardFieldsFragment[] };

const shown = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };

const repeat = (n: number, spec: HouseholdSpec): HouseholdSpec[] => Array.from({ length: n }, () => ({ ...spec }));

/*
 * On top of the demo households (one each in Lahore City, Hyderabad, Peshawar, Quetta, Muzaffarabad):
 *  Lahore City 9 more (10 with the demo's, scored), Model Town 6, Raiwind 2; Kasur 20 with no tehsil (scored in four
 *  bands 6/5/5/4); Faisalabad 3.
 */
const LAHORE_CITY_SCORES = [10, 12.5, 20, 25, 31.4, 40, 45, 60, 70.1];
const KASUR_SCORES = [1, 2, 3, 4, 5, 6, 20, 21, 22, 23, 24, 33, 34, 35, 36, 37, 51, 52, 53, 54];

let app: TestApp;
let analyst: string;

async function dashboard(scope: DashboardScope, key = analyst): Promise<Dash> {
  const res = await app.gql(DashboardDocument, { scope }, key);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.dashboard as Dash;
}

const count = (d: DashboardFieldsFragment, path: string) => {
  const [group, key] = path.split('.');
  if (!key) return (d as never as Record<string, { value: number | null; suppressed: boolean }>)[group];
  const list = (d as never as Record<string, { status?: string; band?: string; programme?: string; code?: string; count?: unknown; households?: unknown }[]>)[group];
  const entry = list.find((e) => (e.status ?? e.band ?? e.programme ?? e.code) === key)!;
  return (entry.count ?? entry.households) as { value: number | null; suppressed: boolean };
};

beforeAll(async () => {
  app = await startTestApp();
  analyst = await app.key(Role.WELFARE_ANALYST);
  await addHouseholds(app, [
    ...LAHORE_CITY_SCORES.map((score) => ({
      district: LAHORE,
      tehsil: 'Lahore City',
      members: 3,
      score,
      programmes: score <= 32 ? ['BENAZIR_KAFAALAT'] : [],
      registration: 'SCORED',
      flags: score < 15 ? ['NAME_MISMATCH'] : [],
    })),
    ...repeat(6, { district: LAHORE, tehsil: 'Model Town', registration: 'RECEIVED' }),
    ...repeat(2, { district: LAHORE, tehsil: 'Raiwind', surveyed: false }),
    ...KASUR_SCORES.map((score) => ({ district: KASUR, members: 4, score, registration: 'SCORED' })),
    ...repeat(3, { district: FAISALABAD }),
  ]);
});

afterAll(async () => {
  await app.close();
});

describe('dashboard', () => {
  it('answers a district with its tehsils, exactly, small counts suppressed', async () => {
    const lahore = await dashboard({ district: LAHORE });
    expect(lahore.area).toEqual({ level: 'DISTRICT', province: 'PUNJAB', district: { code: LAHORE }, tehsil: null, name: 'Lahore' });
    expect(lahore.households).toEqual(shown(18));
    expect(lahore.members).toEqual(shown(5 + 27 + 12 + 4));
    expect(lahore.surveyedHouseholds).toEqual(shown(16));
    expect(lahore.surveyedShare).toBe(0.8889);
    expect(lahore.scoredHouseholds).toEqual(shown(10));
    // 10, 12.5, 20, 25, 31.4 (demo), 31.4, 40, 45, 60, 70.1
    expect(lahore.meanScore).toBe(34.54);
    expect(lahore.medianScore).toBe(31.4);
    expect(lahore.scoreBands.map((b) => [b.band, b.households])).toEqual([
      ['BAND_0_16', hidden], // 2
      ['BAND_16_32', hidden], // 4
      ['BAND_32_50', hidden], // 2
      ['BAND_50_100', hidden], // 2
    ]);
    expect(count(lahore, 'registrationsByStatus.SCORED')).toEqual(shown(10));
    expect(count(lahore, 'registrationsByStatus.RECEIVED')).toEqual(shown(6));
    expect(count(lahore, 'eligibleByProgramme.BENAZIR_KAFAALAT')).toEqual(shown(6)); // the demo household's and five
    expect(count(lahore, 'flagsByCode.NAME_MISMATCH')).toEqual(hidden);
    expect(lahore.monthly).toHaveLength(24);
    expect(lahore.monthly[23]).toEqual({ month: CURRENT_MONTH, registrations: shown(16), surveys: shown(16) });
    expect(lahore.monthly[0].registrations).toEqual(hidden); // 0

    // Raiwind's 2 households are below 5; Model Town's 6 are withheld too, or 18 - 10 - 6 would give Raiwind back.
    expect(lahore.children.map((c) => [c.area.name, c.households, c.members])).toEqual([
      ['Lahore City', shown(10), shown(32)],
      ['Model Town', hidden, hidden],
      ['Raiwind', hidden, hidden],
    ]);
  });

  it('gives a tehsil the same figures directly as beside its siblings', async () => {
    const lahore = await dashboard({ district: LAHORE });
    for (const child of lahore.children) {
      const direct = await dashboard({ district: LAHORE, tehsil: child.area.tehsil });
      expect(direct.children).toEqual([]);
      const { children: _children, ...figures } = direct;
      expect(figures).toEqual(child);
    }
    const city = await dashboard({ district: LAHORE, tehsil: 'lahore city' });
    expect(city.area).toEqual({ level: 'TEHSIL', province: 'PUNJAB', district: { code: LAHORE }, tehsil: 'Lahore City', name: 'Lahore City' });
    expect(city.medianScore).toBe(31.4);
  });

  it('answers a province with its districts, and each district the same as asked directly', async () => {
    const punjab = await dashboard({ province: 'PUNJAB' });
    expect(punjab.area).toEqual({ level: 'PROVINCE', province: 'PUNJAB', district: null, tehsil: null, name: 'Punjab' });
    expect(punjab.households).toEqual(shown(41));
    expect(punjab.scoredHouseholds).toEqual(shown(30));
    // 30 scores: Kasur's 20 and Lahore's 10; the 15th and 16th in order are 25 and 31.4.
    expect(punjab.medianScore).toBe(28.2);
    expect(punjab.children).toHaveLength(36);
    const byCode = new Map(punjab.children.map((c) => [c.area.district!.code, c]));
    expect(byCode.get(KASUR)!.households).toEqual(shown(20));
    expect(byCode.get(FAISALABAD)!.households).toEqual(hidden);
    expect(byCode.get('PK601')!.households).toEqual(hidden); // 0
    for (const code of [LAHORE, KASUR, FAISALABAD]) {
      const { children: _children, ...direct } = await dashboard({ district: code });
      expect(direct).toEqual(byCode.get(code));
    }
    // Kasur's bands are 6/5/5/4: the 4 is withheld, and so is the smallest other (16-32, first of the two 5s).
    expect(byCode.get(KASUR)!.scoreBands.map((b) => b.households)).toEqual([shown(6), hidden, shown(5), hidden]);
    expect(byCode.get(KASUR)!.medianScore).toBe(23.5);
  });

  it('answers the nation with its provinces', async () => {
    const nation = await dashboard({});
    expect(nation.area).toEqual({ level: 'NATIONAL', province: null, district: null, tehsil: null, name: 'Pakistan' });
    expect(nation.households).toEqual(shown(45));
    expect(nation.children.map((c) => c.area.province)).toEqual([
      'PUNJAB', 'SINDH', 'KHYBER_PAKHTUNKHWA', 'BALOCHISTAN', 'ISLAMABAD', 'GILGIT_BALTISTAN', 'AZAD_KASHMIR',
    ]);
    expect(nation.children.map((c) => c.households)).toEqual([shown(41), hidden, hidden, hidden, hidden, hidden, hidden]);
    const { children: _children, ...punjab } = await dashboard({ province: 'PUNJAB' });
    expect(nation.children[0]).toEqual(punjab);
  });

  it('keeps each role to its jurisdiction', async () => {
    const punjabAnalyst = await app.key(Role.WELFARE_ANALYST, { jurisdiction: PUNJAB });
    expect((await dashboard({}, punjabAnalyst)).area.level).toBe('PROVINCE');
    expect((await dashboard({}, punjabAnalyst)).area.province).toBe('PUNJAB');
    expect((await dashboard({ district: LAHORE, tehsil: 'Raiwind' }, punjabAnalyst)).households).toEqual(hidden);
    for (const scope of [{ province: 'SINDH' }, { district: HYDERABAD }, { district: HYDERABAD, tehsil: 'Latifabad' }] as DashboardScope[]) {
      const res = await app.gql(DashboardDocument, { scope }, punjabAnalyst);
      expect(res.body.data).toBeNull();
      expect(res.body.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(res.body.errors![0].message).toMatch(/^Your jurisdiction \(PROVINCE:PUNJAB\) does not cover (Sindh|Hyderabad \(PK706\))\.$/);
    }

    const officer = await app.key(Role.WELFARE_OFFICER, { jurisdiction: { kind: 'DISTRICTS', districts: [LAHORE, KASUR] } });
    const mine = await dashboard({}, officer);
    expect(mine.area).toEqual({ level: 'JURISDICTION', province: null, district: null, tehsil: null, name: 'Kasur, Lahore' });
    expect(mine.households).toEqual(shown(38));
    expect(mine.children.map((c) => [c.area.district!.code, c.households])).toEqual([[KASUR, shown(20)], [LAHORE, shown(18)]]);
    // A part withholds a cell, so the union does too: bands of Kasur hide 16-32.
    expect(count(mine, 'scoreBands.BAND_16_32')).toEqual(hidden);
    const forbidden = await app.gql(DashboardDocument, { scope: { province: 'PUNJAB' } }, officer);
    expect(forbidden.body.errors![0].extensions.code).toBe('FORBIDDEN');

    const admin = await app.key(Role.ADMIN);
    expect((await dashboard({ province: 'SINDH' }, admin)).area.name).toBe('Sindh');
    const employer = await app.key(Role.EMPLOYER);
    const refused = await app.gql(DashboardDocument, { scope: {} }, employer);
    expect(refused.body.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses bad scopes with what is wrong', async () => {
    const cases: [DashboardScope, string][] = [
      [{ tehsil: 'Raiwind' }, '`scope.tehsil` needs `scope.district`: tehsil names repeat across districts.'],
      [{ district: 'PK999' }, '`scope.district` is not a district code of the reference data (e.g. `PK601`).'],
      [{ province: 'SINDH', district: LAHORE }, 'District PK617 (Lahore) is not in Sindh.'],
      [{ district: LAHORE, tehsil: 'Nowhere' }, "No household or registration in Lahore (PK617) records this tehsil; the district's dashboard lists its tehsils as children."],
    ];
    for (const [scope, message] of cases) {
      const res = await app.gql(DashboardDocument, { scope }, analyst);
      expect(res.body.errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    }
    const res = await app.gql('{ dashboard(scope: {province: NARNIA}) { households { value } } }', undefined, analyst);
    expect(res.body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('prices children so a national tree to the districts fits and deeper nesting does not', async () => {
    const tree = await app.gql(DashboardTreeDocument, { scope: {} }, analyst);
    expect(tree.body.errors).toBeUndefined();
    expect(tree.body.data!.dashboard.children[0].children).toHaveLength(36);
    const deep = await app.gql(
      '{ dashboard(scope: {}) { households { value } children { households { value } children { households { value } children { households { value } children { households { value } } } } } } }',
      undefined,
      analyst,
    );
    expect(deep.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('suppression', () => {
  /** Every set of cells that adds up to a shown total: never exactly one withheld, and a withheld total keeps a withheld member. */
  function checkGroups(parent: Dash, label: string): void {
    const paths = [
      'households', 'members', 'surveyedHouseholds', 'scoredHouseholds',
      ...parent.registrationsByStatus.map((r) => `registrationsByStatus.${r.status}`),
      ...parent.scoreBands.map((b) => `scoreBands.${b.band}`),
      ...parent.eligibleByProgramme.map((p) => `eligibleByProgramme.${p.programme}`),
      ...parent.flagsByCode.map((f) => `flagsByCode.${f.code}`),
    ];
    for (const path of paths) {
      const total = count(parent, path);
      const cells = parent.children.map((c) => count(c, path));
      const withheld = cells.filter((c) => c.suppressed).length;
      if (cells.length >= 2) expect([label, path, withheld === 1]).toEqual([label, path, false]);
      if (total.suppressed) expect([label, path, withheld >= 1]).toEqual([label, path, true]);
      if (!total.suppressed && withheld === 0) {
        expect(cells.reduce((a, c) => a + c.value!, 0)).toBe(total.value);
      }
      for (const c of cells) if (!c.suppressed) expect(c.value).toBeGreaterThanOrEqual(5);
    }
    for (const area of [parent, ...parent.children]) {
      const bands = area.scoreBands.filter((b) => b.households.suppressed).length;
      expect([label, area.area.name, 'bands', bands === 1]).toEqual([label, area.area.name, 'bands', false]);
      const statuses = area.registrationsByStatus.filter((s) => s.count.suppressed).length;
      expect([label, area.area.name, 'statuses', statuses === 1]).toEqual([label, area.area.name, 'statuses', false]);
      for (const series of ['registrations', 'surveys'] as const) {
        const months = area.monthly.filter((m) => m[series].suppressed).length;
        expect([label, area.area.name, series, months === 1]).toEqual([label, area.area.name, series, false]);
      }
      if (area.scoredHouseholds.suppressed) {
        expect([area.meanScore, area.medianScore]).toEqual([null, null]);
      }
      if (area.households.suppressed || area.surveyedHouseholds.suppressed) expect(area.surveyedShare).toBeNull();
    }
  }

  it('never leaves one withheld cell in a set with a total (no recovery by subtraction)', async () => {
    checkGroups(await dashboard({}), 'nation');
    checkGroups(await dashboard({ province: 'PUNJAB' }), 'Punjab');
    checkGroups(await dashboard({ district: LAHORE }), 'Lahore');
    checkGroups(await dashboard({ district: KASUR }), 'Kasur');
  });

  it('leaves the subtraction attack only the sum of two withheld tehsils', async () => {
    const lahore = await dashboard({ district: LAHORE });
    const attack = lahore.households.value! - lahore.children.filter((c) => !c.households.suppressed).reduce((a, c) => a + c.households.value!, 0);
    expect(attack).toBe(8); // Model Town + Raiwind together: neither alone
  });
});

describe('rollups', () => {
  it('change at once with the writes (API and SQL) and equal a rebuild after every kind of change', async () => {
    const officer = await app.key(Role.WELFARE_OFFICER, { jurisdiction: PUNJAB });
    const before = await dashboard({ district: LAHORE });

    // A death through the API (ORM): one member fewer in Lahore City.
    const household = await app.gql(
      '{ householdOf(cnic: "35202-1234567-1") { members { id version relationToHead status } } }',
      undefined,
      officer,
    );
    const member = (household.body.data as { householdOf: { members: { id: string; version: number; relationToHead: string }[] } }).householdOf.members.find(
      (m) => m.relationToHead !== 'HEAD',
    )!;
    const death = await app.gql(
      'mutation($input: RecordDeathInput!) { recordDeath(input: $input) { userErrors { code message } } }',
      { input: { memberId: member.id, version: member.version, dateOfDeath: '2026-01-01' } },
      officer,
    );
    expect(death.body.errors).toBeUndefined();
    const afterDeath = await dashboard({ district: LAHORE });
    expect(afterDeath.members.value).toBe(before.members.value! - 1);
    expect(afterDeath.children[0].members.value).toBe(before.children[0].members.value! - 1);

    // Raw SQL writers: resolve flags, re-score, flip latest surveys, change a registration, move households.
    await app.sql(`update data_quality_flag set resolved_at = now() where code = 'NAME_MISMATCH' and household_id in
      (select id from household where district_code = ?)`, [LAHORE]);
    await app.sql(`update poverty_score set score = score + 1, eligible_programmes = '{}' where household_id in
      (select id from household where district_code = ?) and score < 50`, [KASUR]);
    await app.sql(`update survey set latest = false where household_id in (select id from household where tehsil = 'Model Town' limit 1)`);
    await app.sql(`update registration set status = 'SURVEY_SCHEDULED' where status = 'RECEIVED' and centre_district_code = ?`, [LAHORE]);
    await app.sql(`update household set tehsil = 'Model Town' where tehsil = 'Raiwind'`);
    await app.sql(`update household set district_code = ? where id in (select id from household where district_code = ? limit 2)`, [FAISALABAD, KASUR]);
    await app.sql(`delete from data_quality_flag where household_id in (select id from household where district_code = ?)`, [KASUR]);
    // The scores of one or two Lahore households deleted: the delete trigger keys each current one by its household
    // (Migration20261211000000).
    const gone = await app.sql<{ n: number }>(`with d as (delete from poverty_score where household_id in
      (select p.household_id from poverty_score p join household h on h.id = p.household_id where h.district_code = ? order by p.household_id limit 2)
      returning 1) select count(*)::int as n from d`, [LAHORE]);
    expect(gone[0].n).toBeGreaterThan(0);
    await addHouseholds(app, [{ district: KASUR, tehsil: '  ', score: 99.99, flags: ['HEAD_DECEASED', 'HEAD_DECEASED'] }]);
    await app.sql(`update data_quality_flag set resolved_at = now() where id = (select id from data_quality_flag where code = 'HEAD_DECEASED' limit 1)`);

    const lahore = await dashboard({ district: LAHORE });
    expect(lahore.children.map((c) => [c.area.name, c.households])).toEqual([
      ['Lahore City', shown(10)],
      ['Model Town', shown(8)],
    ]);
    expect(count(lahore, 'registrationsByStatus.SURVEY_SCHEDULED')).toEqual(shown(6));
    expect(lahore.surveyedHouseholds).toEqual(shown(15));
    const kasur = await dashboard({ district: KASUR });
    expect(kasur.households).toEqual(shown(19));
    expect(count(kasur, 'flagsByCode.HEAD_DECEASED')).toEqual(hidden); // 1 household, one flag still open
    const flagged = await app.sql<{ flags: Record<string, number> }>(`select flags from dashboard_district_rollup where district_code = ?`, [KASUR]);
    expect(flagged[0].flags).toEqual({ HEAD_DECEASED: 1 });

    const incremental = await rollupSnapshot(app);
    await app.sql('select dashboard_rollups_rebuild()');
    expect(await rollupSnapshot(app)).toEqual(incremental);
  });

  it('are read, not written, by the application role', async () => {
    const [grants] = await app.sql<Record<string, boolean>>(
      `select has_table_privilege('tasdeeq_app', 'dashboard_district_rollup', 'SELECT') as read,
              has_table_privilege('tasdeeq_app', 'dashboard_district_rollup', 'UPDATE') as write,
              has_function_privilege('tasdeeq_app', 'dashboard_rollups_rebuild()', 'EXECUTE') as rebuild`,
    );
    expect(grants).toEqual({ read: true, write: false, rebuild: false });
  });

  it('costs the same statements for a province dashboard whatever the number of households', async () => {
    const run = async () => (await app.countQueries(() => dashboard({ province: 'PUNJAB' }))).statements;
    const small = await run();
    await addHouseholds(app, repeat(300, { district: 'PK630', tehsil: 'Rawalpindi', score: 30, registration: 'SCORED' }));
    const large = await run();
    expect(large.length).toBe(small.length);
    const reads = large.filter((s) => /dashboard_/.test(s));
    expect(reads).toHaveLength(2); // every district's rollup row; the fine histogram at the medians' points
  });

  it('serves a kept answer with the same bytes as the answer it keeps, its own request id and cost beside it', async () => {
    const raw = async (requestId: string) => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `ApiKey ${analyst}`, 'x-request-id': requestId },
        body: JSON.stringify({ query: print(DashboardTreeDocument), variables: { scope: { district: KASUR } } }),
      });
      return { status: response.status, length: response.headers.get('content-length'), text: await response.text() };
    };
    // A write moves the rollups' version: the first read computes the answer and keeps it, the second is served it.
    await addHouseholds(app, [{ district: FAISALABAD }]);
    const computed = await raw('kept-answer-first');
    const served = await raw('kept-answer-second');
    expect(computed.status).toBe(200);
    expect(served.status).toBe(200);
    // The same bytes up to the extensions (the budget's remaining points and reset time move between requests).
    const dataPart = (text: string) => text.slice(0, text.indexOf(',"extensions":{"requestId":'));
    expect(dataPart(served.text).length).toBeGreaterThan(1000);
    expect(dataPart(served.text)).toBe(dataPart(computed.text));
    expect(Number(served.length)).toBe(Buffer.byteLength(served.text));
    expect(served.text.endsWith('}\n')).toBe(true);
    const body = JSON.parse(served.text) as { data: { dashboard: Dash }; extensions: Record<string, unknown> };
    expect(Object.keys(body)).toEqual(['data', 'extensions']);
    expect(body.extensions).toEqual({ requestId: 'kept-answer-second', cost: expect.objectContaining({ requested: expect.any(Number) }), readFrom: 'PRIMARY' });
    expect(body.data.dashboard.area.district?.code).toBe(KASUR);
    expect(body.data).toEqual(JSON.parse(computed.text).data);
  });
});

describe('a kept answer written from its one serialisation (src/pipeline/answers.ts)', () => {
  it('is exactly what JSON.stringify writes, with errors and extensions around it in the same order', () => {
    const data = { dashboard: { households: { value: 12, suppressed: false }, name: 'Lahore "City"\u2028', share: 0.25, gone: undefined } };
    markKept(data);
    const results = [
      { data },
      { data, extensions: { requestId: 'r-1', cost: 3 } },
      { errors: [{ message: 'partial', path: ['dashboard'] }], data, extensions: { requestId: 'r-2' } },
      { errors: undefined, data, extensions: undefined },
    ];
    for (const result of results) {
      expect(stringifyResult(result)).toBe(JSON.stringify(result) + '\n');
      expect(stringifyResult(result)).toBe(JSON.stringify(result) + '\n'); // served again from the kept JSON
    }
    const fresh = { data: { dashboard: null }, extensions: { requestId: 'r-3' } };
    expect(stringifyResult(fresh)).toBe(JSON.stringify(fresh) + '\n');
  });
});
