import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ApiKeyEntity } from '../auth/api-key.entity';
import { ClientEntity } from '../auth/client.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { CitizenEntity } from '../identity/citizen.entity';
import { DistrictEntity } from '../jurisdictions/district.entity';
import { ProvinceEntity } from '../jurisdictions/province.entity';
import { householdEntities } from '../households/entities';
import { migrationsList } from '../../migrations';
import type { Logger } from '../logger';

export const entities = [ProvinceEntity, DistrictEntity, ClientEntity, ApiKeyEntity, AuditEventEntity, CitizenEntity, ...householdEntities];

/** The one ORM configuration: explicit entity list, migrations compiled in (no file globbing at run time). */
/** `onQuery` observes every statement sent (tests count them to prove batching). */
export function ormConfig(clientUrl: string, logger?: Logger, onQuery?: (sql: string) => void): Options {
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
    },
    pool: { min: 0, max: 10 },
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
