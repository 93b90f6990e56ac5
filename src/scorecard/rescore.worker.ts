import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { nationalScope, scope } from '../db/jurisdiction-scope';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { Logger } from '../logger';
import { HouseholdEntity } from '../households';
import { SurveyEntity } from '../households';
import { PovertyScoreEntity, RescoreJobEntity, ScorecardModelEntity } from './scorecard.entity';
import { ModelStatus, RescoreJobStatus } from './scorecard.enums';
import { currentRules, restoreScores, writeScores } from './score-writer';
import { rescoreChunks } from './rescore.metrics';

export interface RescoreWorkerOptions {
  /** Households per transaction. */
  chunkSize?: number;
  /** How often to look for running jobs when idle. */
  pollIntervalMs?: number;
  /** Tests: called inside each chunk's transaction before it commits; throwing there is a crash mid-chunk. */
  beforeCommit?: (chunk: number) => void;
}

/**
 * Re-scores every household after a model is activated, in chunks of households ordered by id. Each chunk is one
 * transaction that writes the chunk's scores and moves the job's cursor together, so a crash loses only the chunk in
 * flight, which the next worker redoes from the committed cursor. The job row is claimed FOR UPDATE SKIP LOCKED, so
 * two workers never run the same chunk; a (survey, model) score that exists already is skipped, so a household
 * scored meanwhile by a new survey is not scored twice. Until its chunk commits, a household answers with its
 * previous score. Runs outside requests, with a national scope (row-level security fails closed without one).
 */
export class RescoreWorker {
  private readonly options: Required<Omit<RescoreWorkerOptions, 'beforeCommit'>> & Pick<RescoreWorkerOptions, 'beforeCommit'>;
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private chunks = 0;

  constructor(
    private readonly orm: MikroORM,
    /** The server's own national scope, sealed afresh for each chunk (src/db/scope-seal.ts). */
    private readonly systemScope: () => string,
    private readonly reference: ReferenceData,
    private readonly logger: Logger,
    options: RescoreWorkerOptions = {},
  ) {
    this.options = { chunkSize: 500, pollIntervalMs: 5000, ...options };
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
    const households =
      model.status === ModelStatus.ACTIVE
        ? await em.find(HouseholdEntity, job.cursor ? { id: { $gt: job.cursor } } : {}, { orderBy: { id: 'asc' }, limit: this.options.chunkSize })
        : []; // superseded by a later activation: that job re-scores instead
    if (!households.length) {
      Object.assign(job, { status: RescoreJobStatus.FINISHED, finishedAt: new Date(), total: Math.max(job.total, job.processed) });
      await em.flush();
      this.logger.info({ job: job.id, model: model.version, processed: job.processed }, 'rescore finished');
      return true;
    }
    const surveys = await em.find(SurveyEntity, { household: { $in: households }, latest: true });
    const existing = new Map((await em.find(PovertyScoreEntity, { survey: { $in: surveys }, model })).map((s) => [s.survey.id, s]));
    const byHousehold = new Map(households.map((h) => [h.id, h]));
    const todo = surveys.filter((s) => !existing.has(s.id)).map((survey) => ({ household: byHousehold.get(survey.household.id)!, survey }));
    const rules = await currentRules(em);
    // A model activated again finds its earlier scores of the same surveys: they become current again, not duplicated.
    await restoreScores(em, rules, surveys.filter((s) => existing.has(s.id) && !existing.get(s.id)!.current).map((survey) => ({ survey, score: existing.get(survey.id)! })));
    await writeScores(em, this.reference, model, rules, todo);
    job.cursor = households[households.length - 1].id;
    job.processed += households.length;
    if (job.processed > job.total) job.total = job.processed;
    await em.flush();
    this.options.beforeCommit?.(++this.chunks);
    return true;
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
