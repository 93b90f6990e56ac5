import { startTestApp, type TestApp } from './helpers/app';
import { metricValue } from './helpers/processes';
import { Role } from '../src/auth/role';

/**
 * `/metrics` in one process, with exact counts: the hooks where things happen (the pipeline, the budget, the guard,
 * the pool, the outbox, the re-score). Across a cluster's processes: test/scale-out.test.ts.
 */
const CITIZEN = 'query($c: Cnic!) { citizen(cnic: $c, purpose: WELFARE_ADMINISTRATION) { id } }';
const CHECK = 'query($i: OffenderCheckInput!) { verifyOffender(input: $i) { result } }';
const LAHORE = '35202-1234567-1';
const RASHID = '3520287654321';
const check = (cnic: string) => ({ i: { cnic, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'metrics' } });

describe('/metrics', () => {
  let app: TestApp;
  const scrape = async () => (await fetch(`${app.url}/metrics`)).text();

  beforeAll(async () => {
    app = await startTestApp({ env: { ENUMERATION_SEQUENTIAL_MAX: '2' } });
  });
  afterAll(() => app.close());

  it('counts and times operations by their root fields and outcome, never by the client\'s operation name', async () => {
    const officer = await app.key(Role.WELFARE_OFFICER);
    for (let n = 0; n < 3; n++) expect((await app.gql(CITIZEN, { c: LAHORE }, officer)).status).toBe(200);
    await app.gql(`query AnyNameAtAll { b: scorecardModels { version } a: citizen(cnic: "${LAHORE}", purpose: WELFARE_ADMINISTRATION) { id } }`, undefined, officer);
    expect((await app.gql(CITIZEN, { c: 'not a cnic' }, officer)).status).toBe(400);
    expect((await app.gql(CITIZEN, { c: LAHORE })).status).toBe(401);
    const text = await scrape();
    expect(metricValue(text, 'tasdeeq_graphql_requests_total', { operation: 'citizen', outcome: 'ok' })).toBe(3);
    expect(metricValue(text, 'tasdeeq_graphql_request_duration_seconds_count', { operation: 'citizen', outcome: 'ok' })).toBe(3);
    expect(metricValue(text, 'tasdeeq_graphql_requests_total', { operation: 'citizen+scorecardModels', outcome: 'ok' })).toBe(1);
    expect(metricValue(text, 'tasdeeq_graphql_requests_total', { operation: 'citizen', outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(metricValue(text, 'tasdeeq_graphql_requests_total', { operation: '(unauthenticated)', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(text).not.toContain('AnyNameAtAll');
    expect(metricValue(text, 'tasdeeq_db_pool_connections', { pool: 'primary', state: 'used' })).toEqual(expect.any(Number));
    expect(metricValue(text, 'tasdeeq_request_admission_wait_seconds_count')).toBeGreaterThanOrEqual(4);
  });

  it('says where each response read, on every response', async () => {
    const officer = await app.key(Role.WELFARE_OFFICER, { name: 'reads' });
    expect((await app.gql(CITIZEN, { c: LAHORE }, officer)).body.extensions).toMatchObject({ readFrom: 'PRIMARY' });
    expect((await app.gql('{ nope }', undefined, officer)).body.extensions).toMatchObject({ readFrom: 'PRIMARY' });
    const page = await app.gql('{ households(first: 1) { totalCount } }', undefined, officer);
    expect(page.body.extensions).toMatchObject({ readFrom: 'PRIMARY' });
    expect(page.body.extensions).not.toHaveProperty('replicaFallback'); // no replica is configured: nothing fell back
  });

  it('counts budget and daily-cap refusals, enumeration alerts and suspensions', async () => {
    const budget = await app.key(Role.WELFARE_OFFICER, { name: 'one point', budgetPerMinute: 1 });
    expect((await app.gql(CITIZEN, { c: LAHORE }, budget)).body.extensions!.cost).toMatchObject({ requested: 1, remaining: 0 });
    expect((await app.gql(CITIZEN, { c: LAHORE }, budget)).status).toBe(429);
    const capped = await app.key(Role.EMPLOYER, { name: 'one a day', dailyDistinctCap: 1 });
    await app.gql(CHECK, check('6110100000013'), capped);
    expect((await app.gql(CHECK, check('6110100500013'), capped)).body.errors![0].extensions.code).toBe('RATE_LIMITED');
    const walker = await app.key(Role.EMPLOYER, { name: 'walker' });
    const answers = [];
    for (const serial of ['2000000', '2000001', '2000002', '2000003']) {
      answers.push((await app.gql(CHECK, check(`61102${serial}5`), walker)).body.errors?.[0].extensions.code ?? 'ok');
    }
    // The lookup that trips the detector is refused, and so is every one after it: the client is suspended (403).
    expect(answers).toEqual(['ok', 'ok', 'FORBIDDEN', 'FORBIDDEN']);
    const text = await scrape();
    expect(metricValue(text, 'tasdeeq_budget_refusals_total', { limit: 'budget' })).toBe(1);
    expect(metricValue(text, 'tasdeeq_budget_refusals_total', { limit: 'daily_cap' })).toBe(1);
    expect(metricValue(text, 'tasdeeq_enumeration_alerts_total', { kind: 'DAILY_DISTINCT_CAP' })).toBe(1);
    expect(metricValue(text, 'tasdeeq_enumeration_alerts_total', { kind: 'SEQUENTIAL_CNICS' })).toBe(1);
    expect(metricValue(text, 'tasdeeq_client_suspensions_total', { kind: 'SEQUENTIAL_CNICS' })).toBe(1);
    expect(metricValue(text, 'tasdeeq_client_suspensions_total', { kind: 'DAILY_DISTINCT_CAP' })).toBeUndefined();
  });

  it('reads the webhook outbox and a running re-score from the database when scraped', async () => {
    const employer = await app.key(Role.EMPLOYER, { name: 'watching' });
    const police = await app.key(Role.LAW_ENFORCEMENT, { name: 'police' });
    const admin = await app.key(Role.ADMIN, { name: 'admin' });
    await app.gql(CHECK, check(RASHID), employer);
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    for (const ref of ['HR-1', 'HR-2']) {
      const watch = await app.gql('mutation($i: CreateWatchInput!) { createWatch(input: $i) { userErrors { code } } }', {
        i: { cnic: RASHID, consentRef: ref, expiresAt, callbackUrl: 'http://127.0.0.1:9/hooks' },
      }, employer);
      expect(watch.body.data).toEqual({ createWatch: { userErrors: [] } });
    }
    const record = await app.gql<{ offender: { convictions: { id: string; version: number; status: string }[] } }, { c: string }>(
      'query($c: Cnic!) { offender(cnic: $c) { convictions { id version status } } }', { c: RASHID }, police,
    );
    const c = record.body.data!.offender.convictions.find((v) => v.status === 'ACTIVE')!;
    await app.gql('mutation($i: ChangeConvictionStatusInput!) { changeConvictionStatus(input: $i) { userErrors { code } } }', {
      i: { id: c.id, version: c.version, status: 'PARDONED', reason: 'x' },
    }, police);
    await app.gql('mutation { activateScorecardModel(input: { version: "NSER-2011" }) { userErrors { code } } }', undefined, admin);
    const [{ n: households }] = await app.sql<{ n: number }>('select count(*)::int as n from household');
    const text = await scrape();
    // The workers are off under NODE_ENV=test: nothing is delivered or re-scored, so the figures stand still.
    expect(metricValue(text, 'tasdeeq_webhook_outbox', { status: 'pending' })).toBe(2);
    expect(metricValue(text, 'tasdeeq_webhook_outbox', { status: 'failed' })).toBe(0);
    expect(metricValue(text, 'tasdeeq_rescore_households', { state: 'total' })).toBe(households);
    expect(metricValue(text, 'tasdeeq_rescore_households', { state: 'processed' })).toBe(0);
  });

  it('answers per worker with a worker label (one worker here)', async () => {
    const text = await (await fetch(`${app.url}/metrics?by=worker`)).text();
    expect(metricValue(text, 'tasdeeq_graphql_requests_total', { operation: 'citizen', outcome: 'ok', worker: '1' })).toBeGreaterThanOrEqual(3);
  });
});

describe('/metrics for peers not listed in METRICS_ALLOWED_ADDRESSES', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demoData: false, env: { METRICS_ALLOWED_ADDRESSES: '::1' } });
  });
  afterAll(() => app.close());

  it('is refused, with no figures', async () => {
    const res = await fetch(`${app.url}/metrics`); // from 127.0.0.1
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'Forbidden: /metrics is for operators (METRICS_ALLOWED_ADDRESSES, METRICS_TOKEN).' });
  });
});
