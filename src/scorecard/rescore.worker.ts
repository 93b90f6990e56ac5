import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { nationalScope, scope } from '../db/jurisdiction-scope';
import { boundQuery, sqlArray, sqlQuotedArray } from '../db/raw-query';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { Logger } from '../logger';
import { SURVEY_INDICATORS, SurveyEntity, type IndicatorValues, type RosterEntry } from '../households';
import { ScorecardModelEntity } from './scorecard.entity';
import { ModelStatus } from './scorecard.enums';
import { currentRules, eligibilityOf, scoreSurveyFacts, toSpec } from './score-writer';
import { rescoreChunks } from './rescore.metrics';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

type Sql = <T>(text: string, bindings: unknown[]) => Promise<T[]>;
/** A range of the job's households: ids in [lo, hi) (hi null: to the end), done up to `cursor`. */
type Slice = { slice: number; lo: string; hi: string | null; cursor: string | null };

/** A household of the chunk, with its latest survey (null columns when it has none) and its score under the model. */
type ChunkRow = {
  household_id: string;
  district_code: string;
  area: 'URBAN' | 'RURAL';
  survey_id: string | null;
  survey_version: number;
  as_of: string;
  roster: RosterEntry[];
  score_id: string | null;
  score_current: boolean | null;
  score_value: number | null;
  score_model: string | null;
} & Record<string, unknown>;

export interface RescoreWorkerOptions {
  /** Households per transaction. */
  chunkSize?: number;
  /** Chunks run at once, each in its own transaction on its own range of households (default 1; the server's is RESCORE_LANES). */
  lanes?: number;
  /**
   * Households per range when a job's ranges are made (default 10,000, at most 1,024 ranges): many more ranges than
   * lanes, so that lanes stay busy to the end of a job (a registry under 10,000 households is one range).
   */
  sliceSize?: number;
  /** How often to look for running jobs when idle. */
  pollIntervalMs?: number;
  /** Tests: called inside each chunk's transaction before it commits; throwing there is a crash mid-chunk. */
  beforeCommit?: (chunk: number) => void;
}

/**
 * Re-scores every household after a model is activated, in chunks of households ordered by id (5,000 by default).
 * Each chunk is one transaction: one query reads the chunk's households with their latest survey (indicators, roster
 * snapshot) and any score they have under the model; the pure `scoreHousehold` scores them in this process; a few
 * set-based statements write the whole chunk back (previous scores no longer current, new scores inserted from column
 * arrays, each with its survey's outcome: src/households/survey-outcome.ts) and the job's cursor and `processed` move with them. No entity per household
 * (issue #17: the ORM path spent 0.6 ms of CPU a household). The job's households are split by id into ranges
 * (`rescore_slice`, Migration20261208100000), each with its own cursor; a chunk claims one range FOR UPDATE SKIP LOCKED
 * and moves that range's cursor, and the job's `processed`, in its own transaction. So `lanes` chunks of this worker,
 * and those of other processes, run at once on different ranges (one scores in Node while another's writes run in
 * PostgreSQL), and no two run the same households. A crash loses only the chunks in flight, which the next chunk of
 * their range redoes from its committed cursor. A (survey, model) score that exists already is not written again (and the unique (survey, model) key
 * refuses a second), so a household scored meanwhile by a new survey is not scored twice. Until its chunk commits, a
 * household answers with its previous score. Runs outside requests, as the app role with the server's sealed
 * national SYSTEM scope (row-level security fails closed without one): no privilege beyond the API's own.
 */
export class RescoreWorker {
  private readonly options: Required<Omit<RescoreWorkerOptions, 'beforeCommit'>> & Pick<RescoreWorkerOptions, 'beforeCommit'>;
  private running = false;
  private loop: Promise<unknown> | null = null;
  private readonly wakeUps = new Set<() => void>();
  private chunks = 0;
  private read: string | null = null;
  /** Where this worker's time went, summed over its chunks (milliseconds): the read, scoring in-process, the writes. */
  readonly timings = { readMs: 0, scoreMs: 0, writeMs: 0 };

  constructor(
    private readonly orm: MikroORM,
    /** The server's own national scope, sealed afresh for each chunk (src/db/scope-seal.ts). */
    private readonly systemScope: () => string,
    private readonly reference: ReferenceData,
    private readonly logger: Logger,
    options: RescoreWorkerOptions = {},
  ) {
    this.options = { chunkSize: 5000, pollIntervalMs: 5000, lanes: 1, sliceSize: 10_000, ...options };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = Promise.all(Array.from({ length: this.options.lanes }, () => this.run()));
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    this.loop = null;
  }

