import type { EntityManager } from '@mikro-orm/postgresql';
import { CitizenEntity } from '../identity/citizen.entity';
import { Gender, Relation } from '../identity/identity.enums';
import { Province, provinceCnicDigit } from '../jurisdictions/province';
import { ReferenceData } from '../jurisdictions/reference-data';
import { activeModel, currentRules, writeScores } from '../scorecard/score-writer';
import type { HouseholdEntity } from '../households/household.entity';
import type { SurveyEntity } from '../households/survey.entity';
import {
  Area,
  CookingFuel,
  EducationLevel,
  Employment,
  MaritalStatus,
  RelationToHead,
  RoofMaterial,
  RegistrationStatus,
  Toilet,
  WallMaterial,
  WaterSource,
} from '../households/household.enums';
import type { SubmitSurveyInput, SurveyMemberInput } from '../households/household.input';
import { checkSurvey } from '../households/survey-validation';
import type { IndicatorValues } from '../households/survey-indicators';
import { writeSurvey } from '../households/survey-writer';
import type { Cnic } from '../common/cnic';
import { loadNames, provinceLabel, seededRandom, type DemoCitizen } from './citizens';
import { BASE, kid, openRegistration, person, SEED_ACTOR, SEED_CLIENT } from './households.seed';

/**
 * Households for the dashboards. The documented demo (five households in five provinces) is too small for any
 * dashboard figure: every count under 5 is suppressed, so a newcomer opening /dashboard on `npm start` saw only
 * "suppressed". These few hundred households, in a few districts of every province and territory, give the
 * national, provincial and district views real figures: score bands, programmes, flags, registrations by status and
 * months. Deterministic (a fixed seed and fixed dates), surveyed through the same validation as `submitSurvey` and scored by the
 * active model. Their heads and spouses are new identity records; no documented person is touched, so every
 * documented example answers as before.
 */

/** Households per district, with two tehsils each. A few districts per province, so district figures show too. */
const AREAS: { district: string; province: Province; households: number; tehsils: [string, string] }[] = [
  { district: 'PK617', province: Province.PUNJAB, households: 36, tehsils: ['Lahore City', 'Model Town'] },
  { district: 'PK608', province: Province.PUNJAB, households: 28, tehsils: ['Faisalabad City', 'Jaranwala'] },
  { district: 'PK630', province: Province.PUNJAB, households: 20, tehsils: ['Rawalpindi', 'Gujar Khan'] },
  { district: 'PK622', province: Province.PUNJAB, households: 16, tehsils: ['Multan City', 'Shujabad'] },
  { district: 'PK702', province: Province.SINDH, households: 30, tehsils: ['Gulberg', 'New Karachi'] },
  { district: 'PK706', province: Province.SINDH, households: 20, tehsils: ['Latifabad', 'Qasimabad'] },
  { district: 'PK723', province: Province.SINDH, households: 12, tehsils: ['Sukkur City', 'Rohri'] },
  { district: 'PK528', province: Province.KHYBER_PAKHTUNKHWA, households: 28, tehsils: ['Peshawar City', 'Shah Alam'] },
  { district: 'PK532', province: Province.KHYBER_PAKHTUNKHWA, households: 14, tehsils: ['Babuzai', 'Matta'] },
  { district: 'PK226', province: Province.BALOCHISTAN, households: 20, tehsils: ['Quetta City', 'Panjpai'] },
  { district: 'PK401', province: Province.ISLAMABAD, households: 14, tehsils: ['Islamabad Urban', 'Islamabad Rural'] },
  { district: 'PK305', province: Province.GILGIT_BALTISTAN, households: 12, tehsils: ['Gilgit', 'Danyor'] },
  { district: 'PK107', province: Province.AZAD_KASHMIR, households: 12, tehsils: ['Muzaffarabad', 'Naseerabad'] },
];

