import { Migration } from '@mikro-orm/migrations';

type Rule = { key: string; label: string; field: string; transform: string; weight: number; cap?: number; threshold?: number; categories?: Record<string, number> };

const WALL = { MUD: 0, UNBAKED_BRICK: 1, BAKED_BRICK: 3, CONCRETE: 4, WOOD_BAMBOO: 0.5, OTHER: 0.5 };
const ROOF = { THATCH: 0, WOOD_BAMBOO: 0.5, IRON_SHEET: 1.5, CONCRETE: 3, OTHER: 0.5 };
const TOILET = { NONE: 0, PIT: 1, FLUSH_SHARED: 2, FLUSH_PRIVATE: 3.5 };
const WATER = { PIPED: 2, HAND_PUMP: 1, MOTOR_PUMP: 2, WELL: 0.5, TANKER: 1, SURFACE: 0, OTHER: 0.5 };
const FUEL = { WOOD: 0, DUNG_CROP: 0, KEROSENE: 0.5, LPG: 2, GAS: 3, ELECTRICITY: 3, OTHER: 0.5 };

const c = (key: string, label: string, field: string, weight: number, cap?: number): Rule => ({ key, label, field, transform: 'COUNT', weight, ...(cap != null ? { cap } : {}) });
const pc = (key: string, label: string, field: string, weight: number, cap?: number): Rule => ({ key, label, field, transform: 'PER_CAPITA', weight, ...(cap != null ? { cap } : {}) });
const cat = (key: string, label: string, field: string, weight: number, categories: Record<string, number>): Rule => ({ key, label, field, transform: 'CATEGORY', weight, categories });
const has = (key: string, label: string, field: string, weight: number, threshold = 1): Rule => ({ key, label, field, transform: 'THRESHOLD', weight, threshold });

/** NSER-2011: 23 indicators, cut-off 16.17. Weights are illustrative, not BISP's (which are not public). */
export const NSER_2011 = {
  version: 'NSER-2011',
  name: 'NSER 2010-11 proxy means test (illustrative weights)',
  description:
    'Structure of the 2011 model (about 23 variables, cut-off 16.17). The real weights are not public: these are ' +
    'plausible, ILLUSTRATIVE weights for development and testing. Replace them with the official model by publishing a new version.',
  cutoff: 16.17,
  intercept: 5,
  indicators: [
    pc('roomsPerCapita', 'Rooms per member', 'rooms', 6, 3),
    cat('wall', 'Wall material', 'wallMaterial', 1, WALL),
    cat('roof', 'Roof material', 'roofMaterial', 1, ROOF),
    cat('toilet', 'Toilet', 'toilet', 1, TOILET),
    cat('water', 'Drinking water', 'waterSource', 1, WATER),
    cat('fuel', 'Cooking fuel', 'cookingFuel', 1, FUEL),
    has('electricity', 'Electricity connection', 'hasElectricity', 1.5),
    has('fridge', 'Owns a fridge', 'fridges', 3),
    has('tv', 'Owns a television', 'televisions', 2),
    has('ac', 'Owns an air conditioner', 'airConditioners', 6),
    has('washer', 'Owns a washing machine', 'washingMachines', 2),
    has('motorcycle', 'Owns a motorcycle', 'motorcycles', 3),
    has('car', 'Owns a car', 'cars', 8),
    has('tractor', 'Owns a tractor', 'tractors', 6),
    c('land', 'Agricultural land (acres, up to 12)', 'agriculturalLandAcres', 0.8, 12),
    c('cattle', 'Cattle (up to 10)', 'cattle', 0.5, 10),
    c('buffaloes', 'Buffaloes (up to 10)', 'buffaloes', 0.8, 10),
    c('goats', 'Goats and sheep (up to 20)', 'goatsAndSheep', 0.2, 20),
    c('members', 'Household members (up to 12)', 'memberCount', -0.8, 12),
    c('dependency', 'Dependency ratio (up to 4)', 'dependencyRatio', -2, 4),
    c('headEducation', 'Head\'s years of schooling', 'headEducationYears', 0.4, 16),
    c('outOfSchool', 'Children 5-16 out of school (up to 6)', 'childrenOutOfSchool', -0.8, 6),
    pc('earnersPerCapita', 'Earners per member', 'earners', 4),
  ] as Rule[],
  regionAdjustments: [
    { area: 'URBAN', points: 1.5 },
    { province: 'BALOCHISTAN', points: -1 },
  ],
};

