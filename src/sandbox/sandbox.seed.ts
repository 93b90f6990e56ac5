import type { EntityManager } from '@mikro-orm/postgresql';
import { CitizenEntity } from '../identity/citizen.entity';
import { Gender, Relation } from '../identity/identity.enums';
import { ConvictionStatus } from '../offenders/offender.enums';
import { Area, EligibilityOutcome, RegistrationStatus } from '../households/household.enums';
import type { IndicatorValues } from '../households/survey-indicators';
import { nationalFork } from '../db/jurisdiction-scope';
import { ReferenceData } from '../jurisdictions/reference-data';
import { activeModel, currentRules } from '../scorecard/score-writer';
import { ApiKeysService } from '../auth/api-keys.service';
import { NATIONAL } from '../jurisdictions/jurisdiction';
import { Role } from '../auth/role';
import { createOffender } from '../demo/offenders.seed';
import { kid, openRegistration, person, writeHousehold, type DemoHousehold, type DemoScoring } from '../demo/households.seed';
import type { DemoCitizen } from '../demo/citizens';
import type { Cnic } from '../common/cnic';
import { Family, familyCnics, familyOf, SANDBOX_DISTRICT, SANDBOX_KEYS, SANDBOX_PERSON } from './families';
import { seedSandboxNumbers } from '../subjects/numbers/demo-numbers';

/** Every sandbox survey was submitted on this day, so `surveyDate` is the same on every run. */
export const SANDBOX_SURVEY_DATE = '2026-11-24';

/** A lookup-heavy integration suite must not trip the per-client daily cap of distinct CNICs. */
const SANDBOX_DAILY_DISTINCT_CAP = 1_000_000;

const POOR: Partial<IndicatorValues> = {
  rooms: 1, wallMaterial: 'MUD' as never, roofMaterial: 'THATCH' as never, toilet: 'NONE' as never, waterSource: 'WELL' as never,
  cookingFuel: 'DUNG_CROP' as never, hasElectricity: false, televisions: 0, motorcycles: 0, goatsAndSheep: 2,
  monthlyIncomeRs: 12000, monthlyPhoneBillRs: 100,
};
const WELL_OFF: Partial<IndicatorValues> = {
  rooms: 6, wallMaterial: 'CONCRETE' as never, roofMaterial: 'CONCRETE' as never, toilet: 'FLUSH_PRIVATE' as never,
  waterSource: 'PIPED' as never, cookingFuel: 'GAS' as never, fridges: 1, televisions: 2, airConditioners: 2,
  washingMachines: 1, monthlyIncomeRs: 150000, monthlyPhoneBillRs: 900,
};

function citizen(cnic: Cnic, overrides: Partial<DemoCitizen> = {}): DemoCitizen {
  const male = cnic.endsWith('1');
  return {
    cnic,
    ...SANDBOX_PERSON,
    relation: male ? Relation.SON_OF : Relation.DAUGHTER_OF,
    gender: male ? Gender.MALE : Gender.FEMALE,
    districtCode: SANDBOX_DISTRICT,
    ...overrides,
  };
}

/** The tracking ID of a sandbox registration: `SBX0-99FF-NN` (family FF, member NN). */
export function sandboxTrackingId(cnic: Cnic): string {
  return `SBX0-99${cnic.slice(8, 10)}-${cnic.slice(10, 12)}`;
}

function household(c: DemoCitizen, outcome: EligibilityOutcome | null, indicators: Partial<IndicatorValues>): DemoHousehold {
  return {
    trackingId: sandboxTrackingId(c.cnic as Cnic),
    centre: SANDBOX_DISTRICT,
    tehsil: 'Lahore City',
    area: Area.URBAN,
    outcome,
    indicators,
    submittedAt: new Date(`${SANDBOX_SURVEY_DATE}T09:00:00Z`),
    members: [
      person(c, 'HEAD' as never, { maritalStatus: 'MARRIED' as never, employment: 'NOT_IN_LABOUR_FORCE' as never }),
      kid('Sandbox Child', Gender.FEMALE, '2018-03-03'),
    ],
  };
}

export interface SandboxSeed {
  citizens: number;
  households: number;
  keys: Record<Role, string>;
}

/**
 * Loads the sandbox families (src/sandbox/families.ts) on top of the demo data, through the demo's own writers:
 * identity records, convictions with their history, registrations, surveys validated like `submitSurvey` and
 * scored by the active model (the writer checks each household scores its documented outcome), and a published key
 * per role. Deterministic: the same rows on every run.
 */
