import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../migrations';
import type { Logger } from '../logger';
import { JurisdictionSubscriber } from '../db/jurisdiction-scope';
import { POOL_MAX } from '../db/pool';
import { ENTITIES } from './features';

export { APP_ROLE, POOL_MAX } from '../db/pool';

export interface OrmOptions {
  logger?: Logger;
  /** Observes every statement sent (tests count them to prove batching). */
  onQuery?: (sql: string) => void;
}

/** The one ORM configuration: every feature's entities, migrations compiled in (no file globbing at run time). */
export function ormConfig(clientUrl: string, { logger, onQuery }: OrmOptions = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: 'dist/migrations',
      pathTs: 'migrations',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true, // openDatabase logs what was applied
    },
    // Which role the pool logs in as is the URL's: the owner for migrations and tools, tasdeeq_app for serving
    // (src/app/database.ts).
    pool: { min: 0, max: POOL_MAX },
    // Tables without entities: the dashboard rollups (derived data written by triggers), the owner's secrets, the audit
    // log's monthly partitions and retention, and the enumeration guard's windows (written only by its SQL functions).
    schemaGenerator: { skipTables: [/^dashboard_/, 'app_secret', /^audit_event_/, 'audit_retention', 'unknown_lookup', 'detail_claim', 'rescore_slice'] },
    subscribers: [new JurisdictionSubscriber()],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: false,
    logger: logger ? (message) => logger.debug({ orm: message }) : undefined,
    onQuery: onQuery
      ? (sql) => {
          onQuery(sql);
          return sql;
        }
      : undefined,
  });
}
