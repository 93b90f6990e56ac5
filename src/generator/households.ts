import { scoreHousehold } from '../scorecard/scoring';
import { householdEligibleProgrammes } from '../scorecard/household-eligibility';
import { householdReasons } from '../scorecard/programmes';
import { bandOf } from '../scorecard/scorecard.enums';
import type { IndicatorValues, RosterEntry } from '../households/survey-indicators';
import { Rng, Weighted, choose } from './random';
import { APPLICANT_SLOT, Kind, OFFENDER_SLOT, makeCnicFactory, makeMobileNumberFactory, makeTrackingIdFactory, makeUuidFactory } from './identifiers';
import { DAY_MS, NULL, Sink, dayNumber, dayString, esc, ts } from './text';
import { TABLE_NAMES, type Chunk, type GeneratorDistrict, type GeneratorInput, type Name, type TableName } from './model';

/** Who the generated rows say wrote them (actor IDs, client keys). */
export const GENERATOR_ACTOR = 'synthetic-generator';
export const GENERATOR_CLIENT = 'generator:synthetic';

const HOUR_MS = 3_600_000;
/** Members per household at most: identity-number slots 0-13 (see identifiers.ts). */
const MAX_PEOPLE = OFFENDER_SLOT;
/** A weight that stays positive however far the household's wealth is from the mean. */
const pos = (w: number) => Math.max(0.5, w);
/** Registrations are spread over this many days before the as-of date. */
const HISTORY_DAYS = 730;
/** NADRA's identity records predate the registry: citizen rows carry this creation time. */
const CITIZEN_CREATED = ts(Date.UTC(2024, 0, 15, 4, 0, 0));

const REJECT_REASONS = [
  'The applicant did not attend the survey visit.',
  'Duplicate registration: the household was already surveyed.',
  'The applicant withdrew the request.',
  'The address could not be found by the enumerator.',
];

const PROVINCE_AGENCY: Record<string, string> = {
  PUNJAB: 'Punjab Police',
  SINDH: 'Sindh Police',
  KHYBER_PAKHTUNKHWA: 'KP Police',
  BALOCHISTAN: 'Balochistan Police',
  ISLAMABAD: 'Islamabad Police',
  GILGIT_BALTISTAN: 'Gilgit-Baltistan Police',
  AZAD_KASHMIR: 'AJK Police',
};
const SECTIONS = new Weighted(
  ['PPC 376', 'PPC 377', 'PPC 375A', 'PPC 292B', 'PPC 292A', 'PPC 371A', 'PPC 377A', 'PECA 21', 'PECA 22', 'PPC 377B'],
  [30, 12, 6, 8, 4, 5, 10, 12, 9, 4],
);
const PROVINCE_WEALTH: Record<string, number> = {
  PUNJAB: 0.1,
  SINDH: -0.1,
  KHYBER_PAKHTUNKHWA: -0.15,
  BALOCHISTAN: -0.45,
  ISLAMABAD: 0.8,
  GILGIT_BALTISTAN: -0.1,
  AZAD_KASHMIR: 0.1,
};

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

interface Person {
  slot: number;
  id: string;
  given: Name;
  family: Name;
  gender: 'MALE' | 'FEMALE';
  age: number;
  dob: string;
  relation: string;
  marital: string;
  education: string;
  enrolled: boolean;
  employment: string;
  disability: boolean;
  /** CNIC or B-form number, null when none. */
  idNumber: string | null;
  idDocument: 'CNIC' | 'B_FORM' | null;
  /** Identity record relation (SON_OF...) and relative's name: for CNIC holders. */
  citizenRelation: string;
  relative: { given: Name; family: Name };
}

interface Mismatch {
  code: 'NAME_MISMATCH' | 'GENDER_MISMATCH' | 'BIRTH_DATE_MISMATCH';
  memberIndex: number;
  surveyedName: string;
  surveyedGender: 'MALE' | 'FEMALE';
  surveyedDob: string;
}

/** Generates households [first, first + count): all their rows, as COPY text per table. */
export class RegistryGenerator {
  private readonly uuid: (kind: number, index: number, slot: number) => string;
  private readonly cnic: ReturnType<typeof makeCnicFactory>;
  private readonly trackingId: (n: number) => string;
  private readonly mobileNumber: (index: number, slot: number) => string | null;
  /** Born on or before this day (`YYYY-MM-DD`): 18 by the as-of day, so a registered mobile number. */
  private readonly adultBornBy: string;
  private readonly districts: Weighted<GeneratorDistrict>;
  private readonly asOfDay: number;
  private sinks = {} as Record<TableName, Sink>;
  private readonly bytesPerHousehold: Partial<Record<TableName, number>> = {};
  /** Whether the model's category answers need COPY escaping inside the explanation's values (normally not). */
  private readonly escapeValues: boolean;
  /** Flags of the current household so far (their UUID slot). */
  private flagSlot = 0;

  constructor(private readonly input: GeneratorInput) {
    this.uuid = makeUuidFactory(input.seed);
    this.cnic = makeCnicFactory(input.seed);
    this.trackingId = makeTrackingIdFactory(input.seed);
    this.mobileNumber = makeMobileNumberFactory(input.seed);
    this.adultBornBy = yearsBefore(input.asOf, 18);
    this.districts = new Weighted(input.districts, input.districts.map((d) => d.weight));
    this.asOfDay = dayNumber(input.asOf);
    this.escapeValues = /[\\\t\n\r]/.test(JSON.stringify(input.model?.indicators ?? []));
  }

  generate(first: number, count: number): Chunk {
    const started = performance.now();
    // Sized from the previous chunk's bytes per household: a chunk's buffers are transferred away, never reused.
    for (const t of TABLE_NAMES) this.sinks[t] = new Sink((this.bytesPerHousehold[t] ?? 0) * count);
    for (let i = first; i < first + count; i++) this.household(i);
    const text = {} as Record<TableName, Uint8Array>;
    const rows = {} as Record<TableName, number>;
    for (const t of TABLE_NAMES) {
      text[t] = this.sinks[t].bytes();
      rows[t] = this.sinks[t].rows;
      this.bytesPerHousehold[t] = text[t].byteLength / count;
    }
    return { first, households: count, text, rows, generateMs: performance.now() - started };
  }

