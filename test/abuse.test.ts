import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startTestApp, type TestApp } from './helpers/app';
import http from 'node:http';
import { Client } from 'pg';
import type { AddressInfo } from 'node:net';
import { Role } from '../src/auth/role';
import { ChangeConvictionStatusDocument, CreateWatchDocument, OffenderDocument, RegisterConvictionDocument, StartRegistrationDocument, VerifyOffenderDocument } from './generated/graphql';
import { WebhookWorker } from '../src/offenders/watch/webhook.worker';
import { createLogger } from '../src/logger';
import { GraphQLError } from 'graphql';
import { createFormatError } from '../src/common/errors';

/**
 * Issue #20, "abuse that is still cheap": each attack as the audit found it, now refused cheaply.
 */

const SUBMIT = 'mutation S($input: SubmitSurveyInput!) { submitSurvey(input: $input) { userErrors { code message } } }';
const MEMBER = {
  name: 'Ayesha Khan', relationToHead: 'HEAD', gender: 'FEMALE', dateOfBirth: '1990-01-01', maritalStatus: 'MARRIED',
  educationLevel: 'PRIMARY', enrolledInSchool: false, employment: 'EMPLOYED', disability: false, cnic: '3520212345671',
};
const INDICATORS = {};
const survey = (members: unknown) => ({ input: { trackingId: 'NSER-AAAA-BBBB', district: 'PK-PB-LHR', area: 'URBAN', indicators: INDICATORS, members } });
const MB = 1024 * 1024;

/** Repeats `item` in a JSON array as many times as fits in `bytes`. */
function fill(bytes: number, item: string): string {
  const n = Math.floor((bytes - 2) / (item.length + 1));
  return `[${Array(n).fill(item).join(',')}]`;
}

