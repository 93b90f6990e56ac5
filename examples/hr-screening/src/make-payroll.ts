import { stringify } from 'csv-stringify/sync';
import { PAYROLL_COLUMNS } from './payroll';

/** What the demo registry (`npm start`) answers for a documented person; see the repository README. */
export interface DocumentedPerson {
  cnic: string;
  name: string;
  fatherName: string;
  result: 'RECORD_FOUND' | 'NO_RECORD' | 'REFER_TO_LAW_ENFORCEMENT';
  grade: 'EXACT' | 'STRONG' | 'PARTIAL' | 'CONFLICT';
  why: string;
}

/** The README's demo people and demo offenders, and one offender under a wrong father's name. */
export const DOCUMENTED_PEOPLE: DocumentedPerson[] = [
  { cnic: '35202-1234567-1', name: 'Muhammad Ali', fatherName: 'Ahmed Khan', result: 'NO_RECORD', grade: 'EXACT', why: 'demo person, no conviction' },
  { cnic: '42101-2345678-2', name: 'Ayesha Siddiqui', fatherName: 'Abdul Rehman Siddiqui', result: 'NO_RECORD', grade: 'EXACT', why: 'demo person, no conviction' },
  { cnic: '17301-3456789-3', name: 'Imran Durrani', fatherName: 'Yousaf Durrani', result: 'NO_RECORD', grade: 'EXACT', why: 'demo person, no conviction' },
  { cnic: '54400-4567890-4', name: 'Farzana Mengal', fatherName: 'Naseer Mengal', result: 'NO_RECORD', grade: 'EXACT', why: 'demo person (w/o: the husband\'s name)' },
  { cnic: '61101-5678901-5', name: 'Usman Qureshi', fatherName: 'Javed Qureshi', result: 'NO_RECORD', grade: 'EXACT', why: 'demo person, no conviction' },
  { cnic: '71501-6789012-6', name: 'Zainab Baig', fatherName: 'Karim Baig', result: 'NO_RECORD', grade: 'EXACT', why: 'demo person, no conviction' },
  { cnic: '81302-7890123-7', name: 'Bilal Abbasi', fatherName: 'Tariq Abbasi', result: 'NO_RECORD', grade: 'EXACT', why: 'demo person, no conviction' },
  { cnic: '35202-8765432-1', name: 'Rashid Mehmood', fatherName: 'Ghulam Mehmood', result: 'RECORD_FOUND', grade: 'EXACT', why: 'demo offender, ACTIVE' },
  { cnic: '42201-6543210-5', name: 'Kamran Memon', fatherName: 'Hanif Memon', result: 'RECORD_FOUND', grade: 'EXACT', why: 'demo offender, ACTIVE' },
  { cnic: '17301-5432109-7', name: 'Sajid Afridi', fatherName: 'Nawaz Afridi', result: 'RECORD_FOUND', grade: 'EXACT', why: 'demo offender, ACTIVE' },
  { cnic: '37401-7654321-3', name: 'Tahir Iqbal', fatherName: 'Muhammad Iqbal', result: 'NO_RECORD', grade: 'EXACT', why: 'demo offender, OVERTURNED_ON_APPEAL' },
  { cnic: '54400-4321098-9', name: 'Naveed Kakar', fatherName: 'Bashir Kakar', result: 'NO_RECORD', grade: 'EXACT', why: 'demo offender, EXPIRED' },
  { cnic: '61101-3210987-1', name: 'Faisal Rana', fatherName: 'Akram Rana', result: 'NO_RECORD', grade: 'EXACT', why: 'demo offender, PARDONED' },
  { cnic: '3520287654321', name: 'Rashid Mehmood', fatherName: 'Gul Mehmood', result: 'REFER_TO_LAW_ENFORCEMENT', grade: 'CONFLICT', why: 'ACTIVE offender, father\'s name differs' },
];

/** Rows the tool must answer with an error rather than a check. */
export const BAD_ROWS: { cnic: string; consentRef: string | null; errorCode: string; why: string }[] = [
  { cnic: '35202-123456-1', consentRef: 'x', errorCode: 'INVALID_CNIC', why: 'a digit short' },
  { cnic: '3520212345670', consentRef: 'x', errorCode: 'INVALID_CNIC', why: 'last digit 0' },
  { cnic: '35202-12345O7-1', consentRef: 'x', errorCode: 'INVALID_CNIC', why: 'the letter O for a zero' },
  { cnic: 'N/A', consentRef: 'x', errorCode: 'INVALID_CNIC', why: 'no CNIC on file' },
  { cnic: '', consentRef: 'x', errorCode: 'INVALID_CNIC', why: 'empty' },
  { cnic: '', consentRef: null, errorCode: 'INVALID', why: 'consent missing' },
  { cnic: '', consentRef: null, errorCode: 'INVALID', why: 'consent missing' },
  { cnic: '', consentRef: null, errorCode: 'INVALID', why: 'consent missing' },
];

