import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createTestDatabase } from './helpers/databases';
import { createKey, eventually, gqlAt, metricValue, revokeKey, startServer, type ServerProcess } from './helpers/processes';

/**
 * Several API processes on one database (issue #19): what one process knows, the others must know too. Two real
 * server processes (`node dist/src/main.js`, WORKERS=1 each) share a database; then a cluster (WORKERS=2) on another
 * port. Budgets, tallies, suspensions, the API-key cache, idempotency keys and the background workers' claims all
 * live in PostgreSQL; these tests show each one holding across processes.
 */

const VERIFY_ONE = 'query($i: OffenderCheckInput!) { verifyOffender(input: $i) { result } }';
const VERIFY_MANY = 'query($is: [OffenderCheckInput!]!) { verifyOffenders(inputs: $is) { result } }';
const ACTIVE_OFFENDER = '3520287654321';
const METRICS_TOKEN = 'scale-out-test-metrics-token-0123456789';

/** CNICs nobody holds, far apart (no two are neighbours, so the sequential detector stays quiet). */
const far = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `61101${String(1_000_000 + (from + i) * 7_919).padStart(7, '0')}3`);
const check = (cnic: string) => ({ i: { cnic, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'scale-out' } });

/** Receives webhooks; counts them by Idempotency-Key. */
class Receiver {
  readonly keys: string[] = [];
  private readonly server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      this.keys.push(String(req.headers['idempotency-key']));
      res.writeHead(200).end();
    });
  });
  url = '';
  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describe('two API processes on one database', () => {
  let database: { url: string; drop(): Promise<void> };
  let a: ServerProcess;
  let b: ServerProcess;
  const receiver = new Receiver();
  const sql = async <T extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<T>(text, params)).rows;
    } finally {
      await client.end();
    }
  };
  const key = (role: string, name: string, extra: string[] = ['--budget', '1000000', '--daily-cap', '1000000']) => createKey(database.url, role, name, extra);

  beforeAll(async () => {
    database = await createTestDatabase();
    await receiver.start();
    const env = {
      DATABASE_URL: database.url,
      DEMO_DATA: 'true',
      AUTH_CACHE_TTL_MS: '60000',
      ENUMERATION_SEQUENTIAL_MAX: '3',
      ENUMERATION_NOT_FOUND_MIN_LOOKUPS: '1000000',
      ENUMERATION_ODD_HOUR_MAX: '1000000',
      WEBHOOK_WORKER: 'true',
      WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1', // the loopback receiver below
      RESCORE_WORKER: 'true',
    };
    a = await startServer(env); // migrates and loads the demo; b finds them done
    b = await startServer({ ...env, METRICS_TOKEN });
  }, 180_000);

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await receiver.stop();
    await database?.drop();
  }, 60_000);

  it('a budget of 60 points is 60 points across both processes, not 60 each', async () => {
    const budget = await key('EMPLOYER', 'sixty points', ['--budget', '60', '--daily-cap', '1000']);
    const inputs = far(29).map((cnic) => check(cnic).i); // 1 + 29 = 30 points
    const first = await gqlAt(a.url, budget, VERIFY_MANY, { is: inputs });
    expect(first.extensions.cost).toMatchObject({ requested: 30, limit: 60, remaining: 30 });
    const second = await gqlAt(b.url, budget, VERIFY_MANY, { is: inputs });
    expect(second.errors).toBeUndefined();
    // A bucket of its own would have said 30 again; the bucket refills a point a second meanwhile.
    expect((second.extensions.cost as { remaining: number }).remaining).toBeLessThanOrEqual(Math.ceil((second.at - first.at) / 1000));
    for (const server of [a, b]) {
      const third = await gqlAt(server.url, budget, VERIFY_MANY, { is: inputs });
      expect(third.status).toBe(429);
      expect(third.errors![0].extensions.code).toBe('RATE_LIMITED');
    }
  });

  it('the daily cap on distinct people counts lookups made through either process', async () => {
    const capped = await key('EMPLOYER', 'four a day', ['--budget', '1000000', '--daily-cap', '4']);
    const [c1, c2, c3, c4, c5] = far(5, 100);
    for (const [server, cnic] of [[a, c1], [a, c2], [b, c3], [b, c4]] as const) {
      expect((await gqlAt(server.url, capped, VERIFY_ONE, check(cnic))).data).toEqual({ verifyOffender: { result: 'NO_RECORD' } });
    }
    const fifth = await gqlAt(a.url, capped, VERIFY_ONE, check(c5));
    expect(fifth.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect(fifth.errors![0].message).toMatch(/^Your client has reached its daily cap on distinct people looked up/);
    // Someone already counted is not a new person.
    expect((await gqlAt(b.url, capped, VERIFY_ONE, check(c1))).data).toEqual({ verifyOffender: { result: 'NO_RECORD' } });
  });

  it('enumeration through both processes is tallied as one, and the suspension is refused by the other at once', async () => {
    const enumerator = await key('EMPLOYER', 'enumerator');
    const serials = Array.from({ length: 8 }, (_, i) => `61102${String(2_000_000 + i).padStart(7, '0')}5`);
    const answers = [];
    for (const [i, cnic] of serials.entries()) {
      const answer = await gqlAt((i % 2 ? b : a).url, enumerator, VERIFY_ONE, check(cnic));
      answers.push(answer.errors?.[0].extensions.code ?? 'ok');
      if (answer.errors) break;
    }
    // a looked up serials 0 and 2, b 1 and 3: no two of either's are neighbours, so only one tally for both sees the
    // run, and the fourth lookup takes it past ENUMERATION_SEQUENTIAL_MAX (3).
    expect(answers).toEqual(['ok', 'ok', 'ok', 'FORBIDDEN']);
    expect(await sql('select kind from security_alert where client_name = $1', ['enumerator'])).toEqual([{ kind: 'SEQUENTIAL_CNICS' }]);
    // The suspension reached b, which had the key cached, through NOTIFY.
    for (const server of [a, b]) {
      expect(await eventually(async () => (await gqlAt(server.url, enumerator, VERIFY_ONE, check(serials[0]))).status === 403, 1_000)).toBe(true);
      const refused = await gqlAt(server.url, enumerator, VERIFY_ONE, check(serials[0]));
      expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(refused.errors![0].message).toBe(
        'This client has been suspended pending review: its lookups match an enumeration pattern (it looked up consecutive CNICs). ' +
          'An administrator reviews the security alert and reinstates the client (reinstateClient).',
      );
    }
  });

  it('a key revoked with `keys revoke` is refused by both processes within a second, though both had it cached', async () => {
    const revoked = await key('EMPLOYER', 'to be revoked');
    for (const server of [a, b]) expect((await gqlAt(server.url, revoked, VERIFY_ONE, check(far(1, 300)[0]))).status).toBe(200);
    await revokeKey(database.url, revoked);
    for (const server of [a, b]) {
      expect(await eventually(async () => (await gqlAt(server.url, revoked, VERIFY_ONE, check(far(1, 300)[0]))).status === 401, 1_000)).toBe(true);
      expect((await gqlAt(server.url, revoked, VERIFY_ONE, check(far(1, 300)[0]))).errors![0].message).toBe('This API key has been revoked.');
    }
  });

  it('an idempotency key sent to both processes at once registers one conviction', async () => {
    const police = await key('LAW_ENFORCEMENT', 'police');
    const input = {
      cnic: '35202-1234567-1',
      sections: ['ppc-376'],
      court: 'Sessions Court Lahore',
      caseNumber: 'FIR 19/2026 PS Model Town',
      convictionDate: '2026-01-15',
      sentence: '10 years',
      district: 'PK617',
      idempotencyKey: 'scale-out-once',
    };
    const REGISTER = 'mutation($i: RegisterConvictionInput!) { registerConviction(input: $i) { conviction { id } userErrors { code } } }';
    const answers = await Promise.all([a, b, a, b].map((server) => gqlAt<{ registerConviction: { conviction: { id: string }; userErrors: [] } }>(server.url, police, REGISTER, { i: input })));
    const ids = new Set(answers.map((r) => r.data!.registerConviction.conviction.id));
    expect(ids.size).toBe(1);
    expect(answers.map((r) => r.data!.registerConviction.userErrors)).toEqual([[], [], [], []]);
    expect(await sql("select count(*)::int as n from conviction where idempotency_key = 'scale-out-once'")).toEqual([{ n: 1 }]);
  });

  it('both processes run the webhook worker, and each notification is delivered once', async () => {
    const employer = await key('EMPLOYER', 'watcher');
    const police = await key('LAW_ENFORCEMENT', 'police for watches');
    expect((await gqlAt(a.url, employer, VERIFY_ONE, check(ACTIVE_OFFENDER))).data).toEqual({ verifyOffender: { result: 'RECORD_FOUND' } });
    const CREATE = 'mutation($i: CreateWatchInput!) { createWatch(input: $i) { watch { id } userErrors { code } } }';
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    for (let n = 0; n < 8; n++) {
      const res = await gqlAt(n % 2 ? b.url : a.url, employer, CREATE, { i: { cnic: ACTIVE_OFFENDER, consentRef: `HR-${n}`, expiresAt, callbackUrl: receiver.url } });
      expect(res.data).toMatchObject({ createWatch: { userErrors: [] } });
    }
    const record = await gqlAt<{ offender: { convictions: { id: string; version: number; status: string }[] } }>(
      a.url, police, 'query($c: Cnic!) { offender(cnic: $c) { convictions { id version status } } }', { c: ACTIVE_OFFENDER },
    );
    const conviction = record.data!.offender.convictions.find((c) => c.status === 'ACTIVE')!;
    const change = await gqlAt(b.url, police, 'mutation($i: ChangeConvictionStatusInput!) { changeConvictionStatus(input: $i) { userErrors { code } } }', {
      i: { id: conviction.id, version: conviction.version, status: 'PARDONED', reason: 'Pardoned' },
    });
    expect(change.data).toEqual({ changeConvictionStatus: { userErrors: [] } });
    const delivered = async () => (await sql<{ n: number }>("select count(*)::int as n from webhook_delivery where status = 'DELIVERED'"))[0].n;
    expect(await eventually(async () => (await delivered()) === 8, 30_000, 200)).toBe(true);
    // A row is claimed FOR UPDATE SKIP LOCKED and stays locked while posted: once all are DELIVERED, nothing more is sent.
    expect(receiver.keys.length).toBe(8);
    expect(new Set(receiver.keys).size).toBe(8);
    const attempts = async (server: ServerProcess) =>
      metricValue(await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text(), 'tasdeeq_webhook_attempts_total', { outcome: 'delivered' }) ?? 0;
    expect((await attempts(a)) + (await attempts(b))).toBe(8);
  }, 60_000);

  it('both processes run the re-score worker, and every household is re-scored once', async () => {
    const admin = await key('ADMIN', 'scorecard admin');
    const ACTIVATE = 'mutation($i: ActivateScorecardModelInput!) { activateScorecardModel(input: $i) { job { id total } userErrors { code } } }';
    const activated = await gqlAt<{ activateScorecardModel: { job: { total: number } } }>(b.url, admin, ACTIVATE, { i: { version: 'NSER-2011' } });
    const [{ n: households }] = await sql<{ n: number }>('select count(*)::int as n from household');
    expect(activated.data!.activateScorecardModel.job.total).toBe(households);
    const finished = async () => (await sql<{ status: string }>('select status from rescore_job order by started_at desc limit 1'))[0].status === 'FINISHED';
    expect(await eventually(finished, 30_000, 200)).toBe(true);
    expect(await sql('select processed, total from rescore_job order by started_at desc limit 1')).toEqual([{ processed: households, total: households }]);
    expect(
      await sql(`select count(*)::int as twice from (select p.survey_id from poverty_score p join scorecard_model m on m.id = p.model_id
                 where m.version = 'NSER-2011' group by p.survey_id having count(*) > 1) d`),
    ).toEqual([{ twice: 0 }]);
  }, 60_000);

  it('/metrics answers an operator with the token and refuses anyone without it', async () => {
    expect((await fetch(`${b.url}/metrics`)).status).toBe(403);
    expect((await fetch(`${b.url}/metrics`, { headers: { authorization: 'Bearer not-the-token-not-the-token-xx' } })).status).toBe(403);
    const ok = await fetch(`${b.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  });

  it('a process told to stop finishes the request in flight while the other keeps serving', async () => {
    const officer = await key('WELFARE_OFFICER', 'officer');
    const employer = await key('EMPLOYER', 'employer while draining');
    const locker = new Client({ connectionString: database.url });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table household in access exclusive mode');
      const inFlight = gqlAt(a.url, officer, '{ households(first: 1) { totalCount } }');
      expect(
        await eventually(async () => (await sql("select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like '%household%'")).length > 0, 20_000),
      ).toBe(true);
      const exited = a.stop();
      expect(await eventually(async () => a.output().includes('shutting down: draining requests'), 10_000)).toBe(true);
      expect(a.child.exitCode).toBeNull();
      expect((await gqlAt(b.url, employer, VERIFY_ONE, check(far(1, 400)[0]))).data).toEqual({ verifyOffender: { result: 'NO_RECORD' } });
      await locker.query('commit');
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(answer.data).toEqual({ households: { totalCount: 245 } });
      expect(await exited).toBe(0);
    } finally {
      await locker.end();
    }
  }, 60_000);
});

describe('WORKERS=2', () => {
  let database: { url: string; drop(): Promise<void> };
  let cluster: ServerProcess;
  let employer: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    cluster = await startServer({ DATABASE_URL: database.url, DEMO_DATA: 'true', WORKERS: '2' });
    employer = await createKey(database.url, 'EMPLOYER', 'cluster employer', ['--budget', '1000000', '--daily-cap', '1000000']);
  }, 180_000);

  afterAll(async () => {
    await cluster?.stop();
    await database?.drop();
  }, 60_000);

  const workerPids = () => [...cluster.output().matchAll(/"worker":(\d+),"pid":(\d+),"msg":"worker listening"/g)].map((m) => ({ slot: m[1], pid: Number(m[2]) }));

  it('serves on one port from two processes, and /metrics counts their requests per worker and in all', async () => {
    expect(new Set(workerPids().map((w) => w.pid)).size).toBe(2);
    for (let n = 0; n < 6; n++) {
      expect((await gqlAt(cluster.url, employer, VERIFY_ONE, check(far(1, 500 + n)[0]))).data).toEqual({ verifyOffender: { result: 'NO_RECORD' } });
    }
    expect((await gqlAt(cluster.url, 'tsq_aaaaaaaaaaaa_not-a-real-key-not-a-real-key-not-a-real-k', VERIFY_ONE, check(far(1, 600)[0]))).status).toBe(401);
    const all = await (await fetch(`${cluster.url}/metrics`)).text();
    expect(metricValue(all, 'tasdeeq_graphql_requests_total', { operation: 'verifyOffender', outcome: 'ok' })).toBe(6);
    expect(metricValue(all, 'tasdeeq_graphql_request_duration_seconds_count', { operation: 'verifyOffender', outcome: 'ok' })).toBe(6);
    expect(metricValue(all, 'tasdeeq_graphql_requests_total', { operation: '(unauthenticated)', outcome: 'UNAUTHENTICATED' })).toBe(1);
    const perWorker = await (await fetch(`${cluster.url}/metrics?by=worker`)).text();
    const counts = ['1', '2'].map((worker) => metricValue(perWorker, 'tasdeeq_graphql_requests_total', { operation: 'verifyOffender', outcome: 'ok', worker }) ?? 0);
    expect(counts[0] + counts[1]).toBe(6);
    expect(counts.every((c) => c > 0)).toBe(true); // new connections go round-robin
  });

  it('a worker told to stop drains and is replaced, and the port keeps serving throughout', async () => {
    const [first] = workerPids();
    process.kill(first.pid, 'SIGTERM');
    const answers = [];
    for (let n = 0; n < 8; n++) answers.push((await gqlAt(cluster.url, employer, VERIFY_ONE, check(far(1, 700 + n)[0]))).status);
    expect(answers).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
    expect(await eventually(async () => workerPids().filter((w) => w.slot === first.slot).length === 2, 30_000, 100)).toBe(true);
  }, 60_000);
});