/** Living standards from very poor to well off, so the households spread over every score band and programme. */
const PROFILES: Partial<IndicatorValues>[] = [
  {
    rooms: 1, wallMaterial: WallMaterial.MUD, roofMaterial: RoofMaterial.THATCH, toilet: Toilet.NONE, waterSource: WaterSource.WELL,
    cookingFuel: CookingFuel.DUNG_CROP, hasElectricity: false, televisions: 0, motorcycles: 0, goatsAndSheep: 3,
    monthlyIncomeRs: 11000, monthlyPhoneBillRs: 100,
  },
  {
    rooms: 2, wallMaterial: WallMaterial.UNBAKED_BRICK, roofMaterial: RoofMaterial.WOOD_BAMBOO, toilet: Toilet.PIT,
    waterSource: WaterSource.HAND_PUMP, cookingFuel: CookingFuel.WOOD, televisions: 0, motorcycles: 0, monthlyIncomeRs: 18000,
    monthlyPhoneBillRs: 300,
  },
  { rooms: 2, toilet: Toilet.FLUSH_SHARED, cookingFuel: CookingFuel.LPG, monthlyIncomeRs: 30000, monthlyPhoneBillRs: 600 },
  {
    rooms: 3, wallMaterial: WallMaterial.BAKED_BRICK, roofMaterial: RoofMaterial.CONCRETE, toilet: Toilet.FLUSH_PRIVATE,
    waterSource: WaterSource.PIPED, cookingFuel: CookingFuel.GAS, fridges: 1, washingMachines: 1, monthlyIncomeRs: 55000,
    monthlyPhoneBillRs: 1500,
  },
  {
    rooms: 6, wallMaterial: WallMaterial.CONCRETE, roofMaterial: RoofMaterial.CONCRETE, toilet: Toilet.FLUSH_PRIVATE,
    waterSource: WaterSource.PIPED, cookingFuel: CookingFuel.GAS, fridges: 2, televisions: 2, airConditioners: 2,
    washingMachines: 1, cars: 1, monthlyIncomeRs: 160000, monthlyPhoneBillRs: 4000,
  },
];

/** The survey dates the checks use for ages (the same fixed day as the documented demo households). */
const SURVEY_DAY = '2026-11-24';
const DAY_MS = 24 * 60 * 60 * 1000;
const FIRST_OPENED = Date.UTC(2024, 11, 1);
/** Until 2026-11-10: the last survey, two days after its registration opened, is before the checks' SURVEY_DAY. */
const OPENING_DAYS = (Date.UTC(2026, 10, 10) - FIRST_OPENED) / DAY_MS;
const TRACKING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface DemoAreasSummary {
  households: number;
  citizens: number;
  registrations: number;
}

/**
 * Loads the dashboard households into the caller's transaction; `taken` holds every CNIC already in the registry
 * (new ones avoid them, the sandbox's `35202-999…` families and the generator's `X0…` CNICs).
 */
