/**
 * Re-score benchmark (not a test): loads N households into a fresh database, activates NSER-2011 the way
 * `activateScorecardModel` does, and times the real re-score worker (chunked, one transaction per chunk) until every
 * household has a score under the new model. Reports households per second.
 *   npm run bench:rescore [-- --households 1000000] [--chunk 5000] [--lanes 2] [--scored]
 * Uses an embedded PostgreSQL in a temporary directory, or DATABASE_URL's database itself, which must hold no registry
 * yet (`createdb rescore_bench`): a second run into the same database is refused (it would count the first's households).
 * Writes bench/results/rescore.md.
 *
 * The households are clones of a demo household's survey (the roster snapshot travels with the survey, so no
 * member rows are needed), spread over all districts: the scoring work per household is real, the variety is not.
 * With `--scored`, each clone also has the demo household's current score under the model active before (as every
 * household of a registry has when a new model is activated): the re-score then also retires 5,000 current scores a
 * chunk. Without it only the demo households have one.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { openDatabase } from '../src/app/database';
import { ReferenceData } from '../src/jurisdictions/reference-data';
import { RescoreWorker } from '../src/scorecard/rescore.worker';
import { ScopeSealer } from '../src/db/scope-seal';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('households', 1_000_000);
const BATCH = 100_000;
const CHUNK = arg('chunk', 5000);
// The server's default (RESCORE_LANES): chunks of different ranges run at once.
const LANES = arg('lanes', 2);
const SCORED = process.argv.includes('--scored');

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasdeeq-bench-'));
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'warn', RESCORE_WORKER: 'false' });
  const logger = createLogger('warn', true);
  const db = await openDatabase(config, logger);
  const url = config.databaseUrl ?? db.embedded!.url;
  const owner = new Client({ connectionString: url });
  await owner.connect();
  // The demo's few households at most: a database holding an earlier run's clones would be re-scored with them.
  const held = Number((await owner.query<{ n: string }>('select count(*) n from household')).rows[0].n);
  if (held > 1000) {
    await owner.end();
    await db.close();
    throw new Error(`The database already holds ${held.toLocaleString('en')} households (an earlier run's?): give the bench an empty one (createdb).`);
  }
  try {
    const [template] = (
      await owner.query(`select s.id survey, s.household_id household, p.id score from survey s join poverty_score p on p.survey_id = s.id limit 1`)
    ).rows;
    const columns = async (table: string, except: string[]) =>
      (await owner.query<{ name: string }>(
        `select quote_ident(column_name) as name from information_schema.columns where table_name = $1 and table_schema = current_schema()
           and is_generated = 'NEVER' and not (column_name = any($2)) order by ordinal_position`,
        [table, except],
      )).rows.map((r) => r.name);
    const householdColumns = await columns('household', ['id', 'district_code']);
    // The clones are no registration's and carry no idempotency key (both unique).
    const surveyColumns = await columns('survey', ['id', 'household_id', 'registration_id', 'idempotency_key']);
    const scoreColumns = await columns('poverty_score', ['id', 'household_id', 'survey_id']);
    const started = Date.now();
    // Loaded without triggers (the dashboard rollups' statement triggers made a batch of 100,000 surveys take
    // minutes; foreign keys hold by construction), the rollups rebuilt once after: the re-score runs with all on.
    await owner.query(`set session_replication_role = replica`);
    for (let done = 0; done < N; done += BATCH) {
      const n = Math.min(BATCH, N - done);
      await owner.query('begin');
      await owner.query(`create temp table ids on commit drop as
        select gen_random_uuid() hid, gen_random_uuid() sid, i from generate_series(1, $1) i`, [n]);
      // Column by column from the template (jsonb_populate_record of the whole row cost a millisecond a row).
      await owner.query(
        `insert into household (id, district_code, ${householdColumns.join(', ')})
         select ids.hid, d.codes[1 + ids.i % array_length(d.codes, 1)], ${householdColumns.map((c) => `h.${c}`).join(', ')}
         from ids, household h, (select array_agg(code order by code) codes from district) d where h.id = $1`,
        [template.household],
      );
      await owner.query(
        `insert into survey (id, household_id, ${surveyColumns.join(', ')})
         select ids.sid, ids.hid, ${surveyColumns.map((c) => `s.${c}`).join(', ')} from ids, survey s where s.id = $1`,
        [template.survey],
      );
      if (SCORED) {
        await owner.query(
          `insert into poverty_score (id, household_id, survey_id, ${scoreColumns.join(', ')})
           select gen_random_uuid(), ids.hid, ids.sid, ${scoreColumns.map((c) => `p.${c}`).join(', ')} from ids, poverty_score p where p.id = $1`,
          [template.score],
        );
      }
      await owner.query('commit');
      process.stderr.write(`\rloaded ${done + n} / ${N} households`);
    }
    await owner.query(`set session_replication_role = origin`);
    await owner.query('select dashboard_rollups_rebuild()');
    const loadSeconds = (Date.now() - started) / 1000;
    process.stderr.write(`\nloaded in ${loadSeconds.toFixed(1)} s; activating NSER-2011\n`);
    await owner.query('vacuum analyze household');
    await owner.query('vacuum analyze survey');
    if (SCORED) await owner.query('vacuum analyze poverty_score');

    // What activateScorecardModel does, minus the request around it.
    await owner.query(`update scorecard_model set status = 'RETIRED', retired_at = now() where status = 'ACTIVE'`);
    const { rows: [model] } = await owner.query(
      `update scorecard_model set status = 'ACTIVE', activated_at = now(), retired_at = null where version = 'NSER-2011' returning id`,
    );
    const { rows: [{ total }] } = await owner.query('select count(*)::int total from household');
    const { rows: [job] } = await owner.query(
      'insert into rescore_job (id, model_id, total) values (gen_random_uuid(), $1, $2) returning id',
      [model.id, total],
    );

    const sealer = new ScopeSealer(db.sealKey);
    const worker = new RescoreWorker(db.orm, () => sealer.system('rescore'), await ReferenceData.load(db.orm.em.fork()), logger, { chunkSize: CHUNK, lanes: LANES });
    const { rows: [{ server, buffers, walCompression }] } = await owner.query(
      `select current_setting('server_version') server, current_setting('shared_buffers') buffers, current_setting('wal_compression') "walCompression"`,
    );
    // CPU of the worker's PostgreSQL backends (the app role's connections to this database), from /proc when the
    // server runs on this machine: with the process's own CPU, a figure that contention for the cores does not skew
    // the way wall time is. (Autovacuum, the WAL writer and the checkpointer are not counted.)
    const backendTicks = async () => {
      const { rows } = await owner.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and usename = 'tasdeeq_app'`);
      const ticks = new Map<number, number>();
      for (const { pid } of rows) {
        try {
          const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
          ticks.set(pid, Number(fields[11]) + Number(fields[12]));
        } catch {
          // not on this machine
        }
      }
      return ticks;
    };
    // WAL written while the re-score runs (the whole server's: an otherwise idle one is the re-score's): its bytes and
    // full-page images per household, what a replica and the archive receive for it.
    const wal = async () =>
      (await owner.query<{ records: string; fpi: string; bytes: string }>('select wal_records records, wal_fpi fpi, wal_bytes bytes from pg_stat_wal')).rows[0];
    const wal0 = await wal();
    const ticks0 = await backendTicks();
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const chunks = await worker.drain();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    const ticks1 = await backendTicks();
    const wal1 = await wal();
    const walDelta = (k: 'records' | 'fpi' | 'bytes') => Number(wal1[k]) - Number(wal0[k]);
    const dbCpu = ticks1.size ? [...ticks1].reduce((sum, [pid, t]) => sum + t - (ticks0.get(pid) ?? 0), 0) / 100 : null;
    const load = os.loadavg().map((l) => l.toFixed(2)).join(', ');
    const { rows: [result] } = await owner.query(
      `select j.processed, j.total, j.status, (select count(*)::int from poverty_score p where p.model_id = j.model_id) scores
       from rescore_job j where j.id = $1`,
      [job.id],
    );
    const perSecond = Math.round(result.processed / seconds);
    const commit = execSync('git rev-parse --short HEAD').toString().trim();
    const report = `# Re-score benchmark

\`npm run bench:rescore -- --households ${N}${SCORED ? ' --scored' : ''}\` at commit \`${commit}\`, ${new Date().toISOString()}, Node ${process.version},
${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${config.databaseUrl ? 'PostgreSQL' : 'embedded PostgreSQL'} ${server} (fsync on, shared_buffers ${buffers}, wal_compression ${walCompression}), one worker process.

Households are clones of a demo survey spread over all 160 districts (see the script's header)${SCORED ? ', each with a current score under the model active before' : ''}. The worker re-scores
every household under NSER-2011 after its activation, in chunks of ${CHUNK.toLocaleString('en')} on ${LANES} lane${LANES === 1 ? '' : 's'} (chunks of different id ranges at once), each chunk one transaction that reads its
households in one query, scores them with the pure function and writes them back set-based, moving its range's cursor.
Worker time, summed over chunks (lanes overlap, so the sum can exceed the wall time): read ${(worker.timings.readMs / 1000).toFixed(1)} s, scoring ${(worker.timings.scoreMs / 1000).toFixed(1)} s, writes ${(worker.timings.writeMs / 1000).toFixed(1)} s (the rest: claiming the job row, commits).

CPU per household: worker process ${((cpu.user + cpu.system) / result.processed).toFixed(1)} µs, its PostgreSQL backends ${dbCpu === null ? 'n/a' : `${((dbCpu * 1e6) / result.processed).toFixed(1)} µs`}.
WAL per household (pg_stat_wal, the whole server): ${Math.round(walDelta('bytes') / result.processed).toLocaleString('en')} bytes in ${(walDelta('records') / result.processed).toFixed(1)} records, ${(walDelta('fpi') / result.processed).toFixed(2)} full-page images (${(walDelta('bytes') / 1e6).toFixed(0)} MB in all).
Load average when the re-score ended (1, 5, 15 min): ${load}.

| households | load (SQL clone) | re-score wall | households/s | chunks | API process CPU | PostgreSQL backends' CPU | scores written | job |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| ${result.total.toLocaleString('en')} | ${loadSeconds.toFixed(1)} s | ${seconds.toFixed(1)} s | ${perSecond.toLocaleString('en')} | ${chunks} | ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s | ${dbCpu === null ? 'n/a' : `${dbCpu.toFixed(1)} s`} | ${result.scores.toLocaleString('en')} | ${result.status}, ${result.processed}/${result.total} |
`;
    fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
    fs.writeFileSync(path.join(__dirname, 'results', 'rescore.md'), report);
    process.stdout.write(report);
  } finally {
    await owner.end();
    await db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
