import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CnicScalar } from '../../common/cnic.scalar';
import type { Cnic } from '../../common/cnic';
import { ConnectionArgs } from '../../common/connection';
import type { Context } from '../../pipeline/context';
import { ReplicaRead } from '../../pipeline/metadata';
import { OffenderFilter } from './offender.input';
import { Conviction, ConvictionEvent, OffenderConnection, OffenderRecord } from './offender.type';
import type { OffenderLoaders } from './offender.loaders';
import type { OffenderRegisterService } from './offender-register.service';

@Resolver()
export class OffenderRegisterResolver {
  constructor(private readonly register: OffenderRegisterService) {}

  @Authorized('offender:read')
  @Query(() => OffenderRecord, {
    description: 'The register\'s record of a person, with the convictions in your jurisdiction. LAW_ENFORCEMENT. Audited.',
  })
  offender(@Ctx() ctx: Context, @Arg('cnic', () => CnicScalar, { description: 'The CNIC.' }) cnic: Cnic): Promise<OffenderRecord> {
    return this.register.offender(ctx, cnic);
  }

  @Authorized('offender:read')
  @ReplicaRead()
  @Query(() => OffenderConnection, {
    description: 'People with a conviction in your jurisdiction matching the filter. LAW_ENFORCEMENT. Audited per page.',
  })
  offenders(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => OffenderFilter, { nullable: true, description: 'Conditions a conviction must meet.' })
    filter?: OffenderFilter,
  ): Promise<OffenderConnection> {
    return this.register.offenders(ctx, args, filter ?? {});
  }
}

@Resolver(() => OffenderRecord)
export class OffenderRecordResolver {
  constructor(private readonly register: OffenderRegisterService) {}

  @Authorized('offender:read')
  @FieldResolver(() => [Conviction], { description: 'Convictions registered in your jurisdiction, newest first, any status.' })
  convictions(@Root() record: OffenderRecord, @Ctx() ctx: Context): Promise<Conviction[]> {
    return this.register.convictions(ctx, record);
  }
}

@Resolver(() => Conviction)
export class ConvictionResolver {
  constructor(private readonly loaders: OffenderLoaders) {}

  @Authorized('offender:read')
  @FieldResolver(() => [ConvictionEvent], { description: 'Every change, oldest first: registration, amendments, status changes.' })
  history(@Root() conviction: Conviction, @Ctx() ctx: Context): Promise<ConvictionEvent[]> {
    return ctx.loaders.get(this.loaders).historyByConviction.load(conviction.key);
  }
}
