import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * One accountable act: who did what to whose record, why, and how it ended. Append-only (a trigger refuses changes).
 * Partitioned by month of `occurredAt` (Migration20261207920000), which is why the key is `(id, occurredAt)`; ids are
 * random UUIDs, so `id` alone still names one row.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['occurredAt', 'id'] })
// A person's accesses, newest first (subject access reports): the subject's hash, then time.
@Index({ properties: ['subjectHash', 'occurredAt', 'id'] })
export class AuditEventEntity {
  [OptionalProps]?: 'occurredAt';
  [PrimaryKeyProp]?: ['id', 'occurredAt'];

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @PrimaryKey({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  occurredAt: Date = new Date();

  @Property({ type: 'string', length: 16 })
  actorKind!: string;

  @Property({ type: 'string' })
  actorId!: string;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  clientId?: string | null;

  @Property({ type: 'string' })
  clientName!: string;

  @Property({ type: 'string', length: 32 })
  role!: string;

  @Property({ type: 'string', length: 64 })
  @Index()
  action!: string;

  /** HMAC-SHA256 of the subject's CNIC under CNIC_HMAC_KEY: correlatable, not reversible without the key. */
  @Property({ type: 'string', length: 64, nullable: true })
  subjectHash?: string | null;

  @Property({ type: 'string', length: 32, nullable: true })
  purpose?: string | null;

  @Property({ type: 'string', nullable: true })
  consentRef?: string | null;

  @Property({ type: 'string', length: 64 })
  requestId!: string;

  @Property({ type: 'string', length: 32 })
  outcome!: string;

  @Property({ type: 'json', nullable: true })
  detail?: Record<string, unknown> | null;
}
