import type { TestApp } from './app';
import {
  StartRegistrationDocument,
  SubmitSurveyDocument,
  type SubmitSurveyInput,
  type SurveyIndicatorsInput,
  type SurveyMemberInput,
} from '../generated/graphql';

export interface TestCitizen {
  cnic: string;
  nameEn: string;
  gender: 'MALE' | 'FEMALE';
  dateOfBirth: string;
  districtCode: string;
}

/** Adds identity records the tests own (the demo set is left to the demo households). */
export async function addCitizens(app: TestApp, citizens: TestCitizen[]): Promise<void> {
  for (const c of citizens) {
    await app.sql(
      `insert into citizen (id, cnic, name_en, name_ur, relation, relative_name_en, relative_name_ur, gender, date_of_birth, district_code)
       values (gen_random_uuid(), ?, ?, 'نام', ?, 'Relative', 'رشتہ دار', ?, ?, ?)`,
      [c.cnic, c.nameEn, c.gender === 'MALE' ? 'SON_OF' : 'DAUGHTER_OF', c.gender, c.dateOfBirth, c.districtCode],
    );
  }
}

export const INDICATORS: SurveyIndicatorsInput = {
  rooms: 2,
  wallMaterial: 'BAKED_BRICK',
  roofMaterial: 'IRON_SHEET',
  toilet: 'PIT',
  waterSource: 'HAND_PUMP',
  cookingFuel: 'WOOD',
  hasElectricity: true,
  fridges: 0,
  televisions: 1,
  airConditioners: 0,
  washingMachines: 0,
  motorcycles: 1,
  cars: 0,
  tractors: 0,
  agriculturalLandAcres: 1.5,
  cattle: 1,
  buffaloes: 0,
  goatsAndSheep: 3,
  monthlyIncomeRs: 28000,
  monthlyPhoneBillRs: 400,
  memberTravelledAbroad: false,
};

const ANSWERS = {
  maritalStatus: 'NEVER_MARRIED',
  educationLevel: 'NONE',
  enrolledInSchool: false,
  employment: 'NOT_IN_LABOUR_FORCE',
  disability: false,
} as const;

export function head(c: TestCitizen, extra: Partial<SurveyMemberInput> = {}): SurveyMemberInput {
  return { ...ANSWERS, cnic: c.cnic, name: c.nameEn, gender: c.gender, dateOfBirth: c.dateOfBirth, relationToHead: 'HEAD', maritalStatus: 'MARRIED', employment: 'DAILY_WAGE', ...extra };
}

export function spouse(c: TestCitizen, extra: Partial<SurveyMemberInput> = {}): SurveyMemberInput {
  return { ...ANSWERS, cnic: c.cnic, name: c.nameEn, gender: c.gender, dateOfBirth: c.dateOfBirth, relationToHead: 'SPOUSE', maritalStatus: 'MARRIED', ...extra };
}

export function child(extra: Partial<SurveyMemberInput> & Pick<SurveyMemberInput, 'name' | 'gender' | 'dateOfBirth'>): SurveyMemberInput {
  return { ...ANSWERS, relationToHead: extra.gender === 'MALE' ? 'SON' : 'DAUGHTER', enrolledInSchool: true, educationLevel: 'PRIMARY', ...extra };
}

export async function startRegistration(app: TestApp, key: string, cnic: string, centreDistrict: string) {
  const res = await app.gql(StartRegistrationDocument, { input: { cnic, centreDistrict } }, key);
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.startRegistration.userErrors).toEqual([]);
  return res.body.data!.startRegistration.registration!;
}

export async function submitSurvey(app: TestApp, key: string, input: SubmitSurveyInput) {
  const res = await app.gql(SubmitSurveyDocument, { input }, key);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.submitSurvey;
}

/** Registers and surveys a household in one go; returns the household's global ID. */
export async function surveyedHousehold(
  app: TestApp,
  key: string,
  district: string,
  members: SurveyMemberInput[],
  extra: Partial<SubmitSurveyInput> = {},
): Promise<string> {
  const registration = await startRegistration(app, key, members[0].cnic!, district);
  const result = await submitSurvey(app, key, {
    trackingId: registration.trackingId,
    district,
    area: 'URBAN',
    indicators: INDICATORS,
    members,
    ...extra,
  });
  expect(result.userErrors).toEqual([]);
  return result.household!.id;
}

const TABLES = ['household', 'household_member', 'survey', 'registration', 'registration_event', 'data_quality_flag', 'audit_event'];

/** Row counts of every table a registration or survey writes, to show a refused mutation wrote nothing. */
export async function tableCounts(app: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of TABLES) counts[t] = Number((await app.sql<{ n: string }>(`select count(*) as n from ${t}`))[0].n);
  return counts;
}
