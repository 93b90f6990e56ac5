/**
 * Identity matching: supplied details (name, father's or husband's name, date of birth) against an identity record,
 * each graded, and an overall grade. Pure: no I/O, no clock. Words and pairs of words are cached (bounded), so the
 * bulk offender check (1,000 per call) computes each common name's keys once.
 */
import { FieldMatchOutcome, IdentityField, IdentityMatchGrade } from '../identity.enums';
import { clearRomanCache, prepareRoman, romanPatronymics, romanSurnames, ROMAN, type RomanName } from './roman';
import { alignNames, clearPairCache, NameAgreement, type Optionality, type Token } from './tokens';
import { ARABIC_SCRIPT, clearUrduCache, prepareUrdu, urduPatronymics, urduSurnames, URDU, type UrduName } from './urdu';

export { ARABIC_SCRIPT } from './urdu';

/** What was supplied. Blank strings count as not given. */
export interface SuppliedDetails {
  name?: string | null;
  fatherName?: string | null;
  dateOfBirth?: string | null;
}

/** The identity record's columns that are compared. */
export interface RecordDetails {
  nameEn: string;
  nameUr: string;
  relativeNameEn: string;
  relativeNameUr: string;
  dateOfBirth: string;
}

export interface FieldGrade {
  field: IdentityField;
  outcome: FieldMatchOutcome;
}

export interface DetailsGrade {
  grade: IdentityMatchGrade;
  /** Always NAME, FATHER_NAME, DATE_OF_BIRTH in this order; empty when NOT_FOUND. */
  fields: FieldGrade[];
  /** The fields that agree: MATCH, VARIANT or YEAR_ONLY. */
  matchedFields: IdentityField[];
}

const NAME_CACHE_LIMIT = 20_000;
const romanNames = new Map<string, RomanName>();
const urduNames = new Map<string, UrduName>();
const romanRelatives = new Map<string, Optionality>();
const urduRelatives = new Map<string, Optionality>();

/** Empties every cache (names, words, pairs of words): for the benchmark's cold figures. */
export function clearMatchingCaches(): void {
  for (const c of [romanNames, urduNames, romanRelatives, urduRelatives]) c.clear();
  clearRomanCache();
  clearUrduCache();
  clearPairCache();
}

function cached<T>(cache: Map<string, T>, key: string, make: (k: string) => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = make(key);
    if (cache.size >= NAME_CACHE_LIMIT) cache.clear();
    cache.set(key, v);
  }
  return v;
}

const NAME_OUTCOME: Record<NameAgreement, FieldMatchOutcome> = {
  [NameAgreement.MATCH]: FieldMatchOutcome.MATCH,
  [NameAgreement.VARIANT]: FieldMatchOutcome.VARIANT,
  [NameAgreement.INITIAL]: FieldMatchOutcome.INITIAL,
  [NameAgreement.MISMATCH]: FieldMatchOutcome.MISMATCH,
};

/**
 * Compares a name as given (either script) with the stored Latin/Urdu pair, in the given name's script.
 * `relative` is the stored relative's name in both scripts: a word of it in the person's name is a patronymic
 * (Bilal Tariq, son of Tariq Abbasi), which may be absent on the other side.
 */
export function compareNames(
  given: string,
  storedLatin: string,
  storedUrdu: string,
  relative?: { latin: string; urdu: string },
): FieldMatchOutcome {
  if (ARABIC_SCRIPT.test(given)) {
    const a = cached(urduNames, given, prepareUrdu);
    const b = cached(urduNames, storedUrdu, prepareUrdu);
    if (!a.letters || !b.letters) return FieldMatchOutcome.MISMATCH;
    if (a.letters === b.letters) return FieldMatchOutcome.MATCH;
    const opt = relative ? cached(urduRelatives, relative.urdu, urduRelative) : {};
    return demote(NAME_OUTCOME[alignNames(a.tokens, b.tokens, URDU, opt, opt)]);
  }
  const a = cached(romanNames, given, prepareRoman);
  const b = cached(romanNames, storedLatin, prepareRoman);
  if (!a.letters || !b.letters) return FieldMatchOutcome.MISMATCH;
  if (a.letters === b.letters) return FieldMatchOutcome.MATCH;
  const opt = relative ? cached(romanRelatives, relative.latin, romanRelative) : {};
  const straight = alignNames(a.tokens, b.tokens, ROMAN, opt, opt);
  const best = a.rotated && straight < NameAgreement.VARIANT ? Math.max(straight, rotatedAgreement(a.rotated, b.tokens, opt)) : straight;
  return demote(NAME_OUTCOME[best as NameAgreement]);
}

function romanRelative(name: string): Optionality {
  const prepared = cached(romanNames, name, prepareRoman);
  return { patronymics: romanPatronymics(prepared), relativeSurnames: romanSurnames(prepared) };
}

