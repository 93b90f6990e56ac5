import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { isAlive, readRuntime, startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres';
import { DEFAULT_AS_OF, DEFAULT_SEED, GeneratorError, generateRegistry, prepareDatabase, type Progress } from '../generator/generate';
import { TABLE_NAMES } from '../generator/model';
import { MOBILE_NUMBER_HOUSEHOLDS } from '../generator/identifiers';
import { activityRefusal, generateActivity } from '../generator/activity';

const USAGE = `Usage:
  npm run generate -- --households N [--seed S] [--replace] [--workers W] [--chunk C] [--audit-rows N]
  npm run generate -- --audit-rows N [--audit-months M] [--seed S]     (activity only, on the registry already loaded)

  Fills the registry with N synthetic households (members, identity records, surveys, scores, registrations,
  data-quality flags, offenders), as of ${DEFAULT_AS_OF}. Same N and seed: the same data, byte for byte.
  --seed S     whole number, default ${DEFAULT_SEED}
  --replace    delete the existing registry first (API clients, keys and the audit log are kept)
  --workers W  generator threads (default 1; 0 generates on the main thread)
  --chunk C    households per COPY batch (default 10000)
  --keep-constraints           load with foreign keys and indexes in place (slower; for comparison)
  --uncompressed-explanations  store score explanations uncompressed (faster load, ~3x their disk)
  --audit-rows N   also write N audit rows of generated API clients over the months before the as-of day, their
                   offender watches and check history (lookup_subject, lookup_tally); subject hashes use CNIC_HMAC_KEY
  --audit-months M how many months those rows span (default 24)

  Database: DATABASE_URL if set; else the embedded PostgreSQL of a running \`npm start\`; else the embedded
  PostgreSQL under DATA_DIR (default .data/), started for this command and stopped after.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function wholeNumber(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw.replace(/_/g, ''))) fail(`--${name} must be a whole number (got "${raw}").`);
  const n = Number(raw.replace(/_/g, ''));
  if (n < min || n > max) fail(`--${name} must be from ${min} to ${max}.`);
  return n;
}

function progressLine(p: Progress): string {
  const seconds = p.elapsedMs / 1000;
  const rate = p.households / seconds;
  const eta = rate > 0 ? (p.total - p.households) / rate : 0;
  const pct = ((100 * p.households) / p.total).toFixed(1);
  return `${pct.padStart(5)}%  ${p.households.toLocaleString('en')} / ${p.total.toLocaleString('en')} households  ` +
    `${Math.round(rate).toLocaleString('en')} households/s  ${Math.round(p.rows / seconds).toLocaleString('en')} rows/s  ` +
    `elapsed ${seconds.toFixed(0)} s  ETA ${eta.toFixed(0)} s`;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        households: { type: 'string' },
        seed: { type: 'string' },
        replace: { type: 'boolean' },
        workers: { type: 'string' },
        chunk: { type: 'string' },
        'keep-constraints': { type: 'boolean' },
        'uncompressed-explanations': { type: 'boolean' },
        'audit-rows': { type: 'string' },
        'audit-months': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) fail('');
  if (values.households === undefined && values['audit-rows'] === undefined) fail('--households is required. (Or --audit-rows N alone: activity for the registry already loaded.)');
  const households = wholeNumber(values.households, 'households', 0, 1, MOBILE_NUMBER_HOUSEHOLDS);
  const auditRows = wholeNumber(values['audit-rows'], 'audit-rows', 0, 1, 2_000_000_000);
  const auditMonths = wholeNumber(values['audit-months'], 'audit-months', 24, 1, 240);
  const seed = wholeNumber(values.seed, 'seed', DEFAULT_SEED, 0, 0xffffffff);
  const workers = wholeNumber(values.workers, 'workers', 1, 0, 16);
  const chunkSize = wholeNumber(values.chunk, 'chunk', 10_000, 100, 1_000_000);

  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', true);
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    const runtime = readRuntime(config.dataDir);
    if (runtime && isAlive(runtime.ownerPid)) {
      url = `postgres://postgres:${encodeURIComponent(runtime.password)}@127.0.0.1:${runtime.port}/tasdeeq`;
    } else {
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'tasdeeq', port: config.pgPort, logger });
      url = embedded.url;
    }
  }
  let prepareMs = 0;
  try {
    const preparing = performance.now();
    await prepareDatabase(url);
    prepareMs = performance.now() - preparing;
    // Before loading anything: a seed's activity can be written only once into a database.
    const refusal = auditRows ? await activityRefusal(url, seed) : null;
    if (refusal) throw new GeneratorError(refusal);
    const tty = process.stderr.isTTY;
    let last = 0;
    if (households) await registry(url);
    if (auditRows) {
      last = 0;
      const report = await generateActivity({
        databaseUrl: url,
        auditRows,
        months: auditMonths,
        seed,
        asOf: DEFAULT_AS_OF,
        cnicHmacKey: config.cnicHmacKey,
        onProgress: (p) => {
          const line = `${((100 * p.rows) / p.total).toFixed(1).padStart(5)}%  ${p.rows.toLocaleString('en')} / ${p.total.toLocaleString('en')} audit rows  ` +
            `${Math.round(p.rows / (p.elapsedMs / 1000)).toLocaleString('en')} rows/s  elapsed ${(p.elapsedMs / 1000).toFixed(0)} s`;
          if (tty) process.stderr.write(`\r${line}   `);
          else if (p.elapsedMs - last >= 5000 || p.rows === p.total) {
            last = p.elapsedMs;
            process.stderr.write(`${line}\n`);
          }
        },
      });
      if (tty) process.stderr.write('\n');
      console.log(
        `Generated ${report.auditRows.toLocaleString('en')} audit rows of ${report.clients} API clients over ${auditMonths} months before ${DEFAULT_AS_OF} ` +
          `in ${(report.timings.totalMs / 1000).toFixed(1)} s (COPY ${(report.timings.copyMs / 1000).toFixed(1)} s, indexes and ATTACH of ${report.bulkMonths} months ${(report.timings.indexMs / 1000).toFixed(1)} s); ${report.watches.toLocaleString('en')} offender watches; ` +
          `check history ${report.lookupSubjects.toLocaleString('en')} lookup_subject and ${report.lookupTallies.toLocaleString('en')} lookup_tally rows ` +
          `(${(report.timings.historyMs / 1000).toFixed(1)} s); ${report.partitions.length} audit partitions made.`,
      );
    }
  } finally {
    await embedded?.stop();
  }

  async function registry(url: string): Promise<void> {
    const tty = process.stderr.isTTY;
    let last = 0;
    // Phases before and during the COPYs are quick or shown by the progress line.
    let ended = false;
    const loading = new Set(['connect', 'read districts, names, model, rules', 'lock and empty the registry', 'drop constraints, indexes, rollup triggers', 'start the generator', 'stop the generator', 'disconnect']);
    const report = await generateRegistry({
      databaseUrl: url,
      households,
      seed,
      replace: values.replace ?? false,
      workers,
      chunkSize,
      deferConstraints: !values['keep-constraints'],
      uncompressedExplanations: values['uncompressed-explanations'] ?? false,
      onProgress: (p) => {
        if (tty) process.stderr.write(`\r${progressLine(p)}   `);
        else if (p.elapsedMs - last >= 5000 || p.households === p.total) {
          last = p.elapsedMs;
          process.stderr.write(`${progressLine(p)}\n`);
        }
      },
      onPhase: (phase, elapsedMs) => {
        // After the COPYs the run goes on for a while without rows to count: say what it is doing.
        if (loading.has(phase)) return;
        if (tty && !ended) process.stderr.write('\n');
        ended = true;
        process.stderr.write(`${phase} ... (elapsed ${(elapsedMs / 1000).toFixed(0)} s)\n`);
      },
    });
    if (tty && !ended) process.stderr.write('\n');
    const t = report.timings;
    const totalRows = TABLE_NAMES.reduce((sum, table) => sum + report.rows[table], 0);
    console.log(
      `Generated ${report.households.toLocaleString('en')} households (seed ${report.seed}, as of ${report.asOf}) ` +
        `in ${(t.totalMs / 1000).toFixed(1)} s: ${totalRows.toLocaleString('en')} rows${report.replaced ? ', replacing the previous registry' : ''}.`,
    );
    for (const table of TABLE_NAMES) {
      console.log(`  ${table.padEnd(20)} ${report.rows[table].toLocaleString('en').padStart(12)} rows  COPY ${(t.copyMs[table] / 1000).toFixed(1).padStart(6)} s`);
    }
    console.log(
      `  generation ${(t.generateMs / 1000).toFixed(1)} s of worker time (overlapped); waited for the generator ${(t.waitMs / 1000).toFixed(1)} s; ` +
        `indexes and constraints ${(t.restoreMs / 1000).toFixed(1)} s; dashboard rollups ${(t.rollupsMs / 1000).toFixed(1)} s; commit ${(t.commitMs / 1000).toFixed(1)} s; ANALYZE ${(t.analyzeMs / 1000).toFixed(1)} s`,
    );
    // Every phase, in order, with the preparation before the load: the figures add up to the run.
    const phases = [{ name: 'prepare the database (migrations, reference data)', ms: prepareMs }, ...t.phases];
    const all = phases.reduce((sum, p) => sum + p.ms, 0);
    console.log(`  phases (${(all / 1000).toFixed(1)} s with the preparation):`);
    for (const p of phases) console.log(`    ${p.name.padEnd(52)} ${(p.ms / 1000).toFixed(1).padStart(7)} s  ${((100 * p.ms) / all).toFixed(1).padStart(5)}%`);
    if (process.env.GENERATOR_VERBOSE) {
      for (const [name, ms] of Object.entries(t.constraintMs)) console.log(`    ${name.padEnd(60)} ${(ms / 1000).toFixed(2)} s`);
    }
  }
}

main().catch((error) => {
  console.error(error instanceof GeneratorError ? error.message : error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
