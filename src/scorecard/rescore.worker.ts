import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { nationalScope, scope } from '../db/jurisdiction-scope';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { Logger } from '../logger';
import { SURVEY_INDICATORS, SurveyEntity, type IndicatorValues, type RosterEntry } from '../households';
import { RescoreJobEntity, ScorecardModelEntity } from './scorecard.entity';
import { ModelStatus, RescoreJobStatus } from './scorecard.enums';
import { currentRules, eligibilityOf, scoreSurveyFacts, toSpec } from './score-writer';
import { rescoreChunks } from './rescore.metrics';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

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
  /** How often to look for running jobs when idle. */
  pollIntervalMs?: number;
  /** Tests: called inside each chunk's transaction before it commits; throwing there is a crash mid-chunk. */
  beforeCommit?: (chunk: number) => void;
}

/**
 * Re-scores every household after a model is activated, in chunks of households ordered by id (5,000 by default).
 * Each chunk is one transaction: one query reads the chunk's households with their latest survey (indicators, roster
 * snapshot) and any score they have under the model; the pure `scoreHousehold` scores them in this process; a few
 * set-based statements write the whole chunk back (previous scores no longer current, new scores inserted from one
 * JSON document, surveys' eligibility) and the job's cursor and `processed` move with them. No entity per household
 * (issue #17: the ORM path spent 0.6 ms of CPU a household). A crash loses only the chunk in flight, which the next
 * worker redoes from the committed cursor. The job row is claimed FOR UPDATE SKIP LOCKED, so two workers never run the
 * same chunk; a (survey, model) score that exists already is not written again (and the unique (survey, model) key
 * refuses a second), so a household scored meanwhile by a new survey is not scored twice. Until its chunk commits, a
 * household answers with its previous score. Runs outside requests, as the app role with the server's sealed
 * national SYSTEM scope (row-level security fails closed without one): no privilege beyond the API's own.
 */
