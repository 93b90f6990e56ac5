import type { EntityManager } from '@mikro-orm/postgresql';
import type { HouseholdEntity } from '../households';
import type { SurveyEntity } from '../households';
import { EligibilityOutcome } from '../households';
import type { IndicatorValues } from '../households';
import { SURVEY_INDICATORS } from '../households';
import type { ReferenceData } from '../jurisdictions/reference-data';
import { PovertyScoreEntity, ProgrammeRuleEntity, ScorecardModelEntity } from './scorecard.entity';
import { ModelStatus, ProgrammeCode, bandOf } from './scorecard.enums';
import { scoreHousehold, type ModelSpec } from './scoring';
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
  const kafaalat = rules.BENAZIR_KAFAALAT ?? null;
  return items.map(({ household, survey }) => {
    const indicators = indicatorsOf(survey);
    const province = reference.district(household.district.code)?.province ?? 'UNKNOWN';
    const { score, explanation } = scoreHousehold(spec, {
      indicators,
      roster: survey.roster,
      province,
      area: household.area,
      asOf: survey.submittedAt.toISOString().slice(0, 10),
    });
    const row = em.create(PovertyScoreEntity, {
      household,
      survey,
      surveyVersion: survey.version,
      model,
      modelVersion: model.version,
      score,
      band: bandOf(score),
      belowCutoff: score <= model.cutoff,
      explanation,
      eligibleProgrammes: householdEligibleProgrammes(rules, { indicators, roster: survey.roster, score, modelVersion: model.version, today }),
      current: true,
      computedAt: now,
    });
    setEligibility(survey, kafaalat, indicators, score, model.version, now);
    return row;
  });
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
    setEligibility(survey, kafaalat, indicatorsOf(survey), Number(score.score), score.modelVersion, now);
  }
}

function setEligibility(survey: SurveyEntity, kafaalat: ProgrammeRuleSpec | null, indicators: IndicatorValues, score: number, modelVersion: string, now: Date): void {
  const reasons = kafaalat
    ? householdReasons(kafaalat, { person: null, survey: { indicators, roster: survey.roster }, score: { score, modelVersion }, today: '' })
    : ['NO_RULE'];
  survey.eligibility = reasons.length ? EligibilityOutcome.NOT_ELIGIBLE : EligibilityOutcome.ELIGIBLE;
  survey.scoredAt = now;
}