  private emit(table: TableName, line: string): void {
    const sink = this.sinks[table];
    sink.write(line);
    sink.rows++;
  }

  /** A working-hours instant (09:00-17:00 PKT) on a day: the PKT and UTC dates agree. */
  private instant(rng: Rng, day: number): number {
    return day * DAY_MS + 4 * HOUR_MS + rng.int(8 * HOUR_MS);
  }

  /** A birth date giving exactly `age` whole years on `onDay`. */
  private birthDate(rng: Rng, age: number, onDay: number): string {
    const on = new Date(onDay * DAY_MS);
    const anniversary = Date.UTC(on.getUTCFullYear() - age, on.getUTCMonth(), on.getUTCDate());
    return dayString(Math.round(anniversary / DAY_MS) - rng.int(365));
  }

  private household(index: number): void {
    const input = this.input;
    const rng = new Rng(input.seed, index);
    this.flagSlot = 0;
    const district = this.districts.pick(rng);
    const urban = rng.chance(district.urbanShare);
    const area = urban ? 'URBAN' : 'RURAL';
    const tehsil = district.tehsils[urban ? 0 : rng.int(district.tehsils.length)];
    const householdId = this.uuid(Kind.household, index, 0);
    const families = input.names.familyByProvince[district.province];
    const wealth = rng.normal() * 0.9 + (urban ? 0.45 : -0.2) + (PROVINCE_WEALTH[district.province] ?? 0);

    // Timeline: registration, survey visit some days later (never after the as-of day).
    const regDay = this.asOfDay - 20 - rng.int(HISTORY_DAYS - 20);
    const surveyDay = Math.min(this.asOfDay - 1, regDay + 2 + rng.int(40));
    const regAt = this.instant(rng, regDay);
    const surveyAt = Math.max(regAt + HOUR_MS, this.instant(rng, surveyDay));

    const people = this.people(rng, index, district, families, wealth, urban, surveyDay);
    const model = input.model;
    const outcome: 'SCORED' | 'VALIDATED' | 'SURVEYED' = !model ? 'VALIDATED' : choose(rng, [['SCORED', 92], ['VALIDATED', 5], ['SURVEYED', 3]] as const);

    // Data-quality trouble: a mismatch with the identity record (2.5%), a head who died since (0.3%), a later
    // roster update that corrects things (2% of scored households; 40% of those with a mismatch).
    const mismatch = rng.chance(0.025) ? this.mismatch(rng, people) : null;
    const canUpdate = outcome === 'SCORED' && people.every((p) => p.age !== 17 && !(p.enrolled && p.age >= 29));
    const updateDay = surveyDay + 60 + rng.int(240);
    const update = canUpdate && updateDay + 30 < this.asOfDay && rng.chance(mismatch ? 0.4 : 0.02);
    const headDies = !update && outcome === 'SCORED' && rng.chance(0.003);

    const indicators = this.indicators(rng, people, wealth, urban, district.province);
    const registrationId = this.uuid(Kind.registration, index, 0);
    const surveyId = this.uuid(Kind.survey, index, 1);
    const headCnic = people[0].idNumber!;

    // Registration that created the household, with its timeline.
    const mainSteps = ['RECEIVED', 'SURVEY_SCHEDULED', 'SURVEYED', ...(outcome !== 'SURVEYED' ? ['VALIDATED'] : []), ...(outcome === 'SCORED' ? ['SCORED'] : [])];
    this.registration(index, 0, registrationId, 'NEW_SURVEY', headCnic, district.code, householdId, 2, regAt, surveyAt, mainSteps, surveyAt, null);

    const v1Roster = people.map((p, i) => rosterOf(p, mismatch && mismatch.memberIndex === i ? mismatch : null));
    let updateAt = 0;
    let updateRegistrationId = '';
    if (update) {
      const updateRegAt = this.instant(rng, updateDay);
      updateAt = Math.max(updateRegAt + HOUR_MS, this.instant(rng, updateDay + 2 + rng.int(25)));
      updateRegistrationId = this.uuid(Kind.registration, index, 1);
      this.registration(index, 1, updateRegistrationId, 'ROSTER_UPDATE', headCnic, district.code, householdId, 2, updateRegAt, updateAt,
        ['RECEIVED', 'SURVEY_SCHEDULED', 'SURVEYED', 'VALIDATED', 'SCORED'], updateAt, null);
    }

    const lastWrite = update ? updateAt : surveyAt;
    let deathAt = 0;
    let deathDay = 0;
    if (headDies) {
      deathDay = Math.min(this.asOfDay - 1, surveyDay + 30 + rng.int(200));
      deathAt = Math.max(lastWrite + HOUR_MS, this.instant(rng, deathDay));
    }
    const householdVersion = update || headDies ? 2 : 1;
    const createdAt = ts(surveyAt);
    this.emit('household', `${householdId}\t${district.code}\t${tehsil}\t${area}\t${householdVersion}\t${createdAt}\t${ts(headDies ? deathAt : lastWrite)}\n`);

    // Members (their current state) and identity records.
    people.forEach((p, i) => {
      const deceased = headDies && i === 0;
      const version = update || deceased ? 2 : 1;
      const fixed = mismatch && mismatch.memberIndex === i && !update;
      const name = fixed ? mismatch.surveyedName : `${p.given.latin} ${p.family.latin}`;
      const gender = fixed ? mismatch.surveyedGender : p.gender;
      const dob = fixed ? mismatch.surveyedDob : p.dob;
      const updated = ts(deceased ? deathAt : update ? updateAt : surveyAt);
      this.emit('household_member', `${p.id}\t${householdId}\t${p.idNumber ?? NULL}\t${p.idDocument ?? NULL}\t${name}\t${p.relation}\t${gender}\t${dob}\t${p.marital}\t${p.education}\t${p.enrolled ? 't' : 'f'}\t${p.employment}\t${p.disability ? 't' : 'f'}\t${deceased ? 'DECEASED' : 'ACTIVE'}\t${deceased ? dayString(deathDay) : NULL}\t${version}\t${createdAt}\t${updated}\n`);
      if (p.idDocument === 'CNIC') this.citizen(index, p, district.code);
    });

    // Surveys, scores and flags.
    const v1Flags = this.surveyFlags(people, district.cnicDigit, mismatch);
    this.survey(surveyId, householdId, 1, !update, registrationId, surveyAt, v1Roster, people.length, indicators, district.province, area,
      outcome === 'SCORED' ? surveyAt + 1000 + rng.int(4000) : 0, index, 1, !update);
    for (const f of v1Flags) {
      this.flag(index, householdId, surveyId, people[f.memberIndex].id, f.code, f.detail, surveyAt, update ? updateAt : 0);
    }
    if (update) {
      const v2Id = this.uuid(Kind.survey, index, 2);
      const v2Indicators = { ...indicators, monthlyIncomeRs: Math.round((indicators.monthlyIncomeRs * (0.9 + rng.next() * 0.25)) / 500) * 500 };
      this.survey(v2Id, householdId, 2, true, updateRegistrationId, updateAt, people.map((p) => rosterOf(p, null)), people.length, v2Indicators,
        district.province, area, updateAt + 1000 + rng.int(4000), index, 2, true);
      for (const f of this.surveyFlags(people, district.cnicDigit, null)) {
        this.flag(index, householdId, v2Id, people[f.memberIndex].id, f.code, f.detail, updateAt, 0);
      }
    }
    if (headDies) {
      this.flag(index, householdId, null, people[0].id, 'HEAD_DECEASED', 'The head of the household has died: the next survey must name a new head.', deathAt, 0);
    }

    // Someone registered at a centre whose survey is still to come or was rejected (4%).
    if (rng.chance(0.04)) this.pendingApplicant(rng, index, district, families);
    // A registered sex offender (0.6%).
    if (rng.chance(0.006)) this.offender(rng, index, district, families, tehsil);
  }

