import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Versioned } from '../../db/base.entity';
import { CitizenEntity } from '../../identity';
import { DistrictEntity } from '../../jurisdictions/district.entity';
import { ConvictionStatus } from '../offender.enums';

/** One conviction on the register. Never deleted: status changes and amendments are kept in `conviction_event`. */
@Entity({ tableName: 'conviction' })
@Index({ properties: ['offender', 'status'] })
@Unique({ properties: ['idempotencyScope', 'idempotencyKey'] })
@Index({ properties: ['updatedAt'] })
@Check({ name: 'conviction_sections_not_empty', expression: 'cardinality(sections) > 0' })
export class ConvictionEntity extends Versioned<'status'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => CitizenEntity, fieldName: 'citizen_id', deleteRule: 'restrict' })
  offender!: CitizenEntity;

  /** Normalised statute sections, e.g. `{PPC 376}`; only registrable ones (see sections.ts). */
  @Property({ type: 'string[]', columnType: 'text[]' })
  sections!: string[];

  @Property({ type: 'string' })
  court!: string;

  @Property({ type: 'string' })
  caseNumber!: string;

  @Property({ type: 'date', columnType: 'date' })
  convictionDate!: string;

  @Property({ type: 'string' })
  sentence!: string;

  @Property({ type: 'string' })
  registeringAgency!: string;

  /** The district the registering agency acts for: the register's jurisdiction key. */
  @ManyToOne({ entity: () => DistrictEntity, fieldName: 'district_code', deleteRule: 'restrict' })
  @Index()
  district!: DistrictEntity;

  @Enum({ items: () => ConvictionStatus, type: 'string', default: ConvictionStatus.ACTIVE })
  status: ConvictionStatus = ConvictionStatus.ACTIVE;

  @Property({ type: 'date', columnType: 'date' })
  registeredOn!: string;

  @Property({ type: 'date', columnType: 'date', nullable: true })
  endsOn?: string | null;

  @Property({ type: 'text', nullable: true })
  lastKnownAddress?: string | null;

  /** The API client id, or `jwt:<subject>` for agency staff: idempotency keys are per caller. */
  @Property({ type: 'string', nullable: true })
  idempotencyScope?: string | null;

  @Property({ type: 'string', length: 128, nullable: true })
  idempotencyKey?: string | null;

  /** A keyed hash of the request the key was first used with (AuditService.fingerprint): a reuse must match it. */
  @Property({ type: 'string', length: 64, nullable: true })
  idempotencyFingerprint?: string | null;
}
