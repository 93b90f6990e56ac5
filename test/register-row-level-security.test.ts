import { startTestApp, type TestApp } from './helpers/app';
import { addCitizens, head, INDICATORS, spouse, submitSurvey, type TestCitizen } from './helpers/households';
import { StartRegistrationDocument, SurveyStatusDocument } from './generated/graphql';
import { Role } from '../src/auth/role';
import { Province } from '../src/jurisdictions/province';

const PUNJAB = `(select code from district where province = 'PUNJAB')`;

/** For each register table: how the owner counts the rows of Punjab (the expected view of a Punjab-scoped caller). */
const PUNJAB_ROWS: Record<string, string> = {
  household: `select count(*) n from household where district_code in ${PUNJAB}`,
  household_member: `select count(*) n from household_member m join household h on h.id = m.household_id where h.district_code in ${PUNJAB}`,
  survey: `select count(*) n from survey s join household h on h.id = s.household_id where h.district_code in ${PUNJAB}`,
  data_quality_flag: `select count(*) n from data_quality_flag f join household h on h.id = f.household_id where h.district_code in ${PUNJAB}`,
  registration: `select count(*) n from registration where centre_district_code in ${PUNJAB}`,
  registration_event: `select count(*) n from registration_event e join registration r on r.id = e.registration_id where r.centre_district_code in ${PUNJAB}`,
  conviction: `select count(*) n from conviction where district_code in ${PUNJAB}`,
  conviction_event: `select count(*) n from conviction_event e join conviction c on c.id = e.conviction_id where c.district_code in ${PUNJAB}`,
};

describe('row-level security on the registers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const count = async (sql: string) => Number((await app.sql<{ n: string }>(sql))[0].n);

  it.each(Object.keys(PUNJAB_ROWS))('%s: raw SQL in a Punjab-scoped transaction sees exactly the Punjab rows', async (table) => {
    // As a role whose work reads the table: the register is LAW_ENFORCEMENT's, the registry the welfare roles'.
    const role = table.startsWith('conviction') ? Role.LAW_ENFORCEMENT : Role.WELFARE_OFFICER;
    const em = app.scopedEm({ kind: 'PROVINCE', province: Province.PUNJAB }, role);
    const [row] = await em.transactional((tx) => tx.execute<{ n: string }[]>(`select count(*) n from ${table}`));
    expect(Number(row.n)).toBe(await count(PUNJAB_ROWS[table]));
  });

  it('the demo registers span provinces, so the policies really filter', async () => {
    expect(await count('select count(*) n from household')).toBeGreaterThan(await count(PUNJAB_ROWS.household));
    expect(await count('select count(*) n from conviction')).toBeGreaterThan(await count(PUNJAB_ROWS.conviction));
  });

  describe('checks that span the country stay national for province-scoped callers', () => {
    let punjabMember: TestCitizen;

    beforeAll(async () => {
      const [row] = await app.sql<TestCitizen & { relation: string }>(
        `select c.cnic, c.name_en "nameEn", c.gender, to_char(c.date_of_birth, 'YYYY-MM-DD') "dateOfBirth", c.district_code "districtCode"
         from household_member m join household h on h.id = m.household_id join citizen c on c.cnic = m.id_number
         where h.district_code in ${PUNJAB} and m.status = 'ACTIVE' and c.gender = 'FEMALE' limit 1`,
      );
      punjabMember = row;
    });

    it('surveyStatus answers the same for a Sindh university as nationally', async () => {
      const national = await app.gql(SurveyStatusDocument, { cnic: punjabMember.cnic, consentRef: 'ADM-1' }, await app.key(Role.EDUCATION));
      const sindh = await app.gql(
        SurveyStatusDocument,
        { cnic: punjabMember.cnic, consentRef: 'ADM-1' },
        await app.key(Role.EDUCATION, { jurisdiction: { kind: 'PROVINCE', province: Province.SINDH } }),
      );
      expect(national.body.data!.surveyStatus.status).not.toBe('NOT_SURVEYED');
      expect(sindh.body.data!.surveyStatus).toEqual(national.body.data!.surveyStatus);
    });

    it('a Sindh centre cannot open a registration for a Punjab household member, nor enrol her twice', async () => {
      const centre = await app.key(Role.REGISTRATION_CENTRE, { jurisdiction: { kind: 'PROVINCE', province: Province.SINDH } });
      const screened = await app.gql(StartRegistrationDocument, { input: { cnic: punjabMember.cnic, centreDistrict: 'PK706' } }, centre);
      // Issue #20: a person whose household is outside the jurisdiction is answered as a CNIC with no identity record
      // (it used to open a ROSTER_UPDATE, leaking the Punjab household's ID and blocking the Punjab centre).
      expect(screened.body.data!.startRegistration).toMatchObject({
        registration: null,
        userErrors: [{ field: ['cnic'], code: 'NOT_FOUND', message: 'No identity record has this CNIC. Check it for a typo.' }],
      });

      const husband: TestCitizen = { cnic: '4210177777771', nameEn: 'Sindh Husband', gender: 'MALE', dateOfBirth: '1980-01-01', districtCode: 'PK706' };
      await addCitizens(app, [husband]);
      const opened = await app.gql(StartRegistrationDocument, { input: { cnic: husband.cnic, centreDistrict: 'PK706' } }, centre);
      const result = await submitSurvey(app, centre, {
        trackingId: opened.body.data!.startRegistration.registration!.trackingId,
        district: 'PK706',
        area: 'URBAN',
        indicators: INDICATORS,
        members: [head(husband), spouse(punjabMember)],
      });
      expect(result.userErrors).toEqual([
        { field: ['members', '1', 'cnic'], code: 'CONFLICT', message: 'Member 2 already belongs to another household: move them with moveMember first.' },
      ]);
    });
  });
});
