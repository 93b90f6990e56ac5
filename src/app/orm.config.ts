import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../migrations';
import type { Logger } from '../logger';
import { JurisdictionSubscriber } from '../db/jurisdiction-scope';
import { APP_ROLE, POOL_MAX } from '../db/pool';
import { ENTITIES } from './features';

export { APP_ROLE, POOL_MAX } from '../db/pool';

export interface OrmOptions {
  logger?: Logger;
  /** Observes every statement sent (tests count them to prove batching). */
  onQuery?: (sql: string) => void;
  /** Act as the unprivileged application role on every pooled connection (serving); migrations run as the owner. */
  appRole?: boolean;
}

/** The one ORM configuration: every feature's entities, migrations compiled in (no file globbing at run time). */
export function ormConfig(clientUrl: string, { logger, onQuery, appRole = false }: OrmOptions = {}): Options {
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
    pool: {
      min: 0,
      max: POOL_MAX,
      ...(appRole
        ? {
            afterCreate: (conn: { query: (sql: string, cb: (err: Error | null) => void) => void }, done: (err: Error | null, conn: unknown) => void) =>
              conn.query(`set role ${APP_ROLE}`, (err) => done(err, conn)),
          }
        : {}),
    },
    // The dashboard rollups are derived data written by triggers (migrations/Migration20261125020000.ts), not entities.
    schemaGenerator: { skipTables: [/^dashboard_/] },
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
