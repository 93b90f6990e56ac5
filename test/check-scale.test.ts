import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startTestApp, type TestApp } from './helpers/app';
import { appLoginUrl } from '../src/app/database';
import { DisclosurePolicy, Role } from '../src/auth/role';
import { NATIONAL } from '../src/jurisdictions/jurisdiction';
import type { Viewer } from '../src/auth/viewer';

/**
 * Issue #18: no per-client hot row, and guard plans flat in the client's day. Where a limit became approximate
 * (docs/operations.md, "Limits under concurrency"), these tests bound by how much.
 */
describe('checks at the speed of the database', () => {
  let app: TestApp;
  const connections: Client[] = [];

  const viewer = (clientId: string, budgetPerMinute: number): Viewer => ({
    actorKind: 'API_KEY',
    actorId: 'scale',
    clientId,
    clientName: 'scale test',
    role: Role.EMPLOYER,
    jurisdiction: NATIONAL,
    disclosure: DisclosurePolicy.MATCH_ONLY,
    budgetPerMinute,
  });
  /** A session of the API's own login. */
  const connect = async (): Promise<Client> => {
    const c = new Client({ connectionString: appLoginUrl(app.config.databaseUrl!, app.config) });
    await c.connect();
    connections.push(c);
    return c;
  };
  const hex = () => randomBytes(32).toString('hex');
  const guardRow = (h: string) => JSON.stringify([{ h, n: [hex(), hex(), hex(), hex()], inBatch: false, k: 1, f: true }]);
  const GUARD = 'select * from lookup_guard($1, $2::date, $3::jsonb, false, 0.9, 2000000000, 2000000000, 2000000000, 500)';

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.end()));
    await app.close();
  });

  it('a sharded budget never admits more than it holds, and refuses at most N x cost early', async () => {
    // 4,000 points a minute: N = 4 shards of 1,000. One session charges 1 point 5,000 times in one statement (`0 * g`: a call per row).
    const clientId = randomUUID();
    const token = app.seal(viewer(clientId, 4000), null);
    const sql = await connect();
    const clock = async () => Number((await sql.query('select extract(epoch from clock_timestamp()) as t')).rows[0].t);
    const started = await clock();
    const { rows } = await sql.query(
      `select count(*) filter (where b.admitted)::int as admitted, min(g) filter (where not b.admitted)::int as first_refusal
       from generate_series(1, 5000) g cross join lateral rate_bucket_charge($1, $2, 0, 1 + 0 * g, 0) b`,
      [token, `client:${clientId}`],
    );
    const elapsed = (await clock()) - started;
    const { admitted, first_refusal: firstRefusal } = rows[0] as { admitted: number; first_refusal: number };
    // Never more than the capacity plus what refilled meanwhile (4,000 a minute).
    expect(admitted).toBeLessThanOrEqual(4000 + Math.ceil((elapsed * 4000) / 60));
    // The first refusal comes no earlier than N x cost before the budget is spent.
    expect(firstRefusal).toBeGreaterThanOrEqual(4000 - 4 * 1 + 1);
    const shards = await app.sql<{ n: number }>("select count(*)::int as n from rate_bucket where key like ?", [`client:${clientId}%`]);
    expect(shards[0].n).toBe(4);
  });

  it('a small budget stays one exact row', async () => {
    const clientId = randomUUID();
    const token = app.seal(viewer(clientId, 1999), null);
    const sql = await connect();
    const { rows } = await sql.query('select * from rate_bucket_charge($1, $2, 0, 5, 0)', [token, `client:${clientId}`]);
    expect(rows[0]).toEqual({ tokens: 1994, admitted: true });
    const keys = await app.sql<{ key: string }>('select key from rate_bucket where key like ?', [`client:${clientId}%`]);
    expect(keys).toEqual([{ key: `client:${clientId}` }]);
  });

  it('the daily distinct cap overshoots by at most the lookups in flight at once, and refuses once they commit', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'scale capped', dailyDistinctCap: 2 });
    void key;
    const [{ id: clientId }] = await app.sql<{ id: string }>("select id from api_client where name = 'scale capped'");
    const token = app.seal(viewer(clientId, 100_000), null);
    const day = '2026-12-08';
    // Four sessions, each in a transaction that has looked up one new person and not committed yet: each adds to a
    // tally row no other holds (a new one, from its pid mod 32, when all are held; so four different pids mod 32).
    const sessions: Client[] = [];
    const shards = new Set<number>();
    while (sessions.length < 4) {
      const c = await connect();
      const pid = Number((await c.query('select pg_backend_pid() as pid')).rows[0].pid);
      if (shards.has(pid % 32)) continue;
      shards.add(pid % 32);
      sessions.push(c);
    }
    const outcomes = [];
    for (const c of sessions) {
      await c.query('begin');
      outcomes.push((await c.query(GUARD, [token, day, guardRow(hex())])).rows[0]);
    }
    await Promise.all(sessions.map((c) => c.query('commit')));
    // Each saw the committed tally (nothing) plus its own: all four admitted, two over the cap of 2.
    expect(outcomes.every((o) => o.refused === false)).toBe(true);
    const [tally] = await app.sql<{ distinct: number; rows: number }>(
      'select sum(distinct_subjects)::int as distinct, count(*)::int as rows from lookup_tally where client_id = ? and day = ?',
      [clientId, day],
    );
    expect(tally).toEqual({ distinct: 4, rows: 4 });
    expect(tally.distinct).toBeLessThanOrEqual(2 + sessions.length);
    // Once they have committed, the next new person is refused, and not counted.
    const next = (await sessions[0].query(GUARD, [token, day, guardRow(hex())])).rows[0];
    expect(next).toMatchObject({ finding: 'DAILY_DISTINCT_CAP', refused: true });
    const [after] = await app.sql<{ distinct: number }>(
      'select sum(distinct_subjects)::int as distinct from lookup_tally where client_id = ? and day = ?',
      [clientId, day],
    );
    expect(after.distinct).toBe(4);
  });

  it('a large day keeps a flat plan: the check reads as many buffers for a client with 100,000 people today as for a fresh one', async () => {
    const day = '2026-12-09';
    const large = randomUUID();
    const fresh = randomUUID();
    // The statistics know nothing of today (as at the start of any day, and as a session's cached plan remembers),
    // then the large client looks up 100,000 people (as the owner).
    await app.sql('analyze lookup_subject');
    await app.sql(
      `insert into lookup_subject (client_id, day, subject_hash)
       select ?::uuid, ?::date, encode(sha256(convert_to(g::text, 'UTF8')), 'hex') from generate_series(1, 100000) g`,
      [large, day],
    );
    const sql = await connect();
    const buffers = async (clientId: string) => {
      const token = app.seal(viewer(clientId, 100_000_000), null);
      const run = async () => {
        const inputs = JSON.stringify([
          { ord: 0, check_id: randomUUID(), cnic: '3520287654321', subject_hash: hex(), purpose: 'EMPLOYMENT_SCREENING', consent_ref: 'C-1', valid: true },
        ]);
        const { rows } = await sql.query(
          `explain (analyze, buffers, format json)
           select * from offender_check(p_scope => $1, p_inputs => $2::jsonb, p_bucket_cost => 1, p_day => $3::date,
             p_rows => $4::jsonb, p_odd_hour => false, p_not_found_share => 0.9, p_not_found_min => 2000000000,
             p_sequential_max => 2000000000, p_odd_hour_max => 2000000000, p_default_cap => 2000000000)`,
          [token, inputs, day, guardRow(hex())],
        );
        const plan = (rows[0]['QUERY PLAN'] as { Plan: Record<string, number> }[])[0].Plan;
        return plan['Shared Hit Blocks'] + plan['Shared Read Blocks'];
      };
      await run(); // the client's tally shard and budget rows exist from here on
      return run();
    };
    const freshBuffers = await buffers(fresh);
    const largeBuffers = await buffers(large);
    // The neighbour test and the tally take the indexes: a level or two of b-tree more, not a scan of the day.
    // (A scan of the large client's day alone is over 1,000 pages.)
    expect(largeBuffers).toBeLessThanOrEqual(freshBuffers + 20);
  });
});
