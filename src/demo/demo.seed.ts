import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CitizenEntity } from '../identity/citizen.entity';
import type { IdentityRecord } from '../identity/identity-record';
import { Gender, Relation } from '../identity/identity.enums';
import { Province, provinceCnicDigit } from '../jurisdictions/province';
import { nationalFork } from '../db/jurisdiction-scope';
import { seedOffenderDemo } from './offenders.seed';
import { seedDemoHouseholds } from './households.seed';
import { seedDemoNumbers } from '../subjects/numbers/demo-numbers';

/**
 * The demo registry `npm start` loads into an empty database (never in production). Deterministic: the same people
 * every time, so README examples keep working. The first rows are the documented ones.
 */
export type DemoCitizen = IdentityRecord;

export const DOCUMENTED_CITIZENS: DemoCitizen[] = [
  { cnic: '3520212345671', nameEn: 'Muhammad Ali', nameUr: 'محمد علی', relation: Relation.SON_OF, relativeNameEn: 'Ahmed Khan', relativeNameUr: 'احمد خان', gender: Gender.MALE, dateOfBirth: '1988-03-14', districtCode: 'PK617' },
  { cnic: '4210123456782', nameEn: 'Ayesha Siddiqui', nameUr: 'عائشہ صدیقی', relation: Relation.DAUGHTER_OF, relativeNameEn: 'Abdul Rehman Siddiqui', relativeNameUr: 'عبدالرحمٰن صدیقی', gender: Gender.FEMALE, dateOfBirth: '1995-07-02', districtCode: 'PK706' },
  { cnic: '1730134567893', nameEn: 'Imran Durrani', nameUr: 'عمران درانی', relation: Relation.SON_OF, relativeNameEn: 'Yousaf Durrani', relativeNameUr: 'یوسف درانی', gender: Gender.MALE, dateOfBirth: '1979-11-23', districtCode: 'PK528' },
  { cnic: '5440045678904', nameEn: 'Farzana Mengal', nameUr: 'فرزانہ مینگل', relation: Relation.WIFE_OF, relativeNameEn: 'Naseer Mengal', relativeNameUr: 'نصیر مینگل', gender: Gender.FEMALE, dateOfBirth: '1991-01-30', districtCode: 'PK226' },
  { cnic: '6110156789015', nameEn: 'Usman Qureshi', nameUr: 'عثمان قریشی', relation: Relation.SON_OF, relativeNameEn: 'Javed Qureshi', relativeNameUr: 'جاوید قریشی', gender: Gender.MALE, dateOfBirth: '1984-06-09', districtCode: 'PK401' },
  { cnic: '7150167890126', nameEn: 'Zainab Baig', nameUr: 'زینب بیگ', relation: Relation.DAUGHTER_OF, relativeNameEn: 'Karim Baig', relativeNameUr: 'کریم بیگ', gender: Gender.FEMALE, dateOfBirth: '2001-09-17', districtCode: 'PK305' },
  { cnic: '8130278901237', nameEn: 'Bilal Abbasi', nameUr: 'بلال عباسی', relation: Relation.SON_OF, relativeNameEn: 'Tariq Abbasi', relativeNameUr: 'طارق عباسی', gender: Gender.MALE, dateOfBirth: '1993-04-05', districtCode: 'PK107' },
];

/** Generated people per province, on top of the documented ones. */
const GENERATED_PER_PROVINCE: Record<Province, number> = {
  [Province.PUNJAB]: 40,
  [Province.SINDH]: 25,
  [Province.KHYBER_PAKHTUNKHWA]: 20,
  [Province.BALOCHISTAN]: 10,
  [Province.ISLAMABAD]: 5,
  [Province.GILGIT_BALTISTAN]: 5,
  [Province.AZAD_KASHMIR]: 5,
};

interface NameRow {
  kind: 'male' | 'female' | 'family';
  latin: string;
  urdu: string;
  region_hint: string;
}

