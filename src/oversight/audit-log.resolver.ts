import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { AuditEventConnection, AuditEventFilter } from './audit-log.type';
import { ConnectionArgs } from '../common/connection';
import type { Context } from '../pipeline/context';
import { ReplicaRead } from '../pipeline/metadata';
import type { AuditLogService } from './audit-log.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly auditLog: AuditLogService) {}

  @Authorized('audit:read')
  @ReplicaRead()
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first. AUDITOR only.' })
  auditEvents(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
  ): Promise<AuditEventConnection> {
    return this.auditLog.list(ctx, args, filter ?? {});
  }
}
