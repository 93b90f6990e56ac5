import type { EntityManager } from '@mikro-orm/postgresql';
import type { HouseholdEntity } from '../households';
import type { SurveyEntity } from '../households';
import { EligibilityOutcome } from '../households';
import type { IndicatorValues } from '../households';
import { SURVEY_INDICATORS } from '../households';
import type { ReferenceData } from '../jurisdictions/reference-data';
import { PovertyScoreEntity, ProgrammeRuleEntity, ScorecardModelEntity } from './scorecard.entity';
import { ModelStatus, ProgrammeCode, bandOf, type ScoreBand } from './scorecard.enums';
import { scoreHousehold, type HouseholdFacts, type ModelSpec } from './scoring';
import { compactExplanation, type CompactExplanation } from './explanation';
import { householdReasons, type ProgrammeRuleSpec } from './programmes';
import { householdEligibleProgrammes, type ProgrammeRules } from './household-eligibility';

export const toSpec = (m: ScorecardModelEntity): ModelSpec => ({
  version: m.version,
  cutoff: m.cutoff,
  intercept: m.intercept,
  indicators: m.indicators,
  regionAdjustments: m.regionAdjustments,
});

export function indicatorsOf(survey: SurveyEntity): IndicatorValues {
  const values: Record<string, unknown> = {};
  for (const { field } of SURVEY_INDICATORS) values[field] = survey[field];
  return values as unknown as IndicatorValues;
}

/** The newest version of a programme's rule. */
export async function currentRule(em: EntityManager, programme: ProgrammeCode): Promise<ProgrammeRuleEntity | null> {
  return em.findOne(ProgrammeRuleEntity, { programme }, { orderBy: { version: 'desc' } });
}

/** The newest rule of every programme, in one query. */
export async function currentRules(em: EntityManager): Promise<ProgrammeRules> {
  const rows = await em.find(ProgrammeRuleEntity, {}, { orderBy: { programme: 'asc', version: 'desc' } });
  const rules: ProgrammeRules = {};
  for (const row of rows) rules[row.programme] ??= row.rule;
  return rules;
}

export async function activeModel(em: EntityManager): Promise<ScorecardModelEntity | null> {
  return em.findOne(ScorecardModelEntity, { status: ModelStatus.ACTIVE });
}

/**
 * Scores surveys under a model and records the scores as each household's current one (earlier scores stay, no
 * longer current). Sets each survey's `eligibility` (what `surveyStatus` answers) from the Benazir Kafaalat rule's
 * household conditions, and each score's `eligibleProgrammes` (households with an eligible member, on the day). Entities are persisted, not flushed; the previous-current update runs now, in the caller's
 * transaction.
 */
export async function writeScores(
  em: EntityManager,
  reference: ReferenceData,
  model: ScorecardModelEntity,
  rules: ProgrammeRules,
  items: { household: HouseholdEntity; survey: SurveyEntity }[],
): Promise<PovertyScoreEntity[]> {
  if (!items.length) return [];
  const spec = toSpec(model);
  await em.nativeUpdate(PovertyScoreEntity, { household: { $in: items.map((i) => i.household.id) }, current: true }, { current: false });
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  return items.map(({ household, survey }) => {
    const scored = scoreSurveyFacts(spec, rules, {
      indicators: indicatorsOf(survey),
      roster: survey.roster,
      province: reference.district(household.district.code)?.province ?? 'UNKNOWN',
      area: household.area,
      asOf: survey.submittedAt.toISOString().slice(0, 10),
    }, today);
    const row = em.create(PovertyScoreEntity, {
      household,
      survey,
      surveyVersion: survey.version,
      model,
      modelVersion: model.version,
      score: scored.score,
      band: scored.band,
      belowCutoff: scored.belowCutoff,
      explanationValues: scored.explanation.values,
      explanationPoints: scored.explanation.points,
      explanationRegion: scored.explanation.region,
      eligibleProgrammes: scored.eligibleProgrammes,
      current: true,
      computedAt: now,
    });
    survey.eligibility = scored.eligibility;
    survey.scoredAt = now;
    return row;
  });
}

export interface ScoredSurvey {
  score: number;
  band: ScoreBand;
  belowCutoff: boolean;
  explanation: CompactExplanation;
  eligibleProgrammes: string[];
  /** The survey's `eligibility`: the Benazir Kafaalat rule's household conditions. */
  eligibility: EligibilityOutcome;
}

/**
 * Everything a score row and its survey's eligibility hold, from a survey's facts: the one scoring function
 * (`scoreHousehold`) and the programme rules, no database. Shared by the writer above (a survey submitted) and the
 * re-score worker (a model activated), so both store the same thing.
 */
export function scoreSurveyFacts(spec: ModelSpec, rules: ProgrammeRules, facts: HouseholdFacts, today: string): ScoredSurvey {
  const { score, explanation } = scoreHousehold(spec, facts);
  const kafaalat = rules.BENAZIR_KAFAALAT ?? null;
  return {
    score,
    band: bandOf(score),
    belowCutoff: score <= spec.cutoff,
    explanation: compactExplanation(spec, explanation, facts.province, facts.area),
    eligibleProgrammes: householdEligibleProgrammes(rules, { indicators: facts.indicators, roster: facts.roster, score, modelVersion: spec.version, today }),
    eligibility: eligibilityOf(kafaalat, facts.indicators, facts.roster, score, spec.version),
  };
}

/** Makes existing scores current again (a model re-activated), with the survey's eligibility to match. */
export async function restoreScores(
  em: EntityManager,
  rules: ProgrammeRules,
  items: { survey: SurveyEntity; score: PovertyScoreEntity }[],
): Promise<void> {
  if (!items.length) return;
  await em.nativeUpdate(PovertyScoreEntity, { household: { $in: items.map((i) => i.survey.household.id) }, current: true }, { current: false });
  await em.nativeUpdate(PovertyScoreEntity, { id: { $in: items.map((i) => i.score.id) } }, { current: true });
  const now = new Date();
  const kafaalat = rules.BENAZIR_KAFAALAT ?? null;
  for (const { survey, score } of items) {
    score.current = true;
    survey.eligibility = eligibilityOf(kafaalat, indicatorsOf(survey), survey.roster, Number(score.score), score.modelVersion);
    survey.scoredAt = now;
  }
}

export function eligibilityOf(kafaalat: ProgrammeRuleSpec | null, indicators: IndicatorValues, roster: HouseholdFacts['roster'], score: number, modelVersion: string): EligibilityOutcome {
  const reasons = kafaalat
    ? householdReasons(kafaalat, { person: null, survey: { indicators, roster }, score: { score, modelVersion }, today: '' })
    : ['NO_RULE'];
  return reasons.length ? EligibilityOutcome.NOT_ELIGIBLE : EligibilityOutcome.ELIGIBLE;
}
