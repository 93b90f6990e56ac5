import type { CitizenEntity } from '../identity';
import { namesMatch, normaliseLatinName, normaliseUrduName } from '../identity';
import { Gender } from '../identity';
import { cnicProvince } from '../jurisdictions/province';
import type { Cnic } from '../common/cnic';
import { UserErrorCode, type UserError } from '../common/user-error.type';
import type { MemberEntity } from './member.entity';
import { Employment, FlagCode, MaritalStatus, MemberStatus, RelationToHead } from './household.enums';
import { MAX_MEMBERS, type SubmitSurveyInput, type SurveyMemberInput } from './household.input';
import { indicatorErrors } from './survey-indicators';
import { ageOn, isDate } from './dates';

const ADULT_AGE = 18;
const MIN_HEAD_AGE = 15;
export const MIN_MARRIED_AGE = 12;
export const MIN_WORKING_AGE = 10;
export const SCHOOL_AGES = { min: 3, max: 30 };
const GENERATION_GAP = 12;

export interface PendingFlag {
  code: FlagCode;
  memberIndex: number;
  detail: string;
}

export interface SurveyFacts {
  today: string;
  applicantCnic: string;
  /** Identity records for the submitted CNICs. */
  citizens: Map<string, CitizenEntity>;
  /** Members anywhere in the registry holding the submitted CNIC/B-form numbers. */
  holders: Map<string, MemberEntity>;
  /** For a roster update: the household being updated and its current roster. */
  householdId: string | null;
  roster: MemberEntity[];
}

export interface SurveyCheck {
  errors: UserError[];
  flags: PendingFlag[];
  /** For each submitted member, the roster member it updates (roster update), or null for a new member. */
  matches: (MemberEntity | null)[];
}

function error(field: (string | number)[], code: UserErrorCode, message: string): UserError {
  return { field: field.map(String), code, message };
}

const personKey = (name: string, dateOfBirth: string) =>
  `${/[\u0600-\u06FF]/.test(name) ? normaliseUrduName(name) : normaliseLatinName(name)}|${dateOfBirth}`;

