import 'reflect-metadata';
import cluster from 'node:cluster';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { openDatabase } from './app/database';
import { takeOverShutdownSignals } from './db/embedded-postgres';
import { createServer, type Server } from './app/server';
import { runCluster, type WorkerMessage } from './app/cluster';
import { answerClusterMetrics } from './metrics/cluster';
import { assertPortAvailable, portProblem, PortUnavailableError } from './common/port';

/**
 * start: config -> database (embedded or DATABASE_URL) -> migrate -> demo seed if empty -> listen. With WORKERS=N
 * (N > 1) this process becomes the cluster's primary (src/app/cluster.ts) and each worker runs this file again.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  if (cluster.isPrimary) {
    try {
      await assertPortAvailable(config.host, config.port);
    } catch (error) {
      if (error instanceof PortUnavailableError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(2);
      }
      throw error;
    }
  }
  const logger = createLogger(config.logLevel);
  if (cluster.isPrimary && config.scaleOut.workers > 1) return runCluster(config, logger);
  return serve(config, cluster.isWorker ? logger.child({ worker: Number(process.env.TASDEEQ_WORKER_SLOT) }) : logger);
}

/** One API process: alone (WORKERS=1), or one worker of a cluster, whose primary prepared the database. */
async function serve(config: Config, logger: Logger): Promise<void> {
  const worker = cluster.isWorker;
  if (worker) answerClusterMetrics();
  const db = await openDatabase(config, logger, { prepared: worker && process.env.TASDEEQ_DATABASE_PREPARED === 'true' });

  let shuttingDown = false;
  const shutdown = async (signal: string, code = 0) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: draining requests');
    try {
      await server?.close();
      await db.close();
      logger.info('stopped');
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      code = 1;
    }
    process.exit(code);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // The cluster's primary holds the port: a worker whose primary is gone (killed outright) gets no more connections.
  if (worker) process.on('disconnect', () => void shutdown('cluster primary gone'));
  if (db.embedded) await takeOverShutdownSignals();

  let server: Server | undefined;
  try {
    server = await createServer(db, config, logger);
    const url = await server.listen();
    if (worker) {
      process.send?.({ type: 'tasdeeq:worker:listening', url } satisfies WorkerMessage);
      return;
    }
    logger.info({ url: `${url}/graphql`, database: db.embedded ? 'embedded' : 'DATABASE_URL' }, 'Tasdeeq is listening');
    if (config.nodeEnv !== 'production') {
      process.stdout.write(
        `\nTasdeeq is serving ${url}/graphql\n` +
          'Create an API key in another terminal, then query:\n' +
          '  npm run keys -- create --role EMPLOYER --name "Acme HR"\n' +
          '  (see README.md, "First query")\n\n',
      );
    }
  } catch (error) {
    // The port was free when checked, before the database started, and taken since.
    const problem = portProblem(error, config.host, config.port);
    if (problem) process.stderr.write(`${problem}\n`);
    else logger.error({ err: error }, 'start-up failed');
    await shutdown('startup-failure', problem ? 2 : 1);
  }
}

void main();
