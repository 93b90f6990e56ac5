import fc from 'fast-check';
import { checkSurvey } from '../src/households/survey-validation';
import {
  Area,
  CookingFuel,
  EducationLevel,
  Employment,
  MaritalStatus,
  RelationToHead,
  RoofMaterial,
  Toilet,
  WallMaterial,
  WaterSource,
} from '../src/households/household.enums';
import { Gender } from '../src/identity/identity.enums';
import type { SubmitSurveyInput } from '../src/households/household.input';

const enumOf = <T extends Record<string, string>>(e: T) => fc.constantFrom(...(Object.values(e) as T[keyof T][]));
const count = fc.integer({ min: -3, max: 1_000_000 });
const cnic = fc.stringMatching(/^[1-7]\d{11}[1-9]$/);
const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const member = fc.record({
  cnic: fc.option(cnic, { nil: null }),
  bFormNumber: fc.option(cnic, { nil: null }),
  // A distinctive prefix, so a generated name can never coincide with the wording of a message.
  name: fc.oneof(fc.constant(''), fc.string({ maxLength: 110 }).map((s) => `Zq${s}`)),
  relationToHead: enumOf(RelationToHead),
  gender: enumOf(Gender),
  dateOfBirth: date,
  maritalStatus: enumOf(MaritalStatus),
  educationLevel: enumOf(EducationLevel),
  enrolledInSchool: fc.boolean(),
  employment: enumOf(Employment),
  disability: fc.boolean(),
});

const survey = fc.record({
  trackingId: fc.string({ maxLength: 20 }),
  district: fc.constantFrom('PK617', 'PK706', 'PK999', ''),
  tehsil: fc.option(fc.string({ maxLength: 150 }), { nil: null }),
  area: enumOf(Area),
  indicators: fc.record({
    rooms: count,
    wallMaterial: enumOf(WallMaterial),
    roofMaterial: enumOf(RoofMaterial),
    toilet: enumOf(Toilet),
    waterSource: enumOf(WaterSource),
    cookingFuel: enumOf(CookingFuel),
    hasElectricity: fc.boolean(),
    fridges: count,
    televisions: count,
    airConditioners: count,
    washingMachines: count,
    motorcycles: count,
    cars: count,
    tractors: count,
    agriculturalLandAcres: fc.double({ min: -10, max: 1e6, noNaN: true }),
    cattle: count,
    buffaloes: count,
    goatsAndSheep: count,
    monthlyIncomeRs: count,
    monthlyPhoneBillRs: count,
    memberTravelledAbroad: fc.boolean(),
  }),
  members: fc.array(member, { minLength: 0, maxLength: 15 }),
});

describe('survey validation, for arbitrary well-typed input', () => {
  it('never throws, always locates each error, and never repeats a CNIC or a name in a message', () => {
    fc.assert(
      fc.property(survey, (input) => {
        const result = checkSurvey(input as unknown as SubmitSurveyInput, {
          today: '2026-11-24',
          applicantCnic: input.members[0]?.cnic ?? '3520212345671',
          citizens: new Map(),
          holders: new Map(),
          householdId: null,
          roster: [],
        });
        for (const e of result.errors) {
          expect(e.message.length).toBeGreaterThan(10);
          for (const m of input.members) {
            if (m.cnic) expect(e.message).not.toContain(m.cnic);
            if (m.bFormNumber) expect(e.message).not.toContain(m.bFormNumber);
            if (m.name.trim().length >= 4) expect(e.message).not.toContain(m.name.trim());
          }
        }
        if (input.members.length === 0 || input.members.filter((m) => m.relationToHead === RelationToHead.HEAD).length !== 1) {
          expect(result.errors.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