/** Every rule of a household survey, checked before anything is written. Messages never contain a CNIC or a name. */
export function checkSurvey(input: SubmitSurveyInput, facts: SurveyFacts): SurveyCheck {
  const errors: UserError[] = [];
  const flags: PendingFlag[] = [];
  for (const e of indicatorErrors(input.indicators)) {
    errors.push(error(['indicators', e.field], UserErrorCode.INVALID, e.message));
  }
  if (input.tehsil != null && (input.tehsil.trim() === '' || input.tehsil.length > 100)) {
    errors.push(error(['tehsil'], UserErrorCode.INVALID, '`tehsil` must be 1-100 characters.'));
  }
  const members = input.members;
  if (members.length < 1 || members.length > MAX_MEMBERS) {
    errors.push(error(['members'], UserErrorCode.INVALID, `A household has 1 to ${MAX_MEMBERS} members.`));
    return { errors, flags, matches: [] };
  }

  const ages = members.map((m) => (isDate(m.dateOfBirth) ? ageOn(m.dateOfBirth, facts.today) : NaN));
  const heads = members.map((m, i) => (m.relationToHead === RelationToHead.HEAD ? i : -1)).filter((i) => i >= 0);
  if (heads.length !== 1) {
    errors.push(error(['members'], UserErrorCode.INVALID, `A household has exactly one HEAD; this one has ${heads.length}.`));
  }
  const head = heads.length === 1 ? heads[0] : null;
  const seen = new Map<string, number>();

  members.forEach((m, i) => {
    const at = (field: string) => ['members', i, field];
    const age = ages[i];
    if (!isDate(m.dateOfBirth) || m.dateOfBirth > facts.today || age > 120) {
      errors.push(error(at('dateOfBirth'), UserErrorCode.INVALID, `Member ${i + 1}: the date of birth must be a real past date, at most 120 years ago.`));
      return;
    }
    if (m.name.trim() === '' || m.name.length > 200) {
      errors.push(error(at('name'), UserErrorCode.INVALID, `Member ${i + 1}: the name must be 1-200 characters.`));
    }
    checkDocument(m, i, age, facts, errors, flags, seen);
    if (m.enrolledInSchool && (age < SCHOOL_AGES.min || age > SCHOOL_AGES.max)) {
      errors.push(error(at('enrolledInSchool'), UserErrorCode.INVALID, `Member ${i + 1}: school enrolment is for ages ${SCHOOL_AGES.min} to ${SCHOOL_AGES.max}.`));
    }
    if (age < MIN_WORKING_AGE && m.employment !== Employment.NOT_IN_LABOUR_FORCE) {
      errors.push(error(at('employment'), UserErrorCode.INVALID, `Member ${i + 1}: under ${MIN_WORKING_AGE}, employment is NOT_IN_LABOUR_FORCE.`));
    }
    if (age < MIN_MARRIED_AGE && m.maritalStatus !== MaritalStatus.NEVER_MARRIED) {
      errors.push(error(at('maritalStatus'), UserErrorCode.INVALID, `Member ${i + 1}: under ${MIN_MARRIED_AGE}, marital status is NEVER_MARRIED.`));
    }
    checkRelation(m, i, age, head === null ? null : { input: members[head], age: ages[head] }, errors);
  });

  if (head !== null && !Number.isNaN(ages[head]) && ages[head] < MIN_HEAD_AGE) {
    errors.push(error(['members', head, 'dateOfBirth'], UserErrorCode.INVALID, `The head must be at least ${MIN_HEAD_AGE}.`));
  }
  if (!members.some((m) => m.cnic === facts.applicantCnic)) {
    errors.push(error(['members'], UserErrorCode.INVALID, 'The applicant whose CNIC opened the registration must be a member.'));
  }
  const matches = matchRoster(members, facts, errors);
  return { errors, flags, matches };
}

function checkDocument(
  m: SurveyMemberInput,
  i: number,
  age: number,
  facts: SurveyFacts,
  errors: UserError[],
  flags: PendingFlag[],
  seen: Map<string, number>,
): void {
  const at = (field: string) => ['members', i, field];
  if (m.cnic && m.bFormNumber) {
    errors.push(error(at('bFormNumber'), UserErrorCode.INVALID, `Member ${i + 1}: give a CNIC or a B-form number, not both.`));
    return;
  }
  if (age >= ADULT_AGE && !m.cnic) {
    errors.push(error(at('cnic'), UserErrorCode.INVALID, `Member ${i + 1}: members aged ${ADULT_AGE} or over need a CNIC.`));
  }
  if (age < ADULT_AGE && m.cnic) {
    errors.push(error(at('cnic'), UserErrorCode.INVALID, `Member ${i + 1}: members under ${ADULT_AGE} are identified by B-form number.`));
  }
  const number = m.cnic ?? m.bFormNumber;
  if (!number) return;
  const field = m.cnic ? 'cnic' : 'bFormNumber';
  if (seen.has(number)) {
    errors.push(error(at(field), UserErrorCode.INVALID, `Member ${i + 1} has the same number as member ${seen.get(number)! + 1}.`));
    return;
  }
  seen.set(number, i);
  const holder = facts.holders.get(number);
  if (holder && holder.household.id !== facts.householdId) {
    errors.push(error(at(field), UserErrorCode.CONFLICT, `Member ${i + 1} already belongs to another household: move them with moveMember first.`));
  } else if (holder && holder.status === MemberStatus.DECEASED) {
    errors.push(error(at(field), UserErrorCode.CONFLICT, `Member ${i + 1} is recorded as deceased in this household.`));
  }
  if (!m.cnic) return;
  const citizen = facts.citizens.get(m.cnic);
  if (!citizen) {
    errors.push(error(at('cnic'), UserErrorCode.NOT_FOUND, `Member ${i + 1}: no identity record has this CNIC. Check it for a typo.`));
    return;
  }
  const differs = (code: FlagCode, what: string) =>
    flags.push({ code, memberIndex: i, detail: `Member ${i + 1}: ${what} differs from the identity record.` });
  if (!namesMatch(m.name, citizen.nameEn, citizen.nameUr)) differs(FlagCode.NAME_MISMATCH, 'the name');
  if (m.gender !== citizen.gender) differs(FlagCode.GENDER_MISMATCH, 'the gender');
  if (m.dateOfBirth !== citizen.dateOfBirth) differs(FlagCode.BIRTH_DATE_MISMATCH, 'the date of birth');
  if (!cnicProvince(m.cnic as Cnic)) {
    flags.push({
      code: FlagCode.LOCALITY_UNVERIFIED,
      memberIndex: i,
      detail: `Member ${i + 1}: the CNIC's first digit is not a published province code.`,
    });
  }
}