const MALE = ['Muhammad', 'Ahmed', 'Ali', 'Hassan', 'Usman', 'Bilal', 'Hamza', 'Faisal', 'Imran', 'Kashif', 'Naveed', 'Tariq', 'Zubair', 'Adnan', 'Asif', 'Junaid', 'Waqas', 'Shahid', 'Saad', 'Farhan', 'Irfan', 'Yasir', 'Khalid', 'Rizwan'];
const FEMALE = ['Ayesha', 'Fatima', 'Zainab', 'Maryam', 'Sana', 'Hina', 'Amna', 'Rabia', 'Nida', 'Sadia', 'Saima', 'Khadija', 'Mehwish', 'Iqra', 'Kiran', 'Bushra', 'Farah', 'Nazia'];
const SURNAMES = ['Khan', 'Malik', 'Chaudhry', 'Butt', 'Qureshi', 'Siddiqui', 'Sheikh', 'Awan', 'Rajput', 'Abbasi', 'Baloch', 'Mengal', 'Afridi', 'Yousafzai', 'Memon', 'Shah', 'Jatoi', 'Bhatti', 'Gill', 'Mirza'];
/** Real district prefixes (first five digits), so the synthetic numbers look like payroll CNICs. */
const PREFIXES = ['35202', '35201', '33100', '34101', '36302', '37405', '42101', '42201', '41303', '17301', '16101', '54400', '61101', '38403'];

/** mulberry32: a small seeded generator, so `make-payroll -- 10000` writes the same file every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bare = (cnic: string) => cnic.replace(/-/g, '');
const dashed = (d: string) => `${d.slice(0, 5)}-${d.slice(5, 12)}-${d.slice(12)}`;

/**
 * A payroll of `count` employees: the documented people (and the offender under a wrong father's name) once each,
 * the bad rows once each, spread through the file, and synthetic employees (nobody in the demo registry) in between.
 * Synthetic CNICs are never one serial apart from another (the API counts consecutive CNICs as enumeration).
 */
export function makePayroll(count: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const special = [...DOCUMENTED_PEOPLE.map((p) => ({ kind: 'person' as const, p })), ...BAD_ROWS.map((b) => ({ kind: 'bad' as const, b }))];
  const at = new Map<number, (typeof special)[number]>();
  if (count >= special.length) special.forEach((s, i) => at.set(Math.floor(((i + 0.5) * count) / special.length), s));
  const used = new Set(DOCUMENTED_PEOPLE.map((p) => bare(p.cnic)));
  const taken = (d: string) => {
    const whole = BigInt(d);
    const serial = Number(d.slice(5, 12));
    return [d, String(whole - 1n), String(whole + 1n), ...[serial - 1, serial + 1].map((s) => `${d.slice(0, 5)}${String(s).padStart(7, '0')}${d[12]}`)]
      .some((n) => used.has(n.padStart(13, '0')));
  };

  const syntheticCnic = (female: boolean): string => {
    for (;;) {
      const gender = female ? 2 * (1 + Math.floor(next() * 4)) : 1 + 2 * Math.floor(next() * 5);
      const d = `${pick(PREFIXES)}${String(Math.floor(next() * 10_000_000)).padStart(7, '0')}${gender}`;
      if (taken(d)) continue;
      used.add(d);
      return next() < 0.5 ? dashed(d) : d;
    }
  };

  const records: string[][] = [];
  for (let i = 0; i < count; i++) {
    const employeeId = `E${String(i + 1).padStart(6, '0')}`;
    const consent = `HR-2026-${String(i + 1).padStart(6, '0')}`;
    const s = at.get(i);
    if (s?.kind === 'person') {
      records.push([employeeId, s.p.cnic, s.p.name, s.p.fatherName, consent]);
      continue;
    }
    const female = next() < 0.35;
    const surname = pick(SURNAMES);
    const name = `${pick(female ? FEMALE : MALE)} ${surname}`;
    const father = `${pick(MALE)} ${surname}`;
    if (s?.kind === 'bad') {
      records.push(s.b.consentRef === null ? [employeeId, syntheticCnic(female), name, father] : [employeeId, s.b.cnic, name, father, consent]);
      continue;
    }
    records.push([employeeId, syntheticCnic(female), name, father, consent]);

  }
  return stringify([[...PAYROLL_COLUMNS], ...records]);
}
