import { HoldsPeople } from '../pipeline/people';
import { rosterNumbers } from './household.loaders';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../common/node';
import { ConnectionType } from '../common/connection';
import { District } from '../jurisdictions/district.type';
import { Area, FlagCode, FlagSeverity, SurveyStatus } from './household.enums';

@HoldsPeople<Household>((h, ctx) => rosterNumbers(ctx, h.key))
@ObjectType('Household', {
  implements: Node,
  description:
    'An NSER household, for welfare roles and registration centres within their jurisdiction. `members` is the whole ' +
    'roster (WELFARE_OFFICER, REGISTRATION_CENTRE); `maskedMembers` the masked one (also WELFARE_ANALYST).',
})
export class Household extends Node {
  /** The row id, for loaders; not a field. */
  key!: string;

  @Field(() => District, { description: 'District where the household lives.' })
  district!: District;

  @Field(() => String, { nullable: true, description: 'Tehsil, as recorded (free text: tehsils are not reference data yet).' })
  tehsil?: string | null;

  @Field(() => Area, { description: 'Urban or rural.' })
  area!: Area;

  @Field(() => Int, { description: 'Version for optimistic locking; changes with the household or its roster.' })
  version!: number;

  @Field(() => DateTimeResolver, { description: 'When the household was first registered.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A page of households, newest first.' })
export class HouseholdConnection extends ConnectionType('Household', Household) {}

@HoldsPeople<DataQualityFlag>((f, ctx) => rosterNumbers(ctx, f.householdKey))
@ObjectType('DataQualityFlag', { implements: Node, description: 'A data-quality concern raised about a household.' })
export class DataQualityFlag extends Node {
  householdKey!: string;

  @Field(() => FlagCode, { description: 'What the concern is.' })
  code!: FlagCode;

  @Field(() => FlagSeverity, { description: 'How much it matters.' })
  severity!: FlagSeverity;

  @Field(() => String, { description: 'Which member (by roster position) and detail; never a CNIC or a name.' })
  detail!: string;

  @Field(() => DateTimeResolver, { description: 'When it was raised.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A page of open data-quality flags, newest first.' })
export class DataQualityFlagConnection extends ConnectionType('DataQualityFlag', DataQualityFlag) {}

@ObjectType({
  description: 'The answer to "is this person registered, and eligible?" — and nothing else about the household.',
})
export class SurveyStatusAnswer {
  @Field(() => SurveyStatus, { description: 'The status.' })
  status!: SurveyStatus;

  @Field(() => String, { description: 'The answer in English.' })
  message!: string;

  @Field(() => String, { description: 'The answer in Urdu script.' })
  messageUrdu!: string;

  @Field(() => String, { description: 'The answer in Roman Urdu, as the 8171 SMS service writes it.' })
  messageRomanUrdu!: string;
}
