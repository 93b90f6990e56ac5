import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashCnic, type Cnic } from '../common/cnic';
import { boundQuery } from '../db/raw-query';
import type { Viewer } from '../auth/viewer';
import type { LookupPurpose } from './purpose';
import type { ClaimedDetails, EnumerationGuard, TrackedLookup } from '../security/enumeration-guard';

/** The global-ID type of an audit event (an offender check's `checkId` is one). */
export const AUDIT_EVENT_TYPE = 'AuditEvent';

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
  /** Details the caller supplied to grade against the subject's record: for the guard's guess limit, never stored. */
  claimed?: ClaimedDetails | null;
}

export interface AuditActor {
  viewer: Viewer;
  requestId: string;
  /** The request's sealed scope: PostgreSQL writes the actor's columns from it (audit_write, offender_check). */
  scope: { token: string };
  /** Where the rows go when the request reads from the replica (the request's `Context.writes`); else the caller's manager. */
  writes?: EntityManager;
  /** Told of every subject hash written for the request, so its audit stage adds rows only for people not yet named. */
  people?: { recorded(hash: string): void };
}

/**
 * The actor's columns of an audit row as the request's sealed scope carries them: both writers (audit_write, behind
 * `recordMany` below, and the offender check's SQL) take them from the verified scope, never from arguments.
 * test/audit.test.ts holds the two to the same row.
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

  /**
   * An idempotency fingerprint: HMAC-SHA256 (under a key derived from CNIC_HMAC_KEY with its own label) of a
   * request's input in canonical JSON (keys sorted, the idempotency key itself left out), so a key reused with another
   * payload is told apart without storing the payload, whose CNICs stay out of the table.
   */
  fingerprint(input: object): string {
    const canonical = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(canonical)
        : value instanceof Date
          ? value.toISOString()
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.keys(value).filter((k) => k !== 'idempotencyKey' && (value as Record<string, unknown>)[k] !== undefined).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
            : value;
    const key = createHmac('sha256', this.cnicHmacKey).update('tasdeeq:idempotency-fingerprint').digest();
    return createHmac('sha256', key).update(JSON.stringify(canonical(input))).digest('hex');
  }

  /** For lookups audited by SQL of their own: tally them for the enumeration guard. */
  async trackLookups(em: EntityManager, actor: AuditActor, lookups: TrackedLookup[]): Promise<void> {
    await this.guard?.track(em, actor, lookups);
  }

  /** For SQL that runs the guard itself (offender_check): its arguments, and what to do with its outcome. */
  get enumerationGuard(): EnumerationGuard | null {
    return this.guard;
  }

  async record(em: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<void> {
    await this.recordMany(em, actor, [entry]);
  }

  /**
   * One statement for any number of rows (bulk checks): audit_write(), a SECURITY DEFINER function, in the caller's
   * transaction. The app role may not insert audit rows itself; the function fills who acted from the transaction's
   * verified scope, so a row can never name another actor. A request reading from the replica cannot write there:
   * its rows go to the primary in a transaction of their own, committed before the caller goes on to answer.
   */
  async recordMany(em: EntityManager, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
    if (!entries.length) return;
    if (actor.writes) {
      const { writes, ...onPrimary } = actor;
      await writes.transactional((tx) => this.recordMany(tx, onPrimary, entries));
      return;
    }
    await this.trackLookups(
      em,
      actor,
      entries.filter((e) => e.subjectCnic).map((e) => ({ cnic: e.subjectCnic!, found: e.outcome !== 'NOT_FOUND', details: e.claimed })),
    );
    const rows = entries.map((e) => ({
      id: e.id ?? null,
      action: e.action,
      outcome: e.outcome,
      subject_hash: e.subjectCnic ? this.subjectHash(e.subjectCnic) : (e.subjectHash ?? null),
      purpose: e.purpose ?? null,
      consent_ref: e.consentRef ?? null,
      detail: e.detail ?? null,
    }));
    await boundQuery(em, 'select audit_write(?::jsonb)', [JSON.stringify(rows)]);
    for (const row of rows) if (row.subject_hash) actor.people?.recorded(row.subject_hash);
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
