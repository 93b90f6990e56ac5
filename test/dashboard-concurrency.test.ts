import { startTestApp, type TestApp } from './helpers/app';
import { addHouseholds, rollupSnapshot } from './helpers/dashboards';
import { DashboardDocument } from './generated/graphql';
import { Role } from '../src/auth/role';

/*
 * Issue #17: two writers whose transactions touch the same two districts in opposite orders (A then B, B then A), many
 * times at once, in transactions of several statements as the API's writers run them (as the owner, beneath row-level security). Before, each statement upserted
 * the district rollup rows and held them to commit, so the second statement of each waited for the other's first:
 * PostgreSQL found the cycle and aborted one (40P01). Now the rollups are applied at commit, in one global order.
 * Afterwards the rollups must equal a rebuild from the base tables, and the dashboard must answer the base tables' counts.
 */

const LAHORE = 'PK617';
const HYDERABAD = 'PK706';
const ROUNDS = 40;

let app: TestApp;
let analyst: string;
let inLahore: string[];
let inHyderabad: string[];

beforeAll(async () => {
  app = await startTestApp();
  analyst = await app.key(Role.WELFARE_ANALYST);
  inLahore = await addHouseholds(app, Array.from({ length: 8 }, () => ({ district: LAHORE, tehsil: 'Lahore City', score: 40 })));
  inHyderabad = await addHouseholds(app, Array.from({ length: 8 }, () => ({ district: HYDERABAD, tehsil: 'Qasimabad', score: 60 })));
}, 60_000);

afterAll(async () => {
  await app.close();
});

const MEMBER = `insert into household_member (id, household_id, name, relation_to_head, gender, date_of_birth, marital_status,
  education_level, enrolled_in_school, employment, disability)
  values (gen_random_uuid(), ?, 'Concurrent member', 'SON', 'MALE', '1980-01-01', 'MARRIED', 'NONE', false, 'DAILY_WAGE', false)`;
const MOVE = `update household set district_code = ?, tehsil = ? where id = ?`;

/** One writer's transaction: a statement in `first`'s district, a pause (so the other writer's first lands), one in `second`'s. */
async function writer(first: () => [string, unknown[]], second: () => [string, unknown[]]): Promise<void> {
  await app.ownerOrm.em.fork().transactional(async (tx) => {
    await tx.execute(...first());
    await tx.execute('select pg_sleep(0.005)');
    await tx.execute(...second());
  });
}

async function baseCounts(): Promise<unknown[]> {
  return app.sql(
    `select h.district_code, count(*)::int as households,
            (select count(*)::int from household_member m join household x on x.id = m.household_id
              where x.district_code = h.district_code and m.status = 'ACTIVE') as members
       from household h where h.district_code in (?, ?) group by 1 order by 1`,
    [LAHORE, HYDERABAD],
  );
}

async function rollupCounts(): Promise<unknown[]> {
  return app.sql(
    `select district_code, households, members from dashboard_district_rollup where district_code in (?, ?) order by 1`,
    [LAHORE, HYDERABAD],
  );
}

