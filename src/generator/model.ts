import type { ModelSpec } from '../scorecard/scoring';
import type { ProgrammeRules } from '../scorecard/household-eligibility';

/**
 * What a generation needs besides the seed: read from the database once, passed to worker threads as plain data.
 */
export interface GeneratorInput {
  seed: number;
  /** `YYYY-MM-DD`: the registry is generated as it would stand on this day (PKT). */
  asOf: string;
  districts: GeneratorDistrict[];
  names: NameTables;
  /** The active scorecard model, or null (then nothing is scored: surveys stay pending). */
  model: (ModelSpec & { id: string }) | null;
  rules: ProgrammeRules;
}

export interface GeneratorDistrict {
  code: string;
  province: string;
  nameEn: string;
  /** Digit 1 of CNICs registered here. */
  cnicDigit: string;
  /** Relative share of households. */
  weight: number;
  /** Probability that a household is urban. */
  urbanShare: number;
  tehsils: string[];
}

export interface Name {
  latin: string;
  urdu: string;
}

export interface NameTables {
  male: Name[];
  female: Name[];
  /** Family names usable in each province (regional ones plus those without a region). */
  familyByProvince: Record<string, Name[]>;
}

/** The tables loaded, in foreign-key order, with their COPY column lists. */
export const TABLES = {
  citizen: ['id', 'cnic', 'name_en', 'name_ur', 'relation', 'relative_name_en', 'relative_name_ur', 'gender', 'date_of_birth', 'district_code', 'created_at', 'updated_at'],
  citizen_mobile_number: ['id', 'citizen_id', 'number', 'created_at'],
  conviction: ['id', 'citizen_id', 'sections', 'court', 'case_number', 'conviction_date', 'sentence', 'registering_agency', 'district_code', 'status', 'registered_on', 'ends_on', 'last_known_address', 'version', 'created_at', 'updated_at'],
  conviction_event: ['id', 'conviction_id', 'kind', 'from_status', 'to_status', 'changed_fields', 'reason', 'version', 'actor_id', 'actor_name', 'at'],
  household: ['id', 'district_code', 'tehsil', 'area', 'version', 'created_at', 'updated_at'],
  registration: ['id', 'tracking_id', 'kind', 'status', 'applicant_cnic', 'centre_district_code', 'household_id', 'client_key', 'version', 'created_at', 'updated_at'],
  registration_event: ['id', 'registration_id', 'step', 'status', 'reason', 'occurred_at', 'actor_id'],
  household_member: ['id', 'household_id', 'id_number', 'id_document', 'name', 'relation_to_head', 'gender', 'date_of_birth', 'marital_status', 'education_level', 'enrolled_in_school', 'employment', 'disability', 'status', 'date_of_death', 'version', 'created_at', 'updated_at'],
  survey: ['id', 'household_id', 'version', 'latest', 'registration_id', 'submitted_at', 'submitted_by', 'client_key', 'roster', 'member_count', 'rooms', 'wall_material', 'roof_material', 'toilet', 'water_source', 'cooking_fuel', 'has_electricity', 'fridges', 'televisions', 'air_conditioners', 'washing_machines', 'motorcycles', 'cars', 'tractors', 'agricultural_land_acres', 'cattle', 'buffaloes', 'goats_and_sheep', 'monthly_income_rs', 'monthly_phone_bill_rs', 'member_travelled_abroad', 'eligibility', 'scored_at'],
  poverty_score: ['id', 'household_id', 'survey_id', 'survey_version', 'model_id', 'model_version', 'score', 'band', 'below_cutoff', 'explanation_values', 'explanation_points', 'explanation_region', 'current', 'computed_at', 'eligible_programmes'],
  data_quality_flag: ['id', 'household_id', 'survey_id', 'member_id', 'code', 'severity', 'detail', 'created_at', 'resolved_at'],
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** One chunk of generated rows: COPY text (tab-separated, `\N` for null) per table, and row counts. */
export interface Chunk {
  first: number;
  households: number;
  text: Record<TableName, Uint8Array>;
  rows: Record<TableName, number>;
  /** Milliseconds the generator spent on this chunk. */
  generateMs: number;
}