export async function seedDemoAreas(em: EntityManager, taken: Set<string>): Promise<DemoAreasSummary> {
  const random = seededRandom(20261207);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const names = loadNames();
  const male = names.filter((n) => n.kind === 'male');
  const female = names.filter((n) => n.kind === 'female');
  const family = names.filter((n) => n.kind === 'family');

  const newCnic = (province: Province, gender: Gender): string => {
    const genderDigit = gender === Gender.MALE ? pick(['1', '3', '5', '7', '9']) : pick(['2', '4', '6', '8']);
    for (;;) {
      const middle = Array.from({ length: 11 }, (_, i) => (i === 0 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10))).join('');
      const cnic = provinceCnicDigit(province) + middle + genderDigit;
      if (!taken.has(cnic) && !cnic.startsWith('35202999')) {
        taken.add(cnic);
        return cnic;
      }
    }
  };
  const trackingIds = new Set<string>();
  const newTrackingId = (): string => {
    for (;;) {
      const chars = Array.from({ length: 10 }, () => pick([...TRACKING_ALPHABET])).join('');
      const id = `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
      if (!trackingIds.has(id)) {
        trackingIds.add(id);
        return id;
      }
    }
  };
  const date = (from: number, span: number) => {
    const d = new Date(Date.UTC(from + Math.floor(random() * span), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
    return d.toISOString().slice(0, 10);
  };

  const model = await activeModel(em);
  const scoring = model ? { reference: await ReferenceData.load(em), model, rules: await currentRules(em) } : null;
  const citizens: DemoCitizen[] = [];
  const toScore: { household: HouseholdEntity; survey: SurveyEntity }[] = [];
  let households = 0;
  let registrations = 0;

  for (const area of AREAS) {
    const regional = family.filter((f) => !f.region_hint || f.region_hint === provinceLabel(area.province));
    for (let n = 0; n < area.households; n++) {
      const surname = pick(regional);
      const headGender = random() < 0.85 ? Gender.MALE : Gender.FEMALE;
      const headGiven = pick(headGender === Gender.MALE ? male : female);
      const headBorn = date(1955, 45);
      const married = random() < 0.75;
      const head: DemoCitizen = {
        cnic: newCnic(area.province, headGender),
        nameEn: `${headGiven.latin} ${surname.latin}`,
        nameUr: `${headGiven.urdu} ${surname.urdu}`,
        relation: headGender === Gender.MALE ? Relation.SON_OF : married ? Relation.WIFE_OF : Relation.DAUGHTER_OF,
        relativeNameEn: `${pick(male).latin} ${surname.latin}`,
        relativeNameUr: `${pick(male).urdu} ${surname.urdu}`,
        gender: headGender,
        dateOfBirth: headBorn,
        districtCode: area.district,
      };
      citizens.push(head);
      // Opened on a fixed day (so scores, which count ages on the survey date, are the same whenever the demo is
      // loaded) between December 2024 and November 2026, so the month charts have a history.
      const opened = new Date(FIRST_OPENED + Math.floor(random() * OPENING_DAYS) * DAY_MS);
      const tehsil = area.tehsils[n % 2];
      const centre = area.district;

      // One applicant in ten is still waiting for (or was refused) the survey visit.
      if (n % 10 === 9) {
        const status = pick([RegistrationStatus.RECEIVED, RegistrationStatus.SURVEY_SCHEDULED, RegistrationStatus.REJECTED]);
        const steps = [RegistrationStatus.RECEIVED, RegistrationStatus.SURVEY_SCHEDULED, RegistrationStatus.REJECTED].slice(
          0,
          [RegistrationStatus.RECEIVED, RegistrationStatus.SURVEY_SCHEDULED, RegistrationStatus.REJECTED].indexOf(status) + 1,
        );
        openRegistration(em, newTrackingId(), head, centre, steps, 'The applicant did not attend the survey visit.', null, opened);
        registrations++;
        continue;
      }

      const members: SurveyMemberInput[] = [
        person(head, RelationToHead.HEAD, {
          maritalStatus: married ? MaritalStatus.MARRIED : pick([MaritalStatus.WIDOWED, MaritalStatus.DIVORCED]),
          educationLevel: pick(Object.values(EducationLevel)),
          employment: pick([Employment.DAILY_WAGE, Employment.AGRICULTURE, Employment.PRIVATE, Employment.SELF_EMPLOYED, Employment.GOVERNMENT]),
          // Every eleventh enumerator misreads a birth date: a BIRTH_DATE_MISMATCH flag, as in the field.
          ...(n % 11 === 4 ? { dateOfBirth: `${Number(headBorn.slice(0, 4)) + 1}${headBorn.slice(4)}` } : {}),
        }),
      ];
      if (married) {
        const spouseGender = headGender === Gender.MALE ? Gender.FEMALE : Gender.MALE;
        const given = pick(spouseGender === Gender.MALE ? male : female);
        const spouse: DemoCitizen = {
          cnic: newCnic(area.province, spouseGender),
          nameEn: `${given.latin} ${surname.latin}`,
          nameUr: `${given.urdu} ${surname.urdu}`,
          relation: spouseGender === Gender.FEMALE ? Relation.WIFE_OF : Relation.SON_OF,
          relativeNameEn: spouseGender === Gender.FEMALE ? head.nameEn : `${pick(male).latin} ${surname.latin}`,
          relativeNameUr: spouseGender === Gender.FEMALE ? head.nameUr : `${pick(male).urdu} ${surname.urdu}`,
          gender: spouseGender,
          dateOfBirth: date(Number(headBorn.slice(0, 4)) - 2, 8),
          districtCode: area.district,
        };
        citizens.push(spouse);
        members.push(person(spouse, RelationToHead.SPOUSE, {
          // Every thirteenth roster names the wife "… Bibi" where her identity record has the family name: NAME_MISMATCH.
          ...(n % 13 === 6 ? { name: `${given.latin} Bibi` } : {}),
        }));
      }
      const youngest = Math.max(Number(headBorn.slice(0, 4)) + 20, 2009);
      const children = Math.floor(random() * 5);
      for (let k = 0; k < children && youngest <= 2025; k++) {
        const gender = random() < 0.5 ? Gender.MALE : Gender.FEMALE;
        const born = date(youngest, 2026 - youngest);
        const age = 2026 - Number(born.slice(0, 4));
        members.push(
          kid(`${pick(gender === Gender.MALE ? male : female).latin} ${surname.latin}`, gender, born, {
            enrolledInSchool: age >= 4 && random() < 0.7,
            educationLevel: age >= 8 ? EducationLevel.PRIMARY : EducationLevel.NONE,
          }),
        );
      }

      const profile = pick(PROFILES);
      const input = {
        trackingId: newTrackingId(),
        district: area.district,
        tehsil,
        area: random() < 0.5 ? Area.URBAN : Area.RURAL,
        indicators: {
          ...BASE,
          ...profile,
          goatsAndSheep: profile.goatsAndSheep ?? Math.floor(random() * 3),
          monthlyIncomeRs: Math.round(((profile.monthlyIncomeRs ?? 30000) * (0.7 + 0.6 * random())) / 500) * 500,
        },
        members,
      } as SubmitSurveyInput;
      const identity = new Map(members.filter((m) => m.cnic).map((m) => [m.cnic!, citizens.find((c) => c.cnic === m.cnic) as unknown as CitizenEntity]));
      const check = checkSurvey(input, { today: SURVEY_DAY, applicantCnic: head.cnic, citizens: identity, holders: new Map(), householdId: null, roster: [] });
      if (check.errors.length) throw new Error(`Demo area household ${input.trackingId} is invalid: ${check.errors.map((e) => e.message).join('; ')}`);

      // One surveyed household in twelve waits for its score (PENDING_VERIFICATION).
      const scored = scoring !== null && n % 12 !== 7;
      const steps = [RegistrationStatus.RECEIVED, RegistrationStatus.SURVEY_SCHEDULED, RegistrationStatus.SURVEYED, RegistrationStatus.VALIDATED];
      const registration = openRegistration(em, input.trackingId, head, centre, scored ? [...steps, RegistrationStatus.SCORED] : steps, null, null, opened);
      const { household, survey } = await writeSurvey(em, { input, check, existing: null, registration, submittedBy: SEED_ACTOR, clientKey: SEED_CLIENT });
      registration.household = household;
      household.createdAt = new Date(opened.getTime() + 2 * DAY_MS);
      survey.submittedAt = household.createdAt;
      if (scored) toScore.push({ household, survey });
      households++;
      registrations++;
    }
  }

  await em.insertMany(CitizenEntity, citizens.map(({ districtCode, ...c }) => ({ ...c, cnic: c.cnic as Cnic, id: new CitizenEntity().id, district: districtCode })));
  if (scoring) await writeScores(em, scoring.reference, scoring.model, scoring.rules, toScore);
  await em.flush();
  return { households, citizens: citizens.length, registrations };
}
