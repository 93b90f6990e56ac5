import type { MatrixRow } from './types';

const INDICATORS =
  '{rooms: 1, wallMaterial: MUD, roofMaterial: THATCH, toilet: NONE, waterSource: WELL, cookingFuel: WOOD, hasElectricity: false, ' +
  'fridges: 0, televisions: 0, airConditioners: 0, washingMachines: 0, motorcycles: 0, cars: 0, tractors: 0, ' +
  'agriculturalLandAcres: 0, cattle: 0, buffaloes: 0, goatsAndSheep: 0, monthlyIncomeRs: 0, monthlyPhoneBillRs: 0, memberTravelledAbroad: false}';
const MEMBER =
  '{cnic: "3520212345671", name: "Muhammad Ali", relationToHead: HEAD, gender: MALE, dateOfBirth: "1988-03-14", maritalStatus: MARRIED, ' +
  'educationLevel: NONE, enrolledInSchool: false, employment: DAILY_WAGE, disability: false}';
const NO_MEMBER = 'TWVtYmVyOjE6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw';

/**
 * Every NSER root field and the action that guards it, in the shape of the authorisation matrix's table, so the
 * matrix can take them in one spread. Operations are harmless: unknown IDs, a tracking ID no one has.
 */
export const HOUSEHOLD_ROOT_FIELDS: Record<string, MatrixRow> = {
  surveyStatus: { action: 'survey:status', operation: () => '{ surveyStatus(cnic: "3520212345671", consentRef: "C-1") { status } }' },
  household: { action: 'household:readMasked', operation: () => '{ household(id: "SG91c2Vob2xkOjE6bm9wZQ") { id } }' },
  householdOf: { action: 'household:readMasked', operation: () => '{ householdOf(cnic: "3520299999991") { id } }' },
  households: { action: 'household:readMasked', operation: () => '{ households(first: 1) { totalCount } }' },
  dataQualityFlags: { action: 'household:readMasked', operation: () => '{ dataQualityFlags(first: 1) { totalCount } }' },
  registration: { action: 'registration:read', operation: () => '{ registration(trackingId: "0000-0000-00") { status } }' },
  startRegistration: {
    action: 'registration:write',
    operation: () => 'mutation { startRegistration(input: {cnic: "3520299999991", centreDistrict: "PK999"}) { userErrors { code } } }',
  },
  submitSurvey: {
    action: 'registration:write',
    operation: () =>
      `mutation { submitSurvey(input: {trackingId: "0000-0000-00", district: "PK999", area: RURAL, indicators: ${INDICATORS}, members: [${MEMBER}]}) { userErrors { code } } }`,
  },
  rejectRegistration: {
    action: 'registration:write',
    operation: () => 'mutation { rejectRegistration(input: {trackingId: "0000-0000-00", version: 1, reason: "matrix"}) { userErrors { code } } }',
  },
  moveMember: {
    action: 'member:write',
    operation: () => `mutation { moveMember(input: {memberId: "${NO_MEMBER}", version: 1, toHouseholdId: "x", relationToHead: SIBLING}) { userErrors { code } } }`,
  },
  recordDeath: {
    action: 'member:write',
    operation: () => `mutation { recordDeath(input: {memberId: "${NO_MEMBER}", version: 1, dateOfDeath: "2026-01-01"}) { userErrors { code } } }`,
  },
  updateMember: {
    action: 'member:write',
    operation: () => `mutation { updateMember(input: {memberId: "${NO_MEMBER}", version: 1}) { userErrors { code } } }`,
  },
};