function checkRelation(
  m: SurveyMemberInput,
  i: number,
  age: number,
  head: { input: SurveyMemberInput; age: number } | null,
  errors: UserError[],
): void {
  const fail = (message: string) => errors.push(error(['members', i, 'relationToHead'], UserErrorCode.INVALID, `Member ${i + 1}: ${message}`));
  const r = m.relationToHead;
  if (r === RelationToHead.SON && m.gender !== Gender.MALE) fail('a SON is male.');
  if (r === RelationToHead.DAUGHTER && m.gender !== Gender.FEMALE) fail('a DAUGHTER is female.');
  if (r === RelationToHead.SPOUSE) {
    if (m.maritalStatus !== MaritalStatus.MARRIED) fail('a SPOUSE is MARRIED.');
    if (head && head.input.maritalStatus !== MaritalStatus.MARRIED) fail('the head of a household with a SPOUSE is MARRIED.');
  }
  if (!head || Number.isNaN(head.age)) return;
  const gap = head.age - age;
  if ((r === RelationToHead.SON || r === RelationToHead.DAUGHTER) && gap < GENERATION_GAP) {
    fail(`a child of the head is at least ${GENERATION_GAP} years younger than the head.`);
  }
  if (r === RelationToHead.GRANDCHILD && gap < 2 * GENERATION_GAP) {
    fail(`a grandchild is at least ${2 * GENERATION_GAP} years younger than the head.`);
  }
  if (r === RelationToHead.PARENT && -gap < GENERATION_GAP) {
    fail(`a parent is at least ${GENERATION_GAP} years older than the head.`);
  }
}

/**
 * A roster update must account for everyone living on the current roster: matched by CNIC/B-form number, else by name
 * and date of birth (a child without a number yet, or whose B-form gave way to a CNIC). Whoever is missing has to be
 * moved or recorded as deceased first.
 */
function matchRoster(members: SurveyMemberInput[], facts: SurveyFacts, errors: UserError[]): (MemberEntity | null)[] {
  const byNumber = new Map(facts.roster.filter((r) => r.idNumber).map((r) => [r.idNumber!, r]));
  const byPerson = new Map(facts.roster.map((r) => [personKey(r.name, r.dateOfBirth), r]));
  const used = new Set<string>();
  const matches = members.map((m) => {
    const number = m.cnic ?? m.bFormNumber;
    const found = (number ? byNumber.get(number) : undefined) ?? byPerson.get(personKey(m.name, m.dateOfBirth)) ?? null;
    if (found && !used.has(found.id) && found.status === MemberStatus.ACTIVE) {
      used.add(found.id);
      return found;
    }
    return null;
  });
  const missing = facts.roster.filter((r) => r.status === MemberStatus.ACTIVE && !used.has(r.id)).length;
  if (missing > 0) {
    errors.push(
      error(['members'], UserErrorCode.CONFLICT, `${missing} living member(s) of the household are not in the survey: move them or record their death first.`),
    );
  }
  return matches;
}
