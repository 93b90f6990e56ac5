import { startTestApp, type TestApp } from './helpers/app';
import { Role } from '../src/auth/role';
import { createLogger } from '../src/logger';
import { toGlobalId } from '../src/common/global-id';
import { SURVEY_INDICATORS, type IndicatorValues, type RosterEntry } from '../src/households';
import { RescoreWorker } from '../src/scorecard/rescore.worker';
import { outcomeEligibilitySql, outcomeScoredAtSql } from '../src/households/survey-outcome';
import { scoreHousehold, type ExplanationLine, type ModelSpec } from '../src/scorecard/scoring';
import { Migration20261207900000 } from '../migrations/Migration20261207900000';

/**
 * Issue #17: score explanations are stored compactly (values and hundredths against the model's indicator list), and
 * the re-score writes set-based. The API's `explanation` must not change: for a score stored as whole JSON before
 * Migration20261207900000, converted by it, or written since, the lines are the scoring function's, exactly.
 */
const SCORE = `query Score($householdId: ID!) {
  povertyScore(householdId: $householdId) { modelVersion score explanation { key label field value contribution } }
}`;
const JOB = `query Job($id: ID!) { rescoreJob(id: $id) { status processed total } }`;
const ACTIVATE = `mutation Activate($version: String!) {
  activateScorecardModel(input: { version: $version }) { job { id processed total status } userErrors { message } }
}`;

