import type { IndicatorValues, RosterEntry } from '../households';
import { EligibilityReason } from './scorecard.enums';
import { ageOn } from './scoring';

export type ExclusionFilter = 'VEHICLE_OWNER' | 'TRAVEL_ABROAD' | 'GOVERNMENT_EMPLOYEE' | 'PHONE_BILL' | 'LAND_OWNER';

/**
 * A programme's rule, as stored in `programme_rule.rule`. Every condition is optional; the evaluator applies the ones
 * given. Conditions the survey cannot answer (pregnancy, use of NADRA executive services) are not invented: the
 * evaluator says so with a reason code.
 */
export interface ProgrammeRuleSpec {
  /** The score must come from this model (scores of models are not comparable). */
  model?: string | null;
  /** PMT cut-off, inclusive. */
  maxScore?: number | null;
  exclusions?: ExclusionFilter[];
  phoneBillLimitRs?: number | null;
  landLimitAcres?: number | null;
  /** The household must meet BENAZIR_KAFAALAT's household conditions. */
  kafaalatHousehold?: boolean;
  gender?: 'FEMALE' | 'MALE' | null;
  everMarried?: boolean;
  minAgeYears?: number | null;
  maxAgeYears?: number | null;
  requiresEnrolment?: boolean;
  /** Nashonuma: children younger than this many months qualify... */
  childUnderMonths?: number | null;
  /** ...and women of these ages would, if pregnant or breastfeeding, which the survey does not record. */
  pregnancyAgeYears?: [number, number] | null;
  /** Income test, strictly below (HEC). */
  maxMonthlyIncomeRs?: number | null;
}

export interface PersonFacts {
  gender: string;
  maritalStatus: string;
  dateOfBirth: string;
  enrolledInSchool: boolean;
}

export interface EligibilityFacts {
  person: PersonFacts | null;
  survey: { indicators: IndicatorValues; roster: readonly RosterEntry[] } | null;
  score: { score: number; modelVersion: string } | null;
  /** `YYYY-MM-DD`: ages are taken on it. */
  today: string;
}

const EXCLUSION_REASON: Record<ExclusionFilter, EligibilityReason> = {
  VEHICLE_OWNER: EligibilityReason.EXCLUDED_VEHICLE_OWNER,
  TRAVEL_ABROAD: EligibilityReason.EXCLUDED_TRAVEL_ABROAD,
  GOVERNMENT_EMPLOYEE: EligibilityReason.EXCLUDED_GOVERNMENT_EMPLOYEE,
  PHONE_BILL: EligibilityReason.EXCLUDED_PHONE_BILL,
  LAND_OWNER: EligibilityReason.EXCLUDED_LAND_OWNER,
};

function excluded(filter: ExclusionFilter, rule: ProgrammeRuleSpec, s: NonNullable<EligibilityFacts['survey']>): boolean {
  switch (filter) {
    case 'VEHICLE_OWNER':
      return s.indicators.cars > 0;
    case 'TRAVEL_ABROAD':
      return s.indicators.memberTravelledAbroad;
    case 'GOVERNMENT_EMPLOYEE':
      return s.roster.some((m) => m.employment === 'GOVERNMENT');
    case 'PHONE_BILL':
      return s.indicators.monthlyPhoneBillRs > (rule.phoneBillLimitRs ?? 1000);
    case 'LAND_OWNER':
      return s.indicators.agriculturalLandAcres > (rule.landLimitAcres ?? 12);
  }
}

/** The household's part of a rule: survey, score, exclusions, income. */
export function householdReasons(rule: ProgrammeRuleSpec, facts: EligibilityFacts, kafaalat?: ProgrammeRuleSpec): EligibilityReason[] {
  if (!facts.survey) return [EligibilityReason.NOT_SURVEYED];
  const reasons: EligibilityReason[] = [];
  if (rule.maxScore != null) {
    if (!facts.score) reasons.push(EligibilityReason.SCORE_PENDING);
    else if (rule.model && facts.score.modelVersion !== rule.model) reasons.push(EligibilityReason.SCORE_UNDER_OTHER_MODEL);
    else if (facts.score.score > rule.maxScore) reasons.push(EligibilityReason.SCORE_ABOVE_CUTOFF);
  }
  for (const f of rule.exclusions ?? []) if (excluded(f, rule, facts.survey)) reasons.push(EXCLUSION_REASON[f]);
  if (rule.maxMonthlyIncomeRs != null && facts.survey.indicators.monthlyIncomeRs >= rule.maxMonthlyIncomeRs) {
    reasons.push(EligibilityReason.INCOME_ABOVE_LIMIT);
  }
  if (rule.kafaalatHousehold && kafaalat) {
    const k = householdReasons(kafaalat, facts);
    if (k.length) reasons.push(EligibilityReason.NOT_KAFAALAT_HOUSEHOLD, ...k);
  }
  return [...new Set(reasons)];
}

function monthsOn(dateOfBirth: string, asOf: string): number {
  const months = (+asOf.slice(0, 4) - +dateOfBirth.slice(0, 4)) * 12 + (+asOf.slice(5, 7) - +dateOfBirth.slice(5, 7));
  return asOf.slice(8, 10) < dateOfBirth.slice(8, 10) ? months - 1 : months;
}

/** The person's part of a rule. */
export function personReasons(rule: ProgrammeRuleSpec, person: PersonFacts, today: string): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  const age = ageOn(person.dateOfBirth, today);
  if (rule.gender && person.gender !== rule.gender) reasons.push(EligibilityReason.NOT_A_WOMAN);
  if (rule.everMarried && person.maritalStatus === 'NEVER_MARRIED') reasons.push(EligibilityReason.NEVER_MARRIED);
  if ((rule.minAgeYears != null && age < rule.minAgeYears) || (rule.maxAgeYears != null && age > rule.maxAgeYears)) {
    reasons.push(EligibilityReason.AGE_OUT_OF_RANGE);
  }
  if (rule.requiresEnrolment && !person.enrolledInSchool) reasons.push(EligibilityReason.NOT_ENROLLED);
  if (rule.childUnderMonths != null) {
    const child = monthsOn(person.dateOfBirth, today) < rule.childUnderMonths;
    const [from, to] = rule.pregnancyAgeYears ?? [Infinity, -Infinity];
    if (!child) {
      reasons.push(person.gender === 'FEMALE' && age >= from && age <= to ? EligibilityReason.PREGNANCY_NOT_RECORDED : EligibilityReason.AGE_OUT_OF_RANGE);
    }
  }
  return reasons;
}

/** Household and person together; no reasons means eligible. */
export function evaluateProgramme(rule: ProgrammeRuleSpec, facts: EligibilityFacts, kafaalat?: ProgrammeRuleSpec): EligibilityReason[] {
  const household = householdReasons(rule, facts, kafaalat);
  if (household.includes(EligibilityReason.NOT_SURVEYED) || !facts.person) return [EligibilityReason.NOT_SURVEYED];
  return [...household, ...personReasons(rule, facts.person, facts.today)];
}
