import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionArgs } from '../common/connection';
import type { Context } from '../pipeline/context';
import { ReplicaRead } from '../pipeline/metadata';
import type { SecurityService } from './security.service';
import {
  ReinstateClientInput,
  ReinstateClientPayload,
  SecurityAlertConnection,
  SecurityAlertFilter,
} from './security-alert.type';

@Resolver()
export class SecurityResolver {
  constructor(private readonly security: SecurityService) {}

  @Authorized('security:read')
  @ReplicaRead()
  @Query(() => SecurityAlertConnection, { description: 'Security alerts raised by the enumeration detectors, newest first. ADMIN and AUDITOR.' })
  securityAlerts(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => SecurityAlertFilter, { nullable: true }) filter?: SecurityAlertFilter,
  ): Promise<SecurityAlertConnection> {
    return this.security.alerts(ctx, args, filter ?? {});
  }

  @Authorized('client:reinstate')
  @Mutation(() => ReinstateClientPayload, { description: 'Lifts a client\'s suspension and resolves its open alerts. ADMIN. Audited.' })
  reinstateClient(
    @Ctx() ctx: Context,
    @Arg('input', () => ReinstateClientInput) input: ReinstateClientInput,
  ): Promise<ReinstateClientPayload> {
    return this.security.reinstate(ctx, input);
  }
}