export class RescoreWorker {
  private readonly options: Required<Omit<RescoreWorkerOptions, 'beforeCommit'>> & Pick<RescoreWorkerOptions, 'beforeCommit'>;
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
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
    this.options = { chunkSize: 5000, pollIntervalMs: 5000, ...options };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
    this.loop = null;
  }

  wake(): void {
    this.wakeUp?.();
  }

  /** Runs chunks until no job is running; returns how many chunks committed. */
  async drain(): Promise<number> {
    let n = 0;
    while (await this.runOnce()) n++;
    return n;
  }

  /** One chunk of the oldest running job; false when there is nothing to do. */
  async runOnce(): Promise<boolean> {
    const em = scope(this.orm.em.fork(), nationalScope(this.systemScope()));
    const ran = await em.transactional(async (tx) => this.chunk(tx));
    if (ran) rescoreChunks.inc();
    return ran;
  }

  private async chunk(em: EntityManager): Promise<boolean> {
    const job = await em.findOne(
      RescoreJobEntity,
      { status: RescoreJobStatus.RUNNING },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, orderBy: { startedAt: 'asc', id: 'asc' } },
    );
    if (!job) return false;
    const model = await em.findOneOrFail(ScorecardModelEntity, { id: job.model.id });
    const sql = <T>(text: string, bindings: unknown[]) =>
      em.getConnection().getKnex().raw(text, bindings as never).transacting(em.getTransactionContext() as never).then((r: { rows: T[] }) => r.rows);
    // The chunk's statements are planned in a millisecond; JIT compiling them (their array parameters push the
    // estimates past jit_above_cost) cost ~110 ms a chunk. The chunk's commit need not wait for its WAL to reach
    // disk: writes and the cursor commit together, so a server crash loses a suffix of whole chunks, cursor
    // included, which the next run redoes (still exactly once per household).
    await sql(`select set_config('jit', 'off', true), set_config('synchronous_commit', 'off', true)`, []);
    // superseded by a later activation: that job re-scores instead
    let t = performance.now();
    const rows = model.status === ModelStatus.ACTIVE ? await sql<ChunkRow>(this.readSql(em), [job.cursor ?? NIL_UUID, this.options.chunkSize, model.id]) : [];
    this.timings.readMs += performance.now() - t;
    if (!rows.length) {
      Object.assign(job, { status: RescoreJobStatus.FINISHED, finishedAt: new Date(), total: Math.max(job.total, job.processed) });
      await em.flush();
      this.logger.info({ job: job.id, model: model.version, processed: job.processed }, 'rescore finished');
      return true;
    }
    const spec = toSpec(model);
    const rules = await currentRules(em);
    t = performance.now();
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const kafaalat = rules.BENAZIR_KAFAALAT ?? null;
    const scores: unknown[] = [];
    const surveys: { id: string; e: string }[] = [];
    const restored: string[] = [];
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
        restored.push(row.score_id);
        households.push(row.household_id);
        surveys.push({ id: row.survey_id, e: eligibilityOf(kafaalat, facts.indicators, facts.roster, row.score_value!, row.score_model!) });
        continue;
      }
      const scored = scoreSurveyFacts(spec, rules, facts, today);
      households.push(row.household_id);
      surveys.push({ id: row.survey_id, e: scored.eligibility });
      scores.push({
        h: row.household_id, s: row.survey_id, sv: row.survey_version, score: scored.score, band: scored.band, below: scored.belowCutoff,
        v: scored.explanation.values, p: scored.explanation.points, r: scored.explanation.region, e: scored.eligibleProgrammes,
      });
    }
    this.timings.scoreMs += performance.now() - t;
    t = performance.now();
    if (households.length) {
      // Set-based, one statement each for the whole chunk: the households' previous scores stop being current, the new
      // ones are inserted (a (survey, model) score that exists already is left alone), re-activated ones restored, and
      // the surveys' eligibility set.
      await sql(`update poverty_score set current = false where household_id = any(?::uuid[]) and current`, [`{${households.join(',')}}`]);
      if (scores.length) {
        await sql(
          `insert into poverty_score (id, household_id, survey_id, survey_version, model_id, model_version, score, band, below_cutoff,
             explanation_values, explanation_points, explanation_region, eligible_programmes, current, computed_at)
           select gen_random_uuid(), x.h, x.s, x.sv, ?, ?, x.score, x.band, x.below, x.v, x.p, x.r, x.e, true, ?
           from jsonb_to_recordset(?::jsonb) as x(h uuid, s uuid, sv int, score numeric, band text, below boolean, v jsonb, p int[], r text, e text[])
           on conflict (survey_id, model_id) do nothing`,
          [model.id, model.version, now, JSON.stringify(scores)],
        );
      }
      if (restored.length) await sql(`update poverty_score set current = true where id = any(?::uuid[])`, [`{${restored.join(',')}}`]);
      await sql(
        `update survey s set eligibility = x.e, scored_at = ? from jsonb_to_recordset(?::jsonb) as x(id uuid, e text) where s.id = x.id`,
        [now, JSON.stringify(surveys)],
      );
    }
    this.timings.writeMs += performance.now() - t;
    job.cursor = rows[rows.length - 1].household_id;
    job.processed += rows.length;
    if (job.processed > job.total) job.total = job.processed;
    await em.flush();
    this.options.beforeCommit?.(++this.chunks);
    return true;
  }

  /**
   * One read for the chunk: the next households after the cursor, each with its latest survey (indicators, roster
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
      from (select id, district_code, area from household where id > ? order by id limit ?) h
      left join survey s on s.household_id = h.id and s.latest
      left join lateral (select p.id, p.current, p.score, p.model_version from poverty_score p where p.survey_id = s.id and p.model_id = ? limit 1) p on true
      order by h.id`;
    return this.read;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (await this.runOnce()) continue;
      } catch (error) {
        this.logger.error({ err: error }, 'rescore chunk failed; it will be retried');
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }
}