describe('one request must not stall the server', () => {
  let app: TestApp;
  let centre: string;
  let employer: string;

  beforeAll(async () => {
    app = await startTestApp({ demoData: false });
    centre = await app.key(Role.REGISTRATION_CENTRE);
    employer = await app.key(Role.EMPLOYER);
  });
  afterAll(() => app.close());

  /** Bodies of just under 1 MB (the body limit), prepared before the clock starts. */
  function worstCases(): { name: string; body: string }[] {
    const budget = MB - 4096;
    const wrap = (membersJson: string) => `{"query":${JSON.stringify(SUBMIT)},"variables":${JSON.stringify(survey('@@')).replace('"@@"', membersJson)}}`;
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const unknownKeys = `{${Array.from({ length: 60_000 }, (_, i) => `"k${i}":1`).join(',')}}`;
    return [
      { name: 'empty members x 330k', body: wrap(fill(budget, '{}')) },
      { name: 'valid-looking members', body: wrap(fill(budget, JSON.stringify(MEMBER))) },
      { name: 'members with wrong types', body: wrap(fill(budget, '{"name":1,"gender":2,"cnic":3}')) },
      { name: 'members with unknown keys', body: wrap(`[${unknownKeys}]`) },
      { name: 'deeply nested variables', body: wrap(nested(400_000)) },
      { name: 'deeply nested literal', body: JSON.stringify({ query: `{ nodes(ids: ${nested(2_400)}) { id } }` }) },
      { name: 'many aliases', body: JSON.stringify({ query: aliases(45_000) }) },
      { name: 'long string variable', body: JSON.stringify({ query: SUBMIT, variables: survey([{ ...MEMBER, name: 'x'.repeat(budget - 1000) }]) }) },
      { name: 'long string literal', body: JSON.stringify({ query: `{ registration(trackingId: "${'x'.repeat(budget - 100)}") { trackingId } }` }) },
      { name: 'many ids', body: JSON.stringify({ query: 'query N($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: Array(80_000).fill('abcdefghij') } }) },
    ];
  }

  it('caps a household at 50 members in the schema, and refuses a role before reading its input', async () => {
    const many = await app.gql(SUBMIT, survey(Array(51).fill(MEMBER)), centre);
    expect(many.status).toBe(400);
    expect(many.body.errors).toEqual([
      { message: '`members` accepts at most 50 items (51 sent).', extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) } },
    ]);
    // 8,000 empty members, as the audit sent them: an employer is refused for its role, not for its input.
    const stall = await app.gql(SUBMIT, survey(Array(8000).fill({})), employer);
    expect(stall.status).toBe(403);
    expect(stall.body.errors!.map((e) => [e.extensions.code, e.message])).toEqual([['FORBIDDEN', 'The EMPLOYER role may not write registration data.']]);
    // An unknown field or a bad value is one error, not one per item.
    const bad = await app.gql(SUBMIT, survey(Array(50).fill({})), centre);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveLength(1);
  });

  // One unmeasured pass first: V8 compiles the parser and the walks on first use, once per process.
  beforeAll(async () => {
    for (const { body } of worstCases()) {
      await (await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `ApiKey ${centre}` }, body })).text();
    }
  });

  it.each([
    ['a role that may not submit surveys', 'employer'],
    ['a registration centre', 'centre'],
  ])('refuses the worst bodies under 1 MB from %s with < 50 ms of event-loop delay each', async (_who, whom) => {
    const key = whom === 'employer' ? employer : centre;
    const cases = worstCases();
    const report: Record<string, { status: number; maxDelayMs: number; code: unknown }> = {};
    for (const { name, body } of cases) {
      expect({ name, fits: body.length < MB }).toEqual({ name, fits: true });
      // Five times each, keeping the lowest of the maxima: work the server does holds the loop every time, while
      // a pause of the machine's (another process on the CPU, a collection of earlier garbage) does not recur.
      for (let run = 0; run < 5; run++) {
        const histogram = monitorEventLoopDelay({ resolution: 1 });
        histogram.enable();
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` },
          body,
        });
        const answer = (await response.json()) as { errors?: { extensions: { code: string } }[] };
        histogram.disable();
        const maxDelayMs = Math.round(histogram.max / 1e6);
        if (!report[name] || maxDelayMs < report[name].maxDelayMs) {
          report[name] = { status: response.status, maxDelayMs, code: answer.errors?.[0]?.extensions.code };
        }
      }
    }
    console.log(JSON.stringify(report, null, 1));
    for (const [name, r] of Object.entries(report)) {
      // Refused (or, for the long tracking ID, answered NOT_FOUND): never a 5xx, never run as asked.
      expect({ name, refused: r.status < 500 && typeof r.code === 'string' && r.code !== 'INTERNAL_SERVER_ERROR' }).toEqual({ name, refused: true });
      expect({ name, under50: r.maxDelayMs < 50 }).toEqual({ name, under50: true });
    }
  });
});

describe('requests with no cost are not free', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ demoData: false });
  });
  afterAll(() => app.close());

  it('charges `{ __typename }` a point: on a 60-point budget, 400 in a row meet 429 (at the 61st, or soon after on a slow machine)', async () => {
    const key = await app.key(Role.EMPLOYER, { budgetPerMinute: 60 });
    // As the audit did: up to 400 in a row (they never met 429). The bucket refills a point a second, so the first
    // 429 comes at the 61st or a little later on a slow machine, never not at all.
    const statuses: number[] = [];
    while (statuses.length < 400 && !statuses.includes(429)) statuses.push((await app.gql('{ __typename }', undefined, key)).status);
    expect(statuses.slice(0, 60)).toEqual(Array(60).fill(200));
    expect(statuses).toContain(429);
  });

  it('counts `__typename` aliases toward the alias limit', async () => {
    const key = await app.key(Role.EMPLOYER);
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expect((await app.gql(aliases(20), undefined, key)).status).toBe(200);
    const over = await app.gql(aliases(1000), undefined, key);
    expect(over.status).toBe(400);
    expect(over.body.errors![0]).toMatchObject({ message: 'Syntax Error: Aliases limit of 20 exceeded, found 1000.', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 20 } });
  });
});

describe('webhooks cannot target the inside', () => {
  let app: TestApp;
  let employer: string;
  let police: string;
  const RASHID = '3520287654321';
  const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString();
  const watch = (callbackUrl: string) => ({ input: { cnic: RASHID, consentRef: 'HR-1', expiresAt: inAMonth(), callbackUrl } });
  /** What a loopback service would see: nothing must arrive. */
  const inside: string[] = [];
  const server = http.createServer((req, res) => {
    inside.push(String(req.url));
    res.end();
  });
  let port = 0;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    // As in production: no private host allowed.
    app = await startTestApp({ env: { WEBHOOK_ALLOWED_PRIVATE_HOSTS: '' } });
    employer = await app.key(Role.EMPLOYER);
    police = await app.key(Role.LAW_ENFORCEMENT);
    await app.gql(VerifyOffenderDocument, { input: { cnic: RASHID, purpose: 'EMPLOYMENT_SCREENING', consentRef: 'HR-1' } }, employer);
  });
  afterAll(async () => {
    await app.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each([
    ['the cloud metadata service', 'http://169.254.169.254/latest/meta-data/', '`callbackUrl` must use https.'],
    ['the database port', 'http://127.0.0.1:5432/', '`callbackUrl` must use https.'],
    ['loopback over https', 'https://127.0.0.1:5432/', '`callbackUrl` must reach a public address (not loopback, private, link-local or reserved).'],
    ['link-local over https', 'https://169.254.169.254/latest/', '`callbackUrl` must reach a public address (not loopback, private, link-local or reserved).'],
    ['a private network', 'https://10.1.2.3/hooks', '`callbackUrl` must reach a public address (not loopback, private, link-local or reserved).'],
    ['IPv6 loopback', 'https://[::1]/hooks', '`callbackUrl` must reach a public address (not loopback, private, link-local or reserved).'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/hooks', '`callbackUrl` must reach a public address (not loopback, private, link-local or reserved).'],
    ['a decimal loopback', 'https://2130706433/hooks', '`callbackUrl` must reach a public address (not loopback, private, link-local or reserved).'],
    ['a name for loopback', 'https://localhost/hooks', '`callbackUrl` must reach a public address (not loopback, private, link-local or reserved).'],
    ['plain http to a public address', 'http://93.184.216.34/hooks', '`callbackUrl` must use https.'],
  ])('refuses a callback to %s at creation', async (_name, callbackUrl, message) => {
    const res = await app.gql(CreateWatchDocument, watch(callbackUrl), employer);
    expect(res.body.data!.createWatch.userErrors).toEqual([{ field: ['input', 'callbackUrl'], code: 'INVALID', message }]);
  });

  it('accepts https to a public address', async () => {
    const res = await app.gql(CreateWatchDocument, watch('https://93.184.216.34/hooks'), employer);
    expect(res.body.data!.createWatch.userErrors).toEqual([]);
  });

  it('checks the address again at delivery: a name that now resolves to loopback is not called', async () => {
    // The watch made above points at a name whose owner now points it at the inside (DNS rebinding); a row edited
    // beneath the API stands for the changed DNS answer.
    await app.sql('update offender_watch set callback_url = ?', [`https://localhost:${port}/x`]);
    const c = (await app.gql(OffenderDocument, { cnic: RASHID }, police)).body.data!.offender.convictions[0];
    await app.gql(ChangeConvictionStatusDocument, { input: { id: c.id, version: c.version, status: 'PARDONED', reason: 'test' } }, police);
    const worker = new WebhookWorker(app.orm, () => app.sealer.system('webhooks'), createLogger('silent', true), { allowedPrivateHosts: [] }, { backoffBaseMs: 0, maxAttempts: 1 });
    expect(await worker.drain()).toBe(1);
    expect(await app.sql('select status, attempts, last_error from webhook_delivery')).toEqual([
      { status: 'FAILED', attempts: 1, last_error: 'refused: callback host resolves to a non-public address' },
    ]);
    expect(inside).toEqual([]);
  });
});

