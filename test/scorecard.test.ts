import { startTestApp, type TestApp } from './helpers/app';
import { addCitizens, child, head, INDICATORS, spouse, surveyedHousehold, type TestCitizen } from './helpers/households';
import {
  ActivateScorecardModelDocument,
  EligibilityDocument,
  EligibilityWithScoreDocument,
  PovertyScoreDocument,
  PublishScorecardModelDocument,
  RescoreJobDocument,
  ScorecardModelsDocument,
  type EligibilityInput,
  type PublishScorecardModelInput,
  type SurveyIndicatorsInput,
} from './generated/graphql';
import { Role } from '../src/auth/role';
import { createLogger } from '../src/logger';
import { RescoreWorker } from '../src/scorecard/rescore.worker';
import { NodeDocument } from './generated/graphql';

const FAISALABAD = 'PK608';

const citizen = (cnic: string, nameEn: string, gender: 'MALE' | 'FEMALE', dateOfBirth: string): TestCitizen => ({ cnic, nameEn, gender, dateOfBirth, districtCode: FAISALABAD });
// A poor household, a poor one with a car, and a better-off one.
const SHAKEEL = citizen('3520293000011', 'Shakeel Ahmad', 'MALE', '1980-06-15');
const NASREEN = citizen('3520293000022', 'Nasreen Bibi', 'FEMALE', '1985-06-15');
const KHALID = citizen('3520293000111', 'Khalid Mehmood', 'MALE', '1979-02-10');
const SADIA = citizen('3520293000122', 'Sadia Khalid', 'FEMALE', '1984-02-10');
const IMRAN = citizen('3520293000211', 'Imran Hussain', 'MALE', '1978-09-20');
const FARAH = citizen('3520293000222', 'Farah Imran', 'FEMALE', '1982-09-20');
const ZAINAB_BFORM = '3520293000042'; // Shakeel's daughter, 11, enrolled
const USMAN_BFORM = '3520293000053'; // Shakeel's son, under 2
const AYESHA_BFORM = '3520293000132'; // Khalid's daughter, enrolled

/** Ten months ago: under 2 whenever the suite runs. */
const infantBirthDate = new Date(Date.now() - 300 * 86_400_000).toISOString().slice(0, 10);

const POOR: SurveyIndicatorsInput = {
  rooms: 1, wallMaterial: 'MUD', roofMaterial: 'THATCH', toilet: 'NONE', waterSource: 'HAND_PUMP', cookingFuel: 'WOOD',
  hasElectricity: false, fridges: 0, televisions: 0, airConditioners: 0, washingMachines: 0, motorcycles: 0, cars: 0, tractors: 0,
  agriculturalLandAcres: 0, cattle: 2, buffaloes: 0, goatsAndSheep: 4, monthlyIncomeRs: 20000, monthlyPhoneBillRs: 200, memberTravelledAbroad: false,
};

const sum = (lines: { contribution: number }[]) => Math.round(lines.reduce((t, l) => t + l.contribution * 100, 0)) / 100;

