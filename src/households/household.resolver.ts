import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { CnicScalar } from '../common/cnic.scalar';
import type { Cnic } from '../common/cnic';
import { ConnectionArgs } from '../common/connection';
import { LookupPurpose } from '../audit/purpose';
import type { Context } from '../pipeline/context';
import { ReplicaRead } from '../pipeline/metadata';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { HouseholdService } from './household.service';
import type { HouseholdLoaderFactory } from './household.loaders';
import { DataQualityFlag, DataQualityFlagConnection, Household, HouseholdConnection, SurveyStatusAnswer } from './household.type';
import { DataQualityFlagFilter, HouseholdFilter } from './household.input';
import { MaskedMember, Member } from './member.type';
import { Survey } from './survey.type';
import { SurveyStatus } from './household.enums';
import { surveyStatusOf, toFlag, toHousehold, toMaskedMember, toMember, toSurvey } from './household.mappers';

const PURPOSE_DESCRIPTION = 'Why you are looking; defaults to your role\'s first allowed purpose. Recorded in the audit log.';
const CONSENT_DESCRIPTION = 'Your reference to the subject\'s consent; required for ADMISSIONS.';

@Resolver()
export class HouseholdQueryResolver {
  constructor(private readonly service: HouseholdService) {}

  @Authorized('survey:status')
  @Query(() => SurveyStatusAnswer, {
    description:
      'Is this person in a surveyed household, and is it eligible? The 8171-style answer in English, Urdu and Roman ' +
      'Urdu, and nothing else about the household. National for SMS_GATEWAY and EDUCATION; within your jurisdiction ' +
      'for the other roles, a person outside it answered exactly as a CNIC that does not exist (NOT_SURVEYED). Audited.',
  })
  surveyStatus(
    @Ctx() ctx: Context,
    @Arg('cnic', () => CnicScalar, { description: 'The person\'s CNIC or B-form number.' }) cnic: Cnic,
    @Arg('purpose', () => LookupPurpose, { nullable: true, description: PURPOSE_DESCRIPTION }) purpose?: LookupPurpose | null,
    @Arg('consentRef', () => String, { nullable: true, description: CONSENT_DESCRIPTION }) consentRef?: string | null,
  ): Promise<SurveyStatusAnswer> {
    return this.service.surveyStatus(ctx, cnic, purpose, consentRef);
  }

  @Authorized('household:readMasked')
  @Query(() => Household, { description: 'A household by global ID, within your jurisdiction (NOT_FOUND otherwise). Audited.' })
  household(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The household\'s global ID.' }) id: string): Promise<Household> {
    return this.service.household(ctx, id);
  }

  @Authorized('household:readMasked')
  @Query(() => Household, {
    description: 'The household a person lives in, within your jurisdiction (NOT_FOUND otherwise, alike). Audited.',
  })
  householdOf(
    @Ctx() ctx: Context,
    @Arg('cnic', () => CnicScalar, { description: 'The member\'s CNIC or B-form number.' }) cnic: Cnic,
    @Arg('purpose', () => LookupPurpose, { nullable: true, description: PURPOSE_DESCRIPTION }) purpose?: LookupPurpose | null,
    @Arg('consentRef', () => String, { nullable: true, description: CONSENT_DESCRIPTION }) consentRef?: string | null,
  ): Promise<Household> {
    return this.service.householdOf(ctx, cnic, purpose, consentRef);
  }

  @Authorized('household:readMasked')
  @ReplicaRead()
  @Query(() => HouseholdConnection, { description: 'Households in your jurisdiction, newest first. Each page is audited.' })
  households(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => HouseholdFilter, { nullable: true, description: 'Conditions that must all hold.' }) filter?: HouseholdFilter,
  ): Promise<HouseholdConnection> {
    return this.service.households(ctx, args, filter ?? {});
  }

  @Authorized('household:readMasked')
  @ReplicaRead()
  @Query(() => DataQualityFlagConnection, { description: 'Open data-quality flags of households in your jurisdiction, newest first.' })
  dataQualityFlags(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => DataQualityFlagFilter, { nullable: true, description: 'Conditions that must all hold.' })
    filter?: DataQualityFlagFilter,
  ): Promise<DataQualityFlagConnection> {
    return this.service.dataQualityFlags(ctx, args, filter ?? {});
  }
}

/** Household fields load through the request's DataLoaders: a page costs one query per field, not one per household. */
@Resolver(() => Household)
export class HouseholdFieldsResolver {
  constructor(private readonly loaders: HouseholdLoaderFactory) {}

  @Authorized('household:read')
  @FieldResolver(() => [Member], { description: 'The roster, whole (names, CNICs). WELFARE_OFFICER and REGISTRATION_CENTRE.' })
  async members(@Root() household: Household, @Ctx() ctx: Context): Promise<Member[]> {
    return (await ctx.loaders.get(this.loaders).members.load(household.key)).map(toMember);
  }

  @Authorized('household:readMasked')
  @FieldResolver(() => [MaskedMember], { description: 'The roster with masked numbers, no names and ages only.' })
  async maskedMembers(@Root() household: Household, @Ctx() ctx: Context): Promise<MaskedMember[]> {
    return (await ctx.loaders.get(this.loaders).members.load(household.key)).map(toMaskedMember);
  }

  @FieldResolver(() => SurveyStatus, { description: 'Status of the latest survey.' })
  async status(@Root() household: Household, @Ctx() ctx: Context): Promise<SurveyStatus> {
    return surveyStatusOf(await ctx.loaders.get(this.loaders).latestStatus.load(household.key));
  }

  @FieldResolver(() => Survey, { nullable: true, description: 'The latest survey version.' })
  async latestSurvey(@Root() household: Household, @Ctx() ctx: Context): Promise<Survey | null> {
    const row = await ctx.loaders.get(this.loaders).latestSurvey.load(household.key);
    return row ? toSurvey(row) : null;
  }

  @FieldResolver(() => [Survey], { description: 'Every survey version, newest first.' })
  async surveys(@Root() household: Household, @Ctx() ctx: Context): Promise<Survey[]> {
    return (await ctx.loaders.get(this.loaders).surveys.load(household.key)).map(toSurvey);
  }

  @FieldResolver(() => [DataQualityFlag], { description: 'Open data-quality flags, oldest first.' })
  async flags(@Root() household: Household, @Ctx() ctx: Context): Promise<DataQualityFlag[]> {
    return (await ctx.loaders.get(this.loaders).openFlags.load(household.key)).map(toFlag);
  }
}

@Resolver(() => DataQualityFlag)
export class DataQualityFlagFieldsResolver {
  constructor(
    private readonly loaders: HouseholdLoaderFactory,
    private readonly reference: ReferenceData,
  ) {}

  @FieldResolver(() => Household, { description: 'The household the flag is about.' })
  async household(@Root() flag: DataQualityFlag, @Ctx() ctx: Context): Promise<Household> {
    const row = await ctx.loaders.get(this.loaders).household.load(flag.householdKey);
    return toHousehold(row!, this.reference);
  }
}
