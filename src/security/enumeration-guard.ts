import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth/role';
import { hashCnic, type Cnic } from '../common/cnic';
import { DomainError, ForbiddenError } from '../common/errors';
import { sqlFunction } from '../db/raw-query';
import type { Logger } from '../logger';
import type { Viewer } from '../auth/viewer';
import { enumerationMetrics, limitMetrics } from '../metrics/instruments';
import {
  DEFAULT_DAILY_DISTINCT_CAP,
  isOddHour,
  pakistanDay,
  secondsToPakistanMidnight,
  type DetectorThresholds,
} from './thresholds';

export interface TrackedLookup {
  cnic: Cnic;
  /** Whether the lookup found the person; null when the register has not been read yet (the guard checks). */
  found: boolean | null;
  /** The CNIC's HMAC when the caller already has it (the offender check's audit subject): not computed again. */
  hash?: string;
  /**
   * Details the caller supplied to grade against the person's record (matchIdentity, offender checks): each distinct
   * set counts against the per-person guess limit. Only their HMAC reaches the database.
   */
  details?: ClaimedDetails | null;
}

export interface ClaimedDetails {
  name?: string | null;
  fatherName?: string | null;
  dateOfBirth?: string | null;
}

export type AlertKind =
  | 'DAILY_DISTINCT_CAP'
  | 'NOT_FOUND_SHARE'
  | 'SEQUENTIAL_CNICS'
  | 'ODD_HOUR_BURST'
  | 'UNKNOWN_CNICS'
  | 'DETAIL_GUESSES';

/** Findings that refuse the lookup without suspending the client: limits, not enumeration patterns. */
const REFUSES_ONLY: ReadonlySet<AlertKind> = new Set(['DAILY_DISTINCT_CAP', 'DETAIL_GUESSES']);

/** The sliding windows over which distinct unknown CNICs are counted, in seconds; the longest bounds what is kept. */
const HOUR = 3_600;
const DAY = 86_400;
const WEEK = 7 * DAY;

/** The key the guess limit HMACs details under: derived from the CNIC key with its own label. */
export function claimKey(hmacKey: string): Buffer {
  return createHmac('sha256', hmacKey).update('tasdeeq:detail-claim').digest();
}

/**
 * One set of supplied details, as the guess limit compares them: each detail trimmed, case-folded, spacing and
 * punctuation dropped (a retry that differs only so is the same guess), then HMAC'd under `claimKey`.
 * Null when no detail was supplied (a lookup by CNIC alone guesses nothing).
 */
export function claimHash(details: ClaimedDetails | null | undefined, key: Buffer): string | null {
  if (!details) return null;
  const norm = (v: string | null | undefined) => (v ?? '').normalize('NFKC').toLocaleLowerCase('en').replace(/[\s\p{P}\p{S}]+/gu, '');
  const parts = [norm(details.name), norm(details.fatherName), (details.dateOfBirth ?? '').trim()];
  if (!parts.some(Boolean)) return null;
  return createHmac('sha256', key).update(parts.join('\u0000')).digest('hex');
}

/** Where an enumerator would step next: the whole number ±1, and the 7-digit serial ±1 and ±2 with the same gender digit. */
export function neighbours(cnic: Cnic): string[] {
  const whole = BigInt(cnic);
  const serial = Number(cnic.slice(5, 12));
  const result = [String(whole - 1n).padStart(13, '0'), String(whole + 1n).padStart(13, '0')];
  // Two either side: a walk in steps of 2 is as sequential as one in steps of 1 (issue #20 saw it go unseen).
  for (const s of [serial - 2, serial - 1, serial + 1, serial + 2]) {
    if (s >= 0 && s <= 9_999_999) result.push(`${cnic.slice(0, 5)}${String(s).padStart(7, '0')}${cnic[12]}`);
  }
  return result;
}

const SUSPENDED_MESSAGE = 'This client has been suspended pending review: its lookups match an enumeration pattern.';