/** NSER-2021: 43 indicators, cut-off 32. Weights are illustrative, not BISP's (which are not public). */
export const NSER_2021 = {
  version: 'NSER-2021',
  name: 'NSER 2019-21 proxy means test (illustrative weights)',
  description:
    'Structure of the 2021 model (43 variables, cut-off 32). The real weights are not public: these are plausible, ' +
    'ILLUSTRATIVE weights for development and testing. Replace them with the official model by publishing a new version. ' +
    'Scores are not comparable with NSER-2011.',
  cutoff: 32,
  intercept: 12,
  indicators: [
    pc('roomsPerCapita', 'Rooms per member', 'rooms', 8, 3),
    c('rooms', 'Rooms (up to 8)', 'rooms', 0.5, 8),
    cat('wall', 'Wall material', 'wallMaterial', 1.2, WALL),
    cat('roof', 'Roof material', 'roofMaterial', 1.2, ROOF),
    cat('toilet', 'Toilet', 'toilet', 1.2, TOILET),
    cat('water', 'Drinking water', 'waterSource', 1, WATER),
    cat('fuel', 'Cooking fuel', 'cookingFuel', 1.2, FUEL),
    has('electricity', 'Electricity connection', 'hasElectricity', 2),
    has('fridge', 'Owns a fridge', 'fridges', 3),
    c('fridges', 'Fridges beyond the first (up to 3)', 'fridges', 0.5, 3),
    has('tv', 'Owns a television', 'televisions', 2),
    c('tvs', 'Televisions (up to 4)', 'televisions', 0.5, 4),
    has('ac', 'Owns an air conditioner', 'airConditioners', 6),
    c('acs', 'Air conditioners (up to 4)', 'airConditioners', 2, 4),
    has('washer', 'Owns a washing machine', 'washingMachines', 2.5),
    has('motorcycle', 'Owns a motorcycle', 'motorcycles', 3.5),
    c('motorcycles', 'Motorcycles (up to 3)', 'motorcycles', 1, 3),
    has('car', 'Owns a car', 'cars', 9),
    c('cars', 'Cars (up to 3)', 'cars', 3, 3),
    has('tractor', 'Owns a tractor', 'tractors', 7),
    c('land', 'Agricultural land (acres, up to 12)', 'agriculturalLandAcres', 1, 12),
    has('landOwner', 'Owns agricultural land', 'agriculturalLandAcres', 1, 0.01),
    pc('landPerCapita', 'Acres per member (up to 2)', 'agriculturalLandAcres', 2, 2),
    c('cattle', 'Cattle (up to 10)', 'cattle', 0.6, 10),
    c('buffaloes', 'Buffaloes (up to 10)', 'buffaloes', 1, 10),
    c('goats', 'Goats and sheep (up to 20)', 'goatsAndSheep', 0.25, 20),
    c('phoneBill', 'Phone bill per month (Rs, per 1,000, up to 5)', 'monthlyPhoneBillRs', 0.001, 5000),
    has('abroad', 'A member travelled abroad', 'memberTravelledAbroad', 4),
    c('members', 'Household members (up to 12)', 'memberCount', -1, 12),
    c('under5', 'Children under 5 (up to 6)', 'childrenUnder5', -0.5, 6),
    c('under15', 'Children under 15 (up to 8)', 'childrenUnder15', -0.3, 8),
    c('elderly', 'Members 65 or older (up to 4)', 'elderlyMembers', -0.3, 4),
    c('dependency', 'Dependency ratio (up to 4)', 'dependencyRatio', -2, 4),
    c('headEducation', 'Head\'s years of schooling', 'headEducationYears', 0.4, 16),
    c('maxEducation', 'Most schooling in the household (years)', 'maxEducationYears', 0.3, 16),
    c('noSchooling', 'Share of adults with no schooling', 'adultsNoSchoolingShare', -3),
    c('outOfSchool', 'Children 5-16 out of school (up to 6)', 'childrenOutOfSchool', -1, 6),
    pc('earnersPerCapita', 'Earners per member', 'earners', 4),
    c('salaried', 'Salaried members (up to 4)', 'salariedMembers', 1.5, 4),
    c('dailyWage', 'Daily-wage members (up to 4)', 'dailyWageMembers', -0.8, 4),
    c('disabled', 'Members with a disability (up to 4)', 'disabledMembers', -0.6, 4),
    has('femaleHeaded', 'Female-headed household', 'femaleHeaded', -1),
    pc('buffaloesPerCapita', 'Buffaloes per member (up to 1)', 'buffaloes', 2, 1),
  ] as Rule[],
  regionAdjustments: [
    { area: 'URBAN', points: 2 },
    { province: 'BALOCHISTAN', points: -1.5 },
    { province: 'KHYBER_PAKHTUNKHWA', area: 'RURAL', points: -0.5 },
  ],
};

