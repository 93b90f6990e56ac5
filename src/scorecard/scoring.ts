import { SURVEY_INDICATORS, type IndicatorValues, type RosterEntry } from '../households';
import type { IndicatorTransform } from './scorecard.enums';

/**
 * The proxy means test, as a pure function: no database, no clock. A model is data (see ScorecardModelEntity); this
 * evaluates it against one survey. Points are kept in integer hundredths so the explanation's contributions add up
 * to the score exactly (each contribution is rounded once, the score is their sum).
 */

export interface IndicatorRule {
  /** Unique within the model; names the line of the explanation. */
  key: string;
  label: string;
  /** A field of SURVEY_INDICATORS or of DERIVED_FIELDS (computed from the roster). */
  field: string;
  transform: IndicatorTransform | `${IndicatorTransform}`;
  weight: number;
  cap?: number | null;
  threshold?: number | null;
  /** CATEGORY: points per answer. */
  categories?: Record<string, number> | null;
}

export interface RegionAdjustment {
  /** Province code (e.g. PUNJAB); omitted means any. */
  province?: string | null;
  area?: 'URBAN' | 'RURAL' | null;
  points: number;
}

export interface ModelSpec {
  version: string;
  cutoff: number;
  /** Points every household starts from (the scaling's offset); the total is then clamped to 0-100. */
  intercept: number;
  indicators: IndicatorRule[];
  regionAdjustments: RegionAdjustment[];
}

export interface HouseholdFacts {
  indicators: IndicatorValues;
  roster: readonly RosterEntry[];
  province: string;
  area: 'URBAN' | 'RURAL';
  /** The survey date, `YYYY-MM-DD`: ages are taken on it. */
  asOf: string;
}

export interface ExplanationLine {
  key: string;
  label: string;
  field: string | null;
  value: number | string | boolean | null;
  contribution: number;
}

export interface ScoreResult {
  score: number;
  /** Before holding to 0-100: validation wants a reference household inside the scale without help. */
  unclamped: number;
  explanation: ExplanationLine[];
}

/** Roster-derived fields a model may name besides the survey's own columns. */
export const DERIVED_FIELDS = [
  'memberCount',
  'childrenUnder5',
  'childrenUnder15',
  'elderlyMembers',
  'dependencyRatio',
  'headEducationYears',
  'maxEducationYears',
  'adultsNoSchoolingShare',
  'childrenOutOfSchool',
  'earners',
  'salariedMembers',
  'dailyWageMembers',
  'disabledMembers',
  'femaleHeaded',
] as const;
export type DerivedField = (typeof DERIVED_FIELDS)[number];

export const SCORABLE_FIELDS: ReadonlySet<string> = new Set<string>([...SURVEY_INDICATORS.map((s) => s.field), ...DERIVED_FIELDS]);

const EDUCATION_YEARS: Record<string, number> = {
  NONE: 0,
  PRIMARY: 5,
  MIDDLE: 8,
  MATRIC: 10,
  INTERMEDIATE: 12,
  GRADUATE: 14,
  POSTGRADUATE: 16,
};

/** Whole years between a `YYYY-MM-DD` birth date and `asOf`, without Date objects (hot path). */
export function ageOn(dateOfBirth: string, asOf: string): number {
  const y = +asOf.slice(0, 4) - +dateOfBirth.slice(0, 4);
  return asOf.slice(5, 10) < dateOfBirth.slice(5, 10) ? y - 1 : y;
}

export function deriveRosterFields(roster: readonly RosterEntry[], asOf: string): Record<DerivedField, number> {
  let under5 = 0, under15 = 0, elderly = 0, adults = 0, noSchool = 0, outOfSchool = 0, earners = 0, salaried = 0;
  let daily = 0, disabled = 0, maxEdu = 0, headEdu = 0, femaleHeaded = 0;
  for (const m of roster) {
    const age = ageOn(m.dateOfBirth, asOf);
    const edu = EDUCATION_YEARS[m.educationLevel] ?? 0;
    if (age < 5) under5++;
    if (age < 15) under15++;
    else if (age >= 65) elderly++;
    else adults++;
    if (age >= 15 && edu === 0) noSchool++;
    if (age >= 5 && age <= 16 && !m.enrolledInSchool) outOfSchool++;
    if (m.employment !== 'UNEMPLOYED' && m.employment !== 'NOT_IN_LABOUR_FORCE') earners++;
    if (m.employment === 'GOVERNMENT' || m.employment === 'PRIVATE') salaried++;
    if (m.employment === 'DAILY_WAGE') daily++;
    if (m.disability) disabled++;
    if (edu > maxEdu) maxEdu = edu;
    if (m.relationToHead === 'HEAD') {
      headEdu = edu;
      femaleHeaded = m.gender === 'FEMALE' ? 1 : 0;
    }
  }
  const over15 = roster.length - under15;
  return {
    memberCount: roster.length,
    childrenUnder5: under5,
    childrenUnder15: under15,
    elderlyMembers: elderly,
    dependencyRatio: (under15 + elderly) / Math.max(1, adults),
    headEducationYears: headEdu,
    maxEducationYears: maxEdu,
    adultsNoSchoolingShare: over15 > 0 ? noSchool / over15 : 0,
    childrenOutOfSchool: outOfSchool,
    earners,
    salariedMembers: salaried,
    dailyWageMembers: daily,
    disabledMembers: disabled,
    femaleHeaded,
  };
}

