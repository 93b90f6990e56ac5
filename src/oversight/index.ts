import { feature } from '../pipeline/feature';
import { AuditResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';
import { SecurityResolver } from './security.resolver';
import { SECURITY_ALERT_TYPE, SecurityService } from './security.service';
import { AUDIT_EVENT_TYPE } from '../audit/audit.service';
import { AuditPartitionsWorker } from './audit-partitions.worker';

/**
 * Oversight of the system itself: the audit log for AUDITORs, the enumeration detectors' alerts, and lifting a
 * client's suspension (ADMIN). The tables are plumbing's (audit/, security/); this feature only reads and resolves.
 */
export const oversight = feature<void>({
  name: 'oversight',
  entities: [],
  resolvers: [AuditResolver, SecurityResolver],
  create({ audit, orm, sealer, logger, config, guard }) {
    const auditLog = new AuditLogService(audit);
    const security = new SecurityService(audit);
    const partitions = new AuditPartitionsWorker(
      orm,
      () => sealer.system('audit-partitions'),
      logger.child({ component: 'audit-partitions' }),
      config.auditPartitions.monthsAhead,
      undefined,
      // The enumeration guard's sliding windows and guess limit forget what no window can count any more.
      [{ name: 'enumeration-windows', run: (tx) => guard.forgetExpired(tx) }],
    );
    return {
      api: undefined,
      resolvers: [new AuditResolver(auditLog), new SecurityResolver(security)],
      nodes: {
        [SECURITY_ALERT_TYPE]: (ctx, key) => security.byId(ctx, key),
        [AUDIT_EVENT_TYPE]: (ctx, key) => auditLog.byId(ctx, key),
      },
      workers: [{ name: 'audit-partitions', enabled: config.auditPartitions.worker, start: () => partitions.start(), stop: () => partitions.stop() }],
    };
  },
});
