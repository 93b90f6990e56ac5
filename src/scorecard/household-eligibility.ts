import type { IndicatorValues, RosterEntry } from '../households';
import { ProgrammeCode } from './scorecard.enums';
import { householdReasons, personReasons, type ProgrammeRuleSpec } from './programmes';

/** The newest rule of each programme that has one. */
export type ProgrammeRules = Partial<Record<ProgrammeCode, ProgrammeRuleSpec>>;

export interface ScoredSurveyFacts {
  indicators: IndicatorValues;
  roster: readonly RosterEntry[];
  score: number;
  modelVersion: string;
  /** `YYYY-MM-DD`: ages are taken on it. */
  today: string;
}

/**
 * Programmes for which a household has at least one eligible member, under the given rules on the given day: the
 * household's conditions hold and some member of the surveyed roster meets the person's conditions. Stored with each
 * score (`poverty_score.eligible_programmes`) so dashboards count eligible households without re-evaluating rules.
 */
export function householdEligibleProgrammes(rules: ProgrammeRules, facts: ScoredSurveyFacts): ProgrammeCode[] {
  const survey = { indicators: facts.indicators, roster: facts.roster };
  const score = { score: facts.score, modelVersion: facts.modelVersion };
  return Object.values(ProgrammeCode).filter((programme) => {
    const rule = rules[programme];
    if (!rule) return false;
    if (householdReasons(rule, { person: null, survey, score, today: facts.today }, rules.BENAZIR_KAFAALAT).length) return false;
    return facts.roster.some((member) => personReasons(rule, member, facts.today).length === 0);
  });
}
