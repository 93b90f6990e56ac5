import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MaxItems } from '../common/metadata';
import { LocalDateResolver } from 'graphql-scalars';
import { CnicScalar } from '../common/cnic.scalar';
import type { Cnic } from '../common/cnic';
import { UserError } from '../common/user-error.type';
import { Province } from '../jurisdictions/province';
import { Gender } from '../identity';
import {
  Area,
  EducationLevel,
  Employment,
  FlagCode,
  FlagSeverity,
  MaritalStatus,
  RelationToHead,
  SurveyStatus,
} from './household.enums';
import { SurveyIndicators } from './survey.type';
import { Registration } from './registration.type';
import { Household } from './household.type';
import { Member } from './member.type';
import { Survey } from './survey.type';

/** Most members a household's survey may list (the schema caps `members` at it; survey validation says so too). */
export const MAX_MEMBERS = 50;

@InputType({ description: 'Screens a CNIC at a centre and opens a registration.' })
export class StartRegistrationInput {
  @Field(() => CnicScalar, { description: 'The applicant\'s CNIC; it must be in the identity record.' })
  cnic!: Cnic;

  @Field(() => String, { description: 'District code of the centre, e.g. `PK617`; within your jurisdiction.' })
  centreDistrict!: string;

  @Field(() => String, { nullable: true, description: 'Retry key (1-128 characters): the same key from you returns the first result.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Rejects an open registration, with the reason.' })
export class RejectRegistrationInput {
  @Field(() => String, { description: 'The registration\'s tracking ID.' })
  trackingId!: string;

  @Field(() => Int, { description: 'The registration\'s version as you read it.' })
  version!: number;

  @Field(() => String, { description: 'Why (1-500 characters); shown in the timeline. Name no one.' })
  reason!: string;
}

@InputType({ description: 'One member of the household as surveyed.' })
export class SurveyMemberInput {
  @Field(() => CnicScalar, { nullable: true, description: 'CNIC; required from age 18, checked against the identity record.' })
  cnic?: Cnic | null;

  @Field(() => CnicScalar, { nullable: true, description: 'B-form number, for members under 18 who have one.' })
  bFormNumber?: Cnic | null;

  @Field(() => String, { description: 'Name (Latin or Urdu script).' })
  name!: string;

  @Field(() => RelationToHead, { description: 'Relation to the head; exactly one member is HEAD.' })
  relationToHead!: RelationToHead;

  @Field(() => Gender, { description: 'Gender.' })
  gender!: Gender;

  @Field(() => LocalDateResolver, { description: 'Date of birth.' })
  dateOfBirth!: string;

  @Field(() => MaritalStatus, { description: 'Marital status.' })
  maritalStatus!: MaritalStatus;

  @Field(() => EducationLevel, { description: 'Highest education completed.' })
  educationLevel!: EducationLevel;

  @Field(() => Boolean, { description: 'Currently enrolled in school, college or university (ages 3-30).' })
  enrolledInSchool!: boolean;

  @Field(() => Employment, { description: 'Main activity; NOT_IN_LABOUR_FORCE under age 10.' })
  employment!: Employment;

  @Field(() => Boolean, { description: 'Has a disability.' })
  disability!: boolean;
}

@InputType({ description: 'The whole household survey for a registration: where, the indicators, every member.' })
export class SubmitSurveyInput {
  @Field(() => String, { description: 'The registration\'s tracking ID.' })
  trackingId!: string;

  @Field(() => String, { description: 'District code where the household lives; within your jurisdiction.' })
  district!: string;

  @Field(() => String, { nullable: true, description: 'Tehsil (free text, up to 100 characters).' })
  tehsil?: string | null;

  @Field(() => Area, { description: 'Urban or rural.' })
  area!: Area;

  @Field(() => SurveyIndicators, { description: 'Housing, asset, land, livestock and income indicators.' })
  indicators!: SurveyIndicators;

  @MaxItems(MAX_MEMBERS)
  @Field(() => [SurveyMemberInput], {
    description: 'Every member (1-50). A roster update must list every living member already on the roster.',
  })
  members!: SurveyMemberInput[];

  @Field(() => String, { nullable: true, description: 'Retry key (1-128 characters): the same key from you returns the first result.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Moves a member to another household.' })
export class MoveMemberInput {
  @Field(() => ID, { description: 'The member\'s global ID.' })
  memberId!: string;

