import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import Redis from 'ioredis';
import { startTestApp, type TestApp } from './helpers/app';
import { AuditEventsDocument, CitizenDocument } from './generated/graphql';
import { DisclosurePolicy, Role } from '../src/auth/role';
import { NATIONAL } from '../src/jurisdictions/jurisdiction';
import { ormConfig } from '../src/app/orm.config';
import { PostgresRateLimiter, RedisRateLimiter, type RateLimiter } from '../src/limits/rate-limiter';
import { ApiKeysService } from '../src/auth/api-keys.service';

const LAHORE = { cnic: '35202-1234567-1', purpose: 'WELFARE_ADMINISTRATION' as const };

describe('query cost and budgets', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { QUERY_COST_LIMIT: '50' } });
  });
  afterAll(() => app.close());

  it('reports the cost and the budget on every response', async () => {
    const key = await app.key(Role.WELFARE_OFFICER, { budgetPerMinute: 600 });
    const res = await app.gql(CitizenDocument, LAHORE, key);
    expect(res.body.errors).toBeUndefined();
    const cost = res.body.extensions!.cost as Record<string, unknown>;
    // citizen 1 + name 1 + relativeName 1 + district (1 + name 1); leaves are free.
    expect(cost).toMatchObject({ requested: 5, limit: 600, remaining: 595 });
    expect(Date.parse(cost.resetAt as string)).toBeGreaterThan(Date.now());
  });

  it('prices connections by page size and refuses an over-limit query before running it', async () => {
    const auditor = await app.key(Role.AUDITOR, { name: 'cost auditor' });
    const small = await app.gql(AuditEventsDocument, { first: 2 }, auditor);
    // auditEvents 1 + 2 x (edges 1 + node 1 + pageInfo 1)
    expect((small.body.extensions!.cost as { requested: number }).requested).toBe(7);
    const big = await app.gql(AuditEventsDocument, { first: 100 }, auditor);
    expect(big.status).toBe(400);
    expect(big.body.errors).toEqual([
      {
        message: 'This query costs 301 points; the limit per query is 50. Ask for fewer items per page or per batch.',
        extensions: { code: 'QUERY_TOO_COMPLEX', cost: 301, limit: 50, requestId: big.headers.get('x-request-id') },
      },
    ]);
  });

  it('stops parsing a document with too many tokens', async () => {
    const res = await app.gql(`{ ${'__typename '.repeat(6000)} }`, undefined, await app.key(Role.WELFARE_OFFICER));
    expect(res.status).toBe(400);
    expect(res.body.errors![0]).toMatchObject({
      message: 'Syntax Error: Document contains more that 5000 tokens. Parsing aborted.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('answers 429 RATE_LIMITED with Retry-After once the budget is spent, and does not run the query', async () => {
    const key = await app.key(Role.WELFARE_OFFICER, { budgetPerMinute: 6 }); // refills 0.1 point/s
    const first = await app.gql(CitizenDocument, LAHORE, key);
    expect(first.body.extensions!.cost).toMatchObject({ requested: 5, limit: 6, remaining: 1 });
    const [{ count: before }] = await app.sql<{ count: string }>('select count(*) from audit_event');
    const second = await app.gql(CitizenDocument, LAHORE, key);
    expect(second.status).toBe(429);
    const retryAfter = Number(second.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(39);
    expect(retryAfter).toBeLessThanOrEqual(40);
    expect(second.body.errors).toEqual([
      {
        message: `Your client's query budget is spent; retry in ${retryAfter} s. Budgets refill continuously.`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, requestId: second.headers.get('x-request-id') },
      },
    ]);
    expect(second.body.extensions!.cost).toMatchObject({ requested: 5, limit: 6, remaining: 1 });
    const [{ count: after }] = await app.sql<{ count: string }>('select count(*) from audit_event');
    expect(after).toBe(before);
  });

  it('keeps budgets per client', async () => {
    const spent = await app.key(Role.WELFARE_OFFICER, { budgetPerMinute: 6 });
    await app.gql(CitizenDocument, LAHORE, spent);
    expect((await app.gql(CitizenDocument, LAHORE, spent)).status).toBe(429);
    const other = await app.key(Role.WELFARE_OFFICER, { budgetPerMinute: 6 });
    expect((await app.gql(CitizenDocument, LAHORE, other)).status).toBe(200);
  });
});

