import { createHmac } from 'node:crypto';
import { finished } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Rng } from './random';
import { makeUuidFactory } from './identifiers';

/**
 * A registry that looks lived in (`npm run generate -- --audit-rows N`): API clients of every kind, N audit rows of
 * their work spread over the months before the as-of day, offender watches, and the check history the offender check
 * keeps beside its audit rows (`lookup_subject`, `lookup_tally`), derived from the generated check rows so they agree.
 * Runs after the registry is loaded, in one transaction of its own; rows go in with COPY, in time order (each month's
 * rows land in that month's partition, whose partition is made first).
 */

/** The columns of audit_event, in COPY order. */
export const AUDIT_COLUMNS = ['id', 'occurred_at', 'actor_kind', 'actor_id', 'client_id', 'client_name', 'role', 'action', 'subject_hash', 'purpose', 'consent_ref', 'request_id', 'outcome', 'detail'] as const;

/** UUID kinds of the rows made here (the registry's use 1-10: src/generator/identifiers.ts). */
const KIND_AUDIT = 0xa1;
const KIND_CLIENT = 0xa2;
const KIND_WATCH = 0xa3;

export interface ActivityOptions {
  databaseUrl: string;
  /** Audit rows to write. */
  auditRows: number;
  /** The key subject hashes are made with: the server's CNIC_HMAC_KEY, or "who checked me" finds nothing. */
  cnicHmacKey: string;
  seed: number;
  /** `YYYY-MM-DD`: rows fall in the `months` months before this day. */
  asOf: string;
  /** Default 24. */
  months?: number;
  /** Rows per COPY (default 200,000). */
  chunkSize?: number;
  onProgress?: (p: { rows: number; total: number; elapsedMs: number }) => void;
}

export interface ActivityReport {
  auditRows: number;
  clients: number;
  watches: number;
  lookupSubjects: number;
  lookupTallies: number;
  partitions: string[];
  timings: { copyMs: number; historyMs: number; totalMs: number };
}

interface GenClient {
  id: string;
  name: string;
  role: string;
  prefix: string;
  jurisdiction: string;
}

/** Who uses the service, how many of each, and their share of the traffic. */
const CLIENT_KINDS: { role: string; label: string; count: number; share: number }[] = [
  { role: 'EMPLOYER', label: 'Employer', count: 24, share: 0.42 },
  { role: 'EDUCATION', label: 'University', count: 8, share: 0.1 },
  { role: 'LAW_ENFORCEMENT', label: 'Police', count: 6, share: 0.12 },
  { role: 'WELFARE_OFFICER', label: 'Welfare office', count: 8, share: 0.18 },
  { role: 'REGISTRATION_CENTRE', label: 'NSER centre', count: 10, share: 0.14 },
  { role: 'SMS_GATEWAY', label: 'SMS gateway', count: 1, share: 0.04 },
];

/** What each kind of client does: action, purpose, weight. */
const ACTS: Record<string, [string, string | null, number][]> = {
  EMPLOYER: [['offender.check', 'EMPLOYMENT_SCREENING', 0.97], ['watch.create', 'EMPLOYMENT_SCREENING', 0.03]],
  EDUCATION: [['offender.check', 'ADMISSIONS', 1]],
  LAW_ENFORCEMENT: [['offender.check', 'LAW_ENFORCEMENT', 0.6], ['offender.read', 'LAW_ENFORCEMENT', 0.3], ['identity.match', 'LAW_ENFORCEMENT', 0.1]],
  WELFARE_OFFICER: [['household.read', 'WELFARE_ADMINISTRATION', 0.5], ['person.read', 'WELFARE_ADMINISTRATION', 0.3], ['score.read', 'WELFARE_ADMINISTRATION', 0.2]],
  REGISTRATION_CENTRE: [['registration.read', 'REGISTRATION', 0.5], ['survey.submit', 'REGISTRATION', 0.3], ['person.read', 'REGISTRATION', 0.2]],
  SMS_GATEWAY: [['offender.check', 'CITIZEN_SELF_CHECK', 0.5], ['subject.access', 'SUBJECT_ACCESS', 0.3], ['survey.status', 'CITIZEN_SELF_CHECK', 0.2]],
};
const CONSENT_PURPOSES = new Set(['EMPLOYMENT_SCREENING', 'ADMISSIONS']);

/** Share of checks of CNICs nobody holds (typos, forged cards). */
const NOT_FOUND_SHARE = 0.03;
/** Most subjects drawn from the registry: at most this many people, the rest of it is never looked up. */
const SUBJECT_POOL = 1_000_000;

function esc(s: string): string {
  return s.replace(/[\\\t\n\r]/g, ' ');
}

async function copyText(client: Client, sql: string, text: string): Promise<void> {
  const stream = client.query(copyFrom(sql));
  stream.end(Buffer.from(text));
  await finished(stream);
}

