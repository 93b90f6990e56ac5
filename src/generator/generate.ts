import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { finished } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { parse } from 'csv-parse/sync';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../app/orm.config';
import { loadReferenceData } from '../jurisdictions/reference-data';
import { Province, provinceCnicDigit } from '../jurisdictions/province';
import type { ProgrammeRules } from '../scorecard/household-eligibility';
import type { ModelSpec } from '../scorecard/scoring';
import { RegistryGenerator } from './households';
import { esc } from './text';
import { MOBILE_NUMBER_HOUSEHOLDS } from './identifiers';
import { TABLES, TABLE_NAMES, type Chunk, type GeneratorDistrict, type GeneratorInput, type Name, type NameTables, type TableName } from './model';

/** The day the synthetic registry describes (PKT): registrations span the 24 months before it. */
export const DEFAULT_AS_OF = '2026-11-01';
export const DEFAULT_SEED = 1;

/** 2023 census population (millions) by province or territory: how households are shared out. */
export const PROVINCE_POPULATION: Record<Province, number> = {
  [Province.PUNJAB]: 127.7,
  [Province.SINDH]: 55.7,
  [Province.KHYBER_PAKHTUNKHWA]: 40.9,
  [Province.BALOCHISTAN]: 14.9,
  [Province.ISLAMABAD]: 2.4,
  [Province.AZAD_KASHMIR]: 4.0,
  [Province.GILGIT_BALTISTAN]: 1.5,
};

/** Share of urban households (2023 census, rounded); metropolitan districts get more (see urbanShare). */
const URBAN_SHARE: Record<Province, number> = {
  [Province.PUNJAB]: 0.4,
  [Province.SINDH]: 0.54,
  [Province.KHYBER_PAKHTUNKHWA]: 0.15,
  [Province.BALOCHISTAN]: 0.31,
  [Province.ISLAMABAD]: 0.47,
  [Province.AZAD_KASHMIR]: 0.18,
  [Province.GILGIT_BALTISTAN]: 0.2,
};
const METROPOLITAN = /^(Karachi|Lahore|Rawalpindi|Faisalabad|Peshawar|Quetta|Multan|Hyderabad|Gujranwala|Islamabad)/;

/** Registry tables the generator fills (and `--replace` empties), children before parents for TRUNCATE. */
const REGISTRY_TABLES = [
  'webhook_delivery', 'offender_watch', 'conviction_event', 'conviction', 'data_quality_flag', 'poverty_score', 'survey',
  'registration_event', 'registration', 'household_member', 'household', 'citizen_mobile_number', 'citizen',
];
/** The register refuses TRUNCATE by trigger (nothing on it is ever deleted); `--replace` lifts that inside its transaction. */
const REGISTER_TRUNCATE_GUARDS: [string, string][] = [['conviction', 'conviction_no_truncate'], ['conviction_event', 'conviction_event_no_truncate']];

export class GeneratorError extends Error {}

export interface GenerateOptions {
  databaseUrl: string;
  households: number;
  seed?: number;
  /** Empty the registry first (in the same transaction) instead of refusing when it holds data. */
  replace?: boolean;
  asOf?: string;
  /** Households per chunk (one COPY per table per chunk). */
  chunkSize?: number;
  /** Worker threads generating while the main thread streams COPY; 0 generates on the main thread. */
  workers?: number;
  onProgress?: (progress: Progress) => void;
  /** Called as each phase after the COPYs starts (restoring indexes, rollups, ANALYZE...): they run for a while silently. */
  onPhase?: (phase: string, elapsedMs: number) => void;
  /**
   * Store the loaded scores' explanations without compression: compressing ~5 KB of JSON per score (pglz, the only
   * method this PostgreSQL build has) is the largest single cost of a load. Costs ~3x the disk for that column.
   * The column's setting is restored before commit, so later writes compress as usual. Default false.
   */
  uncompressedExplanations?: boolean;
  /** Drop foreign keys, unique constraints and secondary indexes for the load and restore them after (default true). */
  deferConstraints?: boolean;
}

