import { randomUUID } from 'node:crypto';
import { Entity, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { JURISDICTION_FILTER, type JurisdictionScope } from '../../db/jurisdiction-scope';
import { DistrictEntity } from '../../jurisdictions/district.entity';

/**
 * A legal hold on a person's record, placed by law enforcement: while it is in force, law-enforcement accesses are
 * withheld from that person's subject access report (which says that some entries are withheld). It belongs to the
 * district the placing agency acts for.
 */
@Entity({ tableName: 'legal_hold' })
@Index({ properties: ['subjectHash', 'liftedAt'] })
@Filter({
  name: JURISDICTION_FILTER,
  cond: (args: JurisdictionScope) => (args.districts ? { district: { $in: args.districts } } : {}),
  default: true,
})
export class LegalHoldEntity {
  [OptionalProps]?: 'placedAt' | 'version' | 'expiresAt' | 'liftedAt' | 'liftReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64 })
  subjectHash!: string;

  @Property({ type: 'string', length: 15 })
  cnicMasked!: string;

  @ManyToOne({ entity: () => DistrictEntity, fieldName: 'district_code', deleteRule: 'restrict' })
  district!: DistrictEntity;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'string' })
  placedBy!: string;

  @Property({ type: 'string' })
  placedByName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  placedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  expiresAt?: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  liftedAt?: Date | null = null;

  @Property({ type: 'text', nullable: true })
  liftReason?: string | null = null;

  @Property({ type: 'integer', default: 1 })
  version: number = 1;
}
