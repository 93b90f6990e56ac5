import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../pipeline/context';
import type { RegistrationService } from './registration.service';
import type { MemberService } from './member.service';
import { Registration } from './registration.type';
import {
  MemberPayload,
  MoveMemberInput,
  RecordDeathInput,
  RejectRegistrationInput,
  RejectRegistrationPayload,
  StartRegistrationInput,
  StartRegistrationPayload,
  SubmitSurveyInput,
  SubmitSurveyPayload,
  UpdateMemberInput,
} from './household.input';

@Resolver()
export class RegistrationResolver {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly members: MemberService,
  ) {}

  @Authorized('registration:read')
  @Query(() => Registration, { description: 'A registration and its status timeline, by tracking ID, within your jurisdiction.' })
  registration(
    @Ctx() ctx: Context,
    @Arg('trackingId', () => String, { description: 'The tracking ID (case, spaces and dashes do not matter).' }) trackingId: string,
  ): Promise<Registration> {
    return this.registrations.registration(ctx, trackingId);
  }

  @Authorized('registration:write')
  @Mutation(() => StartRegistrationPayload, {
    description: 'Screens a CNIC at a centre: opens a ROSTER_UPDATE if the person is in a surveyed household, else a NEW_SURVEY. ' +
      'A person whose household or open registration lies outside your jurisdiction is answered exactly as a CNIC with ' +
      'no identity record (NOT_FOUND), and nothing is opened.',
  })
  startRegistration(
    @Ctx() ctx: Context,
    @Arg('input', () => StartRegistrationInput, { description: 'The applicant and the centre.' }) input: StartRegistrationInput,
  ): Promise<StartRegistrationPayload> {
    return this.registrations.start(ctx, input);
  }

  @Authorized('registration:write')
  @Mutation(() => SubmitSurveyPayload, {
    description:
      'Submits the whole household survey for a registration. Everything is validated first; valid input creates or ' +
      'updates the household and its members and adds a survey version.',
  })
  submitSurvey(
    @Ctx() ctx: Context,
    @Arg('input', () => SubmitSurveyInput, { description: 'The survey.' }) input: SubmitSurveyInput,
  ): Promise<SubmitSurveyPayload> {
    return this.registrations.submit(ctx, input);
  }

  @Authorized('registration:write')
  @Mutation(() => RejectRegistrationPayload, { description: 'Rejects a registration awaiting its survey, with the reason (REJECTED in its timeline).' })
  rejectRegistration(
    @Ctx() ctx: Context,
    @Arg('input', () => RejectRegistrationInput, { description: 'Which registration, its version, and why.' }) input: RejectRegistrationInput,
  ): Promise<RejectRegistrationPayload> {
    return this.registrations.reject(ctx, input);
  }

  @Authorized('member:write')
  @Mutation(() => MemberPayload, { description: 'Moves a member to another household in your jurisdiction.' })
  moveMember(@Ctx() ctx: Context, @Arg('input', () => MoveMemberInput, { description: 'Who, where, and the version.' }) input: MoveMemberInput): Promise<MemberPayload> {
    return this.members.move(ctx, input);
  }

  @Authorized('member:write')
  @Mutation(() => MemberPayload, { description: 'Records a member\'s death; the member stays on the roster as DECEASED.' })
  recordDeath(@Ctx() ctx: Context, @Arg('input', () => RecordDeathInput, { description: 'Who, when, and the version.' }) input: RecordDeathInput): Promise<MemberPayload> {
    return this.members.recordDeath(ctx, input);
  }

  @Authorized('member:write')
  @Mutation(() => MemberPayload, { description: 'Corrects a member\'s survey answers between surveys.' })
  updateMember(@Ctx() ctx: Context, @Arg('input', () => UpdateMemberInput, { description: 'Who, what, and the version.' }) input: UpdateMemberInput): Promise<MemberPayload> {
    return this.members.update(ctx, input);
  }
}
