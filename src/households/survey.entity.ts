import { randomUUID } from 'node:crypto';
import { Entity, Enum, Formula, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { HouseholdEntity } from './household.entity';
import { RegistrationEntity } from './registration.entity';
import { CookingFuel, EligibilityOutcome, RoofMaterial, Toilet, WallMaterial, WaterSource } from './household.enums';
import type { RosterEntry } from './survey-indicators';
import { outcomeEligibilitySql, outcomeScoredAtSql } from './survey-outcome';

/**
 * One version of a household's survey. Surveys are never overwritten: a roster update adds a version and moves
 * `latest`. Indicators are plain columns so a scorecard can name them field by field (see SURVEY_INDICATORS).
 */
@Entity({ tableName: 'survey' })
@Unique({ properties: ['household', 'version'] })
@Unique({ properties: ['clientKey', 'idempotencyKey'] })
@Index({ properties: ['household', 'latest'] })
export class SurveyEntity {
  [OptionalProps]?: 'submittedAt' | 'latest' | 'eligibility' | 'scoredAt' | 'idempotencyKey' | 'idempotencyFingerprint' | 'registration';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => HouseholdEntity, deleteRule: 'restrict' })
  household!: HouseholdEntity;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'boolean', default: true })
  latest: boolean = true;

  /** The registration it was taken for (every survey so far; nullable for surveys imported from a census round). */
  @ManyToOne({ entity: () => RegistrationEntity, nullable: true, deleteRule: 'restrict' })
  registration?: RegistrationEntity | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  submittedAt: Date = new Date();

  @Property({ type: 'string' })
  submittedBy!: string;

  @Property({ type: 'string' })
  clientKey!: string;

  @Property({ type: 'string', length: 128, nullable: true })
  idempotencyKey?: string | null = null;

  /** A keyed hash of the request the key was first used with (AuditService.fingerprint): a reuse must match it. */
  @Property({ type: 'string', length: 64, nullable: true })
  idempotencyFingerprint?: string | null = null;

  /** The roster as surveyed: no CNICs or names, only what scoring and history need. */
  @Property({ type: 'json' })
  roster!: RosterEntry[];

  @Property({ type: 'integer' })
  memberCount!: number;

  @Property({ type: 'integer' })
  rooms!: number;

  @Enum({ items: () => WallMaterial, type: 'string' })
  wallMaterial!: WallMaterial;

  @Enum({ items: () => RoofMaterial, type: 'string' })
  roofMaterial!: RoofMaterial;

  @Enum({ items: () => Toilet, type: 'string' })
  toilet!: Toilet;

  @Enum({ items: () => WaterSource, type: 'string' })
  waterSource!: WaterSource;

  @Enum({ items: () => CookingFuel, type: 'string' })
  cookingFuel!: CookingFuel;

  @Property({ type: 'boolean' })
  hasElectricity!: boolean;

  @Property({ type: 'integer' })
  fridges!: number;

  @Property({ type: 'integer' })
  televisions!: number;

  @Property({ type: 'integer' })
  airConditioners!: number;

  @Property({ type: 'integer' })
  washingMachines!: number;

  @Property({ type: 'integer' })
  motorcycles!: number;

  @Property({ type: 'integer' })
  cars!: number;

  @Property({ type: 'integer' })
  tractors!: number;

  @Property({ type: 'double' })
  agriculturalLandAcres!: number;

  @Property({ type: 'integer' })
  cattle!: number;

  @Property({ type: 'integer' })
  buffaloes!: number;

  @Property({ type: 'integer' })
  goatsAndSheep!: number;

  @Property({ type: 'integer' })
  monthlyIncomeRs!: number;

  @Property({ type: 'integer' })
  monthlyPhoneBillRs!: number;

  @Property({ type: 'boolean' })
  memberTravelledAbroad!: boolean;

  /** Filled by the scorecard (issue #5); null means not yet scored, i.e. PENDING_VERIFICATION. */
  @Enum({ items: () => EligibilityOutcome, type: 'string', nullable: true })
  eligibility?: EligibilityOutcome | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  scoredAt?: Date | null = null;

  /**
   * The survey's outcome as read (src/households/survey-outcome.ts): the newest of its own columns above and a
   * re-score's. Undefined on a survey not read from the database (one just submitted: its own columns are its outcome).
   */
  @Formula((table) => outcomeEligibilitySql(table.alias))
  outcomeEligibility?: EligibilityOutcome | null;

  @Formula((table) => outcomeScoredAtSql(table.alias), { type: 'datetime' })
  outcomeScoredAt?: Date | null;
}
