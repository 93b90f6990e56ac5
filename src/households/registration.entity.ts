import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Versioned } from '../db/base.entity';
import { DistrictEntity } from '../jurisdictions/district.entity';
import { HouseholdEntity } from './household.entity';
import { RegistrationKind, RegistrationStatus } from './household.enums';

/** A visit to a registration centre, tracked by an opaque ID the applicant can read over the phone. */
@Entity({ tableName: 'registration' })
@Unique({ properties: ['clientKey', 'idempotencyKey'] })
export class RegistrationEntity extends Versioned<'household' | 'idempotencyKey' | 'idempotencyFingerprint'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** `XXXX-XXXX-XX` in Crockford base32 (no I, L, O, U): random, not sequential. */
  @Property({ type: 'string', length: 12, unique: true })
  trackingId!: string;

  @Enum({ items: () => RegistrationKind, type: 'string' })
  kind!: RegistrationKind;

  @Enum({ items: () => RegistrationStatus, type: 'string' })
  status!: RegistrationStatus;

  @Property({ type: 'string', length: 13 })
  @Index()
  applicantCnic!: string;

  @ManyToOne({ entity: () => DistrictEntity, fieldName: 'centre_district_code', deleteRule: 'restrict' })
  centreDistrict!: DistrictEntity;

  @ManyToOne({ entity: () => HouseholdEntity, nullable: true, deleteRule: 'restrict' })
  @Index()
  household?: HouseholdEntity | null = null;

  @Property({ type: 'string' })
  clientKey!: string;

  @Property({ type: 'string', length: 128, nullable: true })
  idempotencyKey?: string | null = null;

  /** A keyed hash of the request the key was first used with (AuditService.fingerprint): a reuse must match it. */
  @Property({ type: 'string', length: 64, nullable: true })
  idempotencyFingerprint?: string | null = null;
}

/** One step of a registration's status timeline. Append-only by convention: steps are added, never changed. */
@Entity({ tableName: 'registration_event' })
@Unique({ properties: ['registration', 'step'] })
export class RegistrationEventEntity {
  [OptionalProps]?: 'occurredAt' | 'reason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => RegistrationEntity, deleteRule: 'cascade' })
  registration!: RegistrationEntity;

  /** 1, 2, 3...: the order of the timeline (two steps may share a timestamp). */
  @Property({ type: 'integer' })
  step!: number;

  @Enum({ items: () => RegistrationStatus, type: 'string' })
  status!: RegistrationStatus;

  @Property({ type: 'string', nullable: true })
  reason?: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  occurredAt: Date = new Date();

  @Property({ type: 'string' })
  actorId!: string;
}
