import { startTestApp, type TestApp } from './helpers/app';
import { EligibilityDocument, SurveyStatusDocument } from './generated/graphql';
import { Role } from '../src/auth/role';

/** The demo registry is scored by the shipped active model, so its documented answers agree everywhere. */
describe('demo households are scored for real', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('has a current NSER-2021 score for every household whose survey is decided, and none for the pending ones', async () => {
    const rows = await app.sql<{ district: string; score: string | null; eligibility: string | null }>(
      `select h.district_code district, p.score, s.eligibility
       from household h join survey s on s.household_id = h.id and s.latest
       left join poverty_score p on p.household_id = h.id and p.current
       order by h.district_code`,
    );
    expect(rows).toEqual([
      { district: 'PK107', score: null, eligibility: null },
      { district: 'PK226', score: '13.13', eligibility: 'ELIGIBLE' },
      { district: 'PK528', score: '100.00', eligibility: 'NOT_ELIGIBLE' },
      { district: 'PK617', score: '31.40', eligibility: 'ELIGIBLE' },
      { district: 'PK706', score: null, eligibility: null },
    ]);
  });

  it('records with each score the programmes its household has an eligible member for', async () => {
    const rows = await app.sql<{ district: string; programmes: string[] }>(
      `select h.district_code district, p.eligible_programmes programmes
       from household h join poverty_score p on p.household_id = h.id and p.current order by h.district_code`,
    );
    const poorFamily = ['BENAZIR_KAFAALAT', 'TALEEMI_WAZAIF', 'HEC_NEED_BASED_SCHOLARSHIP'];
    expect(rows).toEqual([
      { district: 'PK226', programmes: poorFamily },
      { district: 'PK528', programmes: [] },
      { district: 'PK617', programmes: poorFamily },
    ]);
  });

  it('answers Benazir Kafaalat for the Lahore demo family as surveyStatus does', async () => {
    const officer = await app.key(Role.WELFARE_OFFICER);
    const fatima = '3520276543212'; // spouse in the Lahore demo household, ever-married woman
    const status = await app.gql(SurveyStatusDocument, { cnic: fatima }, officer);
    expect(status.body.data!.surveyStatus.status).toBe('ELIGIBLE');
    const eligibility = await app.gql(
      EligibilityDocument,
      { input: { cnic: fatima, programme: 'BENAZIR_KAFAALAT', purpose: 'WELFARE_ADMINISTRATION' } },
      officer,
    );
    expect(eligibility.body.errors).toBeUndefined();
    expect(eligibility.body.data!.eligibility).toMatchObject({ eligible: true, reasons: [], programme: 'BENAZIR_KAFAALAT', band: 'BAND_16_32' });
  });
});
