import Redis from 'ioredis';
import { startTestApp, type TestApp } from './helpers/app';
import { PostgresRateLimiter, RedisRateLimiter, type RateLimiter } from '../src/limits/rate-limiter';
import { DisclosurePolicy, Role } from '../src/auth/role';
import { NATIONAL } from '../src/jurisdictions/jurisdiction';

/** The SMS per-number limit is the clients' token bucket with an hour's refill period. */
async function hourly(limiter: RateLimiter, key: string, scope = ''): Promise<{ admitted: number; retryAfterSeconds: number }> {
  const charges = [];
  for (let i = 0; i < 4; i++) charges.push(await limiter.charge(scope, key, 1, 3, 3600));
  return { admitted: charges.filter((c) => c.allowed).length, retryAfterSeconds: charges[3].retryAfterSeconds };
}

describe('rate limiter with a refill period (SMS per-number limit)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demoData: false });
  });
  afterAll(() => app.close());

  it('PostgreSQL: 3 per hour admits 3, then asks for about 20 minutes', async () => {
    // Per-number buckets are the SMS gateway's to charge (its sealed scope says so).
    const gateway = app.seal(
      { actorKind: 'API_KEY', actorId: 'gw', clientId: null, clientName: 'gateway', role: Role.SMS_GATEWAY, jurisdiction: NATIONAL, disclosure: DisclosurePolicy.MATCH_ONLY, budgetPerMinute: 1 },
      null,
    );
    const result = await hourly(new PostgresRateLimiter(app.orm.em), 'sms:period-test', gateway);
    expect(result.admitted).toBe(3);
    expect(result.retryAfterSeconds).toBeGreaterThan(1190);
    expect(result.retryAfterSeconds).toBeLessThanOrEqual(1200);
  });

  it('Redis: the same, and the bucket lives for two periods', async () => {
    const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    const reachable = await probe.connect().then(() => true, () => false);
    probe.disconnect();
    if (!reachable) {
      console.warn(`Redis not reachable at ${url}: the Redis period test did not run.`);
      return;
    }
    const redis = new Redis(url);
    const key = `sms:period-test-${Date.now()}`;
    try {
      const result = await hourly(new RedisRateLimiter(redis), key);
      expect(result.admitted).toBe(3);
      expect(result.retryAfterSeconds).toBeGreaterThan(1190);
      expect(await redis.pttl(`tasdeeq:bucket:${key}`)).toBeGreaterThan(7_000_000);
    } finally {
      await redis.del(`tasdeeq:bucket:${key}`);
      await redis.quit();
    }
  });
});