  /** The household's people: head first; spouse, children, sometimes a married son's family, a parent, others. */
  private people(rng: Rng, index: number, district: GeneratorDistrict, families: Name[], wealth: number, urban: boolean, onDay: number): Person[] {
    const names = this.input.names;
    const people: Person[] = [];
    const family = rng.pick(families);
    const headFather = { given: rng.pick(names.male), family };
    const femaleHead = rng.chance(0.11);
    const headAge = femaleHead ? rng.range(24, 72) : Math.round(Math.min(85, Math.max(20, 42 + rng.normal() * 11)));
    const add = (p: Omit<Person, 'slot' | 'id' | 'dob' | 'idNumber' | 'idDocument' | 'education' | 'enrolled' | 'employment' | 'disability'>) => {
      const slot = people.length;
      const person = p as Person;
      person.slot = slot;
      person.id = this.uuid(Kind.member, index, slot);
      person.dob = this.birthDate(rng, p.age, onDay);
      const adult = p.age >= 18;
      person.idDocument = adult ? 'CNIC' : rng.chance(0.7) ? 'B_FORM' : null;
      if (person.idDocument) {
        const genderDigit = p.gender === 'MALE' ? 1 + 2 * rng.int(5) : 2 + 2 * rng.int(4);
        person.idNumber = this.cnic(district.cnicDigit, index, slot, genderDigit);
      } else person.idNumber = null;
      this.schooling(rng, person, wealth, urban);
      people.push(person);
      return person;
    };

    const headMarital = femaleHead
      ? choose(rng, [['WIDOWED', 55], ['MARRIED', 25], ['DIVORCED', 8], ['NEVER_MARRIED', 12]] as const)
      : headAge < 24 ? (rng.chance(0.4) ? 'MARRIED' : 'NEVER_MARRIED') : headAge > 65 && rng.chance(0.25) ? 'WIDOWED' : rng.chance(0.93) ? 'MARRIED' : 'NEVER_MARRIED';
    const head = add({
      given: rng.pick(femaleHead ? names.female : names.male), family, gender: femaleHead ? 'FEMALE' : 'MALE', age: headAge,
      relation: 'HEAD', marital: headMarital, citizenRelation: femaleHead ? (headMarital === 'NEVER_MARRIED' ? 'DAUGHTER_OF' : 'WIFE_OF') : 'SON_OF',
      relative: femaleHead && headMarital !== 'NEVER_MARRIED' ? { given: rng.pick(names.male), family } : headFather,
    });
    const headRelative = head.gender === 'MALE' ? { given: head.given, family } : head.relative;

    let motherAge = femaleHead ? headAge : 0;
    if (!femaleHead && headMarital === 'MARRIED') {
      const wifeAge = Math.max(18, headAge - rng.range(0, 9));
      motherAge = wifeAge;
      add({ given: rng.pick(names.female), family, gender: 'FEMALE', age: wifeAge, relation: 'SPOUSE', marital: 'MARRIED', citizenRelation: 'WIFE_OF', relative: { given: head.given, family } });
    }
    if (headMarital !== 'NEVER_MARRIED') {
      const parentAge = Math.min(headAge, motherAge || headAge);
      const maxChildAge = Math.min(parentAge - 18, 30);
      const children = maxChildAge < 0 ? 0 : Math.min(rng.poisson(headAge < 30 ? 1.6 : 3.3), 9);
      for (let c = 0; c < children && people.length < 11; c++) {
        const gender = rng.chance(0.51) ? 'MALE' : 'FEMALE';
        const age = rng.int(Math.max(1, gender === 'FEMALE' ? Math.min(maxChildAge, 24) : maxChildAge) + 1);
        if (age > maxChildAge) continue;
        add({
          given: rng.pick(gender === 'MALE' ? names.male : names.female), family, gender, age, relation: gender === 'MALE' ? 'SON' : 'DAUGHTER',
          marital: 'NEVER_MARRIED', citizenRelation: gender === 'MALE' ? 'SON_OF' : 'DAUGHTER_OF', relative: headRelative,
        });
      }
      // A married son living with his parents, his wife and children (joint family).
      const maxSonAge = Math.min(32, (motherAge || headAge) - 18);
      if (!femaleHead && headAge >= 46 && maxSonAge >= 20 && rng.chance(0.3) && people.length < 9) {
        const sonAge = rng.range(20, maxSonAge);
        const son = add({ given: rng.pick(names.male), family, gender: 'MALE', age: sonAge, relation: 'SON', marital: 'MARRIED', citizenRelation: 'SON_OF', relative: headRelative });
        const wifeAge = Math.max(18, sonAge - rng.range(0, 6));
        add({ given: rng.pick(names.female), family, gender: 'FEMALE', age: wifeAge, relation: 'CHILD_IN_LAW', marital: 'MARRIED', citizenRelation: 'WIFE_OF', relative: { given: son.given, family } });
        const maxGrandchild = Math.min(sonAge, wifeAge) - 18;
        const grandchildren = maxGrandchild < 0 ? 0 : rng.int(4);
        for (let g = 0; g < grandchildren; g++) {
          const gender = rng.chance(0.5) ? 'MALE' : 'FEMALE';
          add({
            given: rng.pick(gender === 'MALE' ? names.male : names.female), family, gender, age: rng.int(maxGrandchild + 1), relation: 'GRANDCHILD',
            marital: 'NEVER_MARRIED', citizenRelation: gender === 'MALE' ? 'SON_OF' : 'DAUGHTER_OF', relative: { given: son.given, family },
          });
        }
      }
    }
    // A widowed parent of the head.
    if (headAge <= 62 && people.length < MAX_PEOPLE && rng.chance(0.14)) {
      const mother = rng.chance(0.7);
      add({
        given: rng.pick(mother ? names.female : names.male), family, gender: mother ? 'FEMALE' : 'MALE', age: Math.min(95, headAge + rng.range(18, 32)),
        relation: 'PARENT', marital: 'WIDOWED', citizenRelation: mother ? 'WIFE_OF' : 'SON_OF', relative: mother ? headFather : { given: rng.pick(names.male), family },
      });
    }
    // A younger sibling, or another relative.
    if (people.length >= MAX_PEOPLE) return people;
    if (rng.chance(0.06)) {
      const gender = rng.chance(0.5) ? 'MALE' : 'FEMALE';
      const age = Math.max(5, headAge - rng.range(2, 14));
      add({
        given: rng.pick(gender === 'MALE' ? names.male : names.female), family, gender, age, relation: 'SIBLING', marital: age >= 18 && rng.chance(0.3) ? 'DIVORCED' : 'NEVER_MARRIED',
        citizenRelation: gender === 'MALE' ? 'SON_OF' : 'DAUGHTER_OF', relative: headFather,
      });
    } else if (rng.chance(0.03)) {
      const gender = rng.chance(0.6) ? 'MALE' : 'FEMALE';
      const other = rng.pick(families);
      add({
        given: rng.pick(gender === 'MALE' ? names.male : names.female), family: other, gender, age: rng.range(8, 40), relation: rng.chance(0.7) ? 'OTHER_RELATIVE' : 'NON_RELATIVE',
        marital: 'NEVER_MARRIED', citizenRelation: gender === 'MALE' ? 'SON_OF' : 'DAUGHTER_OF', relative: { given: rng.pick(names.male), family: other },
      });
    }
    return people;
  }

