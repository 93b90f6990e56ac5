import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionArgs } from '../../common/connection';
import { CnicScalar } from '../../common/cnic.scalar';
import type { Cnic } from '../../common/cnic';
import type { Context } from '../../pipeline/context';
import type { SubjectAccessService } from './subject-access.service';
import { LegalHold, LegalHoldPayload, LiftLegalHoldInput, PlaceLegalHoldInput, SubjectAccessConnection, SubjectAccessInput } from './access.type';

@Resolver()
export class SubjectAccessResolver {
  constructor(
    private readonly access: SubjectAccessService,
  ) {}

  @Authorized('subject:access')
  @Query(() => SubjectAccessConnection, {
    description:
      'Who checked me: every access to a person\'s records (checks, reads, watches, disputes, consents) with ' +
      'institution, purpose, consent reference and time, newest first. For the person at the counter with their card, ' +
      'nationally. Law-enforcement entries read "Law enforcement"; a legal hold withholds them (`someEntriesWithheld`). ' +
      'REGISTRATION_CENTRE. Audited (and listed in the report).',
  })
  subjectAccessReport(
    @Ctx() ctx: Context,
    @Arg('input', () => SubjectAccessInput, { description: 'Whose report, and your reference for the request.' }) input: SubjectAccessInput,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ): Promise<SubjectAccessConnection> {
    return this.access.report(ctx, input, args);
  }

  @Authorized('legalHold:manage')
  @Query(() => [LegalHold], { description: 'Legal holds on a person\'s record placed within your jurisdiction, newest first. LAW_ENFORCEMENT. Audited.' })
  legalHolds(@Ctx() ctx: Context, @Arg('cnic', () => CnicScalar, { description: 'The person\'s CNIC.' }) cnic: Cnic): Promise<LegalHold[]> {
    return this.access.holds(ctx, cnic);
  }

  @Authorized('legalHold:manage')
  @Mutation(() => LegalHoldPayload, {
    description: 'Withholds law-enforcement accesses from a person\'s subject access report until lifted or expired; the report says that some entries are withheld. LAW_ENFORCEMENT.',
  })
  placeLegalHold(
    @Ctx() ctx: Context,
    @Arg('input', () => PlaceLegalHoldInput, { description: 'Whose record, for which district, why, until when.' }) input: PlaceLegalHoldInput,
  ): Promise<LegalHoldPayload> {
    return this.access.placeHold(ctx, input);
  }

  @Authorized('legalHold:manage')
  @Mutation(() => LegalHoldPayload, { description: 'Lifts a legal hold in your jurisdiction; the withheld entries appear again. LAW_ENFORCEMENT.' })
  liftLegalHold(
    @Ctx() ctx: Context,
    @Arg('input', () => LiftLegalHoldInput, { description: 'Which hold, its version, and why.' }) input: LiftLegalHoldInput,
  ): Promise<LegalHoldPayload> {
    return this.access.liftHold(ctx, input);
  }
}
