import 'reflect-metadata';
import path from 'node:path';
import { Client } from 'pg';
import { ConfigError, loadConfig, type Config } from '../config';
import { createLogger } from '../logger';
import { openDatabase, type Database } from '../app/database';
import { startEmbeddedPostgres, takeOverShutdownSignals, type EmbeddedDatabase } from '../db/embedded-postgres';
import { createServer, type Server } from '../app/server';
import { Role } from '../auth/role';
import { resetSandboxDatabase, SandboxRefusal, SANDBOX_MARK } from '../sandbox/sandbox-database';
import { seedSandbox, type SandboxSeed } from '../sandbox/sandbox.seed';
import { assertPortAvailable, portProblem, PortUnavailableError } from '../common/port';
import { mentionsRateLimitedCnic } from '../sandbox/families';

const SANDBOX_DATABASE = 'tasdeeq_sandbox';

/** `npm run sandbox`: a development server on a deterministic registry, rebuilt from scratch at every start. */
async function main(): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    process.stderr.write('The sandbox refuses to start with NODE_ENV=production: it publishes its API keys and resets its database.\n');
    process.exit(2);
  }
  let config: Config;
  try {
    config = loadConfig({
      // Integration suites look up many CNICs, many of them absent and in sequence: keep the detectors out of the way.
      ENUMERATION_NOT_FOUND_MIN_LOOKUPS: '1000000',
      ENUMERATION_SEQUENTIAL_MAX: '1000000',
      ENUMERATION_ODD_HOUR_MAX: '1000000',
      ENUMERATION_UNKNOWN_PER_HOUR: '1000000',
      ENUMERATION_UNKNOWN_PER_DAY: '1000000',
      ENUMERATION_UNKNOWN_PER_WEEK: '1000000',
      IDENTITY_DETAIL_GUESSES_MAX: '1000000',
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      SANDBOX: 'true',
      // Its own folder: never npm start's .data/ (nor a DATA_DIR set for it).
      DATA_DIR: process.env.SANDBOX_DATA_DIR ?? '.sandbox-data',
      DEMO_DATA: 'true',
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  try {
    // Before the sandbox drops and rebuilds its database, not after.
    await assertPortAvailable(config.host, config.port);
  } catch (error) {
    if (error instanceof PortUnavailableError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  let embedded: EmbeddedDatabase | null = null;
  let db: Database | undefined;
  let server: Server | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    try {
      await server?.close();
      await db?.close();
      await embedded?.stop();
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      code = 1;
    }
    process.exit(code);
  };
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGINT', () => void shutdown(0));

  try {
    let url: string;
    if (config.databaseUrl) {
      await resetSandboxDatabase(config.databaseUrl);
      url = config.databaseUrl;
    } else {
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'postgres', port: config.pgPort, logger });
      await takeOverShutdownSignals();
      const admin = new Client({ connectionString: embedded.url });
      await admin.connect();
      try {
        await admin.query(`drop database if exists ${SANDBOX_DATABASE} with (force)`);
        await admin.query(`create database ${SANDBOX_DATABASE}`);
        await admin.query(`comment on database ${SANDBOX_DATABASE} is ${admin.escapeLiteral(SANDBOX_MARK)}`);
      } finally {
        await admin.end();
      }
      const u = new URL(embedded.url);
      u.pathname = `/${SANDBOX_DATABASE}`;
      url = u.toString();
    }
    let seeded: SandboxSeed | undefined;
    // The sandbox's database is its own, recreated at every start: no replica of it exists.
    db = await openDatabase({ ...config, databaseUrl: url, loadDemoData: true, scaleOut: { ...config.scaleOut, replicaUrl: undefined } }, logger, {
      asOwner: async (owner) => {
        seeded = await seedSandbox(owner.em.fork());
      },
    });
    if (!seeded) throw new Error('The sandbox was not seeded.');
    const published = seeded;
    server = await createServer(db, config, logger, { alwaysLimited: mentionsRateLimitedCnic });
    const base = await server.listen();
    logger.info({ url: `${base}/graphql`, citizens: published.citizens, households: published.households }, 'Tasdeeq sandbox is listening');
    const width = Math.max(...Object.values(Role).map((r) => r.length));
    process.stdout.write(
      `\nTasdeeq sandbox is serving ${base}/graphql (open it in a browser for the explorer)\n` +
        `Database: ${embedded ? `embedded, ${path.relative(process.cwd(), config.dataDir) || '.'}/ (recreated at every start)` : 'DATABASE_URL (reset at every start)'}\n` +
        'Published keys (sandbox only; send `Authorization: ApiKey <key>`):\n' +
        Object.entries(published.keys)
          .map(([role, key]) => `  ${role.padEnd(width)}  ${key}\n`)
          .join('') +
        'CNIC patterns and their answers: docs/integrators.md, "Sandbox".\n\n',
    );
  } catch (error) {
    const problem = error instanceof SandboxRefusal ? error.message : portProblem(error, config.host, config.port);
    if (problem) process.stderr.write(`${problem}\n`);
    else logger.error({ err: error }, 'sandbox start-up failed');
    await shutdown(problem ? 2 : 1);
  }
}

void main();