  /** Education, enrolment, employment and disability, by age, gender, area and the household's wealth. */
  private schooling(rng: Rng, p: Person, wealth: number, urban: boolean): void {
    const age = p.age;
    const female = p.gender === 'FEMALE';
    let enrolled = false;
    if (age >= 3 && age <= 4) enrolled = rng.chance(0.15 + 0.1 * wealth);
    else if (age >= 5 && age <= 16) enrolled = rng.chance(0.72 + 0.12 * wealth + (urban ? 0.08 : 0) - (female && !urban ? 0.12 : 0));
    else if (age >= 17 && age <= 24 && p.marital === 'NEVER_MARRIED') enrolled = rng.chance(0.2 + 0.12 * wealth);
    p.enrolled = enrolled;

    if (age < 18) {
      const years = enrolled ? Math.max(0, age - 5) : rng.int(Math.max(1, age - 5));
      p.education = years >= 12 ? 'INTERMEDIATE' : years >= 10 ? 'MATRIC' : years >= 8 ? 'MIDDLE' : years >= 5 ? 'PRIMARY' : 'NONE';
    } else {
      const none = 0.38 - 0.15 * wealth + (female ? 0.18 : 0) + (urban ? -0.12 : 0.05) + (age > 50 ? 0.15 : 0);
      if (rng.chance(Math.min(0.95, Math.max(0.03, none)))) p.education = 'NONE';
      else {
        const z = wealth + rng.normal() * 0.8 + (urban ? 0.3 : 0);
        p.education = z < -0.8 ? 'PRIMARY' : z < -0.1 ? 'MIDDLE' : z < 0.6 ? 'MATRIC' : z < 1.2 ? 'INTERMEDIATE' : z < 2 ? 'GRADUATE' : 'POSTGRADUATE';
        if (enrolled && age < 20 && (p.education === 'GRADUATE' || p.education === 'POSTGRADUATE')) p.education = 'INTERMEDIATE';
      }
    }

    if (age < 10 || enrolled) p.employment = 'NOT_IN_LABOUR_FORCE';
    else if (age < 18) p.employment = choose(rng, [['NOT_IN_LABOUR_FORCE', 60], ['DAILY_WAGE', 20], [urban ? 'SELF_EMPLOYED' : 'AGRICULTURE', 20]] as const);
    else if (age >= 65) p.employment = rng.chance(0.8) ? 'NOT_IN_LABOUR_FORCE' : urban ? 'SELF_EMPLOYED' : 'AGRICULTURE';
    else if (female) {
      p.employment = choose(rng, [['NOT_IN_LABOUR_FORCE', 78], [urban ? 'PRIVATE' : 'AGRICULTURE', 9], ['SELF_EMPLOYED', 5], ['GOVERNMENT', pos(2 + wealth * 2)], ['DAILY_WAGE', 3], ['UNEMPLOYED', 3]] as const);
    } else {
      const w = wealth;
      p.employment = urban
        ? choose(rng, [['DAILY_WAGE', pos(20 - 6 * w)], ['SELF_EMPLOYED', 22], ['PRIVATE', pos(28 + 6 * w)], ['GOVERNMENT', pos(8 + 4 * w)], ['UNEMPLOYED', 10], ['AGRICULTURE', 2], ['NOT_IN_LABOUR_FORCE', 4]] as const)
        : choose(rng, [['AGRICULTURE', 32], ['DAILY_WAGE', pos(24 - 6 * w)], ['SELF_EMPLOYED', 14], ['PRIVATE', pos(11 + 4 * w)], ['GOVERNMENT', pos(5 + 3 * w)], ['UNEMPLOYED', 8], ['NOT_IN_LABOUR_FORCE', 4]] as const);
    }
    p.disability = rng.chance(age >= 60 ? 0.08 : 0.02);
  }

