import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { openDatabase } from './app/database';
import { takeOverShutdownSignals } from './db/embedded-postgres';
import { createServer, type Server } from './app/server';
import { assertPortAvailable, portProblem, PortUnavailableError } from './common/port';

/** start: config -> database (embedded or DATABASE_URL) -> migrate -> demo seed if empty -> listen. */
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
  try {
    await assertPortAvailable(config.host, config.port);
  } catch (error) {
    if (error instanceof PortUnavailableError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, logger);

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
  if (db.embedded) await takeOverShutdownSignals();

  let server: Server | undefined;
  try {
    server = await createServer(db, config, logger);
    const url = await server.listen();
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
