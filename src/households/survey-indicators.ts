import { CookingFuel, RoofMaterial, Toilet, WallMaterial, WaterSource } from './household.enums';

/**
 * The household-level survey fields, each a column of `survey` and a field of `SurveyIndicators`. A scorecard model
 * (issue #5) names these fields; this list is how it can check that a field exists and what its range is.
 */
export type IndicatorKind = 'integer' | 'decimal' | 'boolean' | 'category';

export interface IndicatorSpec {
  field: keyof IndicatorValues;
  group: 'HOUSING' | 'ASSETS' | 'LAND' | 'LIVESTOCK' | 'INCOME';
  kind: IndicatorKind;
  min?: number;
  max?: number;
  categories?: readonly string[];
}

export interface IndicatorValues {
  rooms: number;
  wallMaterial: WallMaterial;
  roofMaterial: RoofMaterial;
  toilet: Toilet;
  waterSource: WaterSource;
  cookingFuel: CookingFuel;
  hasElectricity: boolean;
  fridges: number;
  televisions: number;
  airConditioners: number;
  washingMachines: number;
  motorcycles: number;
  cars: number;
  tractors: number;
  agriculturalLandAcres: number;
  cattle: number;
  buffaloes: number;
  goatsAndSheep: number;
  monthlyIncomeRs: number;
  monthlyPhoneBillRs: number;
  memberTravelledAbroad: boolean;
}

const count = (field: keyof IndicatorValues, group: IndicatorSpec['group'], max: number): IndicatorSpec => ({
  field,
  group,
  kind: 'integer',
  min: 0,
  max,
});

export const SURVEY_INDICATORS: readonly IndicatorSpec[] = [
  { field: 'rooms', group: 'HOUSING', kind: 'integer', min: 1, max: 50 },
  { field: 'wallMaterial', group: 'HOUSING', kind: 'category', categories: Object.values(WallMaterial) },
  { field: 'roofMaterial', group: 'HOUSING', kind: 'category', categories: Object.values(RoofMaterial) },
  { field: 'toilet', group: 'HOUSING', kind: 'category', categories: Object.values(Toilet) },
  { field: 'waterSource', group: 'HOUSING', kind: 'category', categories: Object.values(WaterSource) },
  { field: 'cookingFuel', group: 'HOUSING', kind: 'category', categories: Object.values(CookingFuel) },
  { field: 'hasElectricity', group: 'HOUSING', kind: 'boolean' },
  count('fridges', 'ASSETS', 20),
  count('televisions', 'ASSETS', 20),
  count('airConditioners', 'ASSETS', 20),
  count('washingMachines', 'ASSETS', 20),
  count('motorcycles', 'ASSETS', 20),
  count('cars', 'ASSETS', 20),
  count('tractors', 'ASSETS', 20),
  { field: 'agriculturalLandAcres', group: 'LAND', kind: 'decimal', min: 0, max: 100_000 },
  count('cattle', 'LIVESTOCK', 10_000),
  count('buffaloes', 'LIVESTOCK', 10_000),
  count('goatsAndSheep', 'LIVESTOCK', 10_000),
  count('monthlyIncomeRs', 'INCOME', 100_000_000),
  count('monthlyPhoneBillRs', 'INCOME', 10_000_000),
  { field: 'memberTravelledAbroad', group: 'INCOME', kind: 'boolean' },
];

/** Messages for indicators out of range, keyed by field. Enums and booleans are checked by GraphQL itself. */
export function indicatorErrors(values: IndicatorValues): { field: keyof IndicatorValues; message: string }[] {
  const errors: { field: keyof IndicatorValues; message: string }[] = [];
  for (const spec of SURVEY_INDICATORS) {
    if (spec.kind !== 'integer' && spec.kind !== 'decimal') continue;
    const value = values[spec.field] as number;
    const whole = spec.kind === 'integer' ? Number.isInteger(value) : Number.isFinite(value);
    if (!whole || value < spec.min! || value > spec.max!) {
      const what = spec.kind === 'integer' ? 'a whole number' : 'a number';
      errors.push({ field: spec.field, message: `\`${spec.field}\` must be ${what} from ${spec.min} to ${spec.max}.` });
    }
  }
  return errors;
}

/** A member as surveyed, kept in the survey's roster snapshot (no CNIC, no name). */
export interface RosterEntry {
  memberId: string;
  relationToHead: string;
  gender: string;
  dateOfBirth: string;
  maritalStatus: string;
  educationLevel: string;
  enrolledInSchool: boolean;
  employment: string;
  disability: boolean;
  idDocument: string | null;
}