/** Programme rules, version 1 of each. */
export const PROGRAMME_RULES = [
  {
    programme: 'BENAZIR_KAFAALAT',
    description: 'Score at or below 32 under NSER-2021, after the 2019 exclusion filters; paid to ever-married women of the household. ' +
      'The filter on NADRA executive services is not applied: the survey does not record it.',
    rule: { model: 'NSER-2021', maxScore: 32, exclusions: ['VEHICLE_OWNER', 'TRAVEL_ABROAD', 'GOVERNMENT_EMPLOYEE', 'PHONE_BILL', 'LAND_OWNER'],
      phoneBillLimitRs: 1000, landLimitAcres: 12, gender: 'FEMALE', everMarried: true, minAgeYears: 18 },
  },
  {
    programme: 'TALEEMI_WAZAIF',
    description: 'Children of Kafaalat households aged 4 to 22 and enrolled in school (primary to higher secondary).',
    rule: { kafaalatHousehold: true, minAgeYears: 4, maxAgeYears: 22, requiresEnrolment: true },
  },
  {
    programme: 'NASHONUMA',
    description: 'Children under 2 of Kafaalat households. Pregnant or breastfeeding women also qualify, but the survey does not record ' +
      'pregnancy: women of 15-49 are answered PREGNANCY_NOT_RECORDED, to be established at the facility.',
    rule: { kafaalatHousehold: true, childUnderMonths: 24, pregnancyAgeYears: [15, 49] },
  },
  {
    programme: 'HEC_NEED_BASED_SCHOLARSHIP',
    description: 'Household income below Rs 45,000 a month, as declared in the latest survey. Income-based, not PMT: no score is used.',
    rule: { maxMonthlyIncomeRs: 45000 },
  },
];

const literal = (value: unknown) => `'${JSON.stringify(value).replace(/'/g, "''")}'`;