  /** The household-level indicators, correlated through the household's wealth. */
  private indicators(rng: Rng, people: Person[], wealth: number, urban: boolean, province: string): IndicatorValues {
    const z = () => wealth + rng.normal() * 0.6;
    const n = people.length;
    const count = (p: number, max: number) => (rng.chance(p) ? 1 + (rng.chance(0.25) ? rng.int(max) : 0) : 0);
    const wall = z();
    const roof = z();
    const toilet = z();
    const fuel = z();
    const earners = people.filter((p) => p.employment !== 'UNEMPLOYED' && p.employment !== 'NOT_IN_LABOUR_FORCE').length;
    const ownsLand = !urban && rng.chance(0.32 + 0.08 * wealth);
    return {
      rooms: Math.max(1, Math.min(12, Math.round(1.3 + 0.25 * n + 0.8 * wealth + rng.normal() * 0.7))),
      wallMaterial: (rng.chance(0.02) ? 'WOOD_BAMBOO' : rng.chance(0.01) ? 'OTHER' : wall < -1.1 ? (urban ? 'UNBAKED_BRICK' : 'MUD') : wall < -0.4 ? 'UNBAKED_BRICK' : wall < 1 ? 'BAKED_BRICK' : 'CONCRETE') as never,
      roofMaterial: (rng.chance(0.01) ? 'OTHER' : roof < -1.3 ? 'THATCH' : roof < -0.6 ? 'WOOD_BAMBOO' : roof < 0.4 ? 'IRON_SHEET' : 'CONCRETE') as never,
      toilet: (toilet < -1.3 ? 'NONE' : toilet < -0.3 ? 'PIT' : toilet < 0.5 ? 'FLUSH_SHARED' : 'FLUSH_PRIVATE') as never,
      waterSource: (urban
        ? choose(rng, [['PIPED', 45], ['MOTOR_PUMP', 25], ['HAND_PUMP', 14], ['TANKER', 8], ['WELL', 3], ['OTHER', 5]] as const)
        : choose(rng, [['HAND_PUMP', 38], ['MOTOR_PUMP', 20], ['PIPED', 16], ['WELL', 13], ['SURFACE', 6], ['TANKER', 3], ['OTHER', 4]] as const)) as never,
      cookingFuel: (urban
        ? fuel < -1 ? 'WOOD' : fuel < -0.3 ? 'LPG' : rng.chance(0.03) ? 'ELECTRICITY' : 'GAS'
        : fuel < -0.9 ? (rng.chance(0.35) ? 'DUNG_CROP' : 'WOOD') : fuel < 0.3 ? (rng.chance(0.05) ? 'KEROSENE' : 'WOOD') : fuel < 1.1 ? 'LPG' : 'GAS') as never,
      hasElectricity: rng.chance(urban ? 0.985 : Math.min(0.98, 0.84 + 0.06 * wealth)),
      fridges: count(sigmoid(1.4 * wealth + (urban ? 0.8 : -0.2) - 0.3), 2),
      televisions: count(sigmoid(1.2 * wealth + (urban ? 0.9 : 0) + 0.1), 2),
      airConditioners: count(sigmoid(2 * wealth - 3.2 + (urban ? 0.8 : 0)), 3),
      washingMachines: count(sigmoid(1.5 * wealth - 0.6 + (urban ? 0.5 : 0)), 1),
      motorcycles: count(sigmoid(0.9 * wealth - 0.1), 2),
      cars: count(sigmoid(2.2 * wealth - 3.6 + (urban ? 0.3 : 0)), 2),
      tractors: !urban && rng.chance(sigmoid(1.6 * wealth - 4.2)) ? 1 : 0,
      agriculturalLandAcres: ownsLand ? Math.min(400, Math.round(Math.exp(0.6 + 0.7 * wealth + rng.normal() * 0.8) * 2) / 2) || 0.5 : 0,
      cattle: !urban && rng.chance(0.45) ? rng.poisson(1.5 + Math.max(0, wealth)) : 0,
      buffaloes: !urban && rng.chance(0.35) ? rng.poisson(1.2 + Math.max(0, wealth)) : 0,
      goatsAndSheep: !urban && rng.chance(province === 'BALOCHISTAN' ? 0.6 : 0.35) ? rng.poisson(4) : 0,
      monthlyIncomeRs: Math.round(Math.exp(10.1 + 0.45 * wealth + 0.12 * Math.min(earners, 4) + rng.normal() * 0.3) / 500) * 500,
      monthlyPhoneBillRs: Math.round(Math.exp(5.9 + 0.6 * wealth + rng.normal() * 0.4) / 50) * 50,
      memberTravelledAbroad: rng.chance(sigmoid(1.2 * wealth - 3.2 + (province === 'KHYBER_PAKHTUNKHWA' || province === 'PUNJAB' ? 0.4 : 0))),
    };
  }

