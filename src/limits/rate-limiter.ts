import type { EntityManager } from '@mikro-orm/postgresql';
import type Redis from 'ioredis';

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
  charge(key: string, cost: number, capacity: number, periodSeconds?: number): Promise<Charge>;
  close(): Promise<void>;
}

function outcome(allowed: boolean, tokens: number, cost: number, capacity: number, periodSeconds: number): Charge {
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
 * Buckets in PostgreSQL: one upsert per request. ON CONFLICT DO UPDATE locks the row and computes from its latest
 * version, so concurrent requests from several server processes share each client's budget exactly.
 */
export class PostgresRateLimiter implements RateLimiter {
  constructor(private readonly em: EntityManager) {}

  async charge(key: string, cost: number, capacity: number, periodSeconds = 60): Promise<Charge> {
    const refilled = 'least(?::float8, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * ?::float8)';
    const rate = [capacity, capacity / periodSeconds];
    const [row] = await this.em.fork().execute<{ tokens: number; admitted: boolean }[]>(
      `insert into rate_bucket as b (key, tokens, updated_at, admitted) values (?, ?::float8 - ?::float8, clock_timestamp(), true)
       on conflict (key) do update set
         admitted = ${refilled} >= ?::float8,
         tokens = ${refilled} - case when ${refilled} >= ?::float8 then ?::float8 else 0 end,
         updated_at = clock_timestamp()
       returning b.tokens, b.admitted`,
      [key, capacity, cost, ...rate, cost, ...rate, ...rate, cost, cost],
    );
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
  constructor(private readonly redis: Redis) {}

  async charge(key: string, cost: number, capacity: number, periodSeconds = 60): Promise<Charge> {
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
