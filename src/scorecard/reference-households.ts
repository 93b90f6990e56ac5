import type { HouseholdFacts } from './scoring';
import type { RosterEntry } from '../households';

const member = (relationToHead: string, gender: string, dateOfBirth: string, extra: Partial<RosterEntry> = {}): RosterEntry => ({
  memberId: relationToHead,
  relationToHead,
  gender,
  dateOfBirth,
  maritalStatus: 'MARRIED',
  educationLevel: 'NONE',
  enrolledInSchool: false,
  employment: 'NOT_IN_LABOUR_FORCE',
  disability: false,
  idDocument: null,
  ...extra,
});

/**
 * Households every published model must place within 0-100 before its scaling holds it there: a model that needs
 * the clamp for an ordinary household has weights out of proportion. Not real people.
 */
export const REFERENCE_HOUSEHOLDS: Record<string, HouseholdFacts> = {
  'rural labourer': {
    province: 'PUNJAB',
    area: 'RURAL',
    asOf: '2025-01-01',
    indicators: {
      rooms: 2, wallMaterial: 'UNBAKED_BRICK', roofMaterial: 'WOOD_BAMBOO', toilet: 'PIT', waterSource: 'HAND_PUMP', cookingFuel: 'WOOD',
      hasElectricity: true, fridges: 0, televisions: 0, airConditioners: 0, washingMachines: 0, motorcycles: 0, cars: 0, tractors: 0,
      agriculturalLandAcres: 0, cattle: 1, buffaloes: 0, goatsAndSheep: 2, monthlyIncomeRs: 25000, monthlyPhoneBillRs: 300, memberTravelledAbroad: false,
    } as HouseholdFacts['indicators'],
    roster: [
      member('HEAD', 'MALE', '1985-05-01', { employment: 'DAILY_WAGE' }),
      member('SPOUSE', 'FEMALE', '1988-03-01'),
      member('SON', 'MALE', '2012-01-01', { maritalStatus: 'NEVER_MARRIED', enrolledInSchool: true, educationLevel: 'PRIMARY' }),
      member('DAUGHTER', 'FEMALE', '2015-01-01', { maritalStatus: 'NEVER_MARRIED', enrolledInSchool: false }),
      member('SON', 'MALE', '2022-01-01', { maritalStatus: 'NEVER_MARRIED' }),
    ],
  },
};
