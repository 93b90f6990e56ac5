import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Province, PROVINCE_DATASET_ID } from './province';

export interface DistrictInfo {
  code: string;
  province: Province;
  nameEn: string;
  nameUr: string;
}

const CSV_PATH = path.resolve(__dirname, '../../../data/pk-admin-districts.csv');
const PROVINCE_BY_DATASET_ID = new Map(Object.entries(PROVINCE_DATASET_ID).map(([p, id]) => [id, p as Province]));

interface CsvRow {
  id: string;
  level: string;
  'name.local': string;
  'name.en': string;
  'name.slug': string;
  'parent.id': string;
  'children_count.tehsil': string;
  'geo.lat': string;
  'geo.lon': string;
}

function csvPath(): string {
  // Compiled code runs from dist/src/..., ts-node and jest from src/...: look for the file from either.
  const candidates = [CSV_PATH, path.resolve(__dirname, '../../data/pk-admin-districts.csv')];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`Reference data not found (looked in ${candidates.join(', ')})`);
  return found;
}

function nullableNumber(raw: string): number | null {
  return raw === '' ? null : Number(raw);
}

/** Upserts provinces and districts from the shipped CSV. Idempotent: safe at every start. */
export async function loadReferenceData(em: EntityManager): Promise<{ provinces: number; districts: number }> {
  const rows: CsvRow[] = parse(fs.readFileSync(csvPath(), 'utf8'), { columns: true, skip_empty_lines: true });
  const provinces = rows.filter((r) => r.level === '1');
  const districts = rows.filter((r) => r.level === '2');
  await em.transactional(async (tx) => {
    for (const row of provinces) {
      const code = PROVINCE_BY_DATASET_ID.get(row.id);
      if (!code) throw new Error(`Unknown province ${row.id} in reference data`);
      await tx.execute(
        `insert into province (code, dataset_id, name_en, name_ur) values (?, ?, ?, ?)
         on conflict (code) do update set dataset_id = excluded.dataset_id, name_en = excluded.name_en,
           name_ur = excluded.name_ur`,
        [code, row.id, row['name.en'], row['name.local']],
        'run',
      );
    }
    const values = districts.map((row) => {
      const province = PROVINCE_BY_DATASET_ID.get(row['parent.id']);
      if (!province) throw new Error(`District ${row.id} has unknown parent ${row['parent.id']}`);
      return {
        code: row.id,
        province,
        name_en: row['name.en'],
        name_ur: row['name.local'],
        slug: row['name.slug'],
        latitude: nullableNumber(row['geo.lat']),
        longitude: nullableNumber(row['geo.lon']),
        tehsil_count: nullableNumber(row['children_count.tehsil']),
      };
    });
    // One statement for all districts: the rows travel as one JSON document.
    await tx.execute(
      `insert into district (code, province, name_en, name_ur, slug, latitude, longitude, tehsil_count)
       select * from jsonb_to_recordset(?::jsonb) as d(code text, province text, name_en text, name_ur text,
         slug text, latitude float8, longitude float8, tehsil_count int)
       on conflict (code) do update set province = excluded.province, name_en = excluded.name_en,
         name_ur = excluded.name_ur, slug = excluded.slug, latitude = excluded.latitude,
         longitude = excluded.longitude, tehsil_count = excluded.tehsil_count`,
      [JSON.stringify(values)],
      'run',
    );
  });
  return { provinces: provinces.length, districts: districts.length };
}

/** The district table, held in memory for jurisdiction checks; it is small and changes only with a release. */
export class ReferenceData {
  private constructor(private readonly districts: Map<string, DistrictInfo>) {}

  static async load(em: EntityManager): Promise<ReferenceData> {
    const rows = await em
      .getConnection()
      .execute<DistrictInfo[]>(
        'select code, province, name_en as "nameEn", name_ur as "nameUr" from district order by code',
      );
    return new ReferenceData(new Map(rows.map((r) => [r.code, r])));
  }

  district(code: string): DistrictInfo | undefined {
    return this.districts.get(code);
  }

  districtsOf(province: Province): DistrictInfo[] {
    return [...this.districts.values()].filter((d) => d.province === province);
  }

  allDistricts(): DistrictInfo[] {
    return [...this.districts.values()];
  }
}
