import type { FilterQuery } from '@mikro-orm/core';
import { authorize } from '../auth/permissions';
import { pageRequest, type ConnectionArgs, type ConnectionShape } from '../common/connection';
import { newestFirstPage } from '../common/newest-first';
import { isUuid, requireUuid, toGlobalId } from '../common/global-id';
import { UserErrorCode, type UserError } from '../common/user-error.type';
import type { Context } from '../pipeline/context';
import type { AuditService } from '../audit/audit.service';
import { SecurityAlertEntity } from '../security/security-alert.entity';
import {
  ReinstateClientPayload,
  SecurityAlert,
  type ReinstateClientInput,
  type SecurityAlertFilter,
  type SecurityAlertKind,
} from './security-alert.type';

export const SECURITY_ALERT_TYPE = 'SecurityAlert';
export function toSecurityAlert(row: SecurityAlertEntity): SecurityAlert {
  return Object.assign(new SecurityAlert(), {
    ...row,
    id: toGlobalId(SECURITY_ALERT_TYPE, row.id),
    kind: row.kind as SecurityAlertKind,
  });
}

/** Responsible for security alerts (read: ADMIN, AUDITOR) and reinstating suspended clients (ADMIN). */
export class SecurityService {
  constructor(private readonly audit: AuditService) {}

  async alerts(ctx: Context, args: ConnectionArgs, filter: SecurityAlertFilter = {}): Promise<ConnectionShape<SecurityAlert>> {
    authorize(ctx.viewer, 'security:read');
    const request = pageRequest(args);
    const where: FilterQuery<SecurityAlertEntity> = {};
    if (filter.clientId) where.clientId = requireUuid(filter.clientId, 'filter.clientId');
    if (filter.kind) where.kind = filter.kind;
    if (filter.open != null) where.resolvedAt = filter.open ? null : { $ne: null };
    return newestFirstPage(ctx.em, SecurityAlertEntity, where, request, 'raisedAt', toSecurityAlert, ctx.em);
  }

  async byId(ctx: Context, id: string): Promise<SecurityAlert | null> {
    authorize(ctx.viewer, 'security:read');
    const row = isUuid(id) ? await ctx.em.findOne(SecurityAlertEntity, { id }) : null;
    return row ? toSecurityAlert(row) : null;
  }

  async reinstate(ctx: Context, input: ReinstateClientInput): Promise<ReinstateClientPayload> {
    authorize(ctx.viewer, 'client:reinstate');
    const fail = (error: UserError) => Object.assign(new ReinstateClientPayload(), { clientId: null, resolvedAlerts: 0, userErrors: [error] });
    const reason = input.reason.trim();
    if (reason.length < 3 || reason.length > 500) {
      return fail({ field: ['input', 'reason'], code: UserErrorCode.INVALID, message: 'Give a reason of 3-500 characters.' });
    }
    if (!isUuid(input.clientId)) return fail({ field: ['input', 'clientId'], code: UserErrorCode.NOT_FOUND, message: 'No client with this id.' });
    const clientId = input.clientId;
    return ctx.em.transactional(async (em) => {
      // client_reinstate (SECURITY DEFINER, ADMIN's scope only): lifts the suspension, resolves the open alerts and
      // restarts the detectors (else today's counts would suspend it again at once); the distinct-CNIC count behind
      // the daily cap stands.
      const resolvedBy = `${ctx.viewer.clientName} (${ctx.viewer.actorId})`;
      const [outcome] = await em.execute<{ found: boolean; was_suspended: boolean; resolved: number }[]>(
        'select * from client_reinstate(?::uuid, ?)',
        [clientId, resolvedBy],
      );
      if (!outcome.found) return fail({ field: ['input', 'clientId'], code: UserErrorCode.NOT_FOUND, message: 'No client with this id.' });
      if (!outcome.was_suspended) {
        return fail({ field: ['input', 'clientId'], code: UserErrorCode.CONFLICT, message: 'This client is not suspended.' });
      }
      const resolvedAlerts = Number(outcome.resolved);
      await this.audit.record(em, ctx, {
        action: 'client.reinstate',
        outcome: 'SUCCESS',
        detail: { clientId, reason, resolvedAlerts },
      });
      return Object.assign(new ReinstateClientPayload(), { clientId, resolvedAlerts, userErrors: [] });
    });
  }
}
