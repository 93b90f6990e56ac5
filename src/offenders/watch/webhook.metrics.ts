import type { MikroORM } from '@mikro-orm/postgresql';
import { counter, sampledGauge } from '../../metrics/registry';
import { nationalScope, scope } from '../../db/jurisdiction-scope';

/** Each delivery attempt's outcome: `delivered`, `retry` (failed, will be tried again) or `failed` (gave up). */
export const webhookAttempts = counter({
  name: 'tasdeeq_webhook_attempts_total',
  help: 'Webhook delivery attempts by outcome: delivered, retry (failed, to be tried again), failed (attempts exhausted).',
  labelNames: ['outcome'],
});

/** The outbox as the database holds it, read when scraped: the same in every process (the cluster shows the largest). */
/** `systemScope`: the server's own national scope (deliveries are every client's; row-level security binds them). */
export function observeOutbox(orm: MikroORM, systemScope: () => string): void {
  // Both gauges come from one query: a scrape collects every gauge at once, so the second shares the first's reading
  // (never a later scrape: a reading is reused only within 100 ms of being asked for).
  let reading: { at: number; rows: Promise<{ pending: number; failed: number; overdue: number | null }> } | null = null;
  const read = () => {
    if (!reading || Date.now() - reading.at > 100) {
      reading = {
        at: Date.now(),
        rows: scope(orm.em.fork(), nationalScope(systemScope()))
          .transactional((em) =>
            em.execute<{ pending: number; failed: number; overdue: number | null }[]>(
              `select count(*) filter (where status = 'PENDING')::int as pending, count(*) filter (where status = 'FAILED')::int as failed,
                 extract(epoch from now() - min(next_attempt_at) filter (where status = 'PENDING' and next_attempt_at <= now()))::float8 as overdue
               from webhook_delivery`,
            ),
          )
          .then(([row]) => row),
      };
    }
    return reading.rows;
  };
  sampledGauge(
    {
      name: 'tasdeeq_webhook_outbox',
      help: 'Webhook notifications in the outbox by status: pending (not yet delivered, due or waiting to retry), failed.',
      labelNames: ['status'],
    },
    async () => {
      const r = await read();
      return [
        { labels: { status: 'pending' }, value: r.pending },
        { labels: { status: 'failed' }, value: r.failed },
      ];
    },
  );
  sampledGauge(
    {
      name: 'tasdeeq_webhook_outbox_overdue_seconds',
      help: 'How long the oldest due notification has waited for its delivery (0 when none is due).',
    },
    async () => [{ labels: {}, value: (await read()).overdue ?? 0 }],
  );
}
