import type { MikroORM } from '@mikro-orm/postgresql';
import { counter, sampledGauge } from '../metrics/registry';

export const rescoreChunks = counter({
  name: 'tasdeeq_rescore_chunks_total',
  help: 'Re-score chunks committed by this process (households per chunk: the worker\'s chunk size).',
});

/** Running re-score jobs and their progress, as the database holds them, read when scraped. */
export function observeRescore(orm: MikroORM): void {
  sampledGauge(
    {
      name: 'tasdeeq_rescore_households',
      help: 'Households of running re-score jobs: processed so far, and total to do.',
      labelNames: ['state'],
    },
    async () => {
      const [row] = await orm.em
        .fork()
        .getConnection()
        .execute<{ processed: number; total: number }[]>(
          `select coalesce(sum(processed), 0)::int as processed, coalesce(sum(total), 0)::int as total from rescore_job where status = 'RUNNING'`,
        );
      return [
        { labels: { state: 'processed' }, value: row.processed },
        { labels: { state: 'total' }, value: row.total },
      ];
    },
  );
}
