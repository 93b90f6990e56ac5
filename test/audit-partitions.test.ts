import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startTestApp, type TestApp } from './helpers/app';
import { appLoginUrl } from '../src/app/database';
import { DisclosurePolicy, Role } from '../src/auth/role';
import { NATIONAL } from '../src/jurisdictions/jurisdiction';
import type { Viewer } from '../src/auth/viewer';
import { AuditPartitionsWorker } from '../src/oversight/audit-partitions.worker';
import { applyAuditRetention, auditPartitionName } from '../src/audit/partitions';
import { generateRegistry } from '../src/generator/generate';
import { activityRefusal, generateActivity } from '../src/generator/activity';
import { TEST_CNIC_HMAC_KEY } from './helpers/databases';
import { loadConfig } from '../src/config';
import { inScope } from './helpers/app-role';

/** The first day (UTC) of the month `offset` months from the current one. */
function month(offset: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
}

describe('the audit log, partitioned by month (issue #17)', () => {
  let app: TestApp;
  let sql: Client;

  const viewer = (role: Role, clientId: string | null = randomUUID()): Viewer => ({
    actorKind: 'API_KEY',
    actorId: 'attacker',
    clientId,
    clientName: `${role} test`,
    role,
    jurisdiction: NATIONAL,
    disclosure: DisclosurePolicy.MATCH_ONLY,
    budgetPerMinute: 60,
  });
  const partitions = async () =>
    (await app.sql<{ name: string }>(
      `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'audit_event'::regclass order by 1`,
    )).map((r) => r.name);
  const worker = (monthsAhead: number) =>
    new AuditPartitionsWorker(app.orm, () => app.sealer.system('audit-partitions'), app.server.kernel.logger, monthsAhead);
  const scoped = <T>(token: string, fn: () => Promise<T>): Promise<T> => inScope(sql, token, fn);

  beforeAll(async () => {
    app = await startTestApp();
    sql = new Client({ connectionString: appLoginUrl(app.config.databaseUrl!, app.config) });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  it('is a table partitioned by range of occurred_at, with a default partition, keyed by (id, occurred_at)', async () => {
    const [table] = await app.sql<{ kind: string; key: string; pkey: string }>(
      `select c.relkind::text as kind, pg_get_partkeydef(c.oid) as key,
         (select pg_get_constraintdef(k.oid) from pg_constraint k where k.conrelid = c.oid and k.contype = 'p') as pkey
       from pg_class c where c.oid = 'audit_event'::regclass`,
    );
    expect(table).toEqual({ kind: 'p', key: 'RANGE (occurred_at)', pkey: 'PRIMARY KEY (id, occurred_at)' });
    expect(await partitions()).toEqual(expect.arrayContaining(['audit_event_default', auditPartitionName(month(0))]));
  });

  it('the worker makes the current month and the months ahead, by name, and a second run makes nothing', async () => {
    const ahead = [0, 1, 2, 3, 4, 5, 6].map((m) => auditPartitionName(month(m)));
    const before = await partitions();
    const changes = await worker(6).runOnce();
    expect(changes).toEqual(ahead.filter((name) => !before.includes(name)).map((partition) => ({ action: 'CREATED', partition })));
    expect(await partitions()).toEqual(expect.arrayContaining([...ahead, 'audit_event_default']));
    expect(await worker(6).runOnce()).toEqual([]);
    // A row written now goes to this month's partition, not the default one.
    await sql.query('select audit_write($1::jsonb, $2)', [JSON.stringify([{ action: 'partition.now', outcome: 'SUCCESS' }]), app.seal(viewer(Role.EMPLOYER), null)]);
    const [where] = await app.sql<{ partition: string }>(`select tableoid::regclass::text as partition from audit_event where action = 'partition.now'`);
    expect(where.partition).toBe(auditPartitionName(new Date()));
  });

  it('retention drops the months past it (set by the owner), keeps the rest, and never the default partition', async () => {
    const old = [-14, -13, -12].map(month);
    for (const m of old) await app.sql('select audit_partition_ensure($1::date)', [m.toISOString().slice(0, 10)]);
    // A row in the oldest month, written as the owner (the API only ever writes now).
    await app.sql(
      `insert into audit_event (id, occurred_at, actor_kind, actor_id, client_name, role, action, request_id, outcome)
       values (gen_random_uuid(), $1, 'API_KEY', 'x', 'old', 'EMPLOYER', 'offender.check', 'old', 'SUCCESS')`,
      [new Date(old[0].getTime() + 86_400_000)],
    );
    const names = old.map(auditPartitionName);
    // For ever: nothing goes.
    await applyAuditRetention(app.ownerOrm.em.fork(), null);
    expect(await worker(3).runOnce()).toEqual([]);
    // Twelve months: a month goes once its last day is twelve months old; the month twelve months back stays.
    await applyAuditRetention(app.ownerOrm.em.fork(), 12);
    const changes = await worker(3).runOnce();
    expect(changes).toEqual([
      { action: 'DROPPED', partition: names[0] },
      { action: 'DROPPED', partition: names[1] },
    ]);
    const left = await partitions();
    expect(left).toContain(names[2]);
    expect(left).not.toContain(names[0]);
    expect(left).toContain('audit_event_default');
    expect(await app.sql("select 1 from audit_event where request_id = 'old'")).toEqual([]);
    await applyAuditRetention(app.ownerOrm.em.fork(), 84);
  });

  it('a row of a month with no partition still goes in (the default partition) and stays readable', async () => {
    const far = new Date(Date.UTC(2090, 0, 15));
    await app.sql(
      `insert into audit_event (id, occurred_at, actor_kind, actor_id, client_name, role, action, request_id, outcome)
       values (gen_random_uuid(), $1, 'API_KEY', 'x', 'far', 'EMPLOYER', 'offender.check', 'far-future', 'SUCCESS')`,
      [far],
    );
    const [row] = await app.sql<{ partition: string }>(`select tableoid::regclass::text as partition from audit_event where request_id = 'far-future'`);
    expect(row.partition).toBe('audit_event_default');
  });

  it('the app role runs the maintenance only as the server, cannot change retention or touch a partition directly', async () => {
    const partition = auditPartitionName(new Date());
    await expect(scoped(app.seal(viewer(Role.AUDITOR), null), () => sql.query('select * from audit_partitions_maintain(3)'))).rejects.toThrow(
      /only the server maintains the audit partitions/,
    );
    await expect(sql.query('select * from audit_partitions_maintain(3)')).rejects.toThrow(/no valid scope/);
    await expect(scoped(app.sealer.system('audit-partitions'), () => sql.query('select * from audit_partitions_maintain(99)'))).rejects.toThrow(
      /months ahead must be from 0 to 24/,
    );
    await expect(sql.query('update audit_retention set months = 1')).rejects.toThrow(/permission denied for table audit_retention/);
    await expect(sql.query(`select audit_partition_ensure('2001-01-01')`)).rejects.toThrow(/permission denied for function audit_partition_ensure/);
    await expect(sql.query(`select count(*) from ${partition}`)).rejects.toThrow(new RegExp(`permission denied for table ${partition}`));
    await expect(sql.query('select count(*) from audit_event_default')).rejects.toThrow(/permission denied for table audit_event_default/);
    await expect(
      sql.query(`insert into ${partition} (id, actor_kind, actor_id, client_name, role, action, request_id, outcome)
        values (gen_random_uuid(), 'API_KEY', 'x', 'forged', 'AUDITOR', 'forged', 'x', 'SUCCESS')`),
    ).rejects.toThrow(new RegExp(`permission denied for table ${partition}`));
    await expect(sql.query(`drop table ${partition}`)).rejects.toThrow(new RegExp(`must be owner of table ${partition}`));
    await expect(sql.query(`alter table audit_event detach partition ${partition}`)).rejects.toThrow(/must be owner of table audit_event/);
    await expect(sql.query(`delete from audit_event`)).rejects.toThrow(/permission denied for table audit_event/);
  });

  it('row-level security of the parent holds over every partition: others see nothing, a subject only their own rows', async () => {
    const clientId = randomUUID();
    const hash = 'f'.repeat(64);
    await sql.query('select audit_write($1::jsonb, $2)', [
      JSON.stringify([{ action: 'partition.test', outcome: 'SUCCESS', subject_hash: hash }, { action: 'partition.test', outcome: 'SUCCESS', subject_hash: 'e'.repeat(64) }]),
      app.seal(viewer(Role.EMPLOYER, clientId), null),
    ]);
    const [written] = await app.sql<{ n: string; client: string }>(
      "select count(*) as n, min(client_id::text) as client from audit_event where action = 'partition.test'",
    );
    expect(written).toEqual({ n: '2', client: clientId });
    const count = async () => Number((await sql.query("select count(*) n from audit_event where action = 'partition.test'")).rows[0].n);
    expect(await count()).toBe(0);
    expect(await scoped(app.seal(viewer(Role.EMPLOYER, clientId), null), count)).toBe(0);
    expect(await scoped(app.seal(viewer(Role.AUDITOR), null), count)).toBe(2);
    const subject = app.sealer.seal({ k: 'API_KEY', i: 'x', c: null, n: 'x', r: 'SMS_GATEWAY', d: null, q: 'x', b: 1, s: hash });
    expect(await scoped(subject, count)).toBe(1);
  });

  it('the generator writes exactly N audit rows, watches, and a check history that agrees with them', async () => {
    const url = app.config.databaseUrl!;
    const config = loadConfig({ ...process.env, NODE_ENV: 'test', CNIC_HMAC_KEY: TEST_CNIC_HMAC_KEY, DATABASE_URL: url });
    await generateRegistry({ databaseUrl: url, households: 300, seed: 7, workers: 0, replace: true });
    // July's partition exists already: its rows go through the partitioned table; the other five months are loaded
    // into tables of their own and attached (issue #17's bulk load). The rows are the same either way.
    await app.sql("select audit_partition_ensure('2026-07-01')");
    const report = await generateActivity({ databaseUrl: url, auditRows: 2345, cnicHmacKey: config.cnicHmacKey, seed: 7, asOf: '2026-11-01', months: 6, chunkSize: 500 });
    expect(report.auditRows).toBe(2345);
    expect(report.bulkMonths).toBe(5);
    expect(report.partitions).toEqual(['2026_05', '2026_06', '2026_08', '2026_09', '2026_10'].map((m) => `audit_event_${m}`));
    // The rows and watches of this seed, as the row-by-row load (COPY into the partitioned table) wrote them.
    const [digest] = await app.sql<{ rows: string; watches: string }>(
      `select md5(string_agg(concat_ws('|', id, extract(epoch from occurred_at), actor_kind, actor_id, client_id, client_name, role, action,
                subject_hash, purpose, consent_ref, request_id, outcome, detail::text), E'\n' order by id)) as rows,
              (select md5(string_agg(concat_ws('|', w.id, w.client_id, w.citizen_id, w.consent_ref, extract(epoch from w.expires_at), w.callback_url), E'\n' order by w.id))
                 from offender_watch w join api_client c on c.id = w.client_id where c.name like '%(generated)') as watches
         from audit_event where request_id like 'req-gen-%'`,
    );
    expect(digest).toEqual({ rows: '521031c654c214aa0d7f1ac87a5f4004', watches: '86860aa32a5e47f1861d0019f65f1bb9' });
    // An attached month is a partition like any other: the parent's indexes (attached), no leftover CHECK.
    const [shape] = await app.sql<{ indexes: string; checks: string }>(
      `select (select count(*) from pg_index i join pg_inherits h on h.inhrelid = i.indexrelid where i.indrelid = 'audit_event_2026_05'::regclass) as indexes,
              (select count(*) from pg_constraint where conrelid = 'audit_event_2026_05'::regclass and contype = 'c') as checks`,
    );
    expect(shape).toEqual({ indexes: '5', checks: '0' });
    const [rows] = await app.sql<{ n: string; first: Date; last: Date; partitions: string }>(
      `select count(*) n, min(occurred_at) as first, max(occurred_at) as last, count(distinct tableoid) as partitions
         from audit_event where request_id like 'req-gen-%'`,
    );
    expect(Number(rows.n)).toBe(2345);
    expect(rows.first.getTime()).toBeGreaterThanOrEqual(Date.UTC(2026, 4, 1));
    expect(rows.last.getTime()).toBeLessThan(Date.UTC(2026, 10, 1));
    expect(Number(rows.partitions)).toBe(6);
    const [watches] = await app.sql<{ n: string }>(`select count(*) n from offender_watch w join api_client c on c.id = w.client_id where c.name like '%(generated)'`);
    expect(Number(watches.n)).toBe(report.watches);
    const [checks] = await app.sql<{ audited: string; tallied: string; distinct_audited: string; distinct_tallied: string; subjects: string }>(
      `select (select count(*) from audit_event where request_id like 'req-gen-%' and action = 'offender.check') as audited,
              (select sum(lookups) from lookup_tally t join api_client c on c.id = t.client_id where c.name like '%(generated)') as tallied,
              (select count(*) from (select distinct client_id, (occurred_at at time zone 'Asia/Karachi')::date, subject_hash from audit_event
                 where request_id like 'req-gen-%' and action = 'offender.check') d) as distinct_audited,
              (select sum(distinct_subjects) from lookup_tally t join api_client c on c.id = t.client_id where c.name like '%(generated)') as distinct_tallied,
              (select count(*) from lookup_subject s join api_client c on c.id = s.client_id where c.name like '%(generated)') as subjects`,
    );
    expect(Number(checks.tallied)).toBe(Number(checks.audited));
    expect(Number(checks.distinct_tallied)).toBe(Number(checks.distinct_audited));
    expect(Number(checks.subjects)).toBe(Number(checks.distinct_audited));
    expect(report.lookupSubjects).toBe(Number(checks.subjects));

    // The same seed again is refused before it writes anything (its rows' ids exist, and audit rows are never deleted);
    // another seed may still add activity.
    const again = generateActivity({ databaseUrl: url, auditRows: 10, cnicHmacKey: config.cnicHmacKey, seed: 7, asOf: '2026-11-01', months: 6 });
    await expect(again).rejects.toThrow(
      'The audit log already holds the activity generated with seed 7, and audit rows are never deleted (not even by --replace)',
    );
    const [after] = await app.sql<{ n: string }>("select count(*) n from audit_event where request_id like 'req-gen-%'");
    expect(Number(after.n)).toBe(2345);
    expect(await activityRefusal(url, 7)).toMatch(/^The audit log already holds the activity generated with seed 7/);
    expect(await activityRefusal(url, 8)).toBeNull();
  }, 180_000);
});
