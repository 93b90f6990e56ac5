import { randomUUID } from 'node:crypto';
import { Check, Entity, Filter, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Timestamped } from '../db/base.entity';
import { districtFilter, JURISDICTION_FILTER } from '../db/jurisdiction-scope';
import { DistrictEntity } from '../jurisdictions/district.entity';
import { Gender, Relation } from './identity.enums';

/** The mirror of a NADRA identity record. NSER members and offenders must match one. */
@Entity({ tableName: 'citizen' })
@Check({ name: 'citizen_cnic_format', expression: "cnic ~ '^[0-9]{12}[1-9]$'" })
@Filter({ name: JURISDICTION_FILTER, cond: districtFilter, default: true })
export class CitizenEntity extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 13, unique: true })
  cnic!: string;

  @Property({ type: 'string' })
  nameEn!: string;

  @Property({ type: 'string' })
  nameUr!: string;

  @Enum({ items: () => Relation, type: 'string' })
  relation!: Relation;

  @Property({ type: 'string' })
  relativeNameEn!: string;

  @Property({ type: 'string' })
  relativeNameUr!: string;

  @Enum({ items: () => Gender, type: 'string' })
  gender!: Gender;

  /** ISO date, `YYYY-MM-DD`. */
  @Property({ type: 'date', columnType: 'date' })
  dateOfBirth!: string;

  @ManyToOne({ entity: () => DistrictEntity, fieldName: 'district_code', deleteRule: 'restrict' })
  @Index()
  district!: DistrictEntity;
}