export interface Phase {
  name: string;
  ms: number;
}

export interface Progress {
  households: number;
  total: number;
  rows: number;
  elapsedMs: number;
}

export interface GenerateReport {
  households: number;
  seed: number;
  asOf: string;
  rows: Record<TableName, number>;
  /** Milliseconds: generation (worker CPU, overlapped with loading), COPY per table, commit, ANALYZE, total. */
  timings: {
    generateMs: number;
    copyMs: Record<TableName, number>;
    waitMs: number;
    /** Rebuilding secondary indexes and unique constraints, and validating foreign keys, after the load. */
    restoreMs: number;
    /** Rebuilding the dashboard rollups once, their triggers being off during the load. */
    rollupsMs: number;
    constraintMs: Record<string, number>;
    commitMs: number;
    analyzeMs: number;
    totalMs: number;
    /**
     * Every phase of the run in order, wall-clock milliseconds, summing to `totalMs` (the last one, "other", is what no
     * phase measured: should be close to 0). COPY is one phase per table, summed over chunks.
     */
    phases: Phase[];
  };
  replaced: boolean;
}

function dataFile(name: string): string {
  const candidates = [path.resolve(__dirname, '../../../data', name), path.resolve(__dirname, '../../data', name)];
  return candidates.find((p) => fs.existsSync(p)) ?? candidates[0];
}

/** Migrates a database and loads reference data, so a brand-new database can take a registry. */
export async function prepareDatabase(databaseUrl: string): Promise<void> {
  const orm = await MikroORM.init(ormConfig(databaseUrl));
  try {
    await orm.getMigrator().up();
    await loadReferenceData(orm.em.fork());
  } finally {
    await orm.close(true);
  }
}

/** Plausible tehsil names (tehsils are not reference data yet): the district's city, saddar, then compass points. */
function tehsilNames(district: string, count: number): string[] {
  const base = district.replace(/ (District|Division)$/, '');
  const suffixes = ['City', 'Saddar', 'Cantonment', 'North', 'South', 'East', 'West', 'Central', 'Rural', 'Upper', 'Lower', 'Model Town'];
  return suffixes.slice(0, Math.max(1, Math.min(count, suffixes.length))).map((s) => esc(`${base} ${s}`));
}

function loadNames(): NameTables {
  const rows: { kind: string; latin: string; urdu: string; region_hint: string }[] = parse(fs.readFileSync(dataFile('pk-names.csv'), 'utf8'), { columns: true });
  const clean = (r: { latin: string; urdu: string }): Name => ({ latin: r.latin.replace(/[\\\t\n\r]/g, ' '), urdu: r.urdu.replace(/[\\\t\n\r]/g, ' ') });
  const label = (p: Province) =>
    p === Province.KHYBER_PAKHTUNKHWA ? 'Khyber Pakhtunkhwa' : p.charAt(0) + p.slice(1).toLowerCase().replace(/_(.)/g, (_, c: string) => ` ${c.toUpperCase()}`);
  const family = rows.filter((r) => r.kind === 'family');
  return {
    male: rows.filter((r) => r.kind === 'male').map(clean),
    female: rows.filter((r) => r.kind === 'female').map(clean),
    familyByProvince: Object.fromEntries(
      Object.values(Province).map((p) => [p, family.filter((f) => !f.region_hint || f.region_hint === label(p)).map(clean)]),
    ),
  };
}