describe('scorecard', () => {
  let app: TestApp;
  let officer: string;
  let admin: string;
  let education: string;
  let centre: string;
  let poorHousehold: string;

  const check = async (cnic: string, programme: EligibilityInput['programme'], key = officer) => {
    const res = await app.gql(EligibilityDocument, { input: { cnic, programme, purpose: 'WELFARE_ADMINISTRATION' } }, key);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.eligibility;
  };
  const scoreOf = async (householdId: string) => {
    const res = await app.gql(PovertyScoreDocument, { householdId }, officer);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.povertyScore!;
  };

  beforeAll(async () => {
    app = await startTestApp();
    await addCitizens(app, [SHAKEEL, NASREEN, KHALID, SADIA, IMRAN, FARAH]);
    officer = await app.key(Role.WELFARE_OFFICER);
    admin = await app.key(Role.ADMIN);
    education = await app.key(Role.EDUCATION);
    centre = await app.key(Role.REGISTRATION_CENTRE);
    const area = { area: 'RURAL' as const };
    poorHousehold = await surveyedHousehold(app, officer, FAISALABAD, [
      head(SHAKEEL),
      spouse(NASREEN),
      child({ name: 'Zainab Shakeel', gender: 'FEMALE', dateOfBirth: '2015-06-15', bFormNumber: ZAINAB_BFORM }),
      child({ name: 'Usman Shakeel', gender: 'MALE', dateOfBirth: infantBirthDate, bFormNumber: USMAN_BFORM, enrolledInSchool: false, educationLevel: 'NONE' }),
    ], { ...area, indicators: POOR });
    await surveyedHousehold(app, officer, FAISALABAD, [
      head(KHALID),
      spouse(SADIA),
      child({ name: 'Ayesha Khalid', gender: 'FEMALE', dateOfBirth: '2014-01-01', bFormNumber: AYESHA_BFORM }),
    ], { ...area, indicators: { ...POOR, cars: 1 } });
    await surveyedHousehold(app, officer, FAISALABAD, [head(IMRAN), spouse(FARAH)], { indicators: { ...INDICATORS, monthlyIncomeRs: 50000 } });
  });
  afterAll(() => app.close());

  describe('scoring on submission', () => {
    it('scores a known household by hand under NSER-2021: 9.50, with an explanation that sums to the score', async () => {
      const score = await scoreOf(poorHousehold);
      expect(score).toMatchObject({ modelVersion: 'NSER-2021', surveyVersion: 1, score: 9.5, band: 'BAND_0_16', belowCutoff: true });
      // intercept 12; rooms/member 8 × 1/4 = 2; rooms 0.5 × 1; hand pump 1; cattle 0.6 × 2; goats 0.25 × 4; phone 0.001 × 200;
      // members -1 × 4; under-5 -0.5; under-15 -0.3 × 2; dependency -2 × (2 ÷ 2); most schooling 0.3 × 5 (primary);
      // adults with no schooling -3 × 1; earners/member 4 × 1/4; daily wage -0.8. Every other line is 0.
      const nonZero = Object.fromEntries(score.explanation.filter((l) => l.contribution !== 0).map((l) => [l.key, l.contribution]));
      expect(nonZero).toEqual({
        intercept: 12, roomsPerCapita: 2, rooms: 0.5, water: 1, cattle: 1.2, goats: 1, phoneBill: 0.2, members: -4, under5: -0.5,
        under15: -0.6, dependency: -2, maxEducation: 1.5, noSchooling: -3, earnersPerCapita: 1, dailyWage: -0.8,
      });
      expect(score.explanation).toHaveLength(1 + 43 + 1); // intercept, 43 indicators, region
      expect(sum(score.explanation)).toBe(score.score);
      expect(score.explanation.find((l) => l.key === 'water')).toEqual({ key: 'water', field: 'waterSource', value: 'HAND_PUMP', contribution: 1 });
    });

    it('answers surveyStatus for real and records the SCORED step', async () => {
      const rows = await app.sql<{ eligibility: string; status: string }>(
        `select s.eligibility, r.status from survey s join registration r on r.id = s.registration_id
          join household_member m on m.household_id = s.household_id where m.id_number = ?`,
        [SHAKEEL.cnic],
      );
      expect(rows).toEqual([{ eligibility: 'ELIGIBLE', status: 'SCORED' }]);
      const [car] = await app.sql<{ eligibility: string }>('select s.eligibility from survey s join household_member m on m.household_id = s.household_id where m.id_number = ?', [KHALID.cnic]);
      expect(car.eligibility).toBe('NOT_ELIGIBLE');
    });
  });

  describe('programmes', () => {
    it('Benazir Kafaalat: the ever-married woman of a poor household, and why others are not', async () => {
      expect(await check(NASREEN.cnic, 'BENAZIR_KAFAALAT')).toMatchObject({ eligible: true, reasons: [], programme: 'BENAZIR_KAFAALAT', ruleVersion: 1, band: 'BAND_0_16' });
      expect((await check(SHAKEEL.cnic, 'BENAZIR_KAFAALAT')).reasons).toEqual(['NOT_A_WOMAN']);
      expect((await check(ZAINAB_BFORM, 'BENAZIR_KAFAALAT')).reasons).toEqual(['NEVER_MARRIED', 'AGE_OUT_OF_RANGE']);
      expect(await check(SADIA.cnic, 'BENAZIR_KAFAALAT')).toMatchObject({ eligible: false, reasons: ['EXCLUDED_VEHICLE_OWNER'] });
      expect((await check(FARAH.cnic, 'BENAZIR_KAFAALAT')).reasons).toEqual(['SCORE_ABOVE_CUTOFF']);
      expect(await check('3520293999992', 'BENAZIR_KAFAALAT')).toMatchObject({ eligible: false, reasons: ['NOT_SURVEYED'], band: null, surveyDate: null });
    });

    it('Taleemi Wazaif: enrolled school-age children of Kafaalat households', async () => {
      expect(await check(ZAINAB_BFORM, 'TALEEMI_WAZAIF')).toMatchObject({ eligible: true, reasons: [] });
      expect((await check(USMAN_BFORM, 'TALEEMI_WAZAIF')).reasons).toEqual(['AGE_OUT_OF_RANGE', 'NOT_ENROLLED']);
      expect((await check(AYESHA_BFORM, 'TALEEMI_WAZAIF')).reasons).toEqual(['NOT_KAFAALAT_HOUSEHOLD', 'EXCLUDED_VEHICLE_OWNER']);
    });

    it('Nashonuma: children under 2 of Kafaalat households; pregnancy is not in the survey, and the answer says so', async () => {
      expect(await check(USMAN_BFORM, 'NASHONUMA')).toMatchObject({ eligible: true, reasons: [] });
      expect((await check(NASREEN.cnic, 'NASHONUMA')).reasons).toEqual(['PREGNANCY_NOT_RECORDED']);
      expect((await check(SHAKEEL.cnic, 'NASHONUMA')).reasons).toEqual(['AGE_OUT_OF_RANGE']);
      expect((await check(ZAINAB_BFORM, 'NASHONUMA')).reasons).toEqual(['AGE_OUT_OF_RANGE']);
    });

    it('HEC need-based scholarship: income below Rs 45,000, whatever the PMT score', async () => {
      expect(await check(SADIA.cnic, 'HEC_NEED_BASED_SCHOLARSHIP')).toMatchObject({ eligible: true, reasons: [] });
      expect(await check(IMRAN.cnic, 'HEC_NEED_BASED_SCHOLARSHIP')).toMatchObject({ eligible: false, reasons: ['INCOME_ABOVE_LIMIT'] });
    });
  });

  describe('each role\'s view of eligibility', () => {
    const hec = (cnic: string, consentRef?: string): { input: EligibilityInput } => ({
      input: { cnic, programme: 'HEC_NEED_BASED_SCHOLARSHIP', purpose: 'ADMISSIONS', ...(consentRef ? { consentRef } : {}) },
    });

    it('EDUCATION: the decision for the scholarship, audited with its consent; nothing that describes the household', async () => {
      const res = await app.gql(EligibilityDocument, hec(ZAINAB_BFORM, 'ADM-2026-17'), education);
      expect(res.body.errors).toBeUndefined();
      // Issue #20: no band and no survey date for universities (they described the household).
      expect(res.body.data!.eligibility).toEqual({
        eligible: true,
        reasons: [],
        programme: 'HEC_NEED_BASED_SCHOLARSHIP',
        ruleVersion: 1,
        band: null,
        surveyDate: null,
      });
      const raw = await app.gql(EligibilityWithScoreDocument, hec(ZAINAB_BFORM, 'ADM-2026-17'), education);
      expect(raw.body.errors!.map((e) => [e.path, e.extensions.code])).toEqual([
        [['eligibility', 'score'], 'FORBIDDEN'],
        [['eligibility', 'modelVersion'], 'FORBIDDEN'],
      ]);
      const audit = await app.sql("select purpose, consent_ref, outcome from audit_event where action = 'eligibility.check' and role = 'EDUCATION' order by occurred_at limit 1");
      expect(audit).toEqual([{ purpose: 'ADMISSIONS', consent_ref: 'ADM-2026-17', outcome: 'SUCCESS' }]);
    });

    it('EDUCATION: Benazir Kafaalat status as proof of need — the decision only: no reasons, band, survey date or score', async () => {
      const kafaalat = (cnic: string): { input: EligibilityInput } => ({
        input: { cnic, programme: 'BENAZIR_KAFAALAT', purpose: 'ADMISSIONS', consentRef: 'ADM-2026-18' },
      });
      const res = await app.gql(EligibilityDocument, kafaalat(NASREEN.cnic), education);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.eligibility).toEqual({
        eligible: true,
        reasons: [],
        programme: 'BENAZIR_KAFAALAT',
        ruleVersion: 1,
        band: null,
        surveyDate: null,
      });
      // Issue #20: the reason codes described the household (a car); a university learns "not eligible" only.
      expect((await app.gql(EligibilityDocument, kafaalat(SADIA.cnic), education)).body.data!.eligibility).toMatchObject({
        eligible: false,
        reasons: [],
      });
      const raw = await app.gql(EligibilityWithScoreDocument, kafaalat(NASREEN.cnic), education);
      expect(raw.body.data!.eligibility).toMatchObject({ eligible: true, score: null, modelVersion: null });
      expect(raw.body.errors!.map((e) => [e.path, e.extensions.code])).toEqual([
        [['eligibility', 'score'], 'FORBIDDEN'],
        [['eligibility', 'modelVersion'], 'FORBIDDEN'],
      ]);
      const audit = await app.sql("select purpose, consent_ref, detail->>'programme' as programme from audit_event where action = 'eligibility.check' and consent_ref = 'ADM-2026-18' order by occurred_at limit 1");
      expect(audit).toEqual([{ purpose: 'ADMISSIONS', consent_ref: 'ADM-2026-18', programme: 'BENAZIR_KAFAALAT' }]);
    });

    it('EDUCATION must cite consent, and may not ask about the child and nutrition programmes', async () => {
      const noConsent = await app.gql(EligibilityDocument, hec(ZAINAB_BFORM), education);
      expect(noConsent.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const asked = async (programme: EligibilityInput['programme']) => {
        const res = await app.gql(EligibilityDocument, { input: { cnic: ZAINAB_BFORM, programme, purpose: 'ADMISSIONS', consentRef: 'C-1' } }, education);
        return res.body.errors?.[0]?.extensions.code ?? 'ANSWERED';
      };
      // The programme table for the role (PROGRAMMES_FOR_ROLE), every programme tried.
      expect({
        HEC_NEED_BASED_SCHOLARSHIP: await asked('HEC_NEED_BASED_SCHOLARSHIP'),
        BENAZIR_KAFAALAT: await asked('BENAZIR_KAFAALAT'),
        TALEEMI_WAZAIF: await asked('TALEEMI_WAZAIF'),
        NASHONUMA: await asked('NASHONUMA'),
      }).toEqual({ HEC_NEED_BASED_SCHOLARSHIP: 'ANSWERED', BENAZIR_KAFAALAT: 'ANSWERED', TALEEMI_WAZAIF: 'FORBIDDEN', NASHONUMA: 'FORBIDDEN' });
      const refused = await app.gql(EligibilityDocument, { input: { cnic: ZAINAB_BFORM, programme: 'NASHONUMA', purpose: 'ADMISSIONS', consentRef: 'C-1' } }, education);
      expect(refused.body.errors![0].message).toBe('The EDUCATION role may check HEC_NEED_BASED_SCHOLARSHIP, BENAZIR_KAFAALAT only.');
    });

    it('WELFARE_OFFICER sees the raw score and its model; REGISTRATION_CENTRE gets the band only', async () => {
      const input = { cnic: NASREEN.cnic, programme: 'BENAZIR_KAFAALAT' as const, purpose: 'WELFARE_ADMINISTRATION' as const };
      const welfare = await app.gql(EligibilityWithScoreDocument, { input }, officer);
      expect(welfare.body.data!.eligibility).toMatchObject({ eligible: true, band: 'BAND_0_16', score: 9.5, modelVersion: 'NSER-2021' });
      const atCentre = await app.gql(EligibilityWithScoreDocument, { input }, centre);
      expect(atCentre.body.data!.eligibility).toMatchObject({ eligible: true, band: 'BAND_0_16', score: null });
      expect(atCentre.body.errors!.map((e) => e.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      // Issue #20: within jurisdiction; outside it, the answer of a CNIC that does not exist (test/jurisdiction-reads.test.ts).
      const sindh = await app.key(Role.WELFARE_OFFICER, { jurisdiction: { kind: 'PROVINCE', province: 'SINDH' } as never });
      const away = await app.gql(EligibilityWithScoreDocument, { input }, sindh);
      expect(away.body.data!.eligibility).toMatchObject({ eligible: false, reasons: ['NOT_SURVEYED'], band: null, score: null, modelVersion: null });
    });

    it('refetches scores and models by global ID under the same rules', async () => {
      const { id } = await scoreOf(poorHousehold);
      expect((await app.gql(NodeDocument, { id }, officer)).body.data!.node).toEqual({ __typename: 'PovertyScore', id });
      expect((await app.gql(NodeDocument, { id }, education)).body.errors![0].extensions.code).toBe('NOT_FOUND');
      const [model] = (await app.gql(ScorecardModelsDocument, {}, admin)).body.data!.scorecardModels;
      expect((await app.gql(NodeDocument, { id: model.id }, admin)).body.data!.node).toEqual({ __typename: 'ScorecardModel', id: model.id });
    });

    it('povertyScore is for welfare roles within jurisdiction', async () => {
      const sindh = await app.key(Role.WELFARE_OFFICER, { jurisdiction: { kind: 'PROVINCE', province: 'SINDH' } as never });
      const res = await app.gql(PovertyScoreDocument, { householdId: poorHousehold }, sindh);
      expect(res.body.errors![0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('models', () => {
    const model = (extra: Partial<PublishScorecardModelInput> = {}): PublishScorecardModelInput => ({
      version: 'TEST-2026',
      name: 'Test model',
      description: 'Illustrative weights for the test suite.',
      cutoff: 30,
      intercept: 20,
      indicators: [
        { key: 'members', label: 'Members', field: 'memberCount', transform: 'COUNT', weight: -1, cap: 10 },
        { key: 'wall', label: 'Wall', field: 'wallMaterial', transform: 'CATEGORY', weight: 1, categories: [{ answer: 'BAKED_BRICK', points: 5 }] },
        { key: 'car', label: 'Car', field: 'cars', transform: 'THRESHOLD', weight: 10, threshold: 1 },
      ],
      regionAdjustments: [{ area: 'URBAN', points: 2 }],
      ...extra,
    });

    it('lists the shipped models, NSER-2021 active with 43 indicators and NSER-2011 with 23', async () => {
      const res = await app.gql(ScorecardModelsDocument, {}, admin);
      expect(res.body.data!.scorecardModels.map((m) => [m.version, m.status, m.cutoff, m.indicators.length])).toEqual([
        ['NSER-2011', 'RETIRED', 16.17, 23],
        ['NSER-2021', 'ACTIVE', 32, 43],
      ]);
    });

    it('refuses invalid models with every problem at once, and saves nothing', async () => {
      const bad = await app.gql(PublishScorecardModelDocument, {
        input: model({
          version: 'NSER-2021',
          indicators: [
            { key: 'salary', label: 'Salary', field: 'salary', transform: 'COUNT', weight: 1 },
            { key: 'salary', label: 'Rooms', field: 'rooms', transform: 'CATEGORY', weight: 1, categories: [{ answer: 'MANY', points: 1 }] },
            { key: 'wall', label: 'Wall', field: 'wallMaterial', transform: 'CATEGORY', weight: 1, categories: [{ answer: 'GOLD', points: 1 }] },
          ],
        }),
      }, admin);
      expect(bad.body.data!.publishScorecardModel.userErrors.map((e) => [e.field!.join('.'), e.code])).toEqual([
        ['indicators.0.field', 'INVALID'],
        ['indicators.1.key', 'INVALID'],
        ['indicators.1.transform', 'INVALID'],
        ['indicators.2.categories', 'INVALID'],
      ]);
      const outOfScale = await app.gql(PublishScorecardModelDocument, { input: model({ intercept: 150 }) }, admin);
      expect(outOfScale.body.data!.publishScorecardModel.userErrors).toEqual([
        { field: ['indicators'], code: 'INVALID', message: 'The reference rural labourer household scores 145 before scaling: a model must place it within 0-100.' },
      ]);
      const taken = await app.gql(PublishScorecardModelDocument, { input: model({ version: 'NSER-2021' }) }, admin);
      expect(taken.body.data!.publishScorecardModel.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
      expect(await app.sql('select count(*)::int as n from scorecard_model')).toEqual([{ n: 2 }]);
    });

    it('publishes a valid model as DRAFT', async () => {
      const res = await app.gql(PublishScorecardModelDocument, { input: model() }, admin);
      expect(res.body.data!.publishScorecardModel).toMatchObject({ model: { version: 'TEST-2026', status: 'DRAFT' }, userErrors: [] });
    });

    it('activation re-scores every household in the background, resumes after a crash, and scores each exactly once', async () => {
      const res = await app.gql(ActivateScorecardModelDocument, { input: { version: 'TEST-2026' } }, admin);
      const { model: activated, job } = res.body.data!.activateScorecardModel;
      expect(activated).toEqual({ version: 'TEST-2026', status: 'ACTIVE' });
      const [{ n: households }] = await app.sql<{ n: number }>('select count(*)::int as n from household');
      expect(job).toMatchObject({ processed: 0, total: households, status: 'RUNNING' });

      const logger = createLogger('silent', true);
      const crashing = new RescoreWorker(app.orm, () => app.sealer.system('rescore'), app.server.kernel.reference, logger, {
        chunkSize: 2,
        beforeCommit: (chunk) => {
          if (chunk === 2) throw new Error('simulated crash');
        },
      });
      await expect(crashing.drain()).rejects.toThrow('simulated crash');
      const midway = (await app.gql(RescoreJobDocument, { id: job!.id }, admin)).body.data!.rescoreJob;
      expect(midway).toMatchObject({ modelVersion: 'TEST-2026', status: 'RUNNING', processed: 2, total: households, finishedAt: null });
      // Households beyond the committed chunk still answer with their previous (NSER-2021) score.
      const [{ n: stillOld }] = await app.sql<{ n: number }>(
        "select count(*)::int as n from poverty_score where current and model_version = 'NSER-2021'",
      );
      expect(stillOld).toBeGreaterThan(0);

      await new RescoreWorker(app.orm, () => app.sealer.system('rescore'), app.server.kernel.reference, logger, { chunkSize: 2 }).drain();
      const done = (await app.gql(RescoreJobDocument, { id: job!.id }, admin)).body.data!.rescoreJob;
      expect(done).toMatchObject({ status: 'FINISHED', processed: households, total: households });
      expect(done.finishedAt).not.toBeNull();
      const [{ n: surveyed }] = await app.sql<{ n: number }>('select count(*)::int as n from survey where latest');
      expect(
        await app.sql("select count(*)::int as scores, count(distinct household_id)::int as households, count(*) filter (where current)::int as current from poverty_score where model_version = 'TEST-2026'"),
      ).toEqual([{ scores: surveyed, households: surveyed, current: surveyed }]);
      expect(await app.sql('select household_id from poverty_score where current group by household_id having count(*) > 1')).toEqual([]);

      // intercept 20; members -1 × 4; mud walls 0; no car 0; rural 0.
      expect(await scoreOf(poorHousehold)).toMatchObject({ modelVersion: 'TEST-2026', score: 16 });
      // The Kafaalat rule names NSER-2021: a score under another model is not comparable, and the answer says so.
      expect((await check(NASREEN.cnic, 'BENAZIR_KAFAALAT')).reasons).toEqual(['SCORE_UNDER_OTHER_MODEL']);
    });

    it('scores the known household by hand under NSER-2011 (5.10), then back under NSER-2021 without duplicating history', async () => {
      const worker = new RescoreWorker(app.orm, () => app.sealer.system('rescore'), app.server.kernel.reference, createLogger('silent', true), { chunkSize: 50 });
      await app.gql(ActivateScorecardModelDocument, { input: { version: 'NSER-2011' } }, admin);
      await worker.drain();
      const old = await scoreOf(poorHousehold);
      // intercept 5; rooms/member 6 × 1/4 = 1.5; hand pump 1; cattle 0.5 × 2; goats 0.2 × 4; members -0.8 × 4;
      // dependency -2 × 1; earners/member 4 × 1/4. Everything else 0.
      expect(old).toMatchObject({ modelVersion: 'NSER-2011', score: 5.1, band: 'BAND_0_16', belowCutoff: true });
      expect(Object.fromEntries(old.explanation.filter((l) => l.contribution !== 0).map((l) => [l.key, l.contribution]))).toEqual({
        intercept: 5, roomsPerCapita: 1.5, water: 1, cattle: 1, goats: 0.8, members: -3.2, dependency: -2, earnersPerCapita: 1,
      });
      expect(sum(old.explanation)).toBe(5.1);

      await app.gql(ActivateScorecardModelDocument, { input: { version: 'NSER-2021' } }, admin);
      await worker.drain();
      expect(await scoreOf(poorHousehold)).toMatchObject({ modelVersion: 'NSER-2021', score: 9.5 });
      expect(await check(NASREEN.cnic, 'BENAZIR_KAFAALAT')).toMatchObject({ eligible: true, reasons: [] });
      const history = await app.sql(
        'select model_version, current from poverty_score p join household_member m on m.household_id = p.household_id where m.id_number = ? order by model_version',
        [SHAKEEL.cnic],
      );
      expect(history).toEqual([
        { model_version: 'NSER-2011', current: false },
        { model_version: 'NSER-2021', current: true },
        { model_version: 'TEST-2026', current: false },
      ]);
    });
  });
});
