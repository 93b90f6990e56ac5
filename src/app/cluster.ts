import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { takeOverShutdownSignals } from '../db/embedded-postgres';
import { serveClusterMetrics } from '../metrics/cluster';
import { openDatabase } from './database';

/**
 * `WORKERS=N` (N > 1): N API processes on one port, with node:cluster (built into Node: no daemon or dependency to
 * add, and prom-client's AggregatorRegistry is made for it). This process, the cluster's primary, serves nothing: it
 * prepares the database once (migrations, reference and demo data; the embedded PostgreSQL when DATABASE_URL is
 * unset), starts the workers, replaces one that exits while the cluster is up, answers `/metrics` scrapes with every
 * worker's figures, and on SIGTERM/SIGINT lets every worker drain before it stops the database. The OS shares the
 * port's connections among the workers (round-robin on Linux, node:cluster's default there).
 *
 * Each worker is `main.js` again (src/main.ts sees `cluster.isWorker`): it connects without migrating and serves
 * until told to stop. Workers hold nothing another could need: budgets, tallies, suspensions, idempotency keys and
 * the API-key cache's invalidation all live in PostgreSQL, and the background workers claim their rows with
 * FOR UPDATE SKIP LOCKED, so N processes deliver each webhook and re-score each chunk once.
 */

/** Messages a worker sends its primary (besides /metrics'). */
export type WorkerMessage = { type: 'tasdeeq:worker:listening'; url: string };

function isWorkerMessage(value: unknown): value is WorkerMessage {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'tasdeeq:worker:listening';
}

/** A worker that fails this soon after it started, before listening, stops the cluster: it would fail again. */
const RESTART_DELAY_MS = 1_000;

export async function runCluster(config: Config, logger: Logger): Promise<void> {
  const count = config.scaleOut.workers;
  const db = await openDatabase(config, logger);
  // The primary reads nothing itself: only the embedded server (if any) stays up here.
  await db.replica?.close(true);
  await db.orm.close(true);
  const databaseUrl = config.databaseUrl ?? db.embedded!.url;
  if (db.embedded) await takeOverShutdownSignals();

  const slots = new Map<Worker, number>();
  const listening = new Set<Worker>();
  let shuttingDown = false;
  let announced = false;

  serveClusterMetrics((w) => String(slots.get(w) ?? 0));
  cluster.setupPrimary({ exec: process.argv[1], args: process.argv.slice(2) });

  const fork = (slot: number) => {
    const worker = cluster.fork({
      DATABASE_URL: databaseUrl,
      TASDEEQ_DATABASE_PREPARED: 'true',
      TASDEEQ_WORKER_SLOT: String(slot),
    });
    slots.set(worker, slot);
    worker.on('message', (message: unknown) => {
      if (!isWorkerMessage(message)) return;
      listening.add(worker);
      logger.info({ worker: slot, pid: worker.process.pid }, 'worker listening');
      if (!announced && listening.size === count) {
        announced = true;
        logger.info({ url: `${message.url}/graphql`, workers: count, database: db.embedded ? 'embedded' : 'DATABASE_URL' }, 'Tasdeeq is listening');
        if (config.nodeEnv !== 'production') {
          process.stdout.write(
            `\nTasdeeq is serving ${message.url}/graphql with ${count} workers\n` +
              'Create an API key in another terminal, then query:\n' +
              '  npm run keys -- create --role EMPLOYER --name "Acme HR"\n' +
              '  (see README.md, "First query")\n\n',
          );
        }
      }
    });
  };

  const stopped = new Promise<number>((resolve) => {
    cluster.on('exit', (worker, code, signal) => {
      const slot = slots.get(worker) ?? 0;
      const wasListening = listening.delete(worker);
      slots.delete(worker);
      if (shuttingDown) {
        if (!slots.size) resolve(0);
        return;
      }
      if (!wasListening) {
        logger.error({ worker: slot, code, signal }, 'a worker failed to start: stopping the cluster');
        void shutdown('worker-startup-failure', 1);
        return;
      }
      // A worker drained by SIGTERM (a rolling restart) or one that crashed: either way the cluster stays N strong.
      logger[code === 0 ? 'info' : 'error']({ worker: slot, code, signal }, 'worker exited: starting its replacement');
      setTimeout(() => {
        if (!shuttingDown) fork(slot);
      }, code === 0 ? 0 : RESTART_DELAY_MS);
    });
  });

  let exitCode = 0;
  const shutdown = async (reason: string, code = 0) => {
    if (shuttingDown) return;
    shuttingDown = true;
    exitCode = code;
    logger.info({ reason }, 'shutting down: every worker drains its requests');
    if (!slots.size) return finish();
    for (const worker of slots.keys()) worker.process.kill('SIGTERM');
  };
  const finish = async () => {
    try {
      await db.embedded?.stop();
      logger.info('stopped');
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      exitCode = 1;
    }
    process.exit(exitCode);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  for (let slot = 1; slot <= count; slot++) fork(slot);
  await stopped;
  await finish();
}
