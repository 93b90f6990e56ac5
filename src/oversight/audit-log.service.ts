import type { FilterQuery } from '@mikro-orm/core';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AuditEvent } from './audit-log.type';
import { AUDIT_EVENT_TYPE, type AuditQuery, type AuditService } from '../audit/audit.service';
import { authorize } from '../auth/permissions';
import { pageRequest, type ConnectionArgs, type ConnectionShape } from '../common/connection';
import { newestFirstPage } from '../common/newest-first';
import { requireUuid, toGlobalId } from '../common/global-id';
import type { Context } from '../pipeline/context';
import type { LookupPurpose } from '../audit/purpose';
import type { Role } from '../auth/role';

export function toAuditEvent(row: AuditEventEntity): AuditEvent {
  return Object.assign(new AuditEvent(), {
    ...row,
    id: toGlobalId(AUDIT_EVENT_TYPE, row.id),
    role: row.role as Role,
    purpose: (row.purpose as LookupPurpose | null) ?? null,
  });
}

/** Responsible for reading the audit log (AUDITOR only). Reading it is not itself audited per row, but per page. */
export class AuditLogService {
  constructor(private readonly audit: AuditService) {}

  async list(ctx: Context, args: ConnectionArgs, filter: AuditQuery = {}): Promise<ConnectionShape<AuditEvent>> {
    authorize(ctx.viewer, 'audit:read');
    const request = pageRequest(args);
    const where: FilterQuery<AuditEventEntity> = {};
    if (filter.action) where.action = filter.action;
    if (filter.clientId) where.clientId = requireUuid(filter.clientId, 'filter.clientId');
    if (filter.outcome) where.outcome = filter.outcome;
    if (filter.subjectCnic) where.subjectHash = this.audit.subjectHash(filter.subjectCnic);
    if (filter.from || filter.to) {
      where.occurredAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    }
    return newestFirstPage(ctx.em, AuditEventEntity, where, request, 'occurredAt', toAuditEvent, ctx.em);
  }

  async byId(ctx: Context, id: string): Promise<AuditEvent | null> {
    authorize(ctx.viewer, 'audit:read');
    const row = await ctx.em.findOne(AuditEventEntity, { id });
    return row ? toAuditEvent(row) : null;
  }
}