/** Whole days from 1970-01-01 (UTC) of a `YYYY-MM-DD`. */
function dayNumber(ymd: string): number {
  return Math.floor(Date.parse(`${ymd}T00:00:00Z`) / 86_400_000);
}

export async function generateActivity(options: ActivityOptions): Promise<ActivityReport> {
  const started = performance.now();
  const total = options.auditRows;
  if (!Number.isInteger(total) || total < 1) throw new Error('The number of audit rows must be a positive whole number.');
  const months = options.months ?? 24;
  const chunkSize = options.chunkSize ?? 200_000;
  const uuid = makeUuidFactory(options.seed);
  const rng = new Rng(options.seed, 0x0a0d17);
  const client = new Client({ connectionString: options.databaseUrl, application_name: 'tasdeeq-generator-activity' });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('set local synchronous_commit = off');

    // Clients (idempotent: the same seed makes the same ones).
    const clients: GenClient[] = [];
    let n = 0;
    for (const kind of CLIENT_KINDS) {
      for (let i = 1; i <= kind.count; i++, n++) {
        clients.push({ id: uuid(KIND_CLIENT, n, 0), name: `${kind.label} ${String(i).padStart(2, '0')} (generated)`, role: kind.role, prefix: `gen${String(n).padStart(5, '0')}`, jurisdiction: 'NATIONAL' });
      }
    }
    await client.query(
      `insert into api_client (id, name, role, jurisdiction, disclosure, created_at)
       select x.id, x.name, x.role, x.jurisdiction, case when x.role in ('LAW_ENFORCEMENT', 'WELFARE_OFFICER', 'REGISTRATION_CENTRE') then 'FULL' else 'MATCH_ONLY' end,
         $2::timestamptz from jsonb_to_recordset($1::jsonb) as x(id uuid, name text, role text, jurisdiction text)
       on conflict (id) do nothing`,
      [JSON.stringify(clients), `${options.asOf}T00:00:00Z`],
    );
    const byRole = new Map<string, GenClient[]>();
    for (const c of clients) byRole.set(c.role, [...(byRole.get(c.role) ?? []), c]);

    // Subjects: people of the registry (deterministic order), some offenders among them, and CNICs nobody holds.
    const { rows: people } = await client.query<{ id: string; cnic: string; offender: boolean }>(
      `select c.id, c.cnic, exists (select 1 from conviction v where v.citizen_id = c.id) as offender
         from citizen c order by c.id limit ${SUBJECT_POOL}`,
    );
    if (!people.length) throw new Error('The registry is empty: generate households first (--households N).');
    const hash = (cnic: string) => createHmac('sha256', options.cnicHmacKey).update(cnic).digest('hex');
    const found = people.map((p) => hash(p.cnic));
    const offenders = people.map((p, i) => (p.offender ? i : -1)).filter((i) => i >= 0);
    const unknown = Array.from({ length: 20_000 }, (_, i) => hash(`99999-${String(1_000_000 + i * 7919).slice(-7)}-1`));

    // Partitions for every month the rows fall in (made by the owner's function, as the server's maintenance does).
    const lastDay = dayNumber(options.asOf); // exclusive
    const from = new Date(lastDay * 86_400_000);
    from.setUTCMonth(from.getUTCMonth() - months);
    const firstDay = Math.floor(from.getTime() / 86_400_000);
    const days = lastDay - firstDay;
    const { rows: made } = await client.query<{ name: string | null }>(
      `select audit_partition_ensure(m::date) as name from generate_series($1::date, $2::date - 1, interval '1 month') m`,
      [from.toISOString().slice(0, 10), options.asOf],
    );

    const roles = CLIENT_KINDS.map((k) => k.role);
    const roleShares = CLIENT_KINDS.map((k) => k.share);
    const pickWeighted = <T>(items: readonly T[], weights: readonly number[]): T => {
      let x = rng.next() * weights.reduce((a, b) => a + b, 0);
      for (let i = 0; i < items.length; i++) if ((x -= weights[i]) < 0) return items[i];
      return items[items.length - 1];
    };

    const copySql = `copy audit_event (${AUDIT_COLUMNS.join(', ')}) from stdin`;
    let copyMs = 0;
    const watchRows: string[] = [];
    for (let first = 0; first < total; first += chunkSize) {
      const count = Math.min(chunkSize, total - first);
      const lines: string[] = new Array<string>(count);
      for (let j = 0; j < count; j++) {
        const i = first + j;
        // Time order: row i on day firstDay + i*days/N, in office hours (08:00-20:00 PKT = 03:00-15:00 UTC).
        const day = firstDay + Math.floor((i * days) / total);
        const at = new Date(day * 86_400_000 + 3 * 3_600_000 + Math.floor(rng.next() * 12 * 3_600_000));
        const role = pickWeighted(roles, roleShares);
        const actor = rng.pick(byRole.get(role)!);
        const acts = ACTS[role];
        const [action, purpose] = pickWeighted(acts, acts.map((a) => a[2]));
        // Some people are looked up far more than others (a skewed draw over the pool).
        const u = rng.next();
        const notFound = action === 'offender.check' && rng.chance(NOT_FOUND_SHARE);
        let subjectIndex = Math.floor(u * u * found.length);
        if (action === 'watch.create' || action === 'offender.read') subjectIndex = offenders.length ? offenders[Math.floor(u * offenders.length)] : subjectIndex;
        const subject = notFound ? unknown[Math.floor(u * unknown.length)] : found[subjectIndex];
        const outcome = notFound ? 'NOT_FOUND' : rng.chance(0.002) ? 'REFUSED' : 'SUCCESS';
        const consent = purpose && CONSENT_PURPOSES.has(purpose) ? `CONSENT-${actor.prefix}-${i}` : null;
        const detail = action === 'offender.check' && outcome === 'SUCCESS'
          ? `{"activeConviction": ${people[subjectIndex].offender}}`
          : action === 'subject.access' ? '{"channel": "SMS"}' : null;
        const id = uuid(KIND_AUDIT, i, 0);
        lines[j] = `${id}\t${at.toISOString()}\tAPI_KEY\t${actor.prefix}\t${actor.id}\t${esc(actor.name)}\t${role}\t${action}\t${subject}\t${purpose ?? '\\N'}\t${consent ?? '\\N'}\treq-gen-${i.toString(36)}\t${outcome}\t${detail ?? '\\N'}\n`;
        if (action === 'watch.create' && outcome === 'SUCCESS') {
          const expires = new Date(at.getTime() + 365 * 86_400_000).toISOString();
          watchRows.push(`${uuid(KIND_WATCH, watchRows.length, 0)}\t${actor.id}\t${people[subjectIndex].id}\t${consent}\t${expires}\thttps://hooks.example.pk/${actor.prefix}\t${'0'.repeat(64)}\t${at.toISOString()}\n`);
        }
      }
      const t = performance.now();
      await copyText(client, copySql, lines.join(''));
      copyMs += performance.now() - t;
      options.onProgress?.({ rows: first + count, total, elapsedMs: performance.now() - started });
    }

    const history = performance.now();
    if (watchRows.length) {
      await copyText(client, 'copy offender_watch (id, client_id, citizen_id, consent_ref, expires_at, callback_url, secret, created_at) from stdin', watchRows.join(''));
    }
    // The check history the offender check keeps (Migration20261207800000/840000): each client's distinct people per
    // day (Pakistan's day) and its daily tally, from the generated check rows, so guard and audit agree. Office hours
    // only, so no odd-hour lookups; none in serial order.
    const range = [from.toISOString(), `${options.asOf}T00:00:00Z`];
    const clientIds = clients.map((c) => c.id);
    const subjects = await client.query(
      `insert into lookup_subject (client_id, day, subject_hash)
       select distinct a.client_id, (a.occurred_at at time zone 'Asia/Karachi')::date, a.subject_hash from audit_event a
        where a.action = 'offender.check' and a.occurred_at >= $1 and a.occurred_at < $2 and a.client_id = any($3::uuid[])
          and a.subject_hash is not null
       on conflict do nothing`,
      [...range, clientIds],
    );
    const tallies = await client.query(
      `insert into lookup_tally (client_id, day, shard, lookups, distinct_subjects, not_found, sequential, odd_hour)
       select a.client_id, (a.occurred_at at time zone 'Asia/Karachi')::date, 0, count(*), count(distinct a.subject_hash),
         count(distinct a.subject_hash) filter (where a.outcome = 'NOT_FOUND'), 0, 0
         from audit_event a
        where a.action = 'offender.check' and a.occurred_at >= $1 and a.occurred_at < $2 and a.client_id = any($3::uuid[])
        group by 1, 2
       on conflict (client_id, day, shard) do update set lookups = excluded.lookups, distinct_subjects = excluded.distinct_subjects,
         not_found = excluded.not_found`,
      [...range, clientIds],
    );
    const historyMs = performance.now() - history;
    await client.query('commit');
    await client.query('analyze audit_event, offender_watch, lookup_subject, lookup_tally');
    return {
      auditRows: total,
      clients: clients.length,
      watches: watchRows.length,
      lookupSubjects: subjects.rowCount ?? 0,
      lookupTallies: tallies.rowCount ?? 0,
      partitions: made.map((m) => m.name).filter((m): m is string => !!m),
      timings: { copyMs, historyMs, totalMs: performance.now() - started },
    };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