/** Reads what generation depends on: districts, the active model, the newest programme rules. */
export async function loadInput(client: Client, seed: number, asOf: string): Promise<GeneratorInput> {
  const { rows: districtRows } = await client.query<{ code: string; province: Province; name_en: string; tehsil_count: number | null }>(
    'select code, province, name_en, tehsil_count from district order by code',
  );
  if (!districtRows.length) throw new GeneratorError('The database has no districts: reference data is not loaded.');
  const tehsilsByProvince = new Map<Province, number>();
  for (const d of districtRows) tehsilsByProvince.set(d.province, (tehsilsByProvince.get(d.province) ?? 0) + (d.tehsil_count || 1));
  const districts: GeneratorDistrict[] = districtRows.map((d) => ({
    code: d.code,
    province: d.province,
    nameEn: d.name_en,
    cnicDigit: provinceCnicDigit(d.province),
    weight: (PROVINCE_POPULATION[d.province] * (d.tehsil_count || 1)) / tehsilsByProvince.get(d.province)!,
    urbanShare: METROPOLITAN.test(d.name_en) ? 0.85 : URBAN_SHARE[d.province],
    tehsils: tehsilNames(d.name_en, d.tehsil_count || 1),
  }));
  const { rows: models } = await client.query<{ id: string; version: string; cutoff: number; intercept: number; indicators: ModelSpec['indicators']; region_adjustments: ModelSpec['regionAdjustments'] }>(
    `select id, version, cutoff, intercept, indicators, region_adjustments from scorecard_model where status = 'ACTIVE'`,
  );
  const m = models[0];
  const { rows: ruleRows } = await client.query<{ programme: string; rule: ProgrammeRules[keyof ProgrammeRules] }>(
    'select distinct on (programme) programme, rule from programme_rule order by programme, version desc',
  );
  return {
    seed,
    asOf,
    districts,
    names: loadNames(),
    model: m ? { id: m.id, version: m.version, cutoff: m.cutoff, intercept: m.intercept, indicators: m.indicators, regionAdjustments: m.region_adjustments } : null,
    rules: Object.fromEntries(ruleRows.map((r) => [r.programme, r.rule])) as ProgrammeRules,
  };
}

