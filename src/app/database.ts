import { createHmac } from 'node:crypto';
import { applyAuditRetention } from '../audit/partitions';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { APP_ROLE, ormConfig } from './orm.config';
import { isAlive, readRuntime, startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres';
import { loadReferenceData } from '../jurisdictions/reference-data';
import { seedDemoData } from '../demo/demo.seed';
import type { Config } from '../config';
import type { Logger } from '../logger';

export interface Database {
  /** The application's pool: it logs in as `tasdeeq_app`, which owns nothing and cannot become the owner. */
  orm: MikroORM;
  /** The key that seals request scopes (src/db/scope-seal.ts), read by the owner; the app role cannot read it. */
  sealKey: Buffer;
  /** The streaming replica (DATABASE_REPLICA_URL), logged in as the primary's pool is; null when not configured. */
  replica: MikroORM | null;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** A pool that logs in as the schema's owner: migrations, the keys CLI, seeding. */
export interface OwnerDatabase {
  orm: MikroORM;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/**
 * The app role's login: DATABASE_APP_URL when set (the operator manages that role and its password), else the
 * owner's URL with the user `tasdeeq_app` and a password derived from CNIC_HMAC_KEY, which the owner sets at start-up.
 */
export function appLoginUrl(ownerUrl: string, config: Pick<Config, 'databaseAppUrl' | 'cnicHmacKey'>): string {
  if (config.databaseAppUrl) return config.databaseAppUrl;
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = appPassword(config.cnicHmacKey);
  return url.toString();
}

/**
 * The replica's login: the app role's user and password (roles replicate with the cluster) at the replica's host,
 * port and database.
 */
export function replicaLoginUrl(replicaUrl: string, ownerUrl: string, config: Pick<Config, 'databaseAppUrl' | 'cnicHmacKey'>): string {
  const app = new URL(appLoginUrl(ownerUrl, config));
  const url = new URL(replicaUrl);
  url.username = app.username;
  url.password = app.password;
  return url.toString();
}

function appPassword(cnicHmacKey: string): string {
  return createHmac('sha256', cnicHmacKey).update('tasdeeq_app database login').digest('base64url');
}

async function canLogIn(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * As the owner: makes sure the app role can log in (setting its derived password when it cannot), and reads the seal
 * key. Fails with what to do when neither DATABASE_APP_URL nor the owner's CREATEROLE make a login possible: the API
 * never serves as the owner.
 */
export async function prepareAppLogin(owner: MikroORM, ownerUrl: string, config: Pick<Config, 'databaseAppUrl' | 'cnicHmacKey'>): Promise<{ url: string; sealKey: Buffer }> {
  const url = appLoginUrl(ownerUrl, config);
  if (!(await canLogIn(url))) {
    if (config.databaseAppUrl) throw new Error('Cannot log in with DATABASE_APP_URL: check its user (the tasdeeq_app role) and password.');
    try {
      await owner.em.getConnection().execute(`alter role ${APP_ROLE} with login password '${appPassword(config.cnicHmacKey)}'`);
    } catch (error) {
      throw new Error(
        `The owner (DATABASE_URL) cannot set a password for ${APP_ROLE} (it needs CREATEROLE). Create the login yourself ` +
          `and set DATABASE_APP_URL to it. (${(error as Error).message})`,
      );
    }
    if (!(await canLogIn(url))) throw new Error(`Cannot log in as ${APP_ROLE} after setting its password: check pg_hba.conf.`);
  }
  const [row] = await owner.em.getConnection().execute<{ value: Buffer }[]>(`select value from app_secret where name = 'scope_seal'`);
  if (!row) throw new Error('The scope seal key is missing (app_secret): are the migrations applied?');
  return { url, sealKey: row.value };
}

/**
 * Connects (starting the embedded PostgreSQL when DATABASE_URL is unset); as the owner: migrates, loads reference
 * data, (outside production, into an empty registry) the demo set, runs `asOwner` if given, and prepares the app
 * role's login; then serves through a pool that logs in as the app role, so row-level security, the sealed scope and
 * the privileges apply to everything request code runs.
 */
export interface OpenOptions {
  /** Runs as the owner once the database is ready (the sandbox seeds its published data). */
  asOwner?: (owner: MikroORM) => Promise<void>;
  /**
   * Another process (the cluster's primary, src/app/cluster.ts) has migrated and seeded the database already: only
   * connect. Migrating from every worker at once would race.
   */
  prepared?: boolean;
}

export async function openDatabase(config: Config, logger: Logger, options: OpenOptions = {}): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'tasdeeq', port: config.pgPort, logger });
  const url = config.databaseUrl ?? embedded!.url;
  try {
    const owner = await MikroORM.init(ormConfig(url, { logger }));
    let login: { url: string; sealKey: Buffer };
    try {
      if (!options.prepared) {
        const applied = await owner.getMigrator().up();
        if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
        // The audit log's retention is the owner's to set (the app role only runs the maintenance): docs/operations.md.
        await applyAuditRetention(owner.em.fork(), config.auditPartitions.retentionMonths);
        logger.debug(await loadReferenceData(owner.em.fork()), 'reference data loaded');
        if (config.loadDemoData) {
          const seeded = await seedDemoData(owner.em.fork());
          if (seeded) logger.info(seeded, 'loaded demo data into the empty database');
        }
        await options.asOwner?.(owner);
      }
      login = await prepareAppLogin(owner, url, config);
    } finally {
      await owner.close(true);
    }
    const orm = await MikroORM.init(ormConfig(login.url, { logger }));
    // The replica logs in as the primary's serving pool does; it connects on first use, so a replica that is down at
    // start-up only sends reads to the primary (src/db/replica.ts).
    const replica = config.scaleOut.replicaUrl
      ? await MikroORM.init({ ...ormConfig(replicaLoginUrl(config.scaleOut.replicaUrl, url, config), { logger }), connect: false })
      : null;
    return {
      orm,
      sealKey: login.sealKey,
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
 * For command-line tools, as the owner: DATABASE_URL; else the embedded database of a running `npm start`; else the
 * embedded database started (and migrated) just for this command, and stopped after.
 */
export async function openDatabaseForTool(config: Config, logger: Logger): Promise<OwnerDatabase> {
  const runtime = config.databaseUrl ? null : readRuntime(config.dataDir);
  const running = runtime && isAlive(runtime.ownerPid);
  const embedded = config.databaseUrl || running ? null : await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'tasdeeq', port: config.pgPort, logger });
  const url =
    config.databaseUrl ??
    (running ? `postgres://postgres:${encodeURIComponent(runtime.password)}@127.0.0.1:${runtime.port}/tasdeeq` : embedded!.url);
  try {
    const orm = await MikroORM.init(ormConfig(url, { logger }));
    if (!running) {
      await orm.getMigrator().up();
      await loadReferenceData(orm.em.fork());
    }
    return {
      orm,
      embedded,
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
