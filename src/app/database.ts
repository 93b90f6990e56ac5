import { MikroORM } from '@mikro-orm/postgresql';
import { APP_ROLE, ormConfig } from './orm.config';
import { isAlive, readRuntime, startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres';
import { loadReferenceData } from '../jurisdictions/reference-data';
import { seedDemoData } from '../demo/demo.seed';
import type { Config } from '../config';
import type { Logger } from '../logger';

export interface Database {
  orm: MikroORM;
  /** The streaming replica (DATABASE_REPLICA_URL), logged in as the primary's pool is; null when not configured. */
  replica: MikroORM | null;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * Another process (the cluster's primary, src/app/cluster.ts) has migrated and seeded the database already: only
   * connect. Migrating from every worker at once would race.
   */
  prepared?: boolean;
}

/** Whether the connecting role may act as the unprivileged application role (created by a migration). */
async function canActAsAppRole(orm: MikroORM): Promise<boolean> {
  const [row] = await orm.em.getConnection().execute<{ ok: boolean }[]>(
    `select case when exists (select 1 from pg_roles where rolname = ?) then pg_has_role(current_user, ?, 'MEMBER') else false end as ok`,
    [APP_ROLE, APP_ROLE],
  );
  return row.ok;
}

/**
 * Connects (starting the embedded PostgreSQL when DATABASE_URL is unset); as the owner: migrates, loads reference
 * data and (outside production, into an empty registry) the demo set; then serves through a pool that acts as the
 * unprivileged application role, so row-level security and the audit log's privileges apply to request code.
 */
export async function openDatabase(config: Config, logger: Logger, options: OpenOptions = {}): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'tasdeeq', port: config.pgPort, logger });
  const url = config.databaseUrl ?? embedded!.url;
  try {
    const owner = await MikroORM.init(ormConfig(url, { logger }));
    let appRole: boolean;
    try {
      if (!options.prepared) {
        const applied = await owner.getMigrator().up();
        if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
        logger.debug(await loadReferenceData(owner.em.fork()), 'reference data loaded');
        if (config.loadDemoData) {
          const seeded = await seedDemoData(owner.em.fork());
          if (seeded) logger.info(seeded, 'loaded demo data into the empty database');
        }
      }
      appRole = await canActAsAppRole(owner);
    } finally {
      await owner.close(true);
    }
    if (!appRole) {
      logger.warn(`cannot act as ${APP_ROLE}: serving as the connecting role (row-level security is not enforced on it)`);
    }
    // The replica is opened exactly as the primary's serving pool is, so it logs in and acts as the same role; it
    // connects on first use, so a replica that is down at start-up only sends reads to the primary (src/db/replica.ts).
    const serving = (clientUrl: string, connect = true) => MikroORM.init({ ...ormConfig(clientUrl, { logger, appRole }), connect });
    const orm = await serving(url);
    const replica = config.scaleOut.replicaUrl ? await serving(config.scaleOut.replicaUrl, false) : null;
    return {
      orm,
      replica,
      embedded,
      async close() {
        await replica?.close(true);
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/**
 * For command-line tools: use DATABASE_URL; else the embedded database of a running `npm start`; else start the
 * embedded database just for this command (and stop it after).
 */
export async function openDatabaseForTool(config: Config, logger: Logger): Promise<Database> {
  const runtime = config.databaseUrl ? null : readRuntime(config.dataDir);
  if (runtime && isAlive(runtime.ownerPid)) {
    const orm = await MikroORM.init(
      ormConfig(`postgres://postgres:${encodeURIComponent(runtime.password)}@127.0.0.1:${runtime.port}/tasdeeq`, { logger }),
    );
    return { orm, replica: null, embedded: null, close: () => orm.close(true) };
  }
  return openDatabase({ ...config, loadDemoData: false }, logger);
}
