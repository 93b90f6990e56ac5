import { activeModel, currentRules, writeScores } from '../scorecard/score-writer';
import { ReferenceData } from '../jurisdictions/reference-data';
import type { ScorecardModelEntity } from '../scorecard/scorecard.entity';
import type { ProgrammeRules } from '../scorecard/household-eligibility';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CitizenEntity } from '../identity/citizen.entity';
import { Gender, Relation } from '../identity/identity.enums';
import { DistrictEntity } from '../jurisdictions/district.entity';
import { HouseholdEntity } from '../households/household.entity';
import { RegistrationEntity, RegistrationEventEntity } from '../households/registration.entity';
import {
  Area,
  EligibilityOutcome,
  RegistrationKind,
  RegistrationStatus,
} from '../households/household.enums';
import type { SubmitSurveyInput, SurveyMemberInput } from '../households/household.input';
import { checkSurvey } from '../households/survey-validation';
import type { IndicatorValues } from '../households/survey-indicators';
import { writeSurvey } from '../households/survey-writer';
import { DOCUMENTED_CITIZENS, type DemoCitizen } from './citizens';
import type { Cnic } from '../common/cnic';

/**
 * Demo NSER data, on top of the demo citizens: households in five provinces and territories in every survey status,
 * registrations in every state of the timeline, and data-quality flags. Fixed tracking IDs keep the documented examples working.
 * Each survey goes through the same validation as `submitSurvey`, so the demo cannot drift from the rules.
 */
export const SEED_ACTOR = 'demo-seed';
export const SEED_CLIENT = 'demo:seed';

const RELATIVES: DemoCitizen[] = [
  { cnic: '3520276543212', nameEn: 'Fatima Ali', nameUr: 'فاطمہ علی', relation: Relation.WIFE_OF, relativeNameEn: 'Muhammad Ali', relativeNameUr: 'محمد علی', gender: Gender.FEMALE, dateOfBirth: '1991-05-10', districtCode: 'PK617' },
  { cnic: '4210134567894', nameEn: 'Khadija Siddiqui', nameUr: 'خدیجہ صدیقی', relation: Relation.WIFE_OF, relativeNameEn: 'Abdul Rehman Siddiqui', relativeNameUr: 'عبدالرحمٰن صدیقی', gender: Gender.FEMALE, dateOfBirth: '1965-04-18', districtCode: 'PK706' },
  { cnic: '1730145678912', nameEn: 'Sana Durrani', nameUr: 'ثناء درانی', relation: Relation.WIFE_OF, relativeNameEn: 'Imran Durrani', relativeNameUr: 'عمران درانی', gender: Gender.FEMALE, dateOfBirth: '1985-02-14', districtCode: 'PK528' },
  { cnic: '5440056789123', nameEn: 'Naseer Mengal', nameUr: 'نصیر مینگل', relation: Relation.SON_OF, relativeNameEn: 'Sardar Mengal', relativeNameUr: 'سردار مینگل', gender: Gender.MALE, dateOfBirth: '1986-09-01', districtCode: 'PK226' },
];

export const BASE: IndicatorValues = {
  rooms: 2, wallMaterial: 'BAKED_BRICK' as never, roofMaterial: 'IRON_SHEET' as never, toilet: 'PIT' as never,
  waterSource: 'HAND_PUMP' as never, cookingFuel: 'WOOD' as never, hasElectricity: true, fridges: 0, televisions: 1,
  airConditioners: 0, washingMachines: 0, motorcycles: 1, cars: 0, tractors: 0, agriculturalLandAcres: 0, cattle: 0,
  buffaloes: 0, goatsAndSheep: 0, monthlyIncomeRs: 30000, monthlyPhoneBillRs: 500, memberTravelledAbroad: false,
};

type M = SurveyMemberInput;
export const person = (c: DemoCitizen, relationToHead: M['relationToHead'], rest: Partial<M> = {}): M => ({
  cnic: c.cnic as Cnic, name: c.nameEn, gender: c.gender, dateOfBirth: c.dateOfBirth, relationToHead,
  maritalStatus: 'MARRIED' as never, educationLevel: 'NONE' as never, enrolledInSchool: false,
  employment: 'NOT_IN_LABOUR_FORCE' as never, disability: false, ...rest,
});
export const kid = (name: string, gender: Gender, dateOfBirth: string, rest: Partial<M> = {}): M => ({
  name, gender, dateOfBirth, relationToHead: (gender === Gender.MALE ? 'SON' : 'DAUGHTER') as never,
  maritalStatus: 'NEVER_MARRIED' as never, educationLevel: 'PRIMARY' as never, enrolledInSchool: true,
  employment: 'NOT_IN_LABOUR_FORCE' as never, disability: false, ...rest,
});

