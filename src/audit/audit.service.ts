import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEventEntity } from './audit-event.entity';
import { hashCnic, type Cnic } from '../common/cnic';
import type { Viewer } from '../auth/viewer';
import type { LookupPurpose } from './purpose';
import type { EnumerationGuard, TrackedLookup } from '../security/enumeration-guard';

/** The global-ID type of an audit event (an offender check's `checkId` is one). */
export const AUDIT_EVENT_TYPE = 'AuditEvent';

export type AuditOutcome = 'SUCCESS' | 'NOT_FOUND' | 'OUT_OF_JURISDICTION' | 'REFUSED' | 'INVALID';

export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  subjectCnic?: Cnic | null;
  purpose?: LookupPurpose | null;
  consentRef?: string | null;
  detail?: Record<string, unknown> | null;
}

export interface AuditActor {
  viewer: Viewer;
  requestId: string;
  /** Where the rows go when the request reads from the replica (the request's `Context.writes`); else the caller's manager. */
  writes?: EntityManager;
}

/**
 * The actor's columns of an audit row, the same for both writers: `recordMany` below, and the offender check's SQL
 * (offender_check), which takes them as arguments. test/audit.test.ts holds the two to the same row.
 */
export interface AuditActorColumns {
  actorKind: string;
  actorId: string;
  clientId: string | null;
  clientName: string;
  role: string;
  requestId: string;
}

export function auditActorColumns({ viewer, requestId }: AuditActor): AuditActorColumns {
  return {
    actorKind: viewer.actorKind,
    actorId: viewer.actorId,
    clientId: viewer.clientId,
    clientName: viewer.clientName,
    role: viewer.role,
    requestId,
  };
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

  /**
   * One INSERT for any number of rows (bulk checks). A request reading from the replica cannot write there: its rows
   * go to the primary in a transaction of their own, committed before the caller goes on to answer.
   */
  async recordMany(em: EntityManager, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
    if (!entries.length) return;
    if (actor.writes) {
      const { writes, ...onPrimary } = actor;
      await writes.transactional((tx) => this.recordMany(tx, onPrimary, entries));
      return;
    }
    const { viewer } = actor;
    const columns = auditActorColumns(actor);
    await this.trackLookups(
      em,
      viewer,
      entries.filter((e) => e.subjectCnic).map((e) => ({ cnic: e.subjectCnic!, found: e.outcome !== 'NOT_FOUND' })),
    );
    await em.insertMany(
      AuditEventEntity,
      entries.map((e) => ({
        id: new AuditEventEntity().id,
        occurredAt: new Date(),
        ...columns,
        action: e.action,
        outcome: e.outcome,
        subjectHash: e.subjectCnic ? this.subjectHash(e.subjectCnic) : null,
        purpose: e.purpose ?? null,
        consentRef: e.consentRef ?? null,
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
