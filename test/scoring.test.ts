import fc from 'fast-check';
import { NSER_2011, NSER_2021 } from '../migrations/Migration20261125002228';
import { modelProblems, scoreHousehold, type HouseholdFacts, type ModelSpec } from '../src/scorecard/scoring';
import { compactExplanation, expandExplanation } from '../src/scorecard/explanation';
import { CookingFuel, EducationLevel, Employment, RoofMaterial, Toilet, WallMaterial, WaterSource } from '../src/households/household.enums';
import type { RosterEntry } from '../src/households/survey-indicators';

const member: fc.Arbitrary<RosterEntry> = fc.record({
  memberId: fc.constant('m'),
  relationToHead: fc.constantFrom('HEAD', 'SPOUSE', 'SON', 'DAUGHTER', 'PARENT'),
  gender: fc.constantFrom('MALE', 'FEMALE'),
  dateOfBirth: fc.date({ min: new Date('1930-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  maritalStatus: fc.constantFrom('NEVER_MARRIED', 'MARRIED', 'WIDOWED', 'DIVORCED'),
  educationLevel: fc.constantFrom(...Object.values(EducationLevel)),
  enrolledInSchool: fc.boolean(),
  employment: fc.constantFrom(...Object.values(Employment)),
  disability: fc.boolean(),
  idDocument: fc.constant(null),
});

const count = (max: number) => fc.integer({ min: 0, max });
const household: fc.Arbitrary<HouseholdFacts> = fc.record({
  province: fc.constantFrom('PUNJAB', 'SINDH', 'KHYBER_PAKHTUNKHWA', 'BALOCHISTAN', 'ISLAMABAD'),
  area: fc.constantFrom('URBAN' as const, 'RURAL' as const),
  asOf: fc.constant('2026-01-15'),
  roster: fc.array(member, { minLength: 1, maxLength: 15 }),
  indicators: fc.record({
    rooms: fc.integer({ min: 1, max: 50 }),
    wallMaterial: fc.constantFrom(...Object.values(WallMaterial)),
    roofMaterial: fc.constantFrom(...Object.values(RoofMaterial)),
    toilet: fc.constantFrom(...Object.values(Toilet)),
    waterSource: fc.constantFrom(...Object.values(WaterSource)),
    cookingFuel: fc.constantFrom(...Object.values(CookingFuel)),
    hasElectricity: fc.boolean(),
    fridges: count(20), televisions: count(20), airConditioners: count(20), washingMachines: count(20), motorcycles: count(20),
    cars: count(20), tractors: count(20),
    agriculturalLandAcres: fc.double({ min: 0, max: 100_000, noNaN: true }),
    cattle: count(10_000), buffaloes: count(10_000), goatsAndSheep: count(10_000),
    monthlyIncomeRs: count(100_000_000), monthlyPhoneBillRs: count(10_000_000), memberTravelledAbroad: fc.boolean(),
  }),
});

describe('scoring function properties', () => {
  it.each([NSER_2011, NSER_2021])('$version: every score is within 0-100, two decimals, and its explanation sums to it', (model) => {
    fc.assert(
      fc.property(household, (facts) => {
        const { score, explanation } = scoreHousehold(model as ModelSpec, facts);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(Math.round(score * 100) / 100).toBe(score);
        expect(Math.round(explanation.reduce((t, l) => t + l.contribution * 100, 0))).toBe(Math.round(score * 100));
      }),
    );
  });

  it('the shipped models pass their own validation', () => {
    expect(modelProblems(NSER_2011 as ModelSpec)).toEqual([]);
    expect(modelProblems(NSER_2021 as ModelSpec)).toEqual([]);
  });

  // The stored form (issue #17): values through JSON as the jsonb column keeps them, points as int[]; the lines
  // rebuilt from it and the model are the ones scoreHousehold returned, as JSON would keep them, exactly.
  const viaJson = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  const variants = (model: ModelSpec): [string, ModelSpec][] => [
    [model.version, model],
    [`${model.version} without region adjustments`, { ...model, regionAdjustments: [] }],
    [`${model.version} held to the scale`, { ...model, intercept: 95 }],
    [`${model.version} held at zero`, { ...model, intercept: -90 }],
  ];
  it.each([...variants(NSER_2011 as ModelSpec), ...variants(NSER_2021 as ModelSpec)])('%s: the compact explanation rebuilds the lines exactly', (_, model) => {
    fc.assert(
      fc.property(household, (facts) => {
        const { explanation } = scoreHousehold(model, facts);
        const stored = viaJson(compactExplanation(model, explanation, facts.province, facts.area));
        expect(stored.points).toHaveLength(explanation.length);
        expect(stored.points.every((p) => Number.isInteger(p))).toBe(true);
        expect(expandExplanation(model, stored)).toEqual(viaJson(explanation));
      }),
    );
  });
});