export class Migration20261125002228 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "programme_rule" ("id" uuid not null, "programme" text check ("programme" in ('BENAZIR_KAFAALAT', 'TALEEMI_WAZAIF', 'NASHONUMA', 'HEC_NEED_BASED_SCHOLARSHIP')) not null, "version" int not null, "description" text not null, "rule" jsonb not null, "created_at" timestamptz not null default now(), constraint "programme_rule_pkey" primary key ("id"));`);
    this.addSql(`alter table "programme_rule" add constraint "programme_rule_programme_version_unique" unique ("programme", "version");`);

    this.addSql(`create table "scorecard_model" ("id" uuid not null, "version" varchar(32) not null, "name" varchar(255) not null, "description" text not null, "status" text check ("status" in ('DRAFT', 'ACTIVE', 'RETIRED')) not null default 'DRAFT', "cutoff" double precision not null, "intercept" double precision not null, "indicators" jsonb not null, "region_adjustments" jsonb not null, "created_by" varchar(255) not null, "created_at" timestamptz not null default now(), "activated_at" timestamptz null, "retired_at" timestamptz null, constraint "scorecard_model_pkey" primary key ("id"));`);
    this.addSql(`alter table "scorecard_model" add constraint "scorecard_model_version_unique" unique ("version");`);

    this.addSql(`create table "rescore_job" ("id" uuid not null, "model_id" uuid not null, "status" text check ("status" in ('RUNNING', 'FINISHED')) not null default 'RUNNING', "total" int not null, "processed" int not null default 0, "cursor" uuid null, "started_at" timestamptz not null default now(), "finished_at" timestamptz null, constraint "rescore_job_pkey" primary key ("id"));`);

    this.addSql(`create table "poverty_score" ("id" uuid not null, "household_id" uuid not null, "survey_id" uuid not null, "survey_version" int not null, "model_id" uuid not null, "model_version" varchar(32) not null, "score" numeric(5,2) not null, "band" text check ("band" in ('BAND_0_16', 'BAND_16_32', 'BAND_32_50', 'BAND_50_100')) not null, "below_cutoff" boolean not null, "explanation" jsonb not null, "current" boolean not null default true, "computed_at" timestamptz not null default now(), constraint "poverty_score_pkey" primary key ("id"));`);
    this.addSql(`create index "poverty_score_household_id_current_index" on "poverty_score" ("household_id", "current");`);
    this.addSql(`alter table "poverty_score" add constraint "poverty_score_survey_id_model_id_unique" unique ("survey_id", "model_id");`);

    this.addSql(`alter table "rescore_job" add constraint "rescore_job_model_id_foreign" foreign key ("model_id") references "scorecard_model" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "poverty_score" add constraint "poverty_score_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "poverty_score" add constraint "poverty_score_survey_id_foreign" foreign key ("survey_id") references "survey" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "poverty_score" add constraint "poverty_score_model_id_foreign" foreign key ("model_id") references "scorecard_model" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "poverty_score" enable row level security;`);
    // Scores follow their household: whatever a transaction may see of households, it may see of their scores.
    this.addSql(`create policy poverty_score_in_jurisdiction on "poverty_score" for all
      using (exists (select 1 from household h where h.id = household_id))
      with check (exists (select 1 from household h where h.id = household_id));`);

    for (const [model, status] of [[NSER_2011, 'RETIRED'], [NSER_2021, 'ACTIVE']] as const) {
      this.addSql(`insert into "scorecard_model" (id, version, name, description, status, cutoff, intercept, indicators, region_adjustments, created_by, activated_at, retired_at)
        values (gen_random_uuid(), '${model.version}', ${literal(model.name)}::jsonb #>> '{}', ${literal(model.description)}::jsonb #>> '{}', '${status}', ${model.cutoff}, ${model.intercept},
          ${literal(model.indicators)}, ${literal(model.regionAdjustments)}, 'migration', now(), ${status === 'RETIRED' ? 'now()' : 'null'});`);
    }
    for (const r of PROGRAMME_RULES) {
      this.addSql(`insert into "programme_rule" (id, programme, version, description, rule)
        values (gen_random_uuid(), '${r.programme}', 1, ${literal(r.description)}::jsonb #>> '{}', ${literal(r.rule)});`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rescore_job" drop constraint "rescore_job_model_id_foreign";`);

    this.addSql(`alter table "poverty_score" drop constraint "poverty_score_model_id_foreign";`);

    this.addSql(`drop table if exists "programme_rule" cascade;`);

    this.addSql(`drop table if exists "scorecard_model" cascade;`);

    this.addSql(`drop table if exists "rescore_job" cascade;`);

    this.addSql(`drop table if exists "poverty_score" cascade;`);
  }

}
