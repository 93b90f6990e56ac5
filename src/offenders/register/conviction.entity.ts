import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { CitizenEntity } from '../../identity';
import { DistrictEntity } from '../../jurisdictions/district.entity';
import { ConvictionStatus } from '../offender.enums';

/** One conviction on the register. Never deleted: status changes and amendments are kept in `conviction_event`. */
@Entity({ tableName: 'conviction' })
@Index({ properties: ['offender', 'status'] })
@Unique({ properties: ['idempotencyScope', 'idempotencyKey'] })
@Check({ name: 'conviction_sections_not_empty', expression: 'cardinality(sections) > 0' })
export class ConvictionEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'status';

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

  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  /** The API client id, or `jwt:<subject>` for agency staff: idempotency keys are per caller. */
  @Property({ type: 'string', nullable: true })
  idempotencyScope?: string | null;

  @Property({ type: 'string', length: 128, nullable: true })
  idempotencyKey?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Index()
  updatedAt: Date = new Date();
}
