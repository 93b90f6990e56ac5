import type { EntityManager } from '@mikro-orm/postgresql';
import { ClientEntity } from '../auth/client.entity';
import { Role } from '../auth/role';
import { hashCnic, type Cnic } from '../common/cnic';
import { DomainError, ForbiddenError } from '../common/errors';
import type { Logger } from '../logger';
import type { Viewer } from '../auth/viewer';
import { SecurityAlertEntity } from './security-alert.entity';
import {
  DEFAULT_DAILY_DISTINCT_CAP,
  isOddHour,
  pakistanDay,
  secondsToPakistanMidnight,
  type DetectorThresholds,
} from './thresholds';

export interface TrackedLookup {
  cnic: Cnic;
  found: boolean;
}

interface Tally {
  lookups: number;
  distinct_subjects: number;
  not_found: number;
  sequential: number;
  odd_hour: number;
}

export type AlertKind = 'DAILY_DISTINCT_CAP' | 'NOT_FOUND_SHARE' | 'SEQUENTIAL_CNICS' | 'ODD_HOUR_BURST';

/** Where an enumerator would step next: the whole number ±1, and the 7-digit serial ±1 with the same gender digit. */
export function neighbours(cnic: Cnic): string[] {
  const whole = BigInt(cnic);
  const serial = Number(cnic.slice(5, 12));
  const result = [String(whole - 1n).padStart(13, '0'), String(whole + 1n).padStart(13, '0')];
  for (const s of [serial - 1, serial + 1]) {
    if (s >= 0 && s <= 9_999_999) result.push(`${cnic.slice(0, 5)}${String(s).padStart(7, '0')}${cnic[12]}`);
  }
  return result;
}

const SUSPENDED_MESSAGE = 'This client has been suspended pending review: its lookups match an enumeration pattern.';

const TALLY_SQL = `with input as (select * from jsonb_to_recordset(?::jsonb) as x(h text, n jsonb, "inBatch" boolean)),
       added as (
         insert into lookup_subject (client_id, day, subject_hash) select ?, ?::date, h from input
         on conflict do nothing returning subject_hash
       ),
       earlier as (
         select count(*)::int as c from input i
         where i."inBatch" or exists (
           select 1 from lookup_subject s
           where s.client_id = ? and s.day = ?::date and s.subject_hash in (select jsonb_array_elements_text(i.n))
         )
       )
       insert into lookup_tally as t (client_id, day, lookups, distinct_subjects, not_found, sequential, odd_hour)
       values (?, ?::date, ?, (select count(*) from added), ?, (select c from earlier), ?)
       on conflict (client_id, day) do update set
         lookups = t.lookups + excluded.lookups,
         distinct_subjects = t.distinct_subjects + excluded.distinct_subjects,
         not_found = t.not_found + excluded.not_found,
         sequential = t.sequential + excluded.sequential,
         odd_hour = t.odd_hour + excluded.odd_hour
       returning lookups, distinct_subjects, not_found, sequential, odd_hour`;

/** What the guard found; with an `answer`, the lookup is refused (thrown out of the tally's transaction to roll it back). */
class Finding extends Error {
  constructor(
    readonly kind: AlertKind,
    readonly detail: Record<string, unknown>,
    readonly suspend: boolean,
    readonly answer: DomainError | null,
  ) {
    super(kind);
  }
}

export class CapReachedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      'RATE_LIMITED',
      `Your client has reached its daily cap on distinct people looked up; it resets at midnight Pakistan time (in ${retryAfterSeconds} s).`,
      { retryAfterSeconds },
      429,
    );
  }
}

/**
 * Responsible for spotting CNIC enumeration by institutional clients. Every audited lookup of a person is tallied
 * per client per day (subjects by HMAC only, never the CNIC). A lookup past the daily distinct cap is refused;
 * crossing a detector threshold suspends the client and raises an alert, committed on their own so the refusal's
 * rollback cannot undo them.
 */
