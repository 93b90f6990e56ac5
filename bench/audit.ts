/**
 * Audit-log benchmark (issue #17: "an audit query by subject over a month stays under 50 ms at 100M rows"), through
 * the real API, on a database that already holds generated audit rows:
 *   DATABASE_URL=postgres://.../db npm run bench:audit [-- --connections 50 --duration 10 --warmup 3 --name audit-100m]
 * Load the database first: `npm run generate -- --households N` then `npm run generate -- --audit-rows M`, both with the
 * CNIC_HMAC_KEY this bench gives the API (default the bench's key, as bench/run.ts), or the subjects are not found.
 *
 * Picks the busiest month (the partition with most rows) and, in it, the most-checked subject (most audit rows); finds
 * that subject's CNIC among the generated citizens (a subject hash is the HMAC of a CNIC under CNIC_HMAC_KEY); starts the
 * built API (production mode) and measures with autocannon, at 1 client and at --connections:
 *   - the AUDITOR's `auditEvents(filter: { subjectCnic, from, to })` over that month, first page (20), as an auditor
 *     walks it; and the same with `totalCount`;
 *   - the person's own "who checked me" (`subjectAccessReport`, a REGISTRATION_CENTRE's key: the person at the
 *     counter), first page (20): every access to them, all months, newest first. It writes an audit row per call.
 * Then EXPLAIN (ANALYZE, BUFFERS) of the SQL the API runs for each, as the API runs it (its role, its row-level
 * security, its bound parameters): auto_explain for the API's role in this database only, for one request of each,
 * read back from the server log (PG_LOG, default /var/log/postgresql/postgresql-15-main.log; skipped if unreadable).
 * Writes bench/results/<name>.md and .json.
 *
 * A script of its own, not a scenario of bench/run.ts: that run (re)generates its registry and times the peers; this
 * one measures a database loaded once with tens of millions of audit rows (a load of an hour at 100M), as it stands.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHmac } from 'node:crypto';
import { execSync, type ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/app/orm.config';
import { ApiKeysService } from '../src/auth/api-keys.service';
import { NATIONAL } from '../src/jurisdictions/jurisdiction';
import { Role } from '../src/auth/role';
import { startProcess, stopProcess } from './processes';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('./node_modules/autocannon');

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const CONNECTIONS = Number(opt('connections', '50'));
const DURATION = Number(opt('duration', '10'));
const WARMUP = Number(opt('warmup', '3'));
const NAME = opt('name', 'audit');
const PORT = Number(opt('port', '4106'));
const PAGE = 20;
const HMAC_KEY = process.env.CNIC_HMAC_KEY ?? 'tasdeeq-bench-only-hmac-key-0123456789abcdef';
const PG_LOG = process.env.PG_LOG ?? '/var/log/postgresql/postgresql-15-main.log';
const log = (m: string) => process.stderr.write(`[bench:audit] ${m}\n`);

interface Figures {
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  graphqlErrors: number;
}

interface Scenario {
  name: string;
  key: string;
  body: string;
}

async function measure(s: Scenario, connections: number, seconds: number): Promise<Figures> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [{
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${s.key}` },
      body: s.body,
      onResponse: (_status: number, body: string) => {
        if (body.includes('"errors":[')) graphqlErrors++;
      },
    }],
  });
  return {
    requests: result.requests.total,
    rps: Math.round((result.requests.total / seconds) * 10) / 10,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    non2xx: result.non2xx,
    graphqlErrors,
  };
}

function startApi(url: string): Promise<ChildProcess> {
  const env = {
    NODE_ENV: 'production', DATABASE_URL: url, HOST: '127.0.0.1', PORT: String(PORT), CNIC_HMAC_KEY: HMAC_KEY, WORKERS: '1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', WEBHOOK_WORKER: 'false', RESCORE_WORKER: 'false', QUERY_COST_LIMIT: '1000000',
  };
  return startProcess('api-audit', [process.execPath, path.join(ROOT, 'dist/src/main.js')], env, async () =>
    (await fetch(`http://127.0.0.1:${PORT}/readyz`)).ok);
}

async function post(body: string, key: string): Promise<unknown> {
  const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` }, body });
  return res.json();
}

const AUDIT_PAGE = (count: boolean) => `query AuditBySubject($filter: AuditEventFilter!) {
  auditEvents(first: ${PAGE}, filter: $filter) { ${count ? 'totalCount ' : ''}edges { cursor node { id occurredAt action clientName role purpose consentRef outcome } } pageInfo { hasNextPage endCursor } }
}`;
const WHO_CHECKED_ME = `query WhoCheckedMe($input: SubjectAccessInput!) {
  subjectAccessReport(input: $input, first: ${PAGE}) { cnicMasked someEntriesWithheld edges { cursor node { occurredAt kind action institution purpose consentRef outcome } } pageInfo { hasNextPage endCursor } }
}`;

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL: the database holding the generated registry and audit rows');
  if (!fs.existsSync(path.join(__dirname, 'node_modules/autocannon'))) execSync('npm --prefix bench ci --no-audit --no-fund', { cwd: ROOT, stdio: 'inherit' });
  execSync('node scripts/build.mjs --if-stale', { cwd: ROOT, stdio: 'inherit' });
  const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
  const db = new Client({ connectionString: url });
  await db.connect();
  let api: ChildProcess | undefined;
  try {
    // The audit log as it stands: partitions, their rows (the planner's estimate after ANALYZE) and disk.
    const { rows: parts } = await db.query<{ name: string; rows: string; heap: string; indexes: string; bound: string }>(
      `select c.relname as name, c.reltuples::bigint as rows, pg_relation_size(c.oid) as heap, pg_indexes_size(c.oid) as indexes,
              pg_get_expr(c.relpartbound, c.oid) as bound
         from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'audit_event'::regclass order by c.relname`,
    );
    const rowsTotal = parts.reduce((s, p) => s + Math.max(0, Number(p.rows)), 0);
    const heap = parts.reduce((s, p) => s + Number(p.heap), 0);
    const indexes = parts.reduce((s, p) => s + Number(p.indexes), 0);
    const monthly = parts.filter((p) => /^audit_event_\d{4}_\d{2}$/.test(p.name));
    const busiest = monthly.reduce((a, b) => (Number(b.rows) > Number(a.rows) ? b : a));
    const [, fromIso, toIso] = /FROM \('([^']+)'\) TO \('([^']+)'\)/.exec(busiest.bound)!;
    const from = new Date(fromIso).toISOString();
    const to = new Date(toIso).toISOString();
    log(`${parts.length} partitions, ~${rowsTotal.toLocaleString('en')} rows; busiest month ${busiest.name} (~${Number(busiest.rows).toLocaleString('en')} rows)`);

    // Its most-checked subject, and that subject's CNIC among the generated citizens (activity.ts draws subjects from
    // the citizens in id order, skewed towards the first).
    const { rows: [top] } = await db.query<{ subject_hash: string; n: string }>(
      `select subject_hash, count(*) as n from only ${busiest.name} where subject_hash is not null group by 1 order by 2 desc limit 1`,
    );
    const { rows: [all] } = await db.query<{ n: string }>('select count(*) as n from audit_event where subject_hash = $1', [top.subject_hash]);
    const { rows: people } = await db.query<{ cnic: string }>('select cnic from citizen order by id limit 1000000');
    const cnic = people.find((p) => createHmac('sha256', HMAC_KEY).update(p.cnic).digest('hex') === top.subject_hash)?.cnic;
    if (!cnic) throw new Error('the most-checked subject is no generated citizen under this CNIC_HMAC_KEY: generate the audit rows with the same key');
    log(`most-checked subject of ${busiest.name}: ${top.n} rows that month, ${all.n} in all`);

    const orm = await MikroORM.init(ormConfig(url));
    const stamp = new Date().toISOString();
    const keys = new ApiKeysService();
    const key = async (role: Role, name: string) =>
      (await keys.createClientWithKey(orm.em.fork(), { name: `bench ${name} ${stamp}`, role, jurisdiction: NATIONAL, budgetPerMinute: 2_000_000_000, dailyDistinctCap: 2_000_000_000 })).key;
    const auditor = await key(Role.AUDITOR, 'auditor');
    const centre = await key(Role.REGISTRATION_CENTRE, 'registration centre');
    await orm.close(true);

    const filter = { subjectCnic: cnic, from, to };
    const scenarios: Scenario[] = [
      { name: `auditEvents by subject, one month, first page (${PAGE})`, key: auditor, body: JSON.stringify({ query: AUDIT_PAGE(false), variables: { filter } }) },
      { name: `auditEvents by subject, one month, first page (${PAGE}) + totalCount`, key: auditor, body: JSON.stringify({ query: AUDIT_PAGE(true), variables: { filter } }) },
      {
        name: `subjectAccessReport ("who checked me", all months), first page (${PAGE})`, key: centre,
        body: JSON.stringify({ query: WHO_CHECKED_ME, variables: { input: { cnic, purpose: 'SUBJECT_ACCESS', requestRef: 'bench-audit' } } }),
      },
    ];

    api = await startApi(url);
    const samples: Record<string, unknown> = {};
    for (const s of scenarios) {
      const answer = (await post(s.body, s.key)) as { errors?: unknown; data?: Record<string, { edges: unknown[]; totalCount?: number }> };
      if (answer.errors || !answer.data) throw new Error(`${s.name}: ${JSON.stringify(answer).slice(0, 500)}`);
      const data = Object.values(answer.data)[0];
      samples[s.name] = { edges: data.edges.length, totalCount: data.totalCount };
    }
    const loadBefore = os.loadavg().map((n) => n.toFixed(2)).join(' ');
    const results: { scenario: string; connections: number; figures: Figures; load: string }[] = [];
    for (const s of scenarios) {
      for (const c of [1, CONNECTIONS]) {
        log(`${s.name} at ${c}`);
        await measure(s, c, WARMUP);
        const figures = await measure(s, c, DURATION);
        results.push({ scenario: s.name, connections: c, figures, load: os.loadavg().map((n) => n.toFixed(2)).join(' ') });
        log(`  ${figures.rps} req/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms, errors ${figures.errors}/${figures.non2xx}/${figures.graphqlErrors}`);
      }
    }
    const loadAfter = os.loadavg().map((n) => n.toFixed(2)).join(' ');
    await stopProcess(api);
    api = undefined;

    // EXPLAIN (ANALYZE, BUFFERS) of what the API runs, as it runs it: auto_explain for its role in this database.
    const explains = await explainApi(db, url, scenarios);

    const meta = {
      name: NAME, commit, at: new Date().toISOString(), node: process.version, cores: os.cpus().length, loadBefore, loadAfter,
      postgres: (await db.query('show server_version')).rows[0].server_version as string,
      partitions: parts.length, monthlyPartitions: monthly.length, rowsEstimate: rowsTotal, heapBytes: heap, indexBytes: indexes,
      busiestMonth: { partition: busiest.name, rowsEstimate: Number(busiest.rows), from, to },
      subject: { rowsInMonth: Number(top.n), rowsInAll: Number(all.n) }, samples,
    };
    const out = path.join(__dirname, 'results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `${NAME}.json`), `${JSON.stringify({ ...meta, results, explains }, null, 2)}\n`);
    fs.writeFileSync(path.join(out, `${NAME}.md`), markdown(meta, results, explains));
    log(`wrote bench/results/${NAME}.md`);
  } finally {
    await stopProcess(api);
    await db.end();
  }
}

async function explainApi(db: Client, url: string, scenarios: Scenario[]): Promise<Record<string, string[]>> {
  try {
    fs.accessSync(PG_LOG, fs.constants.R_OK);
  } catch {
    log(`no server log at ${PG_LOG} (PG_LOG): EXPLAIN skipped`);
    return {};
  }
  const database = (await db.query('select current_database() as d')).rows[0].d as string;
  const settings = [['session_preload_libraries', 'auto_explain'], ['auto_explain.log_min_duration', '0'], ['auto_explain.log_analyze', 'on'],
    ['auto_explain.log_buffers', 'on'], ['auto_explain.log_timing', 'on'], ['auto_explain.log_format', 'text']];
  const explains: Record<string, string[]> = {};
  let api: ChildProcess | undefined;
  try {
    for (const [name, value] of settings) await db.query(`alter role tasdeeq_app in database "${database}" set ${name} = '${value}'`);
    api = await startApi(url);
    for (const s of scenarios) {
      const mark = fs.statSync(PG_LOG).size;
      await post(s.body, s.key);
      await new Promise((r) => setTimeout(r, 500));
      const text = readFrom(PG_LOG, mark);
      // The plans of the statements that read audit_event (not the request's own audit row, nor its scope set-up).
      explains[s.name] = text.split(/\n(?=\S.*LOG:\s+duration:)/).filter((e) => /Query Text:[\s\S]*from "?audit_event"?/i.test(e) && !/insert into/i.test(e))
        .map((e) => e.replace(/^.*LOG:\s+/, '').trim());
    }
  } finally {
    await stopProcess(api);
    for (const [name] of settings) await db.query(`alter role tasdeeq_app in database "${database}" reset ${name}`);
  }
  return explains;
}

function readFrom(file: string, offset: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.max(0, size - offset));
    fs.readSync(fd, buffer, 0, buffer.length, offset);
    return buffer.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

const gb = (n: number) => `${(n / 1024 ** 3).toFixed(1)} GB`;

function markdown(meta: Record<string, unknown> & { busiestMonth: { partition: string; rowsEstimate: number; from: string; to: string }; subject: { rowsInMonth: number; rowsInAll: number } },
  results: { scenario: string; connections: number; figures: Figures; load: string }[], explains: Record<string, string[]>): string {
  const lines = [
    `# Audit log by subject: ${meta.name}`,
    '',
    `\`npm run bench:audit\` at commit \`${meta.commit}\`, ${meta.at}. Node ${meta.node}, PostgreSQL ${meta.postgres}, ${meta.cores} cores; load average before ${meta.loadBefore}, after ${meta.loadAfter}.`,
    `Audit log: ${meta.partitions} partitions (${meta.monthlyPartitions} monthly), ~${(meta.rowsEstimate as number).toLocaleString('en')} rows (planner estimate), ` +
      `heap ${gb(meta.heapBytes as number)}, indexes ${gb(meta.indexBytes as number)}.`,
    `Busiest month: \`${meta.busiestMonth.partition}\` (~${meta.busiestMonth.rowsEstimate.toLocaleString('en')} rows); its most-checked subject has ` +
      `${meta.subject.rowsInMonth.toLocaleString('en')} rows that month and ${meta.subject.rowsInAll.toLocaleString('en')} in all.`,
    `Each figure: ${WARMUP} s warm-up, then ${DURATION} s of autocannon. Latency in ms.`,
    '',
    '| Scenario | Clients | req/s | p50 | p90 | p99 | max | errors / non-2xx / GraphQL errors | load average after |',
    '|---|---:|---:|---:|---:|---:|---:|---|---|',
    ...results.map((r) => `| ${r.scenario} | ${r.connections} | ${r.figures.rps} | ${r.figures.p50} | ${r.figures.p90} | ${r.figures.p99} | ${r.figures.max} | ` +
      `${r.figures.errors} / ${r.figures.non2xx} / ${r.figures.graphqlErrors} | ${r.load} |`),
    '',
    '## EXPLAIN (ANALYZE, BUFFERS) of what the API runs (auto_explain, one request each)',
    '',
  ];
  for (const [name, plans] of Object.entries(explains)) {
    lines.push(`### ${name}`, '', '```', ...(plans.length ? plans : ['(no plan captured)']), '```', '');
  }
  return `${lines.join('\n')}\n`;
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
