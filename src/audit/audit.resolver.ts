import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { AuditEventConnection, AuditEventFilter } from './audit.type';
import { ConnectionArgs } from '../common/connection';
import type { Context } from '../context';
import { AuditLogService } from './audit-log.service';

const auditLog = new AuditLogService();

@Resolver()
export class AuditResolver {
  @Authorized('audit:read')
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first. AUDITOR only.' })
  auditEvents(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
  ): Promise<AuditEventConnection> {
    return auditLog.list(ctx, args, filter ?? {});
  }
}
