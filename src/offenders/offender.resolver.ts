import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CnicScalar } from '../common/cnic.scalar';
import type { Cnic } from '../common/cnic';
import { ConnectionArgs } from '../common/connection';
import type { Context } from '../context';
import { OffenderCheckInput, OffenderFilter } from './offender.input';
import { Conviction, ConvictionEvent, OffenderCheck, OffenderConnection, OffenderRecord } from './offender.type';
import { offenderLoaders } from './offender.loaders';

@Resolver()
export class OffenderCheckResolver {
  @Authorized('offender:check')
  @Query(() => OffenderCheck, {
    description:
      'Checks one CNIC against the sex offenders register. What it discloses follows your client\'s disclosure ' +
      'policy; offence details are never shown to institutions. EMPLOYER, EDUCATION, SMS_GATEWAY, LAW_ENFORCEMENT. Audited.',
  })
  verifyOffender(
    @Ctx() ctx: Context,
    @Arg('input', () => OffenderCheckInput, { description: 'The CNIC, optional details and your declaration.' })
    input: OffenderCheckInput,
  ): Promise<OffenderCheck> {
    return ctx.deps.services.offenders.checks.verify(ctx, input);
  }

  @Authorized('offender:check')
  @Query(() => [OffenderCheck], {
    description:
      'Checks up to 1,000 CNICs in one call (e.g. a payroll). One answer per input, in input order; an invalid ' +
      'input answers NOT_CHECKED with its `errors` and does not stop the others. Audited per input.',
  })
  verifyOffenders(
    @Ctx() ctx: Context,
    @Arg('inputs', () => [OffenderCheckInput], { description: 'Up to 1,000 checks.' }) inputs: OffenderCheckInput[],
  ): Promise<OffenderCheck[]> {
    return ctx.deps.services.offenders.checks.verifyMany(ctx, inputs);
  }

  @Authorized('offender:read')
  @Query(() => OffenderRecord, {
    description: 'The register\'s record of a person, with the convictions in your jurisdiction. LAW_ENFORCEMENT. Audited.',
  })
  offender(@Ctx() ctx: Context, @Arg('cnic', () => CnicScalar, { description: 'The CNIC.' }) cnic: Cnic): Promise<OffenderRecord> {
    return ctx.deps.services.offenders.register.offender(ctx, cnic);
  }

  @Authorized('offender:read')
  @Query(() => OffenderConnection, {
    description: 'People with a conviction in your jurisdiction matching the filter. LAW_ENFORCEMENT. Audited per page.',
  })
  offenders(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => OffenderFilter, { nullable: true, description: 'Conditions a conviction must meet.' })
    filter?: OffenderFilter,
  ): Promise<OffenderConnection> {
    return ctx.deps.services.offenders.register.offenders(ctx, args, filter ?? {});
  }
}

@Resolver(() => OffenderRecord)
export class OffenderRecordResolver {
  @Authorized('offender:read')
  @FieldResolver(() => [Conviction], { description: 'Convictions registered in your jurisdiction, newest first, any status.' })
  convictions(@Root() record: OffenderRecord, @Ctx() ctx: Context): Promise<Conviction[]> {
    return ctx.deps.services.offenders.register.convictions(ctx, record);
  }
}

@Resolver(() => Conviction)
export class ConvictionResolver {
  @Authorized('offender:read')
  @FieldResolver(() => [ConvictionEvent], { description: 'Every change, oldest first: registration, amendments, status changes.' })
  history(@Root() conviction: Conviction, @Ctx() ctx: Context): Promise<ConvictionEvent[]> {
    return offenderLoaders(ctx).historyByConviction.load(conviction.key);
  }
}
