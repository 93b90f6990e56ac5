import { Authorized, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { CheckReceiptFacts } from '../receipts/receipt.claims';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Node } from '../common/node';
import { UserError } from '../common/user-error.type';
import { EligibilityReason, IndicatorTransform, ModelStatus, ProgrammeCode, RescoreJobStatus, ScoreBand } from './scorecard.enums';

@ObjectType({ description: 'The answer to an eligibility check: the decision and why, never the household behind it.' })
export class Eligibility {
  @Field(() => ID, { description: 'The ID of this check\'s audit event: quote it; an AUDITOR can fetch it with `node(id:)`.' })
  checkId!: string;

  @Field(() => Boolean, { description: 'True when every condition of the programme\'s rule holds (then `reasons` is empty).' })
  eligible!: boolean;

  @Field(() => [EligibilityReason], { description: 'Why not (or not yet); empty when eligible, and always empty for EDUCATION (the decision only).' })
  reasons!: EligibilityReason[];

  @Field(() => ProgrammeCode, { description: 'The programme checked.' })
  programme!: ProgrammeCode;

  @Field(() => Int, { description: 'Version of the programme\'s rule applied.' })
  ruleVersion!: number;

  @Field(() => ScoreBand, { nullable: true, description: 'Band of the household\'s current poverty score; null when not scored, and for EDUCATION.' })
  band?: ScoreBand | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the household\'s latest survey; null when not surveyed, and for EDUCATION.' })
  surveyDate?: string | null;

  @Authorized('score:read')
  @Field(() => Float, { nullable: true, description: 'The raw poverty score (0-100). Welfare roles only (others get the band), and null for households outside your jurisdiction.' })
  score?: number | null;

  @Authorized('score:read')
  @Field(() => String, { nullable: true, description: 'The model the score is under, e.g. `NSER-2021`. Welfare roles only, and null outside your jurisdiction.' })
  modelVersion?: string | null;

  /** Not in the schema: what this check's receipt states. Signed only when `receipt` is selected. */
  receiptFacts!: CheckReceiptFacts;
}

@ObjectType({ description: 'One line of a score\'s explanation. The contributions of all lines sum to the score.' })
export class ScoreContribution {
  @Field(() => String, { description: 'The indicator\'s key in the model, or `intercept`, `region`, `scaling`.' })
  key!: string;

  @Field(() => String, { description: 'What the line is, in words.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'The survey or roster-derived field read; null for intercept, region and scaling.' })
  field?: string | null;

  @Field(() => String, { nullable: true, description: 'The value read, as text (numbers, answers, true/false).' })
  value?: string | null;

  @Field(() => Float, { description: 'Points this line adds (negative lowers the score).' })
  contribution!: number;
}

@ObjectType('PovertyScore', { implements: Node, description: 'A household\'s PMT score under one model for one survey version.' })
export class PovertyScore extends Node {
  @Field(() => String, { description: 'The model, e.g. `NSER-2021`.' })
  modelVersion!: string;

  @Field(() => Int, { description: 'The survey version scored.' })
  surveyVersion!: number;

  @Field(() => Float, { description: 'Score, 0 (poorest) to 100, two decimals.' })
  score!: number;

  @Field(() => ScoreBand, { description: 'Band of the score.' })
  band!: ScoreBand;

  @Field(() => Boolean, { description: 'At or below the model\'s cut-off.' })
  belowCutoff!: boolean;

  @Field(() => DateTimeResolver, { description: 'When it was computed.' })
  computedAt!: Date;

  @Field(() => [ScoreContribution], { description: 'Each indicator\'s value and contribution; they sum to `score`.' })
  explanation!: ScoreContribution[];
}

@ObjectType({ description: 'Points for one answer of a category indicator.' })
export class CategoryPoints {
  @Field(() => String, { description: 'The answer, e.g. `BAKED_BRICK`.' })
  answer!: string;

  @Field(() => Float, { description: 'Points for it (multiplied by the weight).' })
  points!: number;
}

@ObjectType({ description: 'One indicator of a model.' })
export class ScorecardIndicator {
  @Field(() => String, { description: 'Unique key within the model.' })
  key!: string;

  @Field(() => String, { description: 'What it measures.' })
  label!: string;

  @Field(() => String, { description: 'The survey field (or roster-derived field) it reads.' })
  field!: string;

  @Field(() => IndicatorTransform, { description: 'How the field becomes points.' })
  transform!: IndicatorTransform;

  @Field(() => Float, { description: 'Weight.' })
  weight!: number;

  @Field(() => Float, { nullable: true, description: 'COUNT and PER_CAPITA: the value is capped here.' })
  cap?: number | null;

  @Field(() => Float, { nullable: true, description: 'THRESHOLD: the value at which the weight applies.' })
  threshold?: number | null;

  @Field(() => [CategoryPoints], { description: 'CATEGORY: points per answer; empty otherwise.' })
  categories!: CategoryPoints[];
}

@ObjectType({ description: 'Points added for a province and/or urban/rural area.' })
export class RegionAdjustment {
  @Field(() => String, { nullable: true, description: 'Province code; null means every province.' })
  province?: string | null;

  @Field(() => String, { nullable: true, description: '`URBAN` or `RURAL`; null means both.' })
  area?: string | null;

  @Field(() => Float, { description: 'Points added (negative lowers the score).' })
  points!: number;
}

@ObjectType('ScorecardModel', { implements: Node, description: 'A proxy-means-test model, as data. Published models are never edited.' })
export class ScorecardModel extends Node {
  @Field(() => String, { description: 'Version, e.g. `NSER-2021`.' })
  version!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'What it is, including whether its weights are official or illustrative.' })
  description!: string;

