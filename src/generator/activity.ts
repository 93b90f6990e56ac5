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
 * Runs after the registry is loaded, in one transaction of its own; rows go in with COPY, in time order.
 *
 * Bulk load (issue #17: 100M rows): a month whose partition does not exist yet is loaded into a standalone table of
 * the partition's shape with no index or constraint (COPY FREEZE: the table is new in this transaction, so its rows are
 * written frozen and never rewritten by VACUUM), then gets the partition's primary key and indexes (each one sort), a
 * CHECK of the month's bounds, and is ATTACHed as the month's partition (the CHECK lets ATTACH skip the scan; it is
 * dropped after). A month whose partition already exists, or whose rows already sit in the default partition, or a
 * connection that does not own `audit_event`, gets its rows by COPY into the partitioned table as before. The rows
 * are the same either way: the same seed gives the same rows.
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
  /** Load months into standalone tables and attach them (default true); false: COPY into the partitioned table. */
  bulk?: boolean;
  onProgress?: (p: { rows: number; total: number; elapsedMs: number }) => void;
}

export interface ActivityReport {
  auditRows: number;
  clients: number;
  watches: number;
  lookupSubjects: number;
  lookupTallies: number;
  partitions: string[];
  /** copyMs: COPY; indexMs: indexes and ATTACH of the bulk-loaded months (both exclude the rows' generation). */
  timings: { copyMs: number; indexMs: number; historyMs: number; totalMs: number };
  /** Months loaded into standalone tables and attached (the rest went through the partitioned table). */
  bulkMonths: number;
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

/** The parent's indexes, as `create table ... partition of` names them on a partition (`<partition>_<suffix>`). */
const PARTITION_INDEXES: [suffix: string, columns: string][] = [
  ['client_id_idx', 'client_id'],
  ['action_idx', 'action'],
  ['occurred_at_id_idx', 'occurred_at, id'],
  ['subject_hash_occurred_at_id_idx', 'subject_hash, occurred_at, id'],
];

interface Month {
  name: string;
  /** Day number of its first day. */
  startDay: number;
  /** Its bounds, `YYYY-MM-01T00:00:00Z`. */
  from: string;
  to: string;
  /** Loaded into a standalone table and attached (else: COPY into audit_event). */
  bulk: boolean;
  /** The standalone table has been made. */
  opened: boolean;
}

/** The UTC months holding days [firstDay, lastDay). */
function monthsOf(firstDay: number, lastDay: number): Month[] {
  const out: Month[] = [];
  const d = new Date(firstDay * 86_400_000);
  let cursor = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  while (cursor < lastDay * 86_400_000) {
    const at = new Date(cursor);
    const next = Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1);
    out.push({
      name: `audit_event_${at.getUTCFullYear()}_${String(at.getUTCMonth() + 1).padStart(2, '0')}`,
      startDay: cursor / 86_400_000,
      from: at.toISOString().slice(0, 10) + 'T00:00:00Z',
      to: new Date(next).toISOString().slice(0, 10) + 'T00:00:00Z',
      bulk: false,
      opened: false,
    });
    cursor = next;
  }
  return out;
}

/** Lets the event loop run (the COPY in flight sends its rows while the next chunk is made). */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The API clients a seed's activity is written by, in order: the same seed makes the same ones. */
function generatedClients(seed: number): GenClient[] {
  const uuid = makeUuidFactory(seed);
  const clients: GenClient[] = [];
  let n = 0;
  for (const kind of CLIENT_KINDS) {
    for (let i = 1; i <= kind.count; i++, n++) {
      clients.push({ id: uuid(KIND_CLIENT, n, 0), name: `${kind.label} ${String(i).padStart(2, '0')} (generated)`, role: kind.role, prefix: `gen${String(n).padStart(5, '0')}`, jurisdiction: 'NATIONAL' });
    }
  }
  return clients;
}

/**
 * Why a seed's activity cannot be written into this database, or null. The same seed writes the same audit rows (same
 * ids), and the audit log never deletes a row (`--replace` keeps it): a second run of a seed would fail on its first
 * duplicate id, after the registry's load. The CLI asks before loading anything.
 */