describe('rollups under concurrent writers (issue #17)', () => {
  it('two writers adding members in two districts in opposite orders never deadlock, and the rollups stay exact', async () => {
    const failures: unknown[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const a = inLahore[round % inLahore.length];
      const b = inHyderabad[round % inHyderabad.length];
      const results = await Promise.allSettled([
        writer(() => [MEMBER, [a]], () => [MEMBER, [b]]),
        writer(() => [MEMBER, [b]], () => [MEMBER, [a]]),
      ]);
      for (const r of results) if (r.status === 'rejected') failures.push(String(r.reason));
    }
    expect(failures).toEqual([]);
    expect(await rollupCounts()).toEqual(await baseCounts());
  }, 120_000);

  it('two writers moving households between tehsils of the same two districts in opposite orders never deadlock', async () => {
    const failures: unknown[] = [];
    const TEHSILS: Record<string, [string, string]> = { [LAHORE]: ['Lahore City', 'Model Town'], [HYDERABAD]: ['Qasimabad', 'Latifabad'] };
    /** Moves the household to its district's other tehsil (members, survey, score and registration go with it). */
    const flip = async (id: string): Promise<[string, unknown[]]> => {
      const [h] = await app.sql<{ district_code: string; tehsil: string }>('select district_code, tehsil from household where id = ?', [id]);
      const [one, other] = TEHSILS[h.district_code];
      return [MOVE, [h.district_code, h.tehsil === one ? other : one, id]];
    };
    for (let round = 0; round < ROUNDS; round++) {
      const [l1, l2] = [inLahore[round % 4], inLahore[4 + (round % 4)]];
      const [h1, h2] = [inHyderabad[round % 4], inHyderabad[4 + (round % 4)]];
      const [ml1, ml2, mh1, mh2] = await Promise.all([flip(l1), flip(l2), flip(h1), flip(h2)]);
      const results = await Promise.allSettled([writer(() => ml1, () => mh1), writer(() => mh2, () => ml2)]);
      for (const r of results) if (r.status === 'rejected') failures.push(String(r.reason));
    }
    expect(failures).toEqual([]);
    expect(await rollupCounts()).toEqual(await baseCounts());
  }, 120_000);

  it('leaves rollups equal to a rebuild from the base tables, and the dashboard answers them', async () => {
    const incremental = await rollupSnapshot(app);
    const base = await baseCounts();
    await app.sql('select dashboard_rollups_rebuild()');
    expect(await rollupSnapshot(app)).toEqual(incremental);
    const res = await app.gql(DashboardDocument, { scope: { district: LAHORE } }, analyst);
    expect(res.body.errors).toBeUndefined();
    const lahore = (base as { district_code: string; households: number; members: number }[]).find((r) => r.district_code === LAHORE)!;
    expect(res.body.data!.dashboard.households).toEqual({ value: lahore.households, suppressed: false });
    expect(res.body.data!.dashboard.members).toEqual({ value: lahore.members, suppressed: false });
  }, 60_000);

  it('reads a dashboard in one statement (budget, version), and the next read after a write sees it exactly', async () => {
    const households = async () => {
      const res = await app.gql(DashboardDocument, { scope: { province: 'PUNJAB' } }, analyst);
      expect(res.body.errors).toBeUndefined();
      const punjab = res.body.data!.dashboard;
      return { punjab: punjab.households.value, lahore: punjab.children.find((c) => c.area.district?.code === LAHORE)!.households.value };
    };
    const before = await households();
    const { statements } = await app.countQueries(households);
    // The key lookup (as every request's, test/hot-path.test.ts), then the dashboard's one statement; no transaction.
    expect(statements.map((q) => q.split('(')[0].trim())).toEqual(['select * from api_key_lookup', 'select * from dashboard_read']);
    await addHouseholds(app, Array.from({ length: 3 }, () => ({ district: LAHORE, tehsil: 'Lahore City' })));
    expect(await households()).toEqual({ punjab: before.punjab! + 3, lahore: before.lahore! + 3 });
    // And a write that commits between two reads of the same client is never hidden by what the first computed.
    await app.sql(`update household set tehsil = case when id = any(?::uuid[]) then 'Model Town' else 'Lahore City' end where id = any(?::uuid[])`, [
      inLahore.slice(0, 6),
      inLahore,
    ]);
    const tehsils = await app.gql(DashboardDocument, { scope: { district: LAHORE } }, analyst);
    const base = await app.sql<{ tehsil: string; n: number }>(
      `select coalesce(tehsil, '') as tehsil, count(*)::int as n from household where district_code = ? group by 1 order by 1`,
      [LAHORE],
    );
    const lahore = tehsils.body.data!.dashboard;
    expect(lahore.households.value).toBe(base.reduce((a, b) => a + b.n, 0));
    const name = (t: string) => (t === '' ? 'UNSPECIFIED' : t);
    expect(lahore.children.map((c) => c.area.tehsil)).toEqual(base.map((b) => name(b.tehsil)));
    for (const c of lahore.children) {
      const expected = base.find((b) => name(b.tehsil) === c.area.tehsil)!.n;
      expect(c.households).toEqual(c.households.suppressed ? { value: null, suppressed: true } : { value: expected, suppressed: false });
    }
    expect(lahore.children.some((c) => !c.households.suppressed)).toBe(true);
  }, 60_000);
});