function urduRelative(name: string): Optionality {
  const prepared = cached(urduNames, name, prepareUrdu);
  return { patronymics: urduPatronymics(prepared), relativeSurnames: urduSurnames(prepared) };
}

function rotatedAgreement(rotated: readonly Token[], stored: readonly Token[], opt: Optionality): NameAgreement {
  const r = alignNames(rotated, stored, ROMAN, opt, opt);
  return r === NameAgreement.MATCH ? NameAgreement.VARIANT : r;
}

/** Words equal one by one but the letters differ (Mohd. for Muhammad, a reordered comma form): a variant. */
const demote = (o: FieldMatchOutcome) => (o === FieldMatchOutcome.MATCH ? FieldMatchOutcome.VARIANT : o);

const JAN_1 = '-01-01';

/** Dates as `YYYY-MM-DD`. */
export function compareDates(given: string, stored: string): FieldMatchOutcome {
  if (given === stored) return FieldMatchOutcome.MATCH;
  const gy = given.slice(0, 4);
  const sy = stored.slice(0, 4);
  if (gy === sy) {
    if (given.slice(5, 7) === stored.slice(8, 10) && given.slice(8, 10) === stored.slice(5, 7)) return FieldMatchOutcome.DAY_MONTH_SWAPPED;
    if (given.endsWith(JAN_1) || stored.endsWith(JAN_1)) return FieldMatchOutcome.YEAR_ONLY;
  }
  let differing = 0;
  for (let i = 0; i < given.length && differing < 2; i++) if (given.charCodeAt(i) !== stored.charCodeAt(i)) differing++;
  return differing === 1 && given.length === stored.length ? FieldMatchOutcome.ONE_DIGIT : FieldMatchOutcome.MISMATCH;
}

const AGREES = new Set([FieldMatchOutcome.MATCH, FieldMatchOutcome.VARIANT, FieldMatchOutcome.YEAR_ONLY]);
const FULL_NAME = new Set([FieldMatchOutcome.MATCH, FieldMatchOutcome.VARIANT]);

const given = (s: string | null | undefined): s is string => s != null && s.trim() !== '';

/**
 * EXACT: the name and one more detail given, everything given MATCH. STRONG: the name and one more detail given,
 * everything given agrees (MATCH, VARIANT, YEAR_ONLY), is an INITIAL or the date written day/month the other way
 * round, and the name or father's name is spelled out and agrees. CONFLICT: any detail MISMATCH. PARTIAL: the rest (nothing contradicts, too little agrees).
 */
export function gradeDetails(input: SuppliedDetails, record: RecordDetails | null): DetailsGrade {
  if (!record) return { grade: IdentityMatchGrade.NOT_FOUND, fields: [], matchedFields: [] };
  const relative = { latin: record.relativeNameEn, urdu: record.relativeNameUr };
  const name = given(input.name) ? compareNames(input.name, record.nameEn, record.nameUr, relative) : FieldMatchOutcome.NOT_PROVIDED;
  const father = given(input.fatherName)
    ? compareNames(input.fatherName, record.relativeNameEn, record.relativeNameUr)
    : FieldMatchOutcome.NOT_PROVIDED;
  const dob = given(input.dateOfBirth) ? compareDates(input.dateOfBirth, record.dateOfBirth) : FieldMatchOutcome.NOT_PROVIDED;
  const fields: FieldGrade[] = [
    { field: IdentityField.NAME, outcome: name },
    { field: IdentityField.FATHER_NAME, outcome: father },
    { field: IdentityField.DATE_OF_BIRTH, outcome: dob },
  ];
  const matchedFields = fields.filter((f) => AGREES.has(f.outcome)).map((f) => f.field);
  const outcomes = [name, father, dob];
  const supplied = outcomes.filter((o) => o !== FieldMatchOutcome.NOT_PROVIDED);
  let grade: IdentityMatchGrade;
  if (supplied.includes(FieldMatchOutcome.MISMATCH)) grade = IdentityMatchGrade.CONFLICT;
  else if (name === FieldMatchOutcome.NOT_PROVIDED || supplied.length < 2) grade = IdentityMatchGrade.PARTIAL;
  else if (supplied.every((o) => o === FieldMatchOutcome.MATCH)) grade = IdentityMatchGrade.EXACT;
  else if (
    supplied.every((o) => AGREES.has(o) || o === FieldMatchOutcome.INITIAL || o === FieldMatchOutcome.DAY_MONTH_SWAPPED) &&
    (FULL_NAME.has(name) || FULL_NAME.has(father))
  ) {
    grade = IdentityMatchGrade.STRONG;
  } else grade = IdentityMatchGrade.PARTIAL;
  return { grade, fields, matchedFields };
}