/** The labels of the lines that are not the model's indicators (src/scorecard/explanation.ts rebuilds them). */
export const INTERCEPT_LABEL = 'Starting points';
export const SCALING_LABEL = 'Held to the 0-100 scale';
/** `region` is `<province>, <area>`. */
export const regionLabel = (region: string): string => `Region adjustment (${region})`;

const numeric = (v: unknown): number => (typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'number' ? v : 0);
const capped = (v: number, cap: number | null | undefined): number => (cap != null && v > cap ? cap : v);
const hundredths = (points: number): number => Math.round(points * 100);

/** Evaluates a model against one household. */
export function scoreHousehold(model: ModelSpec, facts: HouseholdFacts): ScoreResult {
  const derived = deriveRosterFields(facts.roster, facts.asOf);
  const members = Math.max(1, derived.memberCount);
  const explanation: ExplanationLine[] = [];
  let total = hundredths(model.intercept);
  explanation.push({ key: 'intercept', label: INTERCEPT_LABEL, field: null, value: null, contribution: total / 100 });
  for (const rule of model.indicators) {
    const raw = rule.field in derived ? derived[rule.field as DerivedField] : (facts.indicators as unknown as Record<string, unknown>)[rule.field];
    let points: number;
    switch (rule.transform) {
      case 'COUNT':
        points = rule.weight * capped(numeric(raw), rule.cap);
        break;
      case 'PER_CAPITA':
        points = rule.weight * capped(numeric(raw) / members, rule.cap);
        break;
      case 'CATEGORY':
        points = rule.weight * (rule.categories?.[String(raw)] ?? 0);
        break;
      case 'THRESHOLD':
        points = numeric(raw) >= (rule.threshold ?? 1) ? rule.weight : 0;
        break;
      default:
        points = 0;
    }
    const c = hundredths(points);
    total += c;
    explanation.push({ key: rule.key, label: rule.label, field: rule.field, value: (raw ?? null) as ExplanationLine['value'], contribution: c / 100 });
  }
  let region = 0;
  for (const adj of model.regionAdjustments) {
    if ((adj.province == null || adj.province === facts.province) && (adj.area == null || adj.area === facts.area)) region += hundredths(adj.points);
  }
  if (model.regionAdjustments.length) {
    total += region;
    explanation.push({ key: 'region', label: regionLabel(`${facts.province}, ${facts.area}`), field: null, value: null, contribution: region / 100 });
  }
  const clamped = Math.min(10_000, Math.max(0, total));
  if (clamped !== total) {
    explanation.push({ key: 'scaling', label: SCALING_LABEL, field: null, value: null, contribution: (clamped - total) / 100 });
  }
  return { score: clamped / 100, unclamped: total / 100, explanation };
}

/** What a model must satisfy before it may be saved. Returns messages; empty means valid. */
export function modelProblems(model: ModelSpec): { field: string[]; message: string }[] {
  const problems: { field: string[]; message: string }[] = [];
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  if (!finite(model.cutoff) || model.cutoff < 0 || model.cutoff > 100) problems.push({ field: ['cutoff'], message: '`cutoff` must be a number from 0 to 100.' });
  if (!finite(model.intercept)) problems.push({ field: ['intercept'], message: '`intercept` must be a finite number.' });
  if (!model.indicators.length || model.indicators.length > 200) problems.push({ field: ['indicators'], message: 'A model has 1-200 indicators.' });
  const keys = new Set<string>();
  model.indicators.forEach((rule, i) => {
    const at = (f: string) => ['indicators', String(i), f];
    if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(rule.key)) problems.push({ field: at('key'), message: '`key` must be 1-64 letters, digits or _.' });
    else if (keys.has(rule.key)) problems.push({ field: at('key'), message: `Indicator key \`${rule.key}\` is used twice.` });
    keys.add(rule.key);
    if (!SCORABLE_FIELDS.has(rule.field)) problems.push({ field: at('field'), message: `\`${rule.field.slice(0, 64)}\` is not a survey field (see SURVEY_INDICATORS) or a roster-derived field.` });
    if (!finite(rule.weight)) problems.push({ field: at('weight'), message: 'Weights must be finite numbers.' });
    if (rule.cap != null && !finite(rule.cap)) problems.push({ field: at('cap'), message: '`cap` must be a finite number.' });
    if (rule.threshold != null && !finite(rule.threshold)) problems.push({ field: at('threshold'), message: '`threshold` must be a finite number.' });
    if (rule.transform === 'CATEGORY') {
      const spec = SURVEY_INDICATORS.find((s) => s.field === rule.field);
      if (!spec || spec.kind !== 'category') problems.push({ field: at('transform'), message: 'CATEGORY applies to a category field only.' });
      const entries = Object.entries(rule.categories ?? {});
      if (!entries.length) problems.push({ field: at('categories'), message: 'CATEGORY needs points for at least one answer.' });
      for (const [answer, points] of entries) {
        if (spec?.categories && !spec.categories.includes(answer)) problems.push({ field: at('categories'), message: `\`${answer.slice(0, 64)}\` is not an answer of \`${rule.field}\`.` });
        if (!finite(points)) problems.push({ field: at('categories'), message: 'Category points must be finite numbers.' });
      }
    }
  });
  model.regionAdjustments.forEach((adj, i) => {
    if (!finite(adj.points)) problems.push({ field: ['regionAdjustments', String(i), 'points'], message: 'Adjustments must be finite numbers.' });
  });
  return problems;
}