  wake(): void {
    for (const wakeUp of [...this.wakeUps]) wakeUp();
  }

  /**
   * Runs chunks on `lanes` lanes until none finds anything to do; returns how many chunks committed. A lane that fails
   * stops the others after their chunk in flight, and the first failure is thrown.
   */
  async drain(): Promise<number> {
    let n = 0;
    let failed = false;
    const lane = async () => {
      try {
        while (!failed && (await this.runOnce())) n++;
      } catch (error) {
        failed = true;
        throw error;
      }
    };
    const lanes = await Promise.allSettled(Array.from({ length: this.options.lanes }, lane));
    const failure = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected');
    if (failure) throw failure.reason;
    return n;
  }

  /** One chunk of the oldest running job; false when there is nothing to do. */
  async runOnce(): Promise<boolean> {
    for (;;) {
      const em = scope(this.orm.em.fork(), nationalScope(this.systemScope()));
      const ran = await em.transactional(async (tx) => this.chunk(tx));
      if (typeof ran === 'boolean') {
        if (ran) rescoreChunks.inc();
        return ran;
      }
      // The job has no ranges yet: they are made in a transaction of their own, so a lane that finds them being made
      // waits for that short insert, not for another lane's whole first chunk; then the chunk runs again.
      const maker = scope(this.orm.em.fork(), nationalScope(this.systemScope()));
      await maker.transactional((tx) => this.makeSlices((text, bindings) => boundQuery(tx, text, bindings), ran.unranged));
    }
  }