  /** An answer of the survey that differs from the identity record, as an enumerator's slip. */
  private mismatch(rng: Rng, people: Person[]): Mismatch {
    const spouse = people.findIndex((p) => p.relation === 'SPOUSE');
    const code = choose(rng, [['NAME_MISMATCH', 45], ['BIRTH_DATE_MISMATCH', 40], ['GENDER_MISMATCH', 15]] as const);
    // Gender slips on the head only (a SON or DAUGHTER has a fixed gender); the others on the head or the spouse.
    const memberIndex = code !== 'GENDER_MISMATCH' && spouse > 0 && rng.chance(0.5) ? spouse : 0;
    const p = people[memberIndex];
    const names = p.gender === 'MALE' ? this.input.names.male : this.input.names.female;
    let given = rng.pick(names);
    if (given === p.given) given = names[(names.indexOf(given) + 1) % names.length];
    return {
      code,
      memberIndex,
      surveyedName: code === 'NAME_MISMATCH' ? `${given.latin} ${p.family.latin}` : `${p.given.latin} ${p.family.latin}`,
      surveyedGender: code === 'GENDER_MISMATCH' ? (p.gender === 'MALE' ? 'FEMALE' : 'MALE') : p.gender,
      // One day earlier: an older age never breaks the CNIC or the parent/child rules.
      surveyedDob: code === 'BIRTH_DATE_MISMATCH' ? dayString(dayNumber(p.dob) - 1) : p.dob,
    };
  }

  /** The flags `checkSurvey` raises for this survey: the mismatch, and unpublished province digits (AJK). */
  private surveyFlags(people: Person[], cnicDigit: string, mismatch: Mismatch | null): { code: string; memberIndex: number; detail: string }[] {
    const flags: { code: string; memberIndex: number; detail: string }[] = [];
    people.forEach((p, i) => {
      if (p.idDocument !== 'CNIC') return;
      if (mismatch && mismatch.memberIndex === i) {
        const what = mismatch.code === 'NAME_MISMATCH' ? 'the name' : mismatch.code === 'GENDER_MISMATCH' ? 'the gender' : 'the date of birth';
        flags.push({ code: mismatch.code, memberIndex: i, detail: `Member ${i + 1}: ${what} differs from the identity record.` });
      }
      if (cnicDigit === '8') {
        flags.push({ code: 'LOCALITY_UNVERIFIED', memberIndex: i, detail: `Member ${i + 1}: the CNIC's first digit is not a published province code.` });
      }
    });
    return flags;
  }

  private survey(
    id: string, householdId: string, version: number, latest: boolean, registrationId: string, submittedAt: number, roster: RosterEntry[],
    memberCount: number, v: IndicatorValues, province: string, area: 'URBAN' | 'RURAL', scoredAt: number, index: number, scoreSlot: number, current: boolean,
  ): void {
    const model = this.input.model;
    let eligibility = NULL;
    if (scoredAt && model) {
      const asOf = dayString(Math.floor(submittedAt / DAY_MS));
      const { score, explanation } = scoreHousehold(model, { indicators: v, roster, province, area, asOf });
      const kafaalat = this.input.rules.BENAZIR_KAFAALAT ?? null;
      const reasons = kafaalat
        ? householdReasons(kafaalat, { person: null, survey: { indicators: v, roster }, score: { score, modelVersion: model.version }, today: '' })
        : ['NO_RULE'];
      eligibility = reasons.length ? 'NOT_ELIGIBLE' : 'ELIGIBLE';
      const today = dayString(Math.floor(scoredAt / DAY_MS));
      const programmes = householdEligibleProgrammes(this.input.rules, { indicators: v, roster, score, modelVersion: model.version, today });
      // The explanation compactly, as the score writer stores it (src/scorecard/explanation.ts): the indicators'
      // values as a JSON array, every line's contribution in hundredths, the region the region line names.
      let values = '[';
      const rules = model.indicators.length;
      for (let i = 1; i <= rules; i++) {
        const value = explanation[i].value;
        if (i > 1) values += ',';
        values += typeof value === 'string' ? JSON.stringify(value) : value === null || (typeof value === 'number' && !Number.isFinite(value)) ? 'null' : String(value);
      }
      values += ']';
      let points = '{';
      for (let i = 0; i < explanation.length; i++) points += `${i ? ',' : ''}${Math.round(explanation[i].contribution * 100)}`;
      points += '}';
      const region = model.regionAdjustments.length ? esc(`${province}, ${area}`) : NULL;
      this.emit('poverty_score', `${this.uuid(Kind.score, index, scoreSlot)}\t${householdId}\t${id}\t${version}\t${model.id}\t${model.version}\t${score.toFixed(2)}\t${bandOf(score)}\t${score <= model.cutoff ? 't' : 'f'}\t${this.escapeValues ? esc(values) : values}\t${points}\t${region}\t${current ? 't' : 'f'}\t${ts(scoredAt)}\t{${programmes.join(',')}}\n`);
    }
    let rosterJson = '[';
    for (let i = 0; i < roster.length; i++) {
      const r = roster[i];
      if (i) rosterJson += ',';
      rosterJson += `{"memberId":"${r.memberId}","relationToHead":"${r.relationToHead}","gender":"${r.gender}","dateOfBirth":"${r.dateOfBirth}","maritalStatus":"${r.maritalStatus}","educationLevel":"${r.educationLevel}","enrolledInSchool":${r.enrolledInSchool},"employment":"${r.employment}","disability":${r.disability},"idDocument":${r.idDocument ? `"${r.idDocument}"` : 'null'}}`;
    }
    rosterJson += ']';
    const b = (x: boolean) => (x ? 't' : 'f');
    this.emit('survey', `${id}\t${householdId}\t${version}\t${b(latest)}\t${registrationId}\t${ts(submittedAt)}\t${GENERATOR_ACTOR}\t${GENERATOR_CLIENT}\t${rosterJson}\t${memberCount}\t${v.rooms}\t${v.wallMaterial}\t${v.roofMaterial}\t${v.toilet}\t${v.waterSource}\t${v.cookingFuel}\t${b(v.hasElectricity)}\t${v.fridges}\t${v.televisions}\t${v.airConditioners}\t${v.washingMachines}\t${v.motorcycles}\t${v.cars}\t${v.tractors}\t${v.agriculturalLandAcres}\t${v.cattle}\t${v.buffaloes}\t${v.goatsAndSheep}\t${v.monthlyIncomeRs}\t${v.monthlyPhoneBillRs}\t${b(v.memberTravelledAbroad)}\t${eligibility}\t${scoredAt ? ts(scoredAt) : NULL}\n`);
  }

