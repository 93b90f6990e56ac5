import type { EntityManager } from '@mikro-orm/postgresql';
import type Redis from 'ioredis';
import { sqlFunction } from '../db/raw-query';

export interface Charge {
  allowed: boolean;
  /** Points left after this request (or now, when refused). */
  remaining: number;
  /** When the bucket will be full again. */
  resetAt: Date;
  /** When refused: seconds until `cost` points are available. */
  retryAfterSeconds: number;
}

/**
 * A token bucket per key: `capacity` points, refilled continuously at capacity per `periodSeconds` (a minute for
 * client budgets; an hour for the SMS per-number limit).
 */
export interface RateLimiter {
  /**
   * `scope` is the caller's sealed scope (src/db/scope-seal.ts): in PostgreSQL a client's bucket is the scope's own,
   * with the scope's capacity, whatever `key` and `capacity` say.
   */
  charge(scope: string, key: string, cost: number, capacity: number, periodSeconds?: number): Promise<Charge>;
  /** Buckets in the database, so a statement can charge its own cost (rate_bucket_charge) in the same call. */
  readonly inDatabase: boolean;
  close(): Promise<void>;
}

export function outcome(allowed: boolean, tokens: number, cost: number, capacity: number, periodSeconds: number): Charge {
  const perSecond = capacity / periodSeconds;
  const remaining = Math.max(0, Math.floor(tokens));
  return {
    allowed,
    remaining,
    resetAt: new Date(Date.now() + ((capacity - tokens) / perSecond) * 1000),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((cost - tokens) / perSecond)),
  };
}

/** What the limiter answers when a bucket is empty: refused, nothing left, retry when `cost` points have refilled. */
export function refusedCharge(cost: number, capacity: number, periodSeconds = 60): Charge {
  return outcome(false, 0, cost, capacity, periodSeconds);
}

/**
 * Buckets in PostgreSQL: one call of rate_bucket_charge() per request (an upsert, committed asynchronously; see its
 * migration). ON CONFLICT DO UPDATE locks the row and computes from its latest version, so concurrent requests from
 * several server processes share each client's budget exactly.
 */
const rateBucketCharge = sqlFunction<
  { scope: string; key: string; capacity: number; cost: number; rate: number },
  { tokens: number; admitted: boolean }
>('rate_bucket_charge', { scope: 'text', key: 'text', capacity: 'float8', cost: 'float8', rate: 'float8' });

export class PostgresRateLimiter implements RateLimiter {
  readonly inDatabase = true;

  constructor(private readonly em: EntityManager) {}

  async charge(scope: string, key: string, cost: number, capacity: number, periodSeconds = 60): Promise<Charge> {
    const [row] = await rateBucketCharge(this.em, { scope, key, capacity, cost, rate: capacity / periodSeconds });
    return outcome(row.admitted, Number(row.tokens), cost, capacity, periodSeconds);
  }

  async close(): Promise<void> {}
}

// KEYS[1] bucket; ARGV: capacity, cost, now (ms), period (s). Atomic in Redis, so shared correctly across processes.
const REDIS_SCRIPT = `
local capacity = tonumber(ARGV[1])
local cost = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local period = tonumber(ARGV[4])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + (now - at) / 1000 * capacity / period)
local allowed = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], period * 2000)
return { allowed, tostring(tokens) }
`;

export class RedisRateLimiter implements RateLimiter {
  readonly inDatabase = false;

  constructor(private readonly redis: Redis) {}

  async charge(_scope: string, key: string, cost: number, capacity: number, periodSeconds = 60): Promise<Charge> {
    const [allowed, tokens] = (await this.redis.eval(
      REDIS_SCRIPT,
      1,
      `tasdeeq:bucket:${key}`,
      capacity,
      cost,
      Date.now(),
      periodSeconds,
    )) as [number, string];
    return outcome(allowed === 1, Number(tokens), cost, capacity, periodSeconds);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