/** lookup_guard()'s arguments (see its migration), by name. */
export interface GuardArgs {
  /** The caller's sealed scope: the tally is its client's, and whether a finding suspends is its role's. */
  scope: string;
  day: string;
  /** One element per distinct subject: h (subject HMAC), n (its neighbours' HMACs), inBatch, k (times), f (found) or c (CNIC). */
  rows: string;
  oddHour: boolean;
  notFoundShare: number;
  notFoundMin: number;
  sequentialMax: number;
  oddHourMax: number;
  defaultCap: number;
  /** Sliding windows of distinct unknown CNICs `[[seconds, max], ...]` and the guess limit `[seconds, max]`. */
  limits: string;
}

/** The tally and the decision in one call; its own short transaction. */
const lookupGuard = sqlFunction<GuardArgs, GuardOutcome>('lookup_guard', {
  scope: 'text',
  day: 'date',
  rows: 'jsonb',
  oddHour: 'boolean',
  notFoundShare: 'float8',
  notFoundMin: 'int',
  sequentialMax: 'int',
  oddHourMax: 'int',
  defaultCap: 'int',
  limits: 'jsonb',
});

/** The alert (and the suspension) for the scope's own client. */
const securityRaise = sqlFunction<{ kind: string; detail: string; suspend: boolean; scope: string }, unknown>('security_raise', {
  kind: 'text',
  detail: 'jsonb',
  suspend: 'boolean',
  scope: 'text',
});

/** Who is being tallied: the viewer, and its sealed scope (src/db/scope-seal.ts). */
export interface GuardActor {
  viewer: Viewer;
  scope: { token: string };
}

/** What lookup_guard() decided. */
export interface GuardOutcome {
  finding: AlertKind | null;
  detail: Record<string, unknown> | null;
  refused: boolean;
}

export interface PreparedGuard {
  at: Date;
  args: GuardArgs;
}

