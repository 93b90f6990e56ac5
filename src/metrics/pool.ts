import type { MikroORM } from '@mikro-orm/postgresql';
import { histogram, sampledGauge } from './registry';

/** What knex's pool (tarn) offers to watch, typed here so as not to depend on tarn's own types. */
interface Pool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  on(event: 'acquireRequest' | 'acquireFail', handler: (eventId: number) => void): void;
  on(event: 'acquireSuccess', handler: (eventId: number, resource: unknown) => void): void;
}

const acquire = histogram({
  name: 'tasdeeq_db_pool_acquire_seconds',
  help: 'Time to get a connection from the pool (including opening one), by pool.',
  labelNames: ['pool'],
  buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
});

function poolOf(orm: MikroORM): Pool {
  return (orm.em.getConnection().getKnex().client as { pool: Pool }).pool;
}

/**
 * Watches the ORMs' connection pools by name (`primary`, `replica`): connections used and free and requests
 * waiting, read when scraped and added up across the cluster; the time each connection took to get, as it happens.
 */
export function observePools(pools: Record<string, MikroORM>): void {
  const watched = Object.entries(pools).map(([name, orm]) => {
    const pool = poolOf(orm);
    const started = new Map<number, bigint>();
    pool.on('acquireRequest', (id) => started.set(id, process.hrtime.bigint()));
    pool.on('acquireFail', (id) => started.delete(id));
    pool.on('acquireSuccess', (id) => {
      const at = started.get(id);
      started.delete(id);
      if (at !== undefined) acquire.observe({ pool: name }, Number(process.hrtime.bigint() - at) / 1e9);
    });
    return { name, pool };
  });
  sampledGauge(
    {
      name: 'tasdeeq_db_pool_connections',
      help: 'Database connections of the API processes, by pool (primary, replica) and state (used, free).',
      labelNames: ['pool', 'state'],
      aggregator: 'sum',
    },
    async () =>
      watched.flatMap(({ name, pool }) => [
        { labels: { pool: name, state: 'used' }, value: pool.numUsed() },
        { labels: { pool: name, state: 'free' }, value: pool.numFree() },
      ]),
  );
  sampledGauge(
    {
      name: 'tasdeeq_db_pool_waiting',
      help: 'Requests for a database connection waiting because the pool is exhausted (or opening one), by pool.',
      labelNames: ['pool'],
      aggregator: 'sum',
    },
    async () => watched.map(({ name, pool }) => ({ labels: { pool: name }, value: pool.numPendingAcquires() })),
  );
}
