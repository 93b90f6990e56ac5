import { Field, Float, ID, InputType } from 'type-graphql';
import { MaxItems } from '../common/metadata';
import { CnicScalar } from '../common/cnic.scalar';
import type { Cnic } from '../common/cnic';
import { LookupPurpose } from '../audit/purpose';
import { Area } from '../households';
import { Province } from '../jurisdictions/province';
import { IndicatorTransform, ProgrammeCode } from './scorecard.enums';

@InputType({ description: 'A person and a programme to check, with the lookup\'s declaration.' })
export class EligibilityInput {
  @Field(() => CnicScalar, { description: 'The person\'s CNIC or B-form number.' })
  cnic!: Cnic;

  @Field(() => ProgrammeCode, { description: 'The programme to check against.' })
  programme!: ProgrammeCode;

  @Field(() => LookupPurpose, { description: 'Why you are checking (ADMISSIONS for universities); recorded in the audit log.' })
  purpose!: LookupPurpose;

  @Field(() => String, { nullable: true, description: 'Your reference to the subject\'s signed consent; required for ADMISSIONS (or give `consentId`).' })
  consentRef?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A consent the person granted you by SMS (`requestConsent`) covering ELIGIBILITY_CHECK for this CNIC and purpose; replaces `consentRef`.',
  })
  consentId?: string | null;
}

@InputType({ description: 'Points for one answer of a category indicator.' })
export class CategoryPointsInput {
  @Field(() => String, { description: 'An answer of the field, e.g. `BAKED_BRICK`.' })
  answer!: string;

  @Field(() => Float, { description: 'Points for it.' })
  points!: number;
}

@InputType({ description: 'One indicator of a model.' })
export class ScorecardIndicatorInput {
  @Field(() => String, { description: 'Unique key within the model (letters, digits, _).' })
  key!: string;

  @Field(() => String, { description: 'What it measures.' })
  label!: string;

  @Field(() => String, { description: 'A survey field (see SurveyIndicators) or a roster-derived field (docs/scorecard.md).' })
  field!: string;

  @Field(() => IndicatorTransform, { description: 'How the field becomes points.' })
  transform!: IndicatorTransform;

  @Field(() => Float, { description: 'Weight; finite.' })
  weight!: number;

  @Field(() => Float, { nullable: true, description: 'COUNT and PER_CAPITA: cap on the value.' })
  cap?: number | null;

  @Field(() => Float, { nullable: true, description: 'THRESHOLD: the value at which the weight applies (default 1).' })
  threshold?: number | null;

  @MaxItems(50)
  @Field(() => [CategoryPointsInput], { nullable: true, description: 'CATEGORY: points per answer (at most 50).' })
  categories?: CategoryPointsInput[] | null;
}

@InputType({ description: 'Points added for a province and/or area.' })
export class RegionAdjustmentInput {
  @Field(() => Province, { nullable: true, description: 'Province; omitted means every province.' })
  province?: Province | null;

  @Field(() => Area, { nullable: true, description: 'Urban or rural; omitted means both.' })
  area?: Area | null;

  @Field(() => Float, { description: 'Points added.' })
  points!: number;
}

@InputType({ description: 'A new scorecard model, saved as DRAFT after validation.' })
export class PublishScorecardModelInput {
  @Field(() => String, { description: 'Version, unique, e.g. `NSER-2026` (1-32 letters, digits, - . _).' })
  version!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Description: say whether the weights are official or illustrative.' })
  description!: string;

  @Field(() => Float, { description: 'Cut-off, 0-100.' })
  cutoff!: number;

  @Field(() => Float, { description: 'Points every household starts from.' })
  intercept!: number;

  @MaxItems(200)
  @Field(() => [ScorecardIndicatorInput], { description: 'Indicators (1-200).' })
  indicators!: ScorecardIndicatorInput[];

  @MaxItems(50)
  @Field(() => [RegionAdjustmentInput], { nullable: true, description: 'Region adjustments (at most 50).' })
  regionAdjustments?: RegionAdjustmentInput[] | null;
}

@InputType({ description: 'Activates a model and re-scores every household under it in the background.' })
export class ActivateScorecardModelInput {
  @Field(() => String, { description: 'The model\'s version.' })
  version!: string;
}
