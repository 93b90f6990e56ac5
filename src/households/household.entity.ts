import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Versioned } from '../db/base.entity';
import { DistrictEntity } from '../jurisdictions/district.entity';
import { Area } from './household.enums';

/** An NSER household: where it lives. Its roster, surveys and flags point at it. */
@Entity({ tableName: 'household' })
@Index({ properties: ['createdAt', 'id'] })
/** Its version is bumped by every change to the household or its roster. */
export class HouseholdEntity extends Versioned<'tehsil'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => DistrictEntity, fieldName: 'district_code', deleteRule: 'restrict' })
  @Index()
  district!: DistrictEntity;

  /** Free text: tehsils are not in the reference data yet. */
  @Property({ type: 'string', nullable: true })
  tehsil?: string | null = null;

  @Enum({ items: () => Area, type: 'string' })
  area!: Area;

  /** Millisecond precision, so the instant round-trips through JavaScript exactly (it is a page cursor). */
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', defaultRaw: 'now()' })
  override createdAt: Date = new Date();
}