  /** One chunk; `unranged` when the job's ranges are not made yet (runOnce makes them, then runs the chunk again). */
  private async chunk(em: EntityManager): Promise<boolean | { unranged: { id: string; total: number } }> {
    const sql = <T>(text: string, bindings: unknown[]) => boundQuery<T>(em, text, bindings);
    // The chunk's statements are planned in a millisecond; JIT compiling them (their array parameters push the
    // estimates past jit_above_cost) cost ~110 ms a chunk. The chunk's commit need not wait for its WAL to reach
    // disk: writes and the cursor commit together, so a server crash loses a suffix of whole chunks, cursor
    // included, which the next run redoes (still exactly once per household). The chunk's statement triggers (the
    // dashboard rollups') capture the rows it writes as transition tables: 5,000 new scores, and when the households
    // had a current score (a registry's every household, when a model replaces another), 5,000 retired ones before and
    // after; with the default 4 MB of work_mem they spilled to temporary files (bench:rescore --scored: 12 µs of
    // PostgreSQL CPU a household).
    await sql(`select set_config('jit', 'off', true), set_config('synchronous_commit', 'off', true), set_config('work_mem', '32MB', true)`, []);
    const [job] = await sql<{ id: string; model_id: string; total: number }>(
      `select id, model_id, total from rescore_job where status = 'RUNNING' order by started_at, id limit 1`, [],
    );
    if (!job) return false;
    const model = await em.findOneOrFail(ScorecardModelEntity, { id: job.model_id });
    // superseded by a later activation: that job re-scores instead
    if (model.status !== ModelStatus.ACTIVE) return this.finish(sql, job.id, model.version);
    const [slice] = await this.claim(sql, job.id);
    if (!slice) {
      // No open range free: none made yet (runOnce makes them and comes back: a lane that finds them being made by
      // another claims one of them once made, rather than finding nothing to do, which stopped that lane for the
      // whole job in drain()), or every range is done, or the ones left are being run by other chunks now (whichever
      // runs the last finishes).
      const [{ made, open }] = await sql<{ made: boolean; open: boolean }>(
        'select exists (select 1 from rescore_slice where job_id = ?) as made, exists (select 1 from rescore_slice where job_id = ? and not done) as open',
        [job.id, job.id],
      );
      if (!made) return { unranged: job };
      return open ? false : this.finish(sql, job.id, model.version);
    }
    let t = performance.now();
    const rows = await sql<ChunkRow>(this.readSql(em), [slice.lo, slice.cursor ?? NIL_UUID, slice.hi, slice.hi, this.options.chunkSize, model.id]);
    this.timings.readMs += performance.now() - t;
    const spec = toSpec(model);
    const rules = await currentRules(em);
    t = performance.now();
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const kafaalat = rules.BENAZIR_KAFAALAT ?? null;
    // The new scores and the surveys' outcomes, column by column: each column is bound as one array (sqlQuotedArray).
    const scores = { h: [] as string[], s: [] as string[], sv: [] as number[], score: [] as number[], band: [] as string[], below: [] as boolean[], v: [] as string[], p: [] as string[], r: [] as (string | null)[], e: [] as string[], outcome: [] as string[] };
    const restored = { id: [] as string[], outcome: [] as string[] };
    const households: string[] = [];
    for (const row of rows) {
      if (!row.survey_id) continue; // never surveyed: nothing to score
      const indicators = {} as Record<string, unknown>;
      for (const { field } of SURVEY_INDICATORS) indicators[field] = row[field];
      const facts = {
        indicators: indicators as unknown as IndicatorValues,
        roster: row.roster,
        province: this.reference.district(row.district_code)?.province ?? 'UNKNOWN',
        area: row.area,
        asOf: row.as_of,
      };
      if (row.score_id) {
        // A model activated again finds its earlier score of the same survey: current again, not duplicated.
        if (row.score_current) continue;
        restored.id.push(row.score_id);
        restored.outcome.push(eligibilityOf(kafaalat, facts.indicators, facts.roster, row.score_value!, row.score_model!));
        households.push(row.household_id);
        continue;
      }
      const scored = scoreSurveyFacts(spec, rules, facts, today);
      households.push(row.household_id);
      scores.h.push(row.household_id);
      scores.s.push(row.survey_id);
      scores.sv.push(row.survey_version);
      scores.score.push(scored.score);
      scores.band.push(scored.band);
      scores.below.push(scored.belowCutoff);
      scores.v.push(JSON.stringify(scored.explanation.values));
      scores.p.push(`{${scored.explanation.points.join(',')}}`);
      scores.r.push(scored.explanation.region);
      scores.e.push(sqlQuotedArray(scored.eligibleProgrammes));
      scores.outcome.push(scored.eligibility);
    }
    this.timings.scoreMs += performance.now() - t;
    t = performance.now();
    if (households.length) {
      // Set-based, one statement each for the whole chunk: the households' previous scores stop being current, the new
      // ones are inserted (a (survey, model) score that exists already is left alone) and re-activated ones restored,
      // each with its survey's outcome (eligibility, and when): the score row carries it, the wide survey row is not
      // rewritten (Migration20261210010000; src/households/survey-outcome.ts reads it).
      await sql(`update poverty_score set current = false where household_id = any(?::uuid[]) and current`, [sqlArray(households)]);
      if (scores.h.length) {
        // Column arrays, not one JSON document: PostgreSQL parsed the chunk's 2 MB of JSON (jsonb_to_recordset) in
        // ~13 µs a household, the arrays in ~3 µs.
        await sql(
          `insert into poverty_score (id, household_id, survey_id, survey_version, model_id, model_version, score, band, below_cutoff,
             explanation_values, explanation_points, explanation_region, eligible_programmes, current, computed_at, eligibility, scored_at)
           select gen_random_uuid(), x.h, x.s, x.sv, ?, ?, x.score, x.band, x.below, x.v::jsonb, x.p::int[], x.r, x.e::text[], true, ?, x.outcome, ?
           from unnest(?::uuid[], ?::uuid[], ?::int[], ?::numeric[], ?::text[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
             as x(h, s, sv, score, band, below, v, p, r, e, outcome)
           on conflict (survey_id, model_id) do nothing`,
          [model.id, model.version, now, now, sqlArray(scores.h), sqlArray(scores.s), sqlArray(scores.sv.map(String)), sqlArray(scores.score.map(String)),
            sqlArray(scores.band), sqlArray(scores.below.map(String)), sqlQuotedArray(scores.v), sqlQuotedArray(scores.p), sqlQuotedArray(scores.r), sqlQuotedArray(scores.e),
            sqlArray(scores.outcome)],
        );
      }
      if (restored.id.length) {
        await sql(
          `update poverty_score p set current = true, eligibility = x.outcome, scored_at = ? from unnest(?::uuid[], ?::text[]) as x(id, outcome) where p.id = x.id`,
          [now, sqlArray(restored.id), sqlArray(restored.outcome)],
        );
      }
    }
    this.timings.writeMs += performance.now() - t;
    // The range's cursor and the job's progress move with the chunk. The job row is locked from here to the commit
    // only, so chunks of other ranges run meanwhile and queue only for this statement.
    await sql('update rescore_slice set cursor = ?, processed = processed + ?, done = ? where job_id = ? and slice = ?', [
      rows.length ? rows[rows.length - 1].household_id : slice.cursor, rows.length, rows.length < this.options.chunkSize, job.id, slice.slice,
    ]);
    await sql('update rescore_job set processed = processed + ?, total = greatest(total, processed + ?) where id = ?', [rows.length, rows.length, job.id]);
    this.options.beforeCommit?.(++this.chunks);
    return true;
  }

