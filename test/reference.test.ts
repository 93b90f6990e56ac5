import { startTestApp, type TestApp } from './helpers/app';
import { loadReferenceData } from '../src/jurisdictions/reference-data';
import { generateDemoCitizens, DOCUMENTED_CITIZENS } from '../src/demo/demo.seed';
import { DEMO_OFFENDERS } from '../src/demo/offenders.seed';
import { Province, cnicProvince, provinceCnicDigit } from '../src/jurisdictions/province';
import type { Cnic } from '../src/common/cnic';

describe('reference and demo data', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('has the 7 provinces and 160 districts, and reloading changes nothing', async () => {
    const count = async () =>
      (await app.sql<{ p: string; d: string }>('select (select count(*) from province) p, (select count(*) from district) d'))[0];
    expect(await count()).toEqual({ p: '7', d: '160' });
    expect(await loadReferenceData(app.ownerOrm.em.fork())).toEqual({ provinces: 7, districts: 160 });
    expect(await count()).toEqual({ p: '7', d: '160' });
    const [lahore] = await app.sql('select code, province, name_en, name_ur from district where code = ?', ['PK617']);
    expect(lahore).toEqual({ code: 'PK617', province: 'PUNJAB', name_en: 'Lahore', name_ur: 'لاہور' });
  });

  it('seeds a deterministic demo set whose CNICs carry province and gender', async () => {
    const rows = await app.sql<{ cnic: string; gender: string; province: Province; name_ur: string }>(
      'select c.cnic, c.gender, d.province, c.name_ur from citizen c join district d on d.code = c.district_code',
    );
    expect(rows).toHaveLength(117 + DEMO_OFFENDERS.length + 4); // + 4 relatives in the demo households
    for (const row of rows) {
      expect(Number(row.cnic[12]) % 2 === 1 ? 'MALE' : 'FEMALE').toBe(row.gender);
      expect(row.cnic[0]).toBe(provinceCnicDigit(row.province));
      expect(row.name_ur).toMatch(/[\u0600-\u06FF]/);
    }
    const provinces = new Set(rows.map((r) => r.province));
    expect(provinces.size).toBe(7);
    const byProvince = new Map<Province, string[]>([[Province.PUNJAB, ['PK617']]]);
    expect(generateDemoCitizens(byProvince)).toEqual(generateDemoCitizens(byProvince));
    expect(DOCUMENTED_CITIZENS.every((c) => rows.some((r) => r.cnic === c.cnic))).toBe(true);
  });

  it('maps CNIC first digits to provinces, leaving unpublished digits unmapped', () => {
    expect(cnicProvince('1730134567893' as Cnic)).toBe(Province.KHYBER_PAKHTUNKHWA);
    expect(cnicProvince('2730134567893' as Cnic)).toBe(Province.KHYBER_PAKHTUNKHWA);
    expect(cnicProvince('3520212345671' as Cnic)).toBe(Province.PUNJAB);
    expect(cnicProvince('8130278901237' as Cnic)).toBeNull();
  });
});