  @Field(() => ModelStatus, { description: 'DRAFT, ACTIVE or RETIRED.' })
  status!: ModelStatus;

  @Field(() => Float, { description: 'Cut-off: households at or below it are poor enough for PMT programmes.' })
  cutoff!: number;

  @Field(() => Float, { description: 'Points every household starts from; the total is held to 0-100.' })
  intercept!: number;

  @Field(() => [ScorecardIndicator], { description: 'Indicators, in evaluation order.' })
  indicators!: ScorecardIndicator[];

  @Field(() => [RegionAdjustment], { description: 'Region adjustments; every matching one applies.' })
  regionAdjustments!: RegionAdjustment[];

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was last activated.' })
  activatedAt?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was retired.' })
  retiredAt?: Date | null;
}

@ObjectType('RescoreJob', { implements: Node, description: 'Background re-score of every household after a model is activated.' })
export class RescoreJob extends Node {
  @Field(() => String, { description: 'The model households are re-scored under.' })
  modelVersion!: string;

  @Field(() => RescoreJobStatus, { description: 'RUNNING or FINISHED.' })
  status!: RescoreJobStatus;

  @Field(() => Int, { description: 'Households done so far.' })
  processed!: number;

  @Field(() => Int, { description: 'Households to do (counted at activation).' })
  total!: number;

  @Field(() => DateTimeResolver, { description: 'When the job was started.' })
  startedAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the last household was done; null while running.' })
  finishedAt?: Date | null;
}

@ObjectType({ description: 'Result of `publishScorecardModel`.' })
export class PublishScorecardModelPayload {
  @Field(() => ScorecardModel, { nullable: true, description: 'The model saved as DRAFT; null when there are userErrors.' })
  model?: ScorecardModel | null;

  @Field(() => [UserError], { description: 'Every problem found; nothing is saved when any.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `activateScorecardModel`.' })
export class ActivateScorecardModelPayload {
  @Field(() => ScorecardModel, { nullable: true, description: 'The model, now ACTIVE; null when there are userErrors.' })
  model?: ScorecardModel | null;

  @Field(() => RescoreJob, { nullable: true, description: 'The background re-score it started; poll `rescoreJob(id)`.' })
  job?: RescoreJob | null;

  @Field(() => [UserError], { description: 'Why nothing was done; empty on success.' })
  userErrors!: UserError[];
}