  @Field(() => Int, { description: 'The member\'s version as you read it.' })
  version!: number;

  @Field(() => ID, { description: 'Global ID of the household to move to.' })
  toHouseholdId!: string;

  @Field(() => RelationToHead, { description: 'Relation to the head of the new household (not HEAD).' })
  relationToHead!: RelationToHead;
}

@InputType({ description: 'Records a member\'s death.' })
export class RecordDeathInput {
  @Field(() => ID, { description: 'The member\'s global ID.' })
  memberId!: string;

  @Field(() => Int, { description: 'The member\'s version as you read it.' })
  version!: number;

  @Field(() => LocalDateResolver, { description: 'Date of death (not in the future, not before birth).' })
  dateOfDeath!: string;
}

@InputType({ description: 'Corrects a member\'s survey answers. Omitted fields keep their value.' })
export class UpdateMemberInput {
  @Field(() => ID, { description: 'The member\'s global ID.' })
  memberId!: string;

  @Field(() => Int, { description: 'The member\'s version as you read it.' })
  version!: number;

  @Field(() => MaritalStatus, { nullable: true, description: 'New marital status.' })
  maritalStatus?: MaritalStatus | null;

  @Field(() => EducationLevel, { nullable: true, description: 'New education level.' })
  educationLevel?: EducationLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'New school enrolment.' })
  enrolledInSchool?: boolean | null;

  @Field(() => Employment, { nullable: true, description: 'New main activity.' })
  employment?: Employment | null;

  @Field(() => Boolean, { nullable: true, description: 'New disability answer.' })
  disability?: boolean | null;
}

@InputType({ description: 'Narrows a list of households. All given conditions must hold.' })
export class HouseholdFilter {
  @Field(() => Province, { nullable: true, description: 'Province or territory.' })
  province?: Province | null;

  @Field(() => String, { nullable: true, description: 'District code, e.g. `PK617`.' })
  district?: string | null;

  @Field(() => String, { nullable: true, description: 'Tehsil, exactly as recorded (case-insensitive).' })
  tehsil?: string | null;

  @Field(() => SurveyStatus, { nullable: true, description: 'Status of the latest survey (NOT_SURVEYED matches none).' })
  status?: SurveyStatus | null;

  @Field(() => FlagCode, { nullable: true, description: 'Has an open data-quality flag with this code.' })
  flag?: FlagCode | null;
}

@InputType({ description: 'Narrows a list of data-quality flags. All given conditions must hold.' })
export class DataQualityFlagFilter {
  @Field(() => Province, { nullable: true, description: 'Province of the household.' })
  province?: Province | null;

  @Field(() => String, { nullable: true, description: 'District code of the household.' })
  district?: string | null;

  @Field(() => FlagCode, { nullable: true, description: 'Flag code.' })
  code?: FlagCode | null;

  @Field(() => FlagSeverity, { nullable: true, description: 'Severity.' })
  severity?: FlagSeverity | null;
}

@ObjectType({ description: 'Result of `startRegistration`.' })
export class StartRegistrationPayload {
  @Field(() => Registration, { nullable: true, description: 'The registration; null when there are userErrors.' })
  registration?: Registration | null;

  @Field(() => [UserError], { description: 'Why nothing was done; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `rejectRegistration`.' })
export class RejectRegistrationPayload {
  @Field(() => Registration, { nullable: true, description: 'The registration, now REJECTED; null when there are userErrors.' })
  registration?: Registration | null;

  @Field(() => [UserError], { description: 'Why nothing was done; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `submitSurvey`.' })
export class SubmitSurveyPayload {
  @Field(() => Registration, { nullable: true, description: 'The registration, advanced; null when there are userErrors.' })
  registration?: Registration | null;

  @Field(() => Household, { nullable: true, description: 'The household created or updated.' })
  household?: Household | null;

  @Field(() => Survey, { nullable: true, description: 'The new survey version.' })
  survey?: Survey | null;

  @Field(() => [UserError], { description: 'Every problem found, all at once; empty on success. Nothing is written when any.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of a member mutation.' })
export class MemberPayload {
  @Field(() => Member, { nullable: true, description: 'The member as changed; null when there are userErrors.' })
  member?: Member | null;

  @Field(() => [UserError], { description: 'Why nothing was done; empty on success.' })
  userErrors!: UserError[];
}
