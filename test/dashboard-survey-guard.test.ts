import { startTestApp, type TestApp } from './helpers/app';
import { addHouseholds, rollupSnapshot } from './helpers/dashboards';

/**
 * Migration20261208110000: the survey UPDATE trigger of the dashboard rollups returns at once when no row changes a
 * column the rollups count (household, `latest`, `submitted_at`), as the re-score's `eligibility`/`scored_at` update
 * does (issue #17). Whatever does change one is still counted exactly: the rollups equal a rebuild from the base tables.
 */
const LAHORE = 'PK601';
const HYDERABAD = 'PK701';

let app: TestApp;
let lahore: string[];
let hyderabad: string[];

beforeAll(async () => {
  app = await startTestApp();
  lahore = await addHouseholds(app, Array.from({ length: 6 }, () => ({ district: LAHORE, tehsil: 'Lahore City', score: 30 })));
  hyderabad = await addHouseholds(app, Array.from({ length: 6 }, () => ({ district: HYDERABAD, tehsil: 'Qasimabad', score: 70 })));
}, 60_000);

afterAll(async () => {
  await app.close();
});

/** The rollups as the triggers left them, then as a rebuild from the base tables makes them: they must be equal. */
async function expectExact(): Promise<Record<string, unknown[]>> {
  const incremental = await rollupSnapshot(app);
  await app.sql('select dashboard_rollups_rebuild()');
  expect(await rollupSnapshot(app)).toEqual(incremental);
  return incremental;
}

const surveyed = async (district: string) =>
  (await app.sql<{ surveyed: number }>('select surveyed from dashboard_district_rollup where district_code = ?', [district]))[0].surveyed;

describe('the survey update trigger skips what the rollups do not count (issue #17)', () => {
  it('an update of eligibility and scored_at only leaves every rollup as it was, without reading a household', async () => {
    const before = await expectExact();
    // Scans of `household` in this transaction so far (the unguarded trigger joined its transition tables to it).
    const householdScans = 'select (seq_scan + coalesce(idx_scan, 0))::int as n from pg_stat_xact_user_tables where relname = ?';
    const [scans, staged] = await app.ownerOrm.em.fork().transactional(async (tx) => {
      const [{ n: scansBefore }] = await tx.execute<{ n: number }[]>(householdScans, ['household']);
      await tx.execute(`update survey set eligibility = 'ELIGIBLE', scored_at = now() where household_id = any(?::uuid[])`, [`{${[...lahore, ...hyderabad].join(',')}}`]);
      const [{ n: scansAfter }] = await tx.execute<{ n: number }[]>(householdScans, ['household']);
      return [scansAfter - scansBefore, await tx.execute<{ n: number }[]>('select count(*)::int as n from dashboard_pending where tx = txid_current()')];
    });
    expect(scans).toBe(0);
    expect(staged).toEqual([{ n: 0 }]);
    expect(await rollupSnapshot(app)).toEqual(before);
  });

  it('one counted change among uncounted ones in the same statement is still counted', async () => {
    const [lahoreBefore, hyderabadBefore] = [await surveyed(LAHORE), await surveyed(HYDERABAD)];
    // Every survey's eligibility changes; one Lahore survey stops being the latest; one Hyderabad survey moves month.
    await app.sql(
      `update survey set eligibility = 'NOT_ELIGIBLE',
              latest = case when household_id = ? then false else latest end,
              submitted_at = case when household_id = ? then submitted_at - interval '400 days' else submitted_at end
        where household_id = any(?::uuid[])`,
      [lahore[0], hyderabad[0], [...lahore, ...hyderabad]],
    );
    expect(await surveyed(LAHORE)).toBe(lahoreBefore - 1);
    expect(await surveyed(HYDERABAD)).toBe(hyderabadBefore);
    await expectExact();
  });

  it('a survey moved to another household is counted there', async () => {
    const [lahoreBefore, hyderabadBefore] = [await surveyed(LAHORE), await surveyed(HYDERABAD)];
    const [{ id }] = await app.sql<{ id: string }>('select id from survey where household_id = ? and latest', [lahore[1]]);
    // The Hyderabad household's survey version 1 is taken, so the moved survey becomes its version 2.
    await app.sql(`update survey set latest = false where household_id = ?`, [hyderabad[1]]);
    await app.sql(`update survey set household_id = ?, version = 2 where id = ?`, [hyderabad[1], id]);
    expect(await surveyed(LAHORE)).toBe(lahoreBefore - 1);
    expect(await surveyed(HYDERABAD)).toBe(hyderabadBefore);
    await expectExact();
  });
});