type ApiLine = { key: string; label: string; field: string | null; value: string | null; contribution: number };
/** The API's form of the scoring function's lines (`value` as a string), which is what `explanation` answered before. */
const asApi = (lines: ExplanationLine[]): ApiLine[] =>
  // Through JSON, as a client receives it (a contribution of -0 arrives as 0).
  JSON.parse(JSON.stringify(lines.map((l) => ({ key: l.key, label: l.label, field: l.field, value: l.value == null ? null : String(l.value), contribution: l.contribution })))) as ApiLine[];
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe('score explanations (compact storage, issue #17)', () => {
  let app: TestApp;
  let officer: string;
  let admin: string;

  const scoreOf = async (householdId: string) => {
    const res = await app.gql<{ povertyScore: { modelVersion: string; score: number; explanation: ApiLine[] } }, { householdId: string }>(
      SCORE, { householdId: toGlobalId('Household', householdId) }, officer,
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.povertyScore;
  };

  /** What the scoring function says of a household's latest survey under a model: recomputed here, from the rows. */
  const recomputed = async (householdId: string, version: string): Promise<ExplanationLine[]> => {
    const [m] = await app.sql<{ version: string; cutoff: number; intercept: number; indicators: ModelSpec['indicators']; region_adjustments: ModelSpec['regionAdjustments'] }>(
      'select version, cutoff, intercept, indicators, region_adjustments from scorecard_model where version = ?', [version],
    );
    const [s] = await app.sql<Record<string, unknown> & { roster: RosterEntry[]; as_of: string; district_code: string; area: 'URBAN' | 'RURAL' }>(
      `select s.*, to_char(s.submitted_at at time zone 'UTC', 'YYYY-MM-DD') as as_of, h.district_code, h.area
       from survey s join household h on h.id = s.household_id where s.household_id = ? and s.latest`, [householdId],
    );
    const indicators = Object.fromEntries(SURVEY_INDICATORS.map(({ field }) => [field, s[snake(field)]])) as unknown as IndicatorValues;
    const spec: ModelSpec = { version: m.version, cutoff: m.cutoff, intercept: m.intercept, indicators: m.indicators, regionAdjustments: m.region_adjustments };
    return scoreHousehold(spec, {
      indicators, roster: s.roster, province: app.server.kernel.reference.district(s.district_code)!.province, area: s.area, asOf: s.as_of,
    }).explanation;
  };

  beforeAll(async () => {
    app = await startTestApp();
    officer = await app.key(Role.WELFARE_OFFICER);
    admin = await app.key(Role.ADMIN);
  });
  afterAll(() => app.close());

  it('answers a score stored as whole JSON before the migration, and after the migration converts it, with the same lines', async () => {
    const [row] = await app.sql<{ id: string; household_id: string; model_version: string }>(
      `select id, household_id, model_version from poverty_score where current order by household_id limit 1`,
    );
    const lines = await recomputed(row.household_id, row.model_version);
    // NSER-2021: intercept, 43 indicators, region, and a scaling line when the score was held to 0-100 (the demo's ids
    // are random, so which household comes first varies between runs).
    expect(lines.filter((l) => l.key !== 'scaling')).toHaveLength(1 + 43 + 1);
    const written = await scoreOf(row.household_id); // stored compactly by the demo's survey writer
    expect(written.explanation).toEqual(asApi(lines));
    const [compact] = await app.sql('select explanation_values, explanation_points, explanation_region from poverty_score where id = ?', [row.id]);

    // As the writer stored it before Migration20261207900000: the lines as JSON, nothing compact.
    await app.sql(
      `update poverty_score set explanation = ?::jsonb, explanation_values = null, explanation_points = null, explanation_region = null where id = ?`,
      [JSON.stringify(lines), row.id],
    );
    const before = await scoreOf(row.household_id);
    expect(before).toEqual(written);
    // A line spelled out, exactly: key, label, field, value, contribution.
    const water = before.explanation.find((l) => l.key === 'water')!;
    expect(water).toEqual(asApi(lines).find((l) => l.key === 'water'));
    expect(water.label).toBe(lines.find((l) => l.key === 'water')!.label);

    // A row whose JSON does not follow its model's lines (a label changed by hand) is kept as it is.
    const [other] = await app.sql<{ id: string; household_id: string; model_version: string }>(
      `select id, household_id, model_version from poverty_score where current and household_id <> ? order by household_id limit 1`, [row.household_id],
    );
    const odd = (await recomputed(other.household_id, other.model_version)).map((l) => (l.key === 'intercept' ? { ...l, label: 'Base' } : l));
    await app.sql(
      `update poverty_score set explanation = ?::jsonb, explanation_values = null, explanation_points = null, explanation_region = null where id = ?`,
      [JSON.stringify(odd), other.id],
    );

    // The migration's data conversion, as it runs (its statements after adding the columns and the function).
    const migration = new Migration20261207900000(app.ownerOrm.em.getDriver(), app.ownerOrm.config);
    await migration.up();
    const statements = migration.getQueries().map(String);
    expect(statements[0]).toMatch(/^alter table "poverty_score" add column "explanation_values"/);
    expect(statements[1]).toMatch(/^create function poverty_score_explanation/);
    for (const sql of statements.slice(2)) await app.sql(sql);

    expect(await app.sql('select explanation is null as converted, explanation_values, explanation_points, explanation_region from poverty_score where id = ?', [row.id]))
      .toEqual([{ converted: true, ...compact }]);
    expect(await scoreOf(row.household_id)).toEqual(written);
    expect(await app.sql('select explanation is null as converted from poverty_score where id = ?', [other.id])).toEqual([{ converted: false }]);
    expect((await scoreOf(other.household_id)).explanation).toEqual(asApi(odd));
    // The SQL rebuild (exports, `down`) gives the old JSON back.
    expect(await app.sql(
      `select poverty_score_explanation(m.indicators, p.explanation_values, p.explanation_points, p.explanation_region) = ?::jsonb as same
       from poverty_score p join scorecard_model m on m.id = p.model_id where p.id = ?`, [JSON.stringify(lines), row.id],
    )).toEqual([{ same: true }]);
  });

  it('re-scores after an activation exactly once per household, resumable after a crash, with progress visible, and explains as the scoring function does', async () => {
    const res = await app.gql<{ activateScorecardModel: { job: { id: string; processed: number; total: number; status: string } } }, { version: string }>(
      ACTIVATE, { version: 'NSER-2011' }, admin,
    );
    const job = res.body.data!.activateScorecardModel.job;
    const [{ n: households }] = await app.sql<{ n: number }>('select count(*)::int as n from household');
    expect(job).toMatchObject({ processed: 0, total: households, status: 'RUNNING' });
    const progress = async () => (await app.gql<{ rescoreJob: { status: string; processed: number; total: number } }, { id: string }>(JOB, { id: job.id }, admin)).body.data!.rescoreJob;

    const logger = createLogger('silent', true);
    const worker = (options: ConstructorParameters<typeof RescoreWorker>[4]) =>
      new RescoreWorker(app.orm, () => app.sealer.system('rescore'), app.server.kernel.reference, logger, options);
    // Crashes in its second chunk, after that chunk's writes, before its commit: the first chunk stands, the second is undone.
    await expect(worker({ chunkSize: 3, beforeCommit: (chunk) => { if (chunk === 2) throw new Error('simulated crash'); } }).drain()).rejects.toThrow('simulated crash');
    expect(await progress()).toEqual({ status: 'RUNNING', processed: 3, total: households });
    const [{ n: scoredSoFar }] = await app.sql<{ n: number }>("select count(*)::int as n from poverty_score where model_version = 'NSER-2011'");
    expect(scoredSoFar).toBeLessThanOrEqual(3);

    // Two workers at once finish the job: the job row's lock hands each chunk to one of them.
    await Promise.all([worker({ chunkSize: 4 }).drain(), worker({ chunkSize: 4 }).drain()]);
    expect(await progress()).toEqual({ status: 'FINISHED', processed: households, total: households });
    const [{ n: surveyed }] = await app.sql<{ n: number }>('select count(*)::int as n from survey where latest');
    expect(await app.sql(
      "select count(*)::int as scores, count(distinct household_id)::int as households, count(*) filter (where current)::int as current from poverty_score where model_version = 'NSER-2011'",
    )).toEqual([{ scores: surveyed, households: surveyed, current: surveyed }]);
    expect(await app.sql('select household_id from poverty_score where current group by household_id having count(*) > 1')).toEqual([]);
    // Surveys' outcomes are the new scores' eligibility and time (held on the score rows: survey rows are not rewritten).
    expect(await app.sql(
      `select count(*)::int as n from survey s join poverty_score p on p.survey_id = s.id and p.current
        where s.latest and ${outcomeScoredAtSql('s')} = p.computed_at and p.scored_at = p.computed_at
          and ${outcomeEligibilitySql('s')} = p.eligibility and p.model_version = 'NSER-2011'`,
    )).toEqual([{ n: surveyed }]);

    // The API answers those outcomes: the household's status, its latest survey's status and scoredAt, as when the
    // re-score wrote them on the survey row.
    const outcomes = await app.sql<{ household_id: string; eligibility: string; scored_at: Date }>(
      "select household_id, eligibility, scored_at from poverty_score where current and model_version = 'NSER-2011' order by household_id",
    );
    expect(outcomes).toHaveLength(surveyed);
    for (const o of outcomes) {
      const res = await app.gql<{ household: { status: string; latestSurvey: { status: string; scoredAt: string }; surveys: { status: string; scoredAt: string | null }[] } }, { id: string }>(
        'query Outcome($id: ID!) { household(id: $id) { status latestSurvey { status scoredAt } surveys { status scoredAt } } }',
        { id: toGlobalId('Household', o.household_id) }, officer,
      );
      expect(res.body.errors).toBeUndefined();
      const household = res.body.data!.household;
      expect(household.status).toBe(o.eligibility);
      expect(household.latestSurvey).toEqual({ status: o.eligibility, scoredAt: o.scored_at.toISOString() });
      expect(household.surveys[0]).toEqual(household.latestSurvey);
    }

    // Every re-scored household explains its score exactly as the scoring function does.
    const rows = await app.sql<{ household_id: string; score: string }>("select household_id, score::text from poverty_score where current and model_version = 'NSER-2011' order by household_id");
    for (const r of rows) {
      const lines = await recomputed(r.household_id, 'NSER-2011');
      expect(await scoreOf(r.household_id)).toEqual({ modelVersion: 'NSER-2011', score: Number(r.score), explanation: asApi(lines) });
    }

    // Activated again, NSER-2021's earlier scores of the same surveys become current again: restored, not duplicated;
    // surveys it never scored (the demo's pending ones) get their first.
    const earlier = await app.sql<{ id: string }>("select p.id from poverty_score p join survey s on s.id = p.survey_id and s.latest where p.model_version = 'NSER-2021' order by p.id");
    expect(earlier.length).toBeGreaterThan(0);
    await app.gql(ACTIVATE, { version: 'NSER-2021' }, admin);
    await worker({ chunkSize: 5 }).drain();
    expect(await app.sql("select count(*)::int as n, count(distinct survey_id)::int as surveys, count(*) filter (where current)::int as current from poverty_score p where model_version = 'NSER-2021' and exists (select 1 from survey s where s.id = p.survey_id and s.latest)"))
      .toEqual([{ n: surveyed, surveys: surveyed, current: surveyed }]);
    expect(await app.sql(`select id from poverty_score where current and id = any(?::uuid[]) order by id`, [earlier.map((e) => e.id)])).toEqual(earlier);
    // A restored score carries its survey's outcome as of the restore.
    expect(await app.sql(
      `select count(*)::int as n from survey s join poverty_score p on p.survey_id = s.id and p.current
        where s.latest and p.id = any(?::uuid[]) and p.scored_at > p.computed_at
          and ${outcomeScoredAtSql('s')} = p.scored_at and ${outcomeEligibilitySql('s')} = p.eligibility`,
      [earlier.map((e) => e.id)],
    )).toEqual([{ n: earlier.length }]);
  });

  it('re-scores in parallel id ranges: lanes and workers at once, a crash in one lane, each household scored exactly once', async () => {
    // NSER-2011's earlier scores (no longer current) are removed, so every household is scored afresh, not restored.
    await app.sql("delete from poverty_score where model_version = 'NSER-2011' and not current");
    const res = await app.gql<{ activateScorecardModel: { job: { id: string; total: number } } }, { version: string }>(ACTIVATE, { version: 'NSER-2011' }, admin);
    const job = res.body.data!.activateScorecardModel.job;
    const [{ id: jobId }] = await app.sql<{ id: string }>("select id from rescore_job where status = 'RUNNING'");
    const [{ n: households }] = await app.sql<{ n: number }>('select count(*)::int as n from household');
    const [{ n: surveyed }] = await app.sql<{ n: number }>('select count(*)::int as n from survey where latest');
    const progress = async () => (await app.gql<{ rescoreJob: { status: string; processed: number; total: number } }, { id: string }>(JOB, { id: job.id }, admin)).body.data!.rescoreJob;
    const logger = createLogger('silent', true);
    // Ranges of about one household, chunks of one: as many ranges as households, each in a chunk or more.
    const worker = (options: ConstructorParameters<typeof RescoreWorker>[4]) =>
      new RescoreWorker(app.orm, () => app.sealer.system('rescore'), app.server.kernel.reference, logger, { sliceSize: 1, chunkSize: 1, ...options });

    // Three lanes; the third chunk to reach its commit throws there (its writes undone), the others stop after theirs:
    // the job is left running, its progress exactly what committed.
    await expect(worker({ lanes: 3, beforeCommit: (chunk) => { if (chunk === 3) throw new Error('simulated crash'); } }).drain()).rejects.toThrow('simulated crash');
    const slices = await app.sql<{ n: number; processed: number }>('select count(*)::int as n, coalesce(sum(processed), 0)::int as processed from rescore_slice where job_id = ?', [jobId]);
    expect(slices[0].n).toBe(households);
    expect(households).toBeGreaterThan(3);
    const midway = await progress();
    expect(midway.status).toBe('RUNNING');
    // Progress is what the committed chunks did: the ranges' counts add up to the job's, and as many scores exist.
    expect(midway.processed).toBe(slices[0].processed);
    expect(midway.processed).toBeGreaterThan(0);
    const [{ n: scoredSoFar }] = await app.sql<{ n: number }>("select count(*)::int as n from poverty_score where model_version = 'NSER-2011'");
    expect(scoredSoFar).toBeLessThanOrEqual(midway.processed);

    // Two workers of two lanes each finish it.
    await Promise.all([worker({ lanes: 2 }).drain(), worker({ lanes: 2 }).drain()]);
    expect(await progress()).toEqual({ status: 'FINISHED', processed: households, total: households });
    expect(await app.sql('select count(*)::int as open, coalesce(sum(processed), 0)::int as processed from rescore_slice where job_id = ? and not done', [jobId])).toEqual([{ open: 0, processed: 0 }]);
    expect(await app.sql('select sum(processed)::int as processed from rescore_slice where job_id = ?', [jobId])).toEqual([{ processed: households }]);
    expect(await app.sql(
      "select count(*)::int as scores, count(distinct survey_id)::int as surveys, count(*) filter (where current)::int as current from poverty_score where model_version = 'NSER-2011'",
    )).toEqual([{ scores: surveyed, surveys: surveyed, current: surveyed }]);
    expect(await app.sql('select household_id from poverty_score where current group by household_id having count(*) > 1')).toEqual([]);
    expect(await app.sql(
      `select count(*)::int as n from survey s join poverty_score p on p.survey_id = s.id and p.current
        where s.latest and ${outcomeScoredAtSql('s')} = p.computed_at and ${outcomeEligibilitySql('s')} = p.eligibility and p.model_version = 'NSER-2011'`,
    )).toEqual([{ n: surveyed }]);
    // Each range holds exactly the households between its bounds, and the ranges tile the id space.
    expect(await app.sql(
      `select count(*)::int as n from rescore_slice r where r.job_id = ? and r.processed <> (select count(*) from household h where h.id >= r.lo and (r.hi is null or h.id < r.hi))`,
      [jobId],
    )).toEqual([{ n: 0 }]);
    expect(await app.sql(
      `select count(*)::int as gaps from rescore_slice a left join rescore_slice b on b.job_id = a.job_id and b.slice = a.slice + 1
       where a.job_id = ? and (a.hi is distinct from b.lo)`,
      [jobId],
    )).toEqual([{ gaps: 0 }]); // each range ends where the next begins; the last (no successor) has no end
    expect(await app.sql('select (select lo::text from rescore_slice where job_id = ? and slice = 0) as first, count(*) filter (where hi is null)::int as open_ended from rescore_slice where job_id = ?', [jobId, jobId]))
      .toEqual([{ first: '00000000-0000-0000-0000-000000000000', open_ended: 1 }]);
  });
});
