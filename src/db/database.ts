import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './orm.config';
import { isAlive, readRuntime, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { loadReferenceData } from '../jurisdictions/reference-data';
import type { Config } from '../config';
import type { Logger } from '../logger';

export interface Database {
  orm: MikroORM;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** Connects (starting the embedded PostgreSQL when DATABASE_URL is unset), migrates, and loads reference data. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'tasdeeq', port: config.pgPort, logger });
  try {
    const orm = await MikroORM.init(ormConfig(config.databaseUrl ?? embedded!.url, logger));
    const applied = await orm.getMigrator().up();
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
    const loaded = await loadReferenceData(orm.em.fork());
    logger.debug(loaded, 'reference data loaded');
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

/**
 * For command-line tools: use DATABASE_URL; else the embedded database of a running `npm start`; else start the
 * embedded database just for this command (and stop it after).
 */
export async function openDatabaseForTool(config: Config, logger: Logger): Promise<Database> {
  const runtime = config.databaseUrl ? null : readRuntime(config.dataDir);
  if (runtime && isAlive(runtime.ownerPid)) {
    const orm = await MikroORM.init(
      ormConfig(`postgres://postgres:${encodeURIComponent(runtime.password)}@127.0.0.1:${runtime.port}/tasdeeq`, logger),
    );
    return { orm, embedded: null, close: () => orm.close(true) };
  }
  return openDatabase(config, logger);
}