/** Produces chunks in order: on worker threads (overlapping the load) when there is a compiled worker, else inline. */
function chunkProducer(input: GeneratorInput, total: number, chunkSize: number, workers: number): { next(): Promise<Chunk | null>; close(): Promise<void> } {
  const starts: number[] = [];
  for (let first = 0; first < total; first += chunkSize) starts.push(first);
  const workerFile = path.join(__dirname, 'generate.worker.js');
  if (workers < 1 || !fs.existsSync(workerFile)) {
    const generator = new RegistryGenerator(input);
    let i = 0;
    return {
      next: async () => (i < starts.length ? generator.generate(starts[i], Math.min(chunkSize, total - starts[i++])) : null),
      close: async () => {},
    };
  }
  const pool = Array.from({ length: workers }, () => new Worker(workerFile, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: 256 } }));
  // A worker answers its requests in order: each has a queue of the promises it will settle.
  const queues = pool.map(() => [] as { resolve: (c: Chunk) => void; reject: (e: Error) => void }[]);
  pool.forEach((worker, w) => {
    worker.on('message', (chunk: Chunk) => queues[w].shift()?.resolve(chunk));
    worker.on('error', (error: Error) => queues[w].splice(0).forEach((q) => q.reject(error)));
  });
  const pending: Promise<Chunk>[] = [];
  let requested = 0;
  const request = () => {
    const first = starts[requested];
    const w = requested % pool.length;
    requested++;
    const promise = new Promise<Chunk>((resolve, reject) => queues[w].push({ resolve, reject }));
    promise.catch(() => {}); // observed when its turn comes
    pending.push(promise);
    pool[w].postMessage({ first, count: Math.min(chunkSize, total - first) });
  };
  // Each worker has one chunk in hand and one queued: generation never waits for the database.
  while (requested < starts.length && requested < workers * 2) request();
  let delivered = 0;
  return {
    async next() {
      if (delivered >= starts.length) return null;
      const chunk = await pending[delivered];
      delete pending[delivered];
      delivered++;
      if (requested < starts.length) request();
      return chunk;
    },
    async close() {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}

async function copyInto(client: Client, table: TableName, bytes: Uint8Array, freeze: boolean): Promise<void> {
  // FREEZE when the table was emptied by this transaction: its rows go in frozen and all-visible, so nobody sets hint
  // bits on every page after the load and no anti-wraparound vacuum rewrites them later (PostgreSQL refuses FREEZE
  // otherwise). Like TRUNCATE, it is not MVCC-safe for a snapshot older than the load; the table lock keeps everyone
  // out until the commit.
  const stream = client.query(copyFrom(`copy ${table} (${TABLES[table].join(', ')}) from stdin${freeze ? ' with (freeze)' : ''}`));
  stream.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  await finished(stream);
}

interface Deferred {
  table: string;
  name: string;
  definition: string;
  kind: 'foreign key' | 'unique' | 'index';
}

/**
 * The foreign keys, unique constraints (other than primary keys) and secondary indexes of the loaded tables. Checking
 * a foreign key row by row (a trigger and a lookup per row) and inserting random keys (CNICs, tracking IDs) into
 * B-trees cost more than validating each constraint once and building each index once by sorting, after the load.
 * Dropped and restored inside the load's transaction: no other session ever sees the tables without them.
 */
/** The loaded tables (the COPY targets), as a SQL list of regclass literals. */
const LOADED_TABLES = TABLE_NAMES.map((t) => `'${t}'::regclass`).join(', ');

interface Trigger {
  table: string;
  name: string;
  definition: string;
}

/**
 * The dashboard rollups' row triggers on the loaded tables (not the TRUNCATE ones, which --replace needs). Dropped
 * for the load and created again after the rebuild, not merely disabled: PostgreSQL still captures every inserted row
 * into the transition table of a disabled `REFERENCING NEW TABLE` trigger (a tuplestore spilled to temporary files,
 * 4% of the COPYs' CPU), to give it to nobody.
 */
async function dashboardTriggers(client: Client): Promise<Trigger[]> {
  const { rows } = await client.query<Trigger>(
    `select tgrelid::regclass::text as table, tgname as name, pg_get_triggerdef(oid) as definition from pg_trigger
      where tgrelid in (${LOADED_TABLES}) and tgname like 'dashboard\\_%' and not tgname like '%\\_truncate' order by 1, 2`,
  );
  return rows;
}

async function deferrable(client: Client): Promise<Deferred[]> {
  const { rows: constraints } = await client.query<{ table: string; name: string; definition: string; type: string }>(
    `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition, contype as type
       from pg_constraint where conrelid in (${LOADED_TABLES})
        and contype in ('f', 'u') order by contype desc, conname`,
  );
  const { rows: indexes } = await client.query<{ table: string; name: string; definition: string }>(
    `select i.indrelid::regclass::text as table, c.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class c on c.oid = i.indexrelid
      where i.indrelid in (${LOADED_TABLES}) and not i.indisprimary
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
      order by c.relname`,
  );
  return [
    ...constraints.map((c) => ({ ...c, kind: c.type === 'f' ? ('foreign key' as const) : ('unique' as const) })),
    ...indexes.map((i) => ({ ...i, kind: 'index' as const })),
  ];
}

async function dropDeferred(client: Client, deferred: Deferred[]): Promise<void> {
  for (const d of deferred) {
    if (d.kind === 'index') await client.query(`drop index ${client.escapeIdentifier(d.name)}`);
    else await client.query(`alter table ${d.table} drop constraint ${client.escapeIdentifier(d.name)}`);
  }
}

/** Restores in dependency order: indexes and unique constraints first, then foreign keys (validated now). */
async function restoreDeferred(client: Client, deferred: Deferred[], timings: Record<string, number>): Promise<void> {
  const order = [...deferred.filter((d) => d.kind !== 'foreign key'), ...deferred.filter((d) => d.kind === 'foreign key')];
  for (const d of order) {
    const t = performance.now();
    if (d.kind === 'index') await client.query(d.definition);
    else await client.query(`alter table ${d.table} add constraint ${client.escapeIdentifier(d.name)} ${d.definition}`);
    timings[d.name] = performance.now() - t;
  }
}

/** True when no registry table holds a row (one probe per table). */
async function registryEmpty(client: Client): Promise<boolean> {
  const { rows } = await client.query<{ empty: boolean }>(
    `select ${REGISTRY_TABLES.map((t) => `not exists (select from ${t})`).join(' and ')} as empty`,
  );
  return rows[0].empty;
}

async function registryCounts(client: Client): Promise<{ households: number; citizens: number; convictions: number }> {
  const { rows } = await client.query<{ households: string; citizens: string; convictions: string }>(
    `select (select count(*) from household) as households, (select count(*) from citizen) as citizens,
            (select count(*) from conviction) as convictions`,
  );
  return { households: Number(rows[0].households), citizens: Number(rows[0].citizens), convictions: Number(rows[0].convictions) };
}

/**
 * Fills the registry with `households` synthetic households and their people, surveys, scores, registrations,
 * flags, and some offenders, in ONE transaction: a crash or an error leaves the database as it was, never a
 * half-loaded registry that looks whole. Rows go in with COPY, chunk by chunk, in foreign-key order, while worker
 * threads generate the next chunks. Statement-level triggers (dashboard rollups) fire once per COPY.
 */
export async function generateRegistry(options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const total = options.households;
  if (!Number.isInteger(total) || total < 1) throw new GeneratorError('The number of households must be a positive whole number.');
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new GeneratorError('The seed must be a whole number from 0 to 4294967295.');
  if (total > MOBILE_NUMBER_HOUSEHOLDS) throw new GeneratorError(`At most ${MOBILE_NUMBER_HOUSEHOLDS.toLocaleString('en')} households (the generated mobile-number range).`);
  const chunkSize = options.chunkSize ?? 10_000;
  const rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
  const copyMs = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
  let generateMs = 0;
  let waitMs = 0;
  let replaced = false;
  const constraintMs: Record<string, number> = {};
  // Every phase, timed where it runs, so the report accounts for the whole run.
  const phases: Phase[] = [];
  const phase = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    options.onPhase?.(name, performance.now() - started);
    const t = performance.now();
    try {
      return await run();
    } finally {
      phases.push({ name, ms: performance.now() - t });
    }
  };
  const ms = (name: string) => phases.filter((p) => p.name === name).reduce((sum, p) => sum + p.ms, 0);
  const client = new Client({ connectionString: options.databaseUrl, application_name: 'tasdeeq-generator' });
  await phase('connect', () => client.connect());
  try {
    const input = await phase('read districts, names, model, rules', () => loadInput(client, seed, asOf));
    await client.query('begin');
    try {
      let deferred: Deferred[] = [];
      let rollupTriggers: Trigger[] = [];
      let freeze = false;
      await phase('lock and empty the registry', async () => {
        // Bulk-load settings for this transaction only. Losing the last commit in a crash just means re-running.
        await client.query(`set local synchronous_commit = off`);
        await client.query(`lock table ${REGISTRY_TABLES.join(', ')} in access exclusive mode`);
        const existing = await registryCounts(client);
        const hasData = existing.households + existing.citizens + existing.convictions > 0;
        if (hasData && !options.replace) {
          throw new GeneratorError(
            `The registry already holds data (${existing.households} households, ${existing.citizens} identity records, ${existing.convictions} convictions). ` +
              'Run with --replace to delete the registry first (API clients, keys and the audit log are kept), or use an empty database.',
          );
        }
        // Empty tables are truncated too (nothing is lost): COPY FREEZE needs tables emptied by this transaction. Left
        // as they are only when some registry table holds rows the counts above do not see (then no FREEZE).
        if (hasData || (await registryEmpty(client))) {
          for (const [table, trigger] of REGISTER_TRUNCATE_GUARDS) await client.query(`alter table ${table} disable trigger ${trigger}`);
          await client.query(`truncate ${REGISTRY_TABLES.join(', ')}`);
          for (const [table, trigger] of REGISTER_TRUNCATE_GUARDS) await client.query(`alter table ${table} enable trigger ${trigger}`);
          replaced = hasData;
          freeze = true;
        }
      });
      await phase('drop constraints, indexes, rollup triggers', async () => {
        // Optionally store this load's score explanations uncompressed (see GenerateOptions.uncompressedExplanations).
        if (options.uncompressedExplanations) await client.query('alter table poverty_score alter column explanation set storage external');
        deferred = options.deferConstraints === false ? [] : await deferrable(client);
        await dropDeferred(client, deferred);
        // The dashboard rollups' triggers join each COPY's rows to their households, which grows with the load (a
        // 1M load slowed from 1,500 to 900 households/s with them on); one rebuild at the end is linear.
        rollupTriggers = await dashboardTriggers(client);
        for (const t of rollupTriggers) await client.query(`drop trigger ${client.escapeIdentifier(t.name)} on ${t.table}`);
        // One session does everything: sorts and hashes in memory (index builds, foreign-key validation, the rollup
        // rebuild, the mobile numbers' numbering spilled to disk with 4 MB), and no JIT: compiling each of those big
        // one-off statements cost more than it saved.
        await client.query(`set local maintenance_work_mem = '512MB'`);
        await client.query(`set local work_mem = '256MB'`);
        await client.query(`set local jit = off`);
      });

      const producer = await phase('start the generator', async () => chunkProducer(input, total, chunkSize, options.workers ?? 1));
      try {
        let done = 0;
        let rowCount = 0;
        for (;;) {
          const waited = performance.now();
          const chunk = await producer.next();
          waitMs += performance.now() - waited;
          if (!chunk) break;
          generateMs += chunk.generateMs;
          for (const table of TABLE_NAMES) {
            if (!chunk.rows[table]) continue;
            const t = performance.now();
            await copyInto(client, table, chunk.text[table], freeze);
            copyMs[table] += performance.now() - t;
            rows[table] += chunk.rows[table];
            rowCount += chunk.rows[table];
          }
          done += chunk.households;
          options.onProgress?.({ households: done, total, rows: rowCount, elapsedMs: performance.now() - started });
        }
      } finally {
        phases.push({ name: 'waiting for the generator', ms: waitMs });
        for (const table of TABLE_NAMES) phases.push({ name: `COPY ${table}`, ms: copyMs[table] });
        await phase('stop the generator', () => producer.close());
      }
      // Statistics first, in the load's transaction: the foreign-key checks and the rollup rebuild below are planned
      // on the loaded tables as they are, not on an empty registry's guesses (the rebuild took 35 s planned blind,
      // 17 s with statistics), and they commit with the load.
      await phase('ANALYZE', () => client.query(`analyze ${TABLE_NAMES.join(', ')}`));
      await phase('indexes and constraints', () => restoreDeferred(client, deferred, constraintMs));
      if (rollupTriggers.length) {
        await phase('dashboard rollups', async () => {
          await client.query('select dashboard_rollups_rebuild()');
          for (const t of rollupTriggers) await client.query(t.definition);
        });
      }
      // Back to the column's default: rows written from now on (re-scores) are compressed as usual.
      if (options.uncompressedExplanations) await client.query('alter table poverty_score alter column explanation set storage extended');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    }
    await phase('commit', () => client.query('commit'));
    // The rollups were rewritten by the rebuild: vacuumed now, a dashboard read never wades through the old rows.
    await phase('VACUUM ANALYZE rollups', async () => {
      const { rows: rollups } = await client.query<{ name: string }>(`select relname as name from pg_class where relkind = 'r' and relname like 'dashboard\\_%' order by 1`);
      if (rollups.length) await client.query(`vacuum analyze ${rollups.map((r) => client.escapeIdentifier(r.name)).join(', ')}`);
    });
  } finally {
    await phase('disconnect', () => client.end());
  }
  const totalMs = performance.now() - started;
  phases.push({ name: 'other', ms: totalMs - phases.reduce((sum, p) => sum + p.ms, 0) });
  return {
    households: total,
    seed,
    asOf,
    rows,
    replaced,
    timings: {
      generateMs,
      copyMs,
      waitMs,
      restoreMs: ms('indexes and constraints'),
      rollupsMs: ms('dashboard rollups'),
      constraintMs,
      commitMs: ms('commit'),
      analyzeMs: ms('ANALYZE') + ms('VACUUM ANALYZE rollups'),
      totalMs,
      phases,
    },
  };
}
