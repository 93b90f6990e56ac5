import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { WithCreatedAt } from '../db/base.entity';
import { HouseholdEntity } from './household.entity';
import { MemberEntity } from './member.entity';
import { SurveyEntity } from './survey.entity';
import { FlagCode, FlagSeverity } from './household.enums';

/** A data-quality concern about a household. A new survey resolves the previous survey's flags and raises its own. */
@Entity({ tableName: 'data_quality_flag' })
@Index({ properties: ['createdAt', 'id'] })
export class DataQualityFlagEntity extends WithCreatedAt<'resolvedAt' | 'survey' | 'member'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => HouseholdEntity, deleteRule: 'restrict' })
  @Index()
  household!: HouseholdEntity;

  /** The survey that raised it; null for flags raised between surveys (HEAD_DECEASED). */
  @ManyToOne({ entity: () => SurveyEntity, nullable: true, deleteRule: 'restrict' })
  survey?: SurveyEntity | null = null;

  @ManyToOne({ entity: () => MemberEntity, nullable: true, deleteRule: 'restrict' })
  member?: MemberEntity | null = null;

  @Enum({ items: () => FlagCode, type: 'string' })
  @Index()
  code!: FlagCode;

  @Enum({ items: () => FlagSeverity, type: 'string' })
  severity!: FlagSeverity;

  /** Never a CNIC or a name: says which member (by roster position) and which detail. */
  @Property({ type: 'string' })
  detail!: string;

  /** Millisecond precision, so the instant round-trips through JavaScript exactly (it is a page cursor). */
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', defaultRaw: 'now()' })
  override createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resolvedAt?: Date | null = null;
}