export async function activityRefusal(db: Client | string, seed: number): Promise<string | null> {
  const client = typeof db === 'string' ? new Client({ connectionString: db, application_name: 'tasdeeq-generator-activity' }) : db;
  if (typeof db === 'string') await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>(
      'select exists (select 1 from audit_event where client_id = any($1::uuid[])) as exists',
      [generatedClients(seed).map((c) => c.id)],
    );
    return rows[0].exists
      ? `The audit log already holds the activity generated with seed ${seed}, and audit rows are never deleted (not even by ` +
          `--replace): the same seed would write the same rows again. For more activity, run --audit-rows N with another --seed ` +
          `on the registry already loaded; or leave out --audit-rows.`
      : null;
  } finally {
    if (typeof db === 'string') await client.end();
  }
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

    // Clients (idempotent: the same seed makes the same ones); their audit rows are not (see activityRefusal).
    const clients = generatedClients(options.seed);
    const refusal = await activityRefusal(client, options.seed);
    if (refusal) throw new Error(refusal);
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

    // The months the rows fall in, and how each is loaded.
    const lastDay = dayNumber(options.asOf); // exclusive
    const from = new Date(lastDay * 86_400_000);
    from.setUTCMonth(from.getUTCMonth() - months);
    const firstDay = Math.floor(from.getTime() / 86_400_000);
    const days = lastDay - firstDay;
    const monthList = monthsOf(firstDay, lastDay);
    if (options.bulk ?? true) {
      const { rows: states } = await client.query<{ name: string; free: boolean }>(
        `select m.name, to_regclass(m.name) is null
             and (select c.relowner = (select oid from pg_roles where rolname = current_user) from pg_class c where c.oid = 'audit_event'::regclass)
             and not exists (select 1 from audit_event_default d where d.occurred_at >= m.lo and d.occurred_at < m.hi) as free
           from jsonb_to_recordset($1::jsonb) as m(name text, lo timestamptz, hi timestamptz)`,
        [JSON.stringify(monthList.map((m) => ({ name: m.name, lo: m.from, hi: m.to })))],
      );
      const free = new Set(states.filter((r) => r.free).map((r) => r.name));
      for (const m of monthList) m.bulk = free.has(m.name);
    }
    const ensure = async (list: Month[]) => list.length
      ? (await client.query<{ name: string | null }>('select audit_partition_ensure(m::date) as name from unnest($1::date[]) m', [list.map((m) => m.from.slice(0, 10))])).rows.map((r) => r.name)
      : [];
    // The months that go through the partitioned table get their partitions first (the owner's function, as the
    // server's maintenance makes them).
    const ensured = await ensure(monthList.filter((m) => !m.bulk));
    if (monthList.some((m) => m.bulk)) {
      await client.query("set local maintenance_work_mem = '512MB'");
    }

    const roles = CLIENT_KINDS.map((k) => k.role);
    const roleShares = CLIENT_KINDS.map((k) => k.share);
    const sum = (weights: readonly number[]) => weights.reduce((a, b) => a + b, 0);
    const pickWeighted = <T>(items: readonly T[], weights: readonly number[], total: number): T => {
      let x = rng.next() * total;
      for (let i = 0; i < items.length; i++) if ((x -= weights[i]) < 0) return items[i];
      return items[items.length - 1];
    };

    // Per role, once (not per row): its clients, acts, their weights and the weights' sums.
    const roleSum = sum(roleShares);
    const byRoleActs = new Map(roles.map((r) => [r, { clients: byRole.get(r)!, acts: ACTS[r], weights: ACTS[r].map((a) => a[2]), total: sum(ACTS[r].map((a) => a[2])) }]));
    const columns = AUDIT_COLUMNS.join(', ');
    let copyMs = 0;
    let indexMs = 0;
    const attached: string[] = [];
    /** A bulk month's table gets its indexes and becomes the month's partition. */
    const attach = async (m: Month) => {
      const t = performance.now();
      await client.query(`alter table ${m.name} add constraint ${m.name}_pkey primary key (id, occurred_at)`);
      for (const [suffix, cols] of PARTITION_INDEXES) await client.query(`create index ${m.name}_${suffix} on ${m.name} (${cols})`);
      await client.query(`alter table ${m.name} add constraint ${m.name}_bounds check (occurred_at >= '${m.from}'::timestamptz and occurred_at < '${m.to}'::timestamptz)`);
      await client.query(`alter table audit_event attach partition ${m.name} for values from ('${m.from}') to ('${m.to}')`);
      await client.query(`alter table ${m.name} drop constraint ${m.name}_bounds`);
      await client.query(`revoke all on ${m.name} from public`);
      attached.push(m.name);
      indexMs += performance.now() - t;
    };
    /** COPYs one month's rows: into its standalone table (made at its first rows) or into audit_event. */
    const load = async (m: Month, text: string, closing: Month | null) => {
      if (closing) await attach(closing);
      const t = performance.now();
      if (m.bulk && !m.opened) {
        // The partition's shape: its columns, NOT NULLs and defaults; nothing else until the rows are in.
        await client.query(`create table ${m.name} (like audit_event including defaults)`);
        m.opened = true;
      }
      await copyText(client, m.bulk ? `copy ${m.name} (${columns}) from stdin with (freeze)` : `copy audit_event (${columns}) from stdin`, text);
      copyMs += performance.now() - t;
    };

    let pending: Promise<void> = Promise.resolve();
    let current = 0; // index in monthList of the month being generated
    let loading: Month | null = null; // the month being loaded
    const watchRows: string[] = [];
    for (let first = 0; first < total; first += chunkSize) {
      const count = Math.min(chunkSize, total - first);
      // The chunk's rows, split where the month changes.
      const segments: { month: number; lines: string[] }[] = [{ month: current, lines: [] }];
      for (let j = 0; j < count; j++) {
        const i = first + j;
        if ((j & 8191) === 8191) await yieldToIo();
        // Time order: row i on day firstDay + i*days/N, in office hours (08:00-20:00 PKT = 03:00-15:00 UTC).
        const day = firstDay + Math.floor((i * days) / total);
        while (current + 1 < monthList.length && day >= monthList[current + 1].startDay) current++;
        if (segments[segments.length - 1].month !== current) segments.push({ month: current, lines: [] });
        const lines = segments[segments.length - 1].lines;
        const at = new Date(day * 86_400_000 + 3 * 3_600_000 + Math.floor(rng.next() * 12 * 3_600_000));
        const role = pickWeighted(roles, roleShares, roleSum);
        const kind = byRoleActs.get(role)!;
        const actor = rng.pick(kind.clients);
        const [action, purpose] = pickWeighted(kind.acts, kind.weights, kind.total);
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
        lines.push(`${id}\t${at.toISOString()}\tAPI_KEY\t${actor.prefix}\t${actor.id}\t${esc(actor.name)}\t${role}\t${action}\t${subject}\t${purpose ?? '\\N'}\t${consent ?? '\\N'}\treq-gen-${i.toString(36)}\t${outcome}\t${detail ?? '\\N'}\n`);
        if (action === 'watch.create' && outcome === 'SUCCESS') {
          const expires = new Date(at.getTime() + 365 * 86_400_000).toISOString();
          watchRows.push(`${uuid(KIND_WATCH, watchRows.length, 0)}\t${actor.id}\t${people[subjectIndex].id}\t${consent}\t${expires}\thttps://hooks.example.pk/${actor.prefix}\t${'0'.repeat(64)}\t${at.toISOString()}\n`);
        }
      }
      // One chunk in flight: its COPY runs while the next chunk is made.
      await pending;
      const done = first + count;
      pending = (async () => {
        for (const seg of segments) {
          const m = monthList[seg.month];
          const previous = loading !== null && loading !== m ? loading : null;
          loading = m;
          await load(m, seg.lines.join(''), previous?.bulk ? previous : null);
        }
        options.onProgress?.({ rows: done, total, elapsedMs: performance.now() - started });
      })();
      pending.catch(() => {}); // awaited below; an error stops the load at the next chunk
    }
    await pending;
    const last = loading as Month | null;
    if (last?.bulk) await attach(last);
    // Every month of the range has its partition, rows or not.
    const made = [...ensured, ...(await ensure(monthList.filter((m) => m.bulk && !m.opened))), ...attached].filter((m): m is string => !!m).sort();

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
      partitions: made,
      bulkMonths: attached.length,
      timings: { copyMs, indexMs, historyMs, totalMs: performance.now() - started },
    };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