export interface DemoHousehold {
  trackingId: string;
  centre: string;
  tehsil: string;
  area: Area;
  outcome: EligibilityOutcome | null;
  indicators: Partial<IndicatorValues>;
  members: M[];
  /** When the survey was submitted (default: now); fixed for the sandbox, whose answers include the survey date. */
  submittedAt?: Date;
}

export async function seedDemoHouseholds(em: EntityManager): Promise<{ households: number; registrations: number }> {
  await em.insertMany(CitizenEntity, RELATIVES.map(({ districtCode, ...p }) => ({ ...p, id: new CitizenEntity().id, district: districtCode })));
  const [ali, ayesha, imran, farzana, , zainab, bilal] = DOCUMENTED_CITIZENS;
  const usman = DOCUMENTED_CITIZENS[4];
  const [fatima, khadija, sana, naseer] = RELATIVES;
  const households: DemoHousehold[] = [
    {
      trackingId: 'M4A1-7P2K-XJ', centre: 'PK617', tehsil: 'Lahore City', area: Area.URBAN, outcome: EligibilityOutcome.ELIGIBLE,
      indicators: { monthlyIncomeRs: 28000 },
      members: [
        person(ali, 'HEAD' as never, { educationLevel: 'MATRIC' as never, employment: 'DAILY_WAGE' as never }),
        person(fatima, 'SPOUSE' as never),
        kid('Hamza Ali', Gender.MALE, '2012-08-20', { bFormNumber: '3520212345683' as Cnic, educationLevel: 'PRIMARY' as never }),
        kid('Aisha Ali', Gender.FEMALE, '2016-02-11', { bFormNumber: '3520212345694' as Cnic, educationLevel: 'NONE' as never }),
        kid('Zara Ali', Gender.FEMALE, '2024-06-01', { enrolledInSchool: false, educationLevel: 'NONE' as never }),
      ],
    },
    {
      trackingId: 'AY5S-H8D2-3C', centre: 'PK706', tehsil: 'Latifabad', area: Area.URBAN, outcome: null,
      indicators: { rooms: 3, cookingFuel: 'GAS' as never, fridges: 1, motorcycles: 0, monthlyIncomeRs: 42000 },
      members: [
        person(ayesha, 'HEAD' as never, { maritalStatus: 'NEVER_MARRIED' as never, educationLevel: 'GRADUATE' as never, employment: 'PRIVATE' as never }),
        person(khadija, 'PARENT' as never, { maritalStatus: 'WIDOWED' as never, disability: true }),
      ],
    },
    {
      trackingId: 'D9RR-4N6T-KQ', centre: 'PK528', tehsil: 'Peshawar City', area: Area.URBAN, outcome: EligibilityOutcome.NOT_ELIGIBLE,
      indicators: {
        rooms: 6, wallMaterial: 'CONCRETE' as never, roofMaterial: 'CONCRETE' as never, toilet: 'FLUSH_PRIVATE' as never,
        waterSource: 'PIPED' as never, cookingFuel: 'GAS' as never, fridges: 1, televisions: 2, airConditioners: 2,
        washingMachines: 1, cars: 1, monthlyIncomeRs: 150000, monthlyPhoneBillRs: 3500,
      },
      members: [
        person(imran, 'HEAD' as never, { educationLevel: 'GRADUATE' as never, employment: 'GOVERNMENT' as never }),
        person(sana, 'SPOUSE' as never, { educationLevel: 'INTERMEDIATE' as never }),
        kid('Omar Durrani', Gender.MALE, '2010-10-10', { bFormNumber: '1730134567905' as Cnic, educationLevel: 'MIDDLE' as never }),
      ],
    },
    {
      // The enumerator wrote Farzana's birth date a day late: a BIRTH_DATE_MISMATCH flag, not a refusal.
      trackingId: 'FM7G-2W8V-NB', centre: 'PK226', tehsil: 'Panjpai', area: Area.RURAL, outcome: EligibilityOutcome.ELIGIBLE,
      indicators: {
        rooms: 1, wallMaterial: 'MUD' as never, roofMaterial: 'THATCH' as never, toilet: 'NONE' as never, waterSource: 'WELL' as never,
        cookingFuel: 'DUNG_CROP' as never, hasElectricity: false, televisions: 0, motorcycles: 0, agriculturalLandAcres: 0.5,
        goatsAndSheep: 6, monthlyIncomeRs: 12000, monthlyPhoneBillRs: 100,
      },
      members: [
        person(naseer, 'HEAD' as never, { employment: 'AGRICULTURE' as never }),
        person(farzana, 'SPOUSE' as never, { dateOfBirth: '1991-01-31' }),
        kid('Gul Mengal', Gender.FEMALE, '2018-03-03'),
      ],
    },
    {
      // A CNIC starting with 8 (AJK, unpublished): LOCALITY_UNVERIFIED.
      trackingId: 'B1AB-55XK-7R', centre: 'PK107', tehsil: 'Muzaffarabad', area: Area.URBAN, outcome: null,
      indicators: { monthlyIncomeRs: 35000 },
      members: [person(bilal, 'HEAD' as never, { maritalStatus: 'NEVER_MARRIED' as never, educationLevel: 'INTERMEDIATE' as never, employment: 'SELF_EMPLOYED' as never })],
    },
  ];

  const citizens = new Map([...DOCUMENTED_CITIZENS, ...RELATIVES].map((c) => [c.cnic, c as unknown as CitizenEntity]));
  const model = await activeModel(em);
  const scoring = model
    ? { reference: await ReferenceData.load(em), model, rules: await currentRules(em) }
    : null;
  for (const demo of households) await writeHousehold(em, demo, citizens, scoring);
  openRegistration(em, 'K7Q2-MX4P-9D', usman, 'PK401', [RegistrationStatus.RECEIVED, RegistrationStatus.SURVEY_SCHEDULED]);
  openRegistration(em, 'ZB9R-3TQH-6W', zainab, 'PK305', [RegistrationStatus.RECEIVED, RegistrationStatus.SURVEY_SCHEDULED, RegistrationStatus.REJECTED], 'The applicant did not attend the survey visit.');
  await em.flush();
  return { households: households.length, registrations: households.length + 2 };
}