export async function seedSandbox(owner: EntityManager): Promise<SandboxSeed> {
  const em = nationalFork(owner);
  const clash = await em.getConnection().execute<{ cnic: string }[]>(
    `select cnic from citizen where cnic like '35202999%'`,
  );
  const taken = clash.filter((r) => familyOf(r.cnic as Cnic) !== null);
  if (taken.length) throw new Error(`The sandbox's CNIC families are not free: ${taken.length} identity records already use them.`);

  let citizens = 0;
  let households = 0;
  await em.transactional(async (tx) => {
    for (const [family, status] of [
      [Family.OFFENDER, ConvictionStatus.ACTIVE],
      [Family.OVERTURNED, ConvictionStatus.OVERTURNED_ON_APPEAL],
    ] as const) {
      for (const cnic of familyCnics(family)) {
        createOffender(tx, {
          ...citizen(cnic),
          section: 'PPC 376',
          status,
          court: 'Sessions Court Lahore (sandbox)',
          caseNumber: `SANDBOX ${cnic.slice(5, 12)}`,
          convictionDate: '2024-01-15',
          agency: 'Sandbox Police',
        });
        citizens++;
      }
    }

    const plain = [
      ...familyCnics(Family.NEVER_REGISTERED).map((cnic) => citizen(cnic)),
      ...familyCnics(Family.SURVEY_INCOMPLETE).map((cnic) => citizen(cnic)),
      ...familyCnics(Family.IDENTITY_EXACT).map((cnic) => citizen(cnic)),
      ...familyCnics(Family.IDENTITY_PARTIAL).map((cnic) => citizen(cnic, { dateOfBirth: '1991-01-01' })),
      ...familyCnics(Family.IDENTITY_CONFLICT).map((cnic) =>
        citizen(cnic, { nameEn: 'Rukhsana Bibi', nameUr: 'رخسانہ بی بی', relativeNameEn: 'Allah Ditta', relativeNameUr: 'اللہ دتہ', dateOfBirth: '1970-12-31' }),
      ),
    ];
    const surveyed = [
      ...familyCnics(Family.PENDING).map((cnic) => [citizen(cnic), null, POOR] as const),
      ...familyCnics(Family.ELIGIBLE).map((cnic) => [citizen(cnic), EligibilityOutcome.ELIGIBLE, POOR] as const),
      ...familyCnics(Family.NOT_ELIGIBLE).map((cnic) => [citizen(cnic), EligibilityOutcome.NOT_ELIGIBLE, WELL_OFF] as const),
    ];
    const people = [...plain, ...surveyed.map(([c]) => c)];
    await tx.insertMany(
      CitizenEntity,
      people.map(({ districtCode, ...p }) => ({ ...p, id: new CitizenEntity().id, district: districtCode })),
    );
    citizens += people.length;
    await tx.flush();

    for (const cnic of familyCnics(Family.SURVEY_INCOMPLETE)) {
      openRegistration(tx, sandboxTrackingId(cnic), { cnic }, SANDBOX_DISTRICT, [RegistrationStatus.RECEIVED, RegistrationStatus.SURVEY_SCHEDULED]);
    }

    const model = await activeModel(tx);
    if (!model) throw new Error('The sandbox needs an active scorecard model (the migrations load NSER-2021).');
    const scoring: DemoScoring = { reference: await ReferenceData.load(tx), model, rules: await currentRules(tx) };
    const byCnic = new Map(people.map((c) => [c.cnic, c as unknown as CitizenEntity]));
    for (const [c, outcome, indicators] of surveyed) {
      // Pending surveys are written unscored, as they are while no model is active.
      await writeHousehold(tx, household(c, outcome, indicators), byCnic, outcome === null ? null : scoring);
      households++;
    }
    await tx.flush();
    await seedSandboxNumbers(tx);
  });

  const keys = new ApiKeysService();
  for (const role of Object.values(Role)) {
    await keys.createClientWithPublishedKey(
      em.fork(),
      { name: `Sandbox ${role}`, role, jurisdiction: NATIONAL, dailyDistinctCap: SANDBOX_DAILY_DISTINCT_CAP },
      SANDBOX_KEYS[role],
    );
  }
  return { citizens, households, keys: SANDBOX_KEYS };
}