  /** The first open range of the job that no other chunk holds, locked until this chunk commits. */
  private claim(sql: Sql, job: string): Promise<Slice[]> {
    return sql<Slice>('select slice, lo, hi, cursor from rescore_slice where job_id = ? and not done order by slice limit 1 for update skip locked', [job]);
  }

  /**
   * Splits the job's households into ranges of about `sliceSize` (by id: ids are random, so equal spans of the id
   * space hold about equal numbers), unless a concurrent chunk has (its insert waits for that one's commit and adds
   * nothing). A job that ran with a single cursor before ranges existed (`rescore_job.cursor`) keeps what it did:
   * ranges below the cursor start done, the one holding it starts there.
   */
  private async makeSlices(sql: Sql, job: { id: string; total: number }): Promise<boolean> {
    const n = Math.max(1, Math.min(1024, Math.ceil(job.total / this.options.sliceSize)));
    const at = (i: number) => {
      const hex = ((BigInt(i) << 128n) / BigInt(n)).toString(16).padStart(32, '0');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    };
    const slices = Array.from({ length: n }, (_, i) => ({ i, lo: at(i), hi: i + 1 < n ? at(i + 1) : null }));
    const made = await sql<{ slice: number }>(
      `insert into rescore_slice (job_id, slice, lo, hi, cursor, done)
       select j.id, x.i, x.lo, x.hi, case when j.cursor >= x.lo then j.cursor end, coalesce(j.cursor >= x.hi, false)
       from jsonb_to_recordset(?::jsonb) as x(i int, lo uuid, hi uuid), rescore_job j where j.id = ?
       on conflict do nothing returning slice`,
      [JSON.stringify(slices), job.id],
    );
    return made.length > 0;
  }

  private async finish(sql: Sql, job: string, model: string): Promise<boolean> {
    const [done] = await sql<{ processed: number }>(
      `update rescore_job set status = 'FINISHED', finished_at = now(), total = greatest(total, processed) where id = ? and status = 'RUNNING' returning processed`,
      [job],
    );
    if (done) this.logger.info({ job, model, processed: done.processed }, 'rescore finished');
    return true;
  }

  /**
   * One read for the chunk: the next households of the range after its cursor, each with its latest survey (indicators, roster
   * snapshot, survey date) and its score under the model if it has one already. The score is probed per survey
   * through the (survey, model) key (`limit 1` keeps the subquery from being flattened): joined flat, the planner
   * hashed all of the model's scores for every chunk, so each chunk read every score the job had written so far
   * (100,245 rows, each with its row-level security probe, for the last chunk at 100k: quadratic in the registry).
   */
  private readSql(em: EntityManager): string {
    if (this.read) return this.read;
    const meta = em.getMetadata().get(SurveyEntity.name);
    const columns = SURVEY_INDICATORS.map(({ field }) => `s.${(meta.properties as Record<string, { fieldNames: string[] }>)[field].fieldNames[0]} as "${field}"`).join(', ');
    this.read = `select h.id as household_id, h.district_code, h.area, s.id as survey_id, s.version as survey_version,
        to_char(s.submitted_at at time zone 'UTC', 'YYYY-MM-DD') as as_of, s.roster, ${columns},
        p.id as score_id, p.current as score_current, p.score::float8 as score_value, p.model_version as score_model
      from (select id, district_code, area from household where id >= ?::uuid and id > ?::uuid and (?::uuid is null or id < ?::uuid) order by id limit ?) h
      left join survey s on s.household_id = h.id and s.latest
      left join lateral (select p.id, p.current, p.score, p.model_version from poverty_score p where p.survey_id = s.id and p.model_id = ? limit 1) p on true
      order by h.id`;
    return this.read;
  }

  /** One lane: chunks while there are any, else a nap until woken or the poll interval passes. */
  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (await this.runOnce()) continue;
      } catch (error) {
        this.logger.error({ err: error }, 'rescore chunk failed; it will be retried');
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const wakeUp = () => {
          clearTimeout(timer);
          this.wakeUps.delete(wakeUp);
          resolve();
        };
        const timer = setTimeout(wakeUp, this.options.pollIntervalMs);
        this.wakeUps.add(wakeUp);
      });
    }
  }
}