/** mulberry32: a small, well-known seeded PRNG; Math.random would make the demo different on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dataFile(name: string): string {
  const candidates = [path.resolve(__dirname, '../../../data', name), path.resolve(__dirname, '../../data', name)];
  return candidates.find((p) => fs.existsSync(p)) ?? candidates[0];
}

export function generateDemoCitizens(districtsByProvince: Map<Province, string[]>, seed = 20261124): DemoCitizen[] {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const names: NameRow[] = parse(fs.readFileSync(dataFile('pk-names.csv'), 'utf8'), { columns: true });
  const male = names.filter((n) => n.kind === 'male');
  const female = names.filter((n) => n.kind === 'female');
  const family = names.filter((n) => n.kind === 'family');
  const used = new Set(DOCUMENTED_CITIZENS.map((c) => c.cnic));
  const people: DemoCitizen[] = [...DOCUMENTED_CITIZENS];

  for (const province of Object.values(Province)) {
    const districts = districtsByProvince.get(province) ?? [];
    const regional = family.filter((f) => !f.region_hint || f.region_hint === provinceLabel(province));
    for (let i = 0; i < GENERATED_PER_PROVINCE[province]; i++) {
      const gender = random() < 0.5 ? Gender.MALE : Gender.FEMALE;
      const surname = pick(regional);
      const given = pick(gender === Gender.MALE ? male : female);
      const relative = pick(male);
      const married = gender === Gender.FEMALE && random() < 0.5;
      const relativeSurname = married ? pick(regional) : surname;
      // Last digit: odd for men, even (never 0) for women.
      const genderDigit = gender === Gender.MALE ? pick(['1', '3', '5', '7', '9']) : pick(['2', '4', '6', '8']);
      let cnic: string;
      do cnic = provinceCnicDigit(province) + digits(11) + genderDigit;
      while (used.has(cnic));
      used.add(cnic);
      const year = 1950 + Math.floor(random() * 55);
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      people.push({
        cnic,
        nameEn: `${given.latin} ${surname.latin}`,
        nameUr: `${given.urdu} ${surname.urdu}`,
        relation: gender === Gender.MALE ? Relation.SON_OF : married ? Relation.WIFE_OF : Relation.DAUGHTER_OF,
        relativeNameEn: `${relative.latin} ${relativeSurname.latin}`,
        relativeNameUr: `${relative.urdu} ${relativeSurname.urdu}`,
        gender,
        dateOfBirth: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        districtCode: pick(districts),
      });
    }
  }
  return people;
}

function provinceLabel(province: Province): string {
  return province === Province.KHYBER_PAKHTUNKHWA
    ? 'Khyber Pakhtunkhwa'
    : province.charAt(0) + province.slice(1).toLowerCase().replace(/_(.)/g, (_, c: string) => ` ${c.toUpperCase()}`);
}

/** Loads the demo set into an empty registry; returns what it loaded, or null when there was data already. */
export async function seedDemoData(owner: EntityManager): Promise<{ citizens: number } | null> {
  const em = nationalFork(owner); // system work: the whole registry
  if ((await em.count(CitizenEntity, {})) > 0) return null;
  const districts = await em.getConnection().execute<{ code: string; province: Province }[]>(
    'select code, province from district order by code',
  );
  const byProvince = new Map<Province, string[]>();
  for (const d of districts) byProvince.set(d.province, [...(byProvince.get(d.province) ?? []), d.code]);
  const people = generateDemoCitizens(byProvince);
  await em.transactional(async (tx) => {
    await tx.insertMany(
      CitizenEntity,
      people.map(({ districtCode, ...p }) => ({ ...p, id: new CitizenEntity().id, district: districtCode })),
    );
    await seedOffenderDemo(tx);
    await seedDemoHouseholds(tx);
    await seedDemoNumbers(tx);
  });
  return { citizens: people.length };
}
