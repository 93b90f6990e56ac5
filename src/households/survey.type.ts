import { HoldsPeople } from '../pipeline/people';
import { rosterNumbers } from './household.loaders';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../common/node';
import { CookingFuel, RoofMaterial, SurveyStatus, Toilet, WallMaterial, WaterSource } from './household.enums';
import type { IndicatorValues } from './survey-indicators';

/** One class for both directions: what the enumerator submits is what the survey returns, field by field. */
@ObjectType('SurveyIndicators', { description: 'Housing, asset, land, livestock and income indicators of a survey.' })
@InputType('SurveyIndicatorsInput', { description: 'Housing, asset, land, livestock and income indicators, all required.' })
export class SurveyIndicators implements IndicatorValues {
  @Field(() => Int, { description: 'Rooms in the dwelling (1-50).' })
  rooms!: number;

  @Field(() => WallMaterial, { description: 'Main material of the outer walls.' })
  wallMaterial!: WallMaterial;

  @Field(() => RoofMaterial, { description: 'Main material of the roof.' })
  roofMaterial!: RoofMaterial;

  @Field(() => Toilet, { description: 'Toilet facility.' })
  toilet!: Toilet;

  @Field(() => WaterSource, { description: 'Main source of drinking water.' })
  waterSource!: WaterSource;

  @Field(() => CookingFuel, { description: 'Main cooking fuel.' })
  cookingFuel!: CookingFuel;

  @Field(() => Boolean, { description: 'The dwelling has an electricity connection.' })
  hasElectricity!: boolean;

  @Field(() => Int, { description: 'Refrigerators or freezers owned (0-20).' })
  fridges!: number;

  @Field(() => Int, { description: 'Televisions owned (0-20).' })
  televisions!: number;

  @Field(() => Int, { description: 'Air conditioners owned (0-20).' })
  airConditioners!: number;

  @Field(() => Int, { description: 'Washing machines owned (0-20).' })
  washingMachines!: number;

  @Field(() => Int, { description: 'Motorcycles or scooters owned (0-20).' })
  motorcycles!: number;

  @Field(() => Int, { description: 'Cars, jeeps or vans owned (0-20).' })
  cars!: number;

  @Field(() => Int, { description: 'Tractors owned (0-20).' })
  tractors!: number;

  @Field(() => Float, { description: 'Agricultural land owned, in acres (0-100000).' })
  agriculturalLandAcres!: number;

  @Field(() => Int, { description: 'Cows and bullocks owned (0-10000).' })
  cattle!: number;

  @Field(() => Int, { description: 'Buffaloes owned (0-10000).' })
  buffaloes!: number;

  @Field(() => Int, { description: 'Goats and sheep owned (0-10000).' })
  goatsAndSheep!: number;

  @Field(() => Int, { description: 'Household income per month, in rupees, as declared.' })
  monthlyIncomeRs!: number;

  @Field(() => Int, { description: 'Household phone bills per month, in rupees (an exclusion filter above Rs 1,000).' })
  monthlyPhoneBillRs!: number;

  @Field(() => Boolean, { description: 'A member or a member\'s spouse has travelled abroad (an exclusion filter).' })
  memberTravelledAbroad!: boolean;
}

@HoldsPeople<Survey>((s, ctx) => rosterNumbers(ctx, s.householdKey))
@ObjectType('Survey', { implements: Node, description: 'One version of a household\'s survey. Earlier versions are kept.' })
export class Survey extends Node {
  /** The household's row id, for the audit of the people it describes; not a field. */
  householdKey!: string;

  @Field(() => Int, { description: 'Version within the household: 1 for the first survey, then 2, 3, ...' })
  version!: number;

  @Field(() => DateTimeResolver, { description: 'When it was submitted.' })
  submittedAt!: Date;

  @Field(() => Int, { description: 'Members on the roster when surveyed (living ones).' })
  memberCount!: number;

  @Field(() => SurveyStatus, {
    description: 'PENDING_VERIFICATION until the scorecard has scored it, then ELIGIBLE or NOT_ELIGIBLE.',
  })
  status!: SurveyStatus;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was scored; null until then.' })
  scoredAt?: Date | null;

  @Field(() => SurveyIndicators, { description: 'The household-level indicators.' })
  indicators!: SurveyIndicators;
}