/** A new set of details for a person the client has already tried too many sets for (HTTP 429). */
export class DetailGuessesError extends DomainError {
  constructor(tried: number, days: number, retryAfterSeconds: number) {
    super(
      'RATE_LIMITED',
      `Your client has tried ${tried - 1} different sets of details for this CNIC in the last ${days} days, the most ` +
        'allowed: the same details are still answered, new ones are refused until the oldest try is older than that ' +
        `(in ${retryAfterSeconds} s). Ask the person for the details on their card.`,
      { limit: 'DETAIL_GUESSES', retryAfterSeconds },
      429,
    );
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
  /** `claimKey(cnicHmacKey)`, derived once. */
  private readonly claimKey: Buffer;

  constructor(
    private readonly cnicHmacKey: string,
    private readonly detectors: DetectorThresholds,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.claimKey = claimKey(cnicHmacKey);
  }

  async track(em: EntityManager, actor: GuardActor, lookups: TrackedLookup[]): Promise<void> {
    const guard = this.prepare(actor, lookups);
    if (!guard) return;
    // One statement on a connection of its own, not the caller's transaction: holding the tally row's lock until the
    // request commits would serialise every concurrent lookup of the client. A refusal rolls the tally back inside
    // the function (refused lookups are never counted); the alert is raised after, in a transaction of its own.
    const [found] = await lookupGuard(em, guard.args);
    await this.settle(em, actor, guard, found);
  }

  /**
   * The lookup_guard() arguments (day, subjects, odd hour, thresholds, whether a finding suspends, the role's default
   * cap), also for callers that run the guard inside a statement of their own (the offender check); null when the
   * viewer is not tallied. Pass the outcome to `settle`.
   */
  prepare({ viewer, scope }: GuardActor, lookups: TrackedLookup[]): PreparedGuard | null {
    // Agency staff on JWTs act under law and have no client to suspend; their lookups are audited, not capped.
    if (!viewer.clientId || !lookups.length) return null;
    const at = this.now();
    const hash = (cnic: string) => hashCnic(cnic as Cnic, this.cnicHmacKey);
    // The SMS gateway speaks for every citizen (each phone is limited on its own): its details are not guesses of one caller.
    const claims = viewer.role !== Role.SMS_GATEWAY;
    const unique = new Map<string, { lookup: TrackedLookup; times: number; h: string; q: Set<string> }>();
    for (const l of lookups) {
      let seen = unique.get(l.cnic);
      if (seen) seen.times++;
      else unique.set(l.cnic, (seen = { lookup: l, times: 1, h: l.hash ?? hash(l.cnic), q: new Set() }));
      const claim = claims ? claimHash(l.details, this.claimKey) : null;
      if (claim) seen.q.add(claim);
    }
    const batchHashes = new Set([...unique.values()].map((u) => u.h));
    const rows = [...unique.values()].map(({ lookup: l, times, h, q }) => {
      const near = neighbours(l.cnic).map(hash);
      return {
        h,
        n: near,
        inBatch: near.some((n) => batchHashes.has(n)),
        k: times,
        ...(q.size ? { q: [...q] } : {}),
        // Unknown yet (the offender check reads the register in the same statement): the function looks it up.
        ...(l.found === null ? { c: l.cnic } : { f: l.found }),
      };
    });
    const d = this.detectors;
    return {
      at,
      args: {
        scope: scope.token,
        day: pakistanDay(at),
        rows: JSON.stringify(rows),
        oddHour: isOddHour(at),
        notFoundShare: d.notFoundShare,
        notFoundMin: d.notFoundMinLookups,
        sequentialMax: d.sequentialMax,
        oddHourMax: d.oddHourMax,
        defaultCap: DEFAULT_DAILY_DISTINCT_CAP[viewer.role],
        limits: JSON.stringify({
          unknown: [
            [HOUR, d.unknownPerHour],
            [DAY, d.unknownPerDay],
            [WEEK, d.unknownPerWeek],
          ],
          claims: [d.detailGuessDays * DAY, d.detailGuessesMax],
        }),
      },
    };
  }

  /** Acts on lookup_guard()'s outcome: raises the alert (and suspends) in a transaction of its own; throws a refusal. */
  async settle(em: EntityManager, actor: GuardActor, guard: PreparedGuard, found: GuardOutcome): Promise<void> {
    if (!found.finding) return;
    // The SMS gateway speaks for every citizen: suspending it would silence the channel for all of them, and each
    // phone is limited on its own (SMS_MESSAGES_PER_HOUR). Its findings are alerts for review (lookup_guard does not
    // refuse them), not suspensions.
    const suspend = found.refused && !REFUSES_ONLY.has(found.finding) && actor.viewer.role !== Role.SMS_GATEWAY;
    await this.raise(em, actor, found.finding, found.detail!, suspend);
    if (found.refused) {
      if (found.finding === 'DAILY_DISTINCT_CAP') {
        limitMetrics.refusals.inc({ limit: 'daily_cap' });
        throw new CapReachedError(secondsToPakistanMidnight(guard.at));
      }
      if (found.finding === 'DETAIL_GUESSES') {
        limitMetrics.refusals.inc({ limit: 'detail_guesses' });
        const d = found.detail as { tried: number; windowSeconds: number; retryAfterSeconds: number };
        throw new DetailGuessesError(d.tried, Math.round(d.windowSeconds / DAY), d.retryAfterSeconds);
      }
      throw new ForbiddenError(SUSPENDED_MESSAGE);
    }
  }

  /**
   * Maintenance: deletes the unknown CNICs and detail claims no window can count any more (guard_forget(), at least a
   * day old). Returns how many of each went.
   */
  async forgetExpired(em: EntityManager): Promise<{ unknown: number; claims: number }> {
    const [row] = await em.execute<{ unknown_forgotten: number; claims_forgotten: number }[]>(
      'select * from guard_forget(?, ?)',
      [WEEK, this.detectors.detailGuessDays * DAY],
    );
    return { unknown: row.unknown_forgotten, claims: row.claims_forgotten };
  }

  /** In a transaction of its own, after the tally's has closed: security_raise() writes for the scope's client. */
  private async raise(em: EntityManager, actor: GuardActor, kind: AlertKind, detail: Record<string, unknown>, suspend: boolean) {
    await securityRaise(em, { kind, detail: JSON.stringify(detail), suspend, scope: actor.scope.token });
    enumerationMetrics.alerts.inc({ kind });
    if (suspend) enumerationMetrics.suspensions.inc({ kind });
    this.logger.warn({ clientId: actor.viewer.clientId, kind, detail, suspended: suspend }, 'security alert raised');
  }
}