  private flag(index: number, householdId: string, surveyId: string | null, memberId: string, code: string, detail: string, at: number, resolvedAt: number): void {
    const slot = this.flagSlot++;
    this.emit('data_quality_flag', `${this.uuid(Kind.flag, index, slot)}\t${householdId}\t${surveyId ?? NULL}\t${memberId}\t${code}\t${SEVERITY[code]}\t${esc(detail)}\t${ts(at)}\t${resolvedAt ? ts(resolvedAt) : NULL}\n`);
  }

  private registration(
    index: number, slot: number, id: string, kind: string, applicantCnic: string, centre: string, householdId: string | null, version: number,
    createdAt: number, updatedAt: number, steps: string[], laterStepsAt: number, reason: string | null,
  ): void {
    const status = steps[steps.length - 1];
    this.emit('registration', `${id}\t${this.trackingId(index * 4 + slot)}\t${kind}\t${status}\t${applicantCnic}\t${centre}\t${householdId ?? NULL}\t${GENERATOR_CLIENT}\t${version}\t${ts(createdAt)}\t${ts(updatedAt)}\n`);
    steps.forEach((s, i) => {
      // Opening writes RECEIVED and SURVEY_SCHEDULED together; the survey (or a rejection) writes the rest.
      const at = i < 2 ? createdAt + i : laterStepsAt + (i - 2);
      this.emit('registration_event', `${this.uuid(Kind.registrationEvent, index, slot * 8 + i)}\t${id}\t${i + 1}\t${s}\t${s === 'REJECTED' && reason ? esc(reason) : NULL}\t${ts(at)}\t${GENERATOR_ACTOR}\n`);
    });
  }

  /** An identity record, and the mobile number registered to it: adults (18 by the as-of day), but one in ten. */
  private citizen(index: number, p: Person, districtCode: string): void {
    const id = this.uuid(Kind.citizen, index, p.slot);
    const number = p.dob <= this.adultBornBy ? this.mobileNumber(index, p.slot) : null;
    if (number) this.emit('citizen_mobile_number', `${this.uuid(Kind.mobileNumber, index, p.slot)}\t${id}\t${number}\t${this.input.asOf}\n`);
    this.emit('citizen', `${id}\t${p.idNumber}\t${p.given.latin} ${p.family.latin}\t${p.given.urdu} ${p.family.urdu}\t${p.citizenRelation}\t${p.relative.given.latin} ${p.relative.family.latin}\t${p.relative.given.urdu} ${p.relative.family.urdu}\t${p.gender}\t${p.dob}\t${districtCode}\t${CITIZEN_CREATED}\t${CITIZEN_CREATED}\n`);
  }

  /** A person (not in any household) at a centre: registration received, scheduled, or rejected. */
  private pendingApplicant(rng: Rng, index: number, district: GeneratorDistrict, families: Name[]): void {
    const gender = rng.chance(0.7) ? 'MALE' : 'FEMALE';
    const family = rng.pick(families);
    const age = rng.range(20, 60);
    const person = this.standalone(rng, index, APPLICANT_SLOT, district, gender, age, family);
    this.citizen(index, person, district.code);
    const status = choose(rng, [['RECEIVED', 20], ['SURVEY_SCHEDULED', 50], ['REJECTED', 30]] as const);
    // Open registrations are recent (a survey follows within weeks); rejections can be older.
    const day = status === 'REJECTED' ? this.asOfDay - 10 - rng.int(HISTORY_DAYS - 10) : this.asOfDay - 1 - rng.int(status === 'RECEIVED' ? 3 : 45);
    const at = this.instant(rng, day);
    const steps = status === 'RECEIVED' ? ['RECEIVED'] : status === 'SURVEY_SCHEDULED' ? ['RECEIVED', 'SURVEY_SCHEDULED'] : ['RECEIVED', 'SURVEY_SCHEDULED', 'REJECTED'];
    const rejectedAt = at + (1 + rng.int(20)) * DAY_MS;
    this.registration(index, 2, this.uuid(Kind.registration, index, 2), 'NEW_SURVEY', person.idNumber!, district.code, null, status === 'REJECTED' ? 2 : 1,
      at, status === 'REJECTED' ? rejectedAt : at, steps, rejectedAt, rng.pick(REJECT_REASONS));
  }

  private standalone(rng: Rng, index: number, slot: number, district: GeneratorDistrict, gender: 'MALE' | 'FEMALE', age: number, family: Name): Person {
    const names = this.input.names;
    const genderDigit = gender === 'MALE' ? 1 + 2 * rng.int(5) : 2 + 2 * rng.int(4);
    return {
      slot, id: '', given: rng.pick(gender === 'MALE' ? names.male : names.female), family, gender, age, dob: this.birthDate(rng, age, this.asOfDay),
      relation: 'HEAD', marital: 'MARRIED', education: 'NONE', enrolled: false, employment: 'NOT_IN_LABOUR_FORCE', disability: false,
      idNumber: this.cnic(district.cnicDigit, index, slot, genderDigit), idDocument: 'CNIC', citizenRelation: gender === 'MALE' ? 'SON_OF' : 'DAUGHTER_OF',
      relative: { given: rng.pick(names.male), family },
    };
  }