describe('health and error hygiene', () => {
  let app: TestApp;
  let key: string;

  beforeAll(async () => {
    // Production's error masking (the explorer and introspection are off too).
    app = await startTestApp({ demoData: false, env: { NODE_ENV: 'production' } });
    key = await app.key(Role.EMPLOYER);
  });
  afterAll(() => app.close());

  const post = async (body: unknown) => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { errors: { message: string; extensions: { code: string } }[] } };
  };

  it('answers a persisted query whose hash does not match with PERSISTED_QUERY_HASH_MISMATCH (400)', async () => {
    const res = await post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        message: 'The persisted query\'s sha256Hash does not match the query: send the hex SHA-256 of the query text.',
        extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH', requestId: expect.any(String) },
      },
    ]);
  });

  it('refuses a deeply nested document before the parser, and masks the parser\'s stack overflow', async () => {
    // The audit's document overflowed the parser's stack, and the engine's message went out as it was.
    const res = await post({ query: `{ nodes(ids: ${'['.repeat(2400)}${']'.repeat(2400)}) { id } }` });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { message: 'The document nests deeper than 64 brackets.', extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) } },
    ]);
    // Should anything still overflow in the parser, its message is not the engine's.
    const format = createFormatError(createLogger('silent', true));
    const overflow = new GraphQLError('Maximum call stack size exceeded', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(format({ message: overflow.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, overflow)).toEqual({
      message: 'Syntax Error: the document could not be parsed (it nests too deeply).',
      extensions: { code: 'GRAPHQL_PARSE_FAILED', requestId: undefined },
    });
  });

  it('/readyz answers 503 within its timeout while the database cannot answer, and recovers', async () => {
    const ready = async () => {
      const res = await fetch(`${app.url}/readyz`);
      return { status: res.status, body: await res.json() };
    };
    expect(await ready()).toEqual({ status: 200, body: { status: 'ready' } });

    // A database that hangs: the migrations table locked by another session. /readyz gives up after 2 s.
    const url = new URL(app.config.databaseUrl!);
    const locker = new Client({ connectionString: url.toString() });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table mikro_orm_migrations in access exclusive mode');
    expect(await ready()).toEqual({ status: 503, body: { status: 'database unreachable' } });
    await locker.query('rollback');
    await locker.end();
    expect(await ready()).toEqual({ status: 200, body: { status: 'ready' } });

    // A database that is gone: connections refused and the pool's own cut.
    const database = url.pathname.slice(1);
    const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
    await admin.connect();
    try {
      await admin.query(`alter database "${database}" allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
      expect(await ready()).toEqual({ status: 503, body: { status: 'database unreachable' } });
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200); // the process itself is fine
      await admin.query(`alter database "${database}" allow_connections true`);
      expect(await ready()).toEqual({ status: 200, body: { status: 'ready' } });
    } finally {
      await admin.query(`alter database "${database}" allow_connections true`);
      await admin.end();
    }
  });
});

describe('idempotency keys', () => {
  let app: TestApp;
  const REUSED = {
    code: 'IDEMPOTENCY_KEY_REUSED',
    message: 'This `idempotencyKey` was used before with a different request: use a new key for a new request.',
  };

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('replay the first result for the same request, and refuse the key with another payload', async () => {
    const police = await app.key(Role.LAW_ENFORCEMENT);
    const input = {
      cnic: '3520212345671', sections: ['ppc-376'], court: 'Sessions Court Lahore', caseNumber: 'FIR 7/2026', convictionDate: '2026-01-15',
      sentence: '10 years', district: 'PK617', idempotencyKey: 'reuse-1',
    };
    const first = await app.gql(RegisterConvictionDocument, { input }, police);
    const id = first.body.data!.registerConviction.conviction!.id;
    const again = await app.gql(RegisterConvictionDocument, { input: { ...input, cnic: '35202-1234567-1' } }, police); // the same CNIC, written otherwise
    expect(again.body.data!.registerConviction).toMatchObject({ conviction: { id }, userErrors: [] });
    const other = await app.gql(RegisterConvictionDocument, { input: { ...input, sentence: '2 years' } }, police);
    expect(other.body.data!.registerConviction).toMatchObject({ conviction: null, userErrors: [{ field: ['input', 'idempotencyKey'], ...REUSED }] });
    expect(await app.sql("select count(*)::int as n from conviction where case_number = 'FIR 7/2026'")).toEqual([{ n: 1 }]);

    const centre = await app.key(Role.REGISTRATION_CENTRE);
    const start = await app.gql(StartRegistrationDocument, { input: { cnic: '3520212345671', centreDistrict: 'PK617', idempotencyKey: 'visit-1' } }, centre);
    expect(start.body.data!.startRegistration.userErrors).toEqual([]);
    const elsewhere = await app.gql(StartRegistrationDocument, { input: { cnic: '3520212345671', centreDistrict: 'PK618', idempotencyKey: 'visit-1' } }, centre);
    expect(elsewhere.body.data!.startRegistration).toEqual({ registration: null, userErrors: [{ field: ['idempotencyKey'], ...REUSED }] });
  });
});
