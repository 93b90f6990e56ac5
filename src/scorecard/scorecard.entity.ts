import { randomUUID } from 'node:crypto';
import { ArrayType, DecimalType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { WithCreatedAt } from '../db/base.entity';
import { EligibilityOutcome, HouseholdEntity, SurveyEntity } from '../households';
import { ModelStatus, ProgrammeCode, RescoreJobStatus, ScoreBand } from './scorecard.enums';
import type { ExplanationLine, IndicatorRule, RegionAdjustment } from './scoring';
import type { ProgrammeRuleSpec } from './programmes';

/** A proxy-means-test model: versioned data the scoring function evaluates. Never edited once published. */
@Entity({ tableName: 'scorecard_model' })
export class ScorecardModelEntity extends WithCreatedAt<'activatedAt' | 'retiredAt' | 'status'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** e.g. `NSER-2021`. */
  @Property({ type: 'string', length: 32, unique: true })
  version!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => ModelStatus, type: 'string', default: ModelStatus.DRAFT })
  status: ModelStatus = ModelStatus.DRAFT;

  /** Households at or below it are poor enough for PMT programmes. */
  @Property({ type: 'double' })
  cutoff!: number;

  @Property({ type: 'double' })
  intercept!: number;

  @Property({ type: 'json' })
  indicators!: IndicatorRule[];

  @Property({ type: 'json' })
  regionAdjustments!: RegionAdjustment[];

  @Property({ type: 'string' })
  createdBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  activatedAt?: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  retiredAt?: Date | null = null;
}

/**
 * A household's score under one model for one survey version. History: rows are never updated except `current`,
 * which marks the score the household answers with (the newest computed). One row per (survey, model): a re-score
 * that meets an existing row skips it, which is what makes a resumed re-score exactly-once.
 */
@Entity({ tableName: 'poverty_score' })
@Unique({ properties: ['survey', 'model'] })
@Index({ properties: ['household', 'current'] })
export class PovertyScoreEntity {
  [OptionalProps]?: 'computedAt' | 'current' | 'eligibleProgrammes' | 'explanationRegion' | 'legacyExplanation' | 'eligibility' | 'scoredAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => HouseholdEntity, deleteRule: 'restrict' })
  household!: HouseholdEntity;

  @ManyToOne({ entity: () => SurveyEntity, deleteRule: 'restrict' })
  survey!: SurveyEntity;

  @Property({ type: 'integer' })
  surveyVersion!: number;

  @ManyToOne({ entity: () => ScorecardModelEntity, deleteRule: 'restrict' })
  model!: ScorecardModelEntity;

  @Property({ type: 'string', length: 32 })
  modelVersion!: string;

  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  score!: number;

  @Enum({ items: () => ScoreBand, type: 'string' })
  band!: ScoreBand;

  /** At or below the model's cut-off. */
  @Property({ type: 'boolean' })
  belowCutoff!: boolean;

  /**
   * The explanation, stored compactly against the model's indicator list (src/scorecard/explanation.ts; issue #17):
   * each indicator's value in the model's order, each line's contribution in integer hundredths (they sum to the
   * score), and the region the region line names. The API's `explanation` is rebuilt from these and the model.
   */
  @Property({ type: 'json', nullable: true })
  explanationValues?: ExplanationLine['value'][] | null;

  @Property({ type: new ArrayType<number>((i) => +i), columnType: 'int[]', nullable: true })
  explanationPoints?: number[] | null;

  @Property({ type: 'text', nullable: true })
  explanationRegion?: string | null = null;

  /**
   * The explanation as whole JSON lines, as scores were stored before Migration20261207900000: kept only for a row
   * whose lines did not follow its model's (the migration converted every row that did, and set this null). Null for
   * every score written since.
   */
  @Property({ type: 'json', fieldName: 'explanation', nullable: true })
  legacyExplanation?: ExplanationLine[] | null = null;

  /**
   * Programmes for which the household had an eligible member under the rules in force when the score was computed
   * (see `householdEligibleProgrammes`). Dashboards count these; `eligibility` re-evaluates a person on the day.
   */
  @Property({ type: 'string[]', columnType: 'text[]', default: '{}' })
  eligibleProgrammes: string[] = [];

  @Property({ type: 'boolean', default: true })
  current: boolean = true;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  computedAt: Date = new Date();

  /**
   * The survey's outcome when a re-score wrote or restored this score (Migration20261210010000): the Benazir Kafaalat
   * rule's household conditions, and when. Null on a score written when its survey was submitted (the survey row
   * holds that outcome). src/households/survey-outcome.ts reads the newest.
   */
  @Enum({ items: () => EligibilityOutcome, type: 'string', nullable: true })
  eligibility?: EligibilityOutcome | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  scoredAt?: Date | null = null;
}

/** One version of a programme's rules, as data. The newest version of a programme is the one applied. */
@Entity({ tableName: 'programme_rule' })
@Unique({ properties: ['programme', 'version'] })
export class ProgrammeRuleEntity extends WithCreatedAt {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => ProgrammeCode, type: 'string' })
  programme!: ProgrammeCode;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'json' })
  rule!: ProgrammeRuleSpec;
}

/**
 * A background re-score after a model is activated. `cursor` is the last household id done; each chunk moves it in
 * the same transaction as the chunk's scores, so a crash loses at most the chunk in flight, which is redone.
 */
@Entity({ tableName: 'rescore_job' })
export class RescoreJobEntity {
  [OptionalProps]?: 'startedAt' | 'finishedAt' | 'processed' | 'cursor' | 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ScorecardModelEntity, deleteRule: 'restrict' })
  model!: ScorecardModelEntity;

  @Enum({ items: () => RescoreJobStatus, type: 'string', default: RescoreJobStatus.RUNNING })
  status: RescoreJobStatus = RescoreJobStatus.RUNNING;

  @Property({ type: 'integer' })
  total!: number;

  @Property({ type: 'integer', default: 0 })
  processed: number = 0;

  @Property({ type: 'uuid', nullable: true })
  cursor?: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  startedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt?: Date | null = null;
}


