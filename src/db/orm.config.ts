import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ApiKeyEntity } from '../auth/api-key.entity';
import { ClientEntity } from '../auth/client.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { CitizenEntity } from '../identity/citizen.entity';
import { DistrictEntity } from '../jurisdictions/district.entity';
import { ProvinceEntity } from '../jurisdictions/province.entity';
import { RateBucketEntity } from '../limits/rate-bucket.entity';
import { SecurityAlertEntity } from '../security/security-alert.entity';
import { LookupSubjectEntity, LookupTallyEntity } from '../security/lookup-tally.entity';
import { ConvictionEntity } from '../offenders/conviction.entity';
import { ConvictionEventEntity } from '../offenders/conviction-event.entity';
import { WatchEntity } from '../offenders/watch.entity';
import { WebhookDeliveryEntity } from '../offenders/webhook-delivery.entity';
import { householdEntities } from '../households/entities';
import { scorecardEntities } from '../scorecard/scorecard.entity';
import { subjectEntities } from '../subjects/entities';
import { SmsOutboxEntity } from '../sms/sms-outbox.entity';
import { migrationsList } from '../../migrations';
import type { Logger } from '../logger';
import { JurisdictionSubscriber } from './jurisdiction-scope';

export const entities = [
  ProvinceEntity,
  DistrictEntity,
  ClientEntity,
  ApiKeyEntity,
  AuditEventEntity,
  CitizenEntity,
  RateBucketEntity,
  SecurityAlertEntity,
  LookupSubjectEntity,
  LookupTallyEntity,
  ConvictionEntity,
  ConvictionEventEntity,
  WatchEntity,
  WebhookDeliveryEntity,
  ...householdEntities,
  ...scorecardEntities,
  ...subjectEntities,
  SmsOutboxEntity,
];

/** The one ORM configuration: explicit entity list, migrations compiled in (no file globbing at run time). */
export const APP_ROLE = 'tasdeeq_app';

/** Connections per process. See request-transaction.plugin.ts for how requests share them. */
export const POOL_MAX = 20;

export interface OrmOptions {
  logger?: Logger;
  /** Observes every statement sent (tests count them to prove batching). */
  onQuery?: (sql: string) => void;
  /** Act as the unprivileged application role on every pooled connection (serving); migrations run as the owner. */
  appRole?: boolean;
}

export function ormConfig(clientUrl: string, { logger, onQuery, appRole = false }: OrmOptions = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
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
