import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEventEntity } from './audit-event.entity';
import { hashCnic, type Cnic } from '../common/cnic';
import type { Viewer } from '../auth/viewer';
import type { LookupPurpose } from './purpose';
import type { EnumerationGuard, TrackedLookup } from '../security/enumeration-guard';

export type AuditOutcome = 'SUCCESS' | 'NOT_FOUND' | 'OUT_OF_JURISDICTION' | 'REFUSED' | 'INVALID';

export interface AuditEntry {
  /** The row's id, when the caller quotes it back (a check's `checkId`); new otherwise. */
  id?: string;
  action: string;
  outcome: AuditOutcome;
  subjectCnic?: Cnic | null;
  /** The subject's keyed hash, where only that is kept (a record that stores no CNIC); `subjectCnic` wins. */
  subjectHash?: string | null;
  purpose?: LookupPurpose | null;
  consentRef?: string | null;
  detail?: Record<string, unknown> | null;
}

export interface AuditActor {
  viewer: Viewer;
  requestId: string;
}

/**
 * Responsible for writing audit rows. Callers pass the transaction's entity manager so the row commits with the work.
 * Every audited act on a person also passes the enumeration guard, which may refuse it (the caller's transaction then
 * rolls back, so nothing is disclosed).
 */
export class AuditService {
  constructor(
    private readonly cnicHmacKey: string,
    private readonly guard: EnumerationGuard | null = null,
  ) {}

  subjectHash(cnic: Cnic): string {
    return hashCnic(cnic, this.cnicHmacKey);
  }

  /** For lookups audited by SQL of their own: tally them for the enumeration guard. */
  async trackLookups(em: EntityManager, viewer: Viewer, lookups: TrackedLookup[]): Promise<void> {
    await this.guard?.track(em, viewer, lookups);
  }

  /** For SQL that runs the guard itself (offender_admit): its arguments, and what to do with its outcome. */
  get enumerationGuard(): EnumerationGuard | null {
    return this.guard;
  }

  async record(em: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<void> {
    await this.recordMany(em, actor, [entry]);
  }

  /** One INSERT for any number of rows (bulk checks). */
  async recordMany(em: EntityManager, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
    if (!entries.length) return;
    const { viewer, requestId } = actor;
    await this.trackLookups(
      em,
      viewer,
      entries.filter((e) => e.subjectCnic).map((e) => ({ cnic: e.subjectCnic!, found: e.outcome !== 'NOT_FOUND' })),
    );
    await em.insertMany(
      AuditEventEntity,
      entries.map((e) => ({
        id: e.id ?? new AuditEventEntity().id,
        occurredAt: new Date(),
        actorKind: viewer.actorKind,
        actorId: viewer.actorId,
        clientId: viewer.clientId,
        clientName: viewer.clientName,
        role: viewer.role,
        action: e.action,
        outcome: e.outcome,
        subjectHash: e.subjectCnic ? this.subjectHash(e.subjectCnic) : (e.subjectHash ?? null),
        purpose: e.purpose ?? null,
        consentRef: e.consentRef ?? null,
        requestId,
        detail: e.detail ?? null,
      })),
    );
  }
}

export interface AuditQuery {
  action?: string | null;
  clientId?: string | null;
  outcome?: string | null;
  subjectCnic?: Cnic | null;
  from?: Date | null;
  to?: Date | null;
}