export interface DemoScoring {
  reference: ReferenceData;
  model: ScorecardModelEntity;
  rules: ProgrammeRules;
}

export async function writeHousehold(
  em: EntityManager,
  demo: DemoHousehold,
  citizens: Map<string, CitizenEntity>,
  scoring: DemoScoring | null,
): Promise<void> {
  const input = { trackingId: demo.trackingId, district: demo.centre, tehsil: demo.tehsil, area: demo.area, indicators: { ...BASE, ...demo.indicators }, members: demo.members } as SubmitSurveyInput;
  // A fixed day, so the demo stays valid (ages, relations) whenever it is loaded.
  const check = checkSurvey(input, { today: '2026-11-24', applicantCnic: demo.members[0].cnic!, citizens, holders: new Map(), householdId: null, roster: [] });
  if (check.errors.length) throw new Error(`Demo household ${demo.trackingId} is invalid: ${check.errors.map((e) => e.message).join('; ')}`);
  const scored = demo.outcome !== null;
  const steps = [RegistrationStatus.RECEIVED, RegistrationStatus.SURVEY_SCHEDULED, RegistrationStatus.SURVEYED, RegistrationStatus.VALIDATED, ...(scored ? [RegistrationStatus.SCORED] : [])];
  const registration = openRegistration(em, demo.trackingId, { cnic: demo.members[0].cnic! }, demo.centre, steps);
  const { household, survey } = await writeSurvey(em, {
    input, check, existing: null, registration, submittedBy: SEED_ACTOR, clientKey: SEED_CLIENT,
  });
  registration.household = household;
  if (demo.submittedAt) survey.submittedAt = demo.submittedAt;
  if (scored && scoring) {
    // Scored by the active model, as submitSurvey would; the demo checks itself against its documented answers.
    await writeScores(em, scoring.reference, scoring.model, scoring.rules, [{ household, survey }]);
    if (survey.eligibility !== demo.outcome) {
      throw new Error(`Demo household ${demo.trackingId} scores ${survey.eligibility}, not the documented ${demo.outcome}`);
    }
  } else {
    survey.eligibility = demo.outcome;
    survey.scoredAt = scored ? new Date() : null;
  }
}

export function openRegistration(
  em: EntityManager,
  trackingId: string,
  applicant: Pick<DemoCitizen, 'cnic'>,
  centre: string,
  steps: RegistrationStatus[],
  reason: string | null = null,
  household: HouseholdEntity | null = null,
  /** When it was opened (default: now); each later step a day after the one before. */
  openedAt: Date | null = null,
): RegistrationEntity {
  const registration = em.create(RegistrationEntity, {
    trackingId, kind: RegistrationKind.NEW_SURVEY, status: steps[steps.length - 1], applicantCnic: applicant.cnic,
    centreDistrict: em.getReference(DistrictEntity, centre), household, clientKey: SEED_CLIENT,
    ...(openedAt ? { createdAt: openedAt } : {}),
  });
  steps.forEach((status, i) =>
    em.create(RegistrationEventEntity, {
      registration, status, step: i + 1, actorId: SEED_ACTOR, reason: status === RegistrationStatus.REJECTED ? reason : null,
      ...(openedAt ? { occurredAt: new Date(openedAt.getTime() + i * 24 * 60 * 60 * 1000) } : {}),
    }),
  );
  return registration;
}
