import { registerEnumType } from 'type-graphql';

/** Registers an enum whose values each carry a description (every public enum value is described). */
function describe<T extends Record<string, string>>(e: T, name: string, description: string, values: Record<keyof T, string>): void {
  registerEnumType(e, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(values).map(([k, d]) => [k, { description: d }])) as never,
  });
}

export enum ModelStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
}
describe(ModelStatus, 'ScorecardModelStatus', 'Where a scorecard model is in its life.', {
  DRAFT: 'Published and validated, not yet used for scoring.',
  ACTIVE: 'Scores every new survey; exactly one model is active.',
  RETIRED: 'Was active; its scores are kept as history.',
});

export enum IndicatorTransform {
  COUNT = 'COUNT',
  PER_CAPITA = 'PER_CAPITA',
  CATEGORY = 'CATEGORY',
  THRESHOLD = 'THRESHOLD',
}
describe(IndicatorTransform, 'IndicatorTransform', 'How an indicator turns a survey field into points.', {
  COUNT: 'weight × the value (booleans count 1), the value capped at `cap` when given.',
  PER_CAPITA: 'weight × value ÷ household members, capped at `cap` when given.',
  CATEGORY: 'weight × the points listed for the answer (0 for an answer not listed).',
  THRESHOLD: 'weight when the value is at least `threshold` (booleans: true), else 0.',
});

/** Fixed bands, the same for every model, so dashboards can histogram them (issue #7). */
export enum ScoreBand {
  BAND_0_16 = 'BAND_0_16',
  BAND_16_32 = 'BAND_16_32',
  BAND_32_50 = 'BAND_32_50',
  BAND_50_100 = 'BAND_50_100',
}
describe(ScoreBand, 'ScoreBand', 'A range of poverty scores (0 poorest, 100 richest). Scores of different models are not comparable.', {
  BAND_0_16: 'Score 0 to 16.17 (the 2011 cut-off).',
  BAND_16_32: 'Score above 16.17 up to 32 (the 2021 cut-off).',
  BAND_32_50: 'Score above 32 up to 50.',
  BAND_50_100: 'Score above 50.',
});

export function bandOf(score: number): ScoreBand {
  if (score <= 16.17) return ScoreBand.BAND_0_16;
  if (score <= 32) return ScoreBand.BAND_16_32;
  if (score <= 50) return ScoreBand.BAND_32_50;
  return ScoreBand.BAND_50_100;
}

export enum ProgrammeCode {
  BENAZIR_KAFAALAT = 'BENAZIR_KAFAALAT',
  TALEEMI_WAZAIF = 'TALEEMI_WAZAIF',
  NASHONUMA = 'NASHONUMA',
  HEC_NEED_BASED_SCHOLARSHIP = 'HEC_NEED_BASED_SCHOLARSHIP',
}
describe(ProgrammeCode, 'ProgrammeCode', 'A programme whose eligibility rules are kept as versioned data.', {
  BENAZIR_KAFAALAT: 'BISP unconditional cash transfer: ever-married women of households at or under the PMT cut-off, after exclusion filters.',
  TALEEMI_WAZAIF: 'BISP education stipend: enrolled school-age children of Kafaalat households.',
  NASHONUMA: 'BISP nutrition programme: pregnant or breastfeeding women and children under 2 of Kafaalat households.',
  HEC_NEED_BASED_SCHOLARSHIP: 'HEC/Ehsaas undergraduate scholarship: household income below a limit (income-based, not PMT).',
});

export enum EligibilityReason {
  NOT_SURVEYED = 'NOT_SURVEYED',
  SCORE_PENDING = 'SCORE_PENDING',
  SCORE_UNDER_OTHER_MODEL = 'SCORE_UNDER_OTHER_MODEL',
  SCORE_ABOVE_CUTOFF = 'SCORE_ABOVE_CUTOFF',
  EXCLUDED_VEHICLE_OWNER = 'EXCLUDED_VEHICLE_OWNER',
  EXCLUDED_TRAVEL_ABROAD = 'EXCLUDED_TRAVEL_ABROAD',
  EXCLUDED_GOVERNMENT_EMPLOYEE = 'EXCLUDED_GOVERNMENT_EMPLOYEE',
  EXCLUDED_PHONE_BILL = 'EXCLUDED_PHONE_BILL',
  EXCLUDED_LAND_OWNER = 'EXCLUDED_LAND_OWNER',
  NOT_KAFAALAT_HOUSEHOLD = 'NOT_KAFAALAT_HOUSEHOLD',
  NOT_A_WOMAN = 'NOT_A_WOMAN',
  NEVER_MARRIED = 'NEVER_MARRIED',
  AGE_OUT_OF_RANGE = 'AGE_OUT_OF_RANGE',
  NOT_ENROLLED = 'NOT_ENROLLED',
  PREGNANCY_NOT_RECORDED = 'PREGNANCY_NOT_RECORDED',
  INCOME_ABOVE_LIMIT = 'INCOME_ABOVE_LIMIT',
}
describe(EligibilityReason, 'EligibilityReason', 'Why a person is not (or not yet) eligible. Empty reasons mean eligible.', {
  NOT_SURVEYED: 'The person is in no surveyed household: visit a registration centre.',
  SCORE_PENDING: 'The household is surveyed but its latest survey is not scored yet.',
  SCORE_UNDER_OTHER_MODEL: 'The household\'s score is under another model than the rule names; scores of models are not comparable.',
  SCORE_ABOVE_CUTOFF: 'The household\'s poverty score is above the programme\'s cut-off.',
  EXCLUDED_VEHICLE_OWNER: 'Exclusion filter: the household owns a car, jeep or van.',
  EXCLUDED_TRAVEL_ABROAD: 'Exclusion filter: a member or a member\'s spouse has travelled abroad.',
  EXCLUDED_GOVERNMENT_EMPLOYEE: 'Exclusion filter: a member is a government employee.',
  EXCLUDED_PHONE_BILL: 'Exclusion filter: phone bills above the limit (Rs 1,000 a month).',
  EXCLUDED_LAND_OWNER: 'Exclusion filter: agricultural land above the limit (12 acres).',
  NOT_KAFAALAT_HOUSEHOLD: 'The programme needs a Benazir Kafaalat household, and this one is not.',
  NOT_A_WOMAN: 'The programme pays women only.',
  NEVER_MARRIED: 'The programme pays ever-married women only.',
  AGE_OUT_OF_RANGE: 'The person\'s age is outside the programme\'s range.',
  NOT_ENROLLED: 'The child is not enrolled in school.',
  PREGNANCY_NOT_RECORDED:
    'The survey records no pregnancy or breastfeeding: a woman\'s eligibility must be established at the facility.',
  INCOME_ABOVE_LIMIT: 'The household\'s declared income is at or above the programme\'s limit.',
});

export enum RescoreJobStatus {
  RUNNING = 'RUNNING',
  FINISHED = 'FINISHED',
}
describe(RescoreJobStatus, 'RescoreJobStatus', 'Progress of a background re-score.', {
  RUNNING: 'Households are being re-scored, in chunks.',
  FINISHED: 'Every household has been re-scored under the model.',
});
