import type { EntityManager } from '@mikro-orm/postgresql';
import { CitizenEntity } from '../identity/citizen.entity';
import type { Province } from '../jurisdictions/province';
import { nationalFork } from '../db/jurisdiction-scope';
import { generateDemoCitizens } from './citizens';
import { seedOffenderDemo } from './offenders.seed';
import { seedDemoHouseholds } from './households.seed';
import { seedDemoAreas } from './areas.seed';
import { seedDemoNumbers } from '../subjects/numbers/demo-numbers';

export { DOCUMENTED_CITIZENS, generateDemoCitizens, seededRandom, type DemoCitizen } from './citizens';

export interface DemoSeedOptions {
  /**
   * The dashboard households of areas.seed.ts (default true: `npm start` and the sandbox). The test suite loads the
   * documented demo only, whose small, exact figures its assertions are written against.
   */
  areas?: boolean;
}

/** What the demo loaded, counted in the database after loading (so the start-up log cannot drift from the data). */
export interface DemoSummary {
  citizens: number;
  offenders: number;
  households: number;
  registrations: number;
}

/** Loads the demo set into an empty registry; returns what it loaded, or null when there was data already. */
export async function seedDemoData(owner: EntityManager, options: DemoSeedOptions = {}): Promise<DemoSummary | null> {
  const em = nationalFork(owner); // system work: the whole registry
  if ((await em.count(CitizenEntity, {})) > 0) return null;
  const districts = await em.getConnection().execute<{ code: string; province: Province }[]>(
    'select code, province from district order by code',
  );
  const byProvince = new Map<Province, string[]>();
  for (const d of districts) byProvince.set(d.province, [...(byProvince.get(d.province) ?? []), d.code]);
  const people = generateDemoCitizens(byProvince);
  return em.transactional(async (tx) => {
    await tx.insertMany(
      CitizenEntity,
      people.map(({ districtCode, ...p }) => ({ ...p, id: new CitizenEntity().id, district: districtCode })),
    );
    await seedOffenderDemo(tx);
    await seedDemoHouseholds(tx);
    if (options.areas ?? true) {
      const taken = await tx.execute<{ cnic: string }[]>('select cnic from citizen');
      await seedDemoAreas(tx, new Set(taken.map((r) => r.cnic)));
    }
    await seedDemoNumbers(tx);
    const [counts] = await tx.execute<Record<keyof DemoSummary, string>[]>(
      `select (select count(*) from citizen) as citizens,
              (select count(distinct citizen_id) from conviction) as offenders,
              (select count(*) from household) as households,
              (select count(*) from registration) as registrations`,
    );
    return {
      citizens: Number(counts.citizens),
      offenders: Number(counts.offenders),
      households: Number(counts.households),
      registrations: Number(counts.registrations),
    };
  });
}