export class EnumerationGuard {
  constructor(
    private readonly cnicHmacKey: string,
    private readonly detectors: DetectorThresholds,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async track(em: EntityManager, viewer: Viewer, lookups: TrackedLookup[]): Promise<void> {
    // Agency staff on JWTs act under law and have no client to suspend; their lookups are audited, not capped.
    if (!viewer.clientId || !lookups.length) return;
    const at = this.now();
    const hash = (cnic: string) => hashCnic(cnic as Cnic, this.cnicHmacKey);
    const unique = new Map(lookups.map((l) => [l.cnic, l]));
    const batchHashes = new Set([...unique.keys()].map(hash));
    const rows = [...unique.values()].map((l) => {
      const near = neighbours(l.cnic).map(hash);
      return { h: hash(l.cnic), n: near, inBatch: near.some((n) => batchHashes.has(n)) };
    });
    const day = pakistanDay(at);
    // The tally is one row per client per day. It is updated in a short transaction of its own, on the connection
    // rather than the caller's transaction: holding its lock until the request commits would serialise every
    // concurrent lookup of the client. A refusal rolls this transaction back (refused lookups are never counted); the
    // alert is raised after it has closed, so a request never holds more than two connections at once.
    const connection = em.getConnection();
    const finding = await connection
      .transactional(async (trx) => {
        const [tally] = await connection.execute<Tally[]>(
          TALLY_SQL,
          [
            JSON.stringify(rows),
            viewer.clientId, day,
            viewer.clientId, day,
            viewer.clientId, day, lookups.length, lookups.filter((l) => !l.found).length, isOddHour(at) ? lookups.length : 0,
          ],
          'all',
          trx,
        );
        const decided = await this.decide(em, viewer, tally, day, at);
        if (decided?.answer) throw decided; // a refusal rolls the tally back
        return decided;
      })
      .catch((error: unknown) => {
        if (error instanceof Finding) return error;
        throw error;
      });
    if (finding) {
      await this.raise(em, viewer, finding.kind, finding.detail, finding.suspend);
      if (finding.answer) throw finding.answer;
    }
  }

  private async decide(em: EntityManager, viewer: Viewer, tally: Tally, day: string, at: Date): Promise<Finding | null> {
    const d = this.detectors;
    const findings: [AlertKind, boolean, Record<string, unknown>][] = [
      [
        'NOT_FOUND_SHARE',
        tally.lookups >= d.notFoundMinLookups && tally.not_found / tally.lookups >= d.notFoundShare,
        { lookups: tally.lookups, notFound: tally.not_found, threshold: d.notFoundShare },
      ],
      ['SEQUENTIAL_CNICS', tally.sequential >= d.sequentialMax, { sequential: tally.sequential, threshold: d.sequentialMax }],
      ['ODD_HOUR_BURST', tally.odd_hour >= d.oddHourMax, { oddHourLookups: tally.odd_hour, threshold: d.oddHourMax }],
    ];
    const crossed = findings.find(([, hit]) => hit);
    if (crossed) {
      // The SMS gateway speaks for every citizen: suspending it would silence the channel for all of them, and each
      // phone is limited on its own (SMS_MESSAGES_PER_HOUR). Its findings are alerts for review, not suspensions.
      if (viewer.role === Role.SMS_GATEWAY) return new Finding(crossed[0], { ...crossed[2], day }, false, null);
      return new Finding(crossed[0], { ...crossed[2], day }, true, new ForbiddenError(SUSPENDED_MESSAGE));
    }
    const client = await em.findOneOrFail(ClientEntity, { id: viewer.clientId! });
    const cap = client.dailyDistinctCap ?? DEFAULT_DAILY_DISTINCT_CAP[viewer.role];
    if (tally.distinct_subjects > cap) {
      return new Finding(
        'DAILY_DISTINCT_CAP',
        { distinct: tally.distinct_subjects, cap, day },
        false,
        new CapReachedError(secondsToPakistanMidnight(at)),
      );
    }
    return null;
  }

  /** In a transaction of its own, after the tally's has closed. */
  private async raise(em: EntityManager, viewer: Viewer, kind: AlertKind, detail: Record<string, unknown>, suspend: boolean) {
    await em.fork().transactional(async (tx) => {
      const day = detail.day as string;
      const already = await tx.count(SecurityAlertEntity, { clientId: viewer.clientId!, kind, resolvedAt: null, detail: { day } });
      if (!already) {
        tx.create(SecurityAlertEntity, { clientId: viewer.clientId!, clientName: viewer.clientName, kind, detail });
      }
      if (suspend) {
        await tx.nativeUpdate(
          ClientEntity,
          { id: viewer.clientId!, suspendedAt: null },
          { suspendedAt: new Date(), suspendedReason: `Automatic: ${kind}` },
        );
      }
    });
    this.logger.warn({ clientId: viewer.clientId, kind, detail, suspended: suspend }, 'security alert raised');
  }
}