  /** A convicted person on the offenders register: the conviction, its history, and its identity record. */
  private offender(rng: Rng, index: number, district: GeneratorDistrict, families: Name[], tehsil: string): void {
    const person = this.standalone(rng, index, OFFENDER_SLOT, district, rng.chance(0.96) ? 'MALE' : 'FEMALE', rng.range(22, 65), rng.pick(families));
    const citizenId = this.uuid(Kind.citizen, index, OFFENDER_SLOT);
    this.citizen(index, person, district.code);
    const status = choose(rng, [['ACTIVE', 70], ['EXPIRED', 14], ['OVERTURNED_ON_APPEAL', 11], ['PARDONED', 5]] as const);
    const convictedDay = this.asOfDay - 30 - rng.int(365 * 12);
    const registeredDay = Math.min(this.asOfDay - 20, convictedDay + rng.int(30));
    const years = rng.range(3, 10);
    const endsDay = Math.max(registeredDay + 1, status === 'EXPIRED' ? Math.min(this.asOfDay - 5, registeredDay + years * 365) : registeredDay + years * 365);
    // An ACTIVE conviction has not ended yet; the others may carry the end date they had.
    const endsOn = status === 'EXPIRED' || (rng.chance(0.6) && (status !== 'ACTIVE' || endsDay > this.asOfDay)) ? dayString(endsDay) : null;
    const agency = PROVINCE_AGENCY[district.province] ?? 'Police';
    const convictionId = this.uuid(Kind.conviction, index, 0);
    const section = SECTIONS.pick(rng);
    const year = dayString(convictedDay).slice(0, 4);
    const caseNumber = section.startsWith('PECA') ? `FIR ${rng.range(1, 400)}/${year} FIA CCRC ${district.nameEn}` : `FIR ${rng.range(1, 999)}/${year} PS ${tehsil}`;
    const court = section.startsWith('PECA') ? `Cyber Crime Court ${district.nameEn}` : `Sessions Court ${district.nameEn}`;
    const amended = rng.chance(0.1);
    const version = 1 + (amended ? 1 : 0) + (status !== 'ACTIVE' ? 1 : 0);
    const registeredAt = this.instant(rng, registeredDay);
    const changedAt = Math.max(registeredAt + 8 * DAY_MS, status === 'EXPIRED' ? this.instant(rng, endsDay) : this.instant(rng, Math.min(this.asOfDay - 1, registeredDay + 30 + rng.int(700))));
    const updatedAt = status !== 'ACTIVE' ? changedAt : amended ? registeredAt + 7 * DAY_MS : registeredAt;
    this.emit('conviction', `${convictionId}\t${citizenId}\t{"${section}"}\t${esc(court)}\t${esc(caseNumber)}\t${dayString(convictedDay)}\t${rng.pick(SENTENCES)}\t${agency}\t${district.code}\t${status}\t${dayString(registeredDay)}\t${endsOn ?? NULL}\t${esc(`House ${rng.range(1, 999)}, ${tehsil}, ${district.nameEn}`)}\t${version}\t${ts(registeredAt)}\t${ts(updatedAt)}\n`);
    const actor = `${GENERATOR_ACTOR}\t${agency}`;
    let v = 1;
    this.emit('conviction_event', `${this.uuid(Kind.convictionEvent, index, 0)}\t${convictionId}\tREGISTERED\t${NULL}\tACTIVE\t{}\tRegistered.\t${v}\t${actor}\t${ts(registeredAt)}\n`);
    if (amended) {
      v++;
      this.emit('conviction_event', `${this.uuid(Kind.convictionEvent, index, 1)}\t${convictionId}\tAMENDED\t${NULL}\tACTIVE\t{lastKnownAddress}\tAddress verified by the district police.\t${v}\t${actor}\t${ts(registeredAt + 7 * DAY_MS)}\n`);
    }
    if (status !== 'ACTIVE') {
      v++;
      const reason = status === 'EXPIRED' ? 'The registration period ended.' : status === 'PARDONED' ? 'Pardoned by the President (Article 45).' : 'Conviction set aside by the High Court on appeal.';
      this.emit('conviction_event', `${this.uuid(Kind.convictionEvent, index, 2)}\t${convictionId}\tSTATUS_CHANGED\tACTIVE\t${status}\t{}\t${reason}\t${v}\t${actor}\t${ts(changedAt)}\n`);
    }
  }
}

const SENTENCES = ['Rigorous imprisonment for 10 years and fine', 'Imprisonment for 7 years and fine', 'Imprisonment for life', 'Imprisonment for 3 years and fine', 'Imprisonment for 14 years and fine'];

const SEVERITY: Record<string, string> = {
  NAME_MISMATCH: 'MEDIUM',
  GENDER_MISMATCH: 'HIGH',
  BIRTH_DATE_MISMATCH: 'MEDIUM',
  LOCALITY_UNVERIFIED: 'LOW',
  HEAD_DECEASED: 'HIGH',
};

function rosterOf(p: Person, mismatch: Mismatch | null): RosterEntry {
  return {
    memberId: p.id,
    relationToHead: p.relation,
    gender: mismatch ? mismatch.surveyedGender : p.gender,
    dateOfBirth: mismatch ? mismatch.surveyedDob : p.dob,
    maritalStatus: p.marital,
    educationLevel: p.education,
    enrolledInSchool: p.enrolled,
    employment: p.employment,
    disability: p.disability,
    idDocument: p.idDocument,
  };
}

/** `day` (`YYYY-MM-DD`) `years` earlier, as PostgreSQL's `date - interval 'N years'` has it (29 February: the 28th). */
export function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y - years, m - 1, d));
  return (date.getUTCMonth() === m - 1 ? date : new Date(Date.UTC(y - years, m, 0))).toISOString().slice(0, 10);
}