describe('shape limits', () => {
  let shallow: TestApp;
  beforeAll(async () => {
    shallow = await startTestApp({ demoData: false, env: { QUERY_MAX_DEPTH: '3', QUERY_MAX_ALIASES: '5' } });
  });
  afterAll(() => shallow.close());

  it('refuses a query deeper than the limit', async () => {
    const res = await shallow.gql('{ citizen(cnic: "3520212345671", purpose: WELFARE_ADMINISTRATION) { district { name { latin } } } }', undefined, await shallow.key(Role.WELFARE_OFFICER));
    expect(res.status).toBe(400);
    expect(res.body.errors![0]).toMatchObject({ message: 'Syntax Error: Query depth limit of 3 exceeded, found 4.', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 3 } });
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: node(id: "x") { id }`).join(' ');
    const res = await shallow.gql(`{ ${aliases} }`, undefined, await shallow.key(Role.WELFARE_OFFICER));
    expect(res.body.errors![0]).toMatchObject({ message: 'Syntax Error: Aliases limit of 5 exceeded, found 6.', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 5 } });
  });

});

async function admittedOf(limiters: RateLimiter[], key: string, attempts: number, scope = ''): Promise<number> {
  const charges = await Promise.all(Array.from({ length: attempts }, (_, i) => limiters[i % limiters.length].charge(scope, key, 1, 20)));
  return charges.filter((c) => c.allowed).length;
}

describe('shared budgets', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demoData: false });
  });
  afterAll(() => app.close());

  it('PostgreSQL buckets admit exactly the budget across two connection pools (two processes)', async () => {
    const second = await MikroORM.init(ormConfig(app.config.databaseUrl!));
    try {
      const limiters = [new PostgresRateLimiter(app.orm.em), new PostgresRateLimiter(second.em)];
      // In PostgreSQL a client's bucket and its capacity are its sealed scope's (20 points a minute here).
      const clientId = '00000000-0000-4000-8000-000000000020';
      const scope = app.seal(
        { actorKind: 'API_KEY', actorId: 'shared', clientId, clientName: 'shared', role: Role.EMPLOYER, jurisdiction: NATIONAL, disclosure: DisclosurePolicy.MATCH_ONLY, budgetPerMinute: 20 },
        null,
      );
      expect(await admittedOf(limiters, `client:${clientId}`, 60, scope)).toBe(20);
    } finally {
      await second.close(true);
    }
  });

  it('Redis buckets do the same (REDIS_URL, or Redis on 127.0.0.1:6379)', async () => {
    const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    const reachable = await probe.connect().then(() => true, () => false);
    probe.disconnect();
    if (!reachable) {
      console.warn(`Redis not reachable at ${url}: the Redis bucket test did not run.`);
      return;
    }
    const clients = [new Redis(url), new Redis(url)];
    const key = `shared-test-${Date.now()}`;
    try {
      expect(await admittedOf(clients.map((c) => new RedisRateLimiter(c)), key, 60)).toBe(20);
    } finally {
      await clients[0].del(`tasdeeq:bucket:${key}`);
      await Promise.all(clients.map((c) => c.quit()));
    }
  });
});

describe('key rotation', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('issues a new key and keeps the old one working through the overlap window', async () => {
    const old = await app.key(Role.WELFARE_OFFICER, { name: 'rotating client' });
    const keys = new ApiKeysService();
    const rotated = await keys.rotate(app.ownerOrm.em.fork(), old.split('_')[1], 24);
    expect(rotated).not.toBeNull();
    expect((await app.gql(CitizenDocument, LAHORE, old)).status).toBe(200);
    expect((await app.gql(CitizenDocument, LAHORE, rotated!.key)).status).toBe(200);
    const [client] = await app.sql<{ n: string }>(
      "select count(distinct client_id) n from api_key where client_id = (select id from api_client where name = 'rotating client')",
    );
    expect(client.n).toBe('1');

    const again = await keys.rotate(app.ownerOrm.em.fork(), rotated!.prefix, 0);
    const refused = await app.gql(CitizenDocument, LAHORE, rotated!.key);
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0].message).toBe('This API key has expired (it was rotated); use its replacement.');
    expect((await app.gql(CitizenDocument, LAHORE, again!.key)).status).toBe(200);
  });
});
