import { startTestApp, type TestApp } from './helpers/app';
import { CitizenDocument, MatchIdentityDocument, type LookupPurpose, type MatchIdentityInput } from './generated/graphql';
import { Role } from '../src/auth/role';
import { ALLOWED_PURPOSES } from '../src/audit/purpose';
import { normaliseLatinName, namesMatch } from '../src/identity/name-match';

const MUHAMMAD_ALI = '35202-1234567-1'; // Lahore, Punjab
const AYESHA = '42101-2345678-2'; // Hyderabad, Sindh
const BILAL_AJK = '81302-7890123-7'; // Muzaffarabad, AJK: first digit 8 is not a published code

const purposeOf = (role: Role) => (ALLOWED_PURPOSES[role][0] ?? 'WELFARE_ADMINISTRATION') as LookupPurpose;

describe('identity', () => {
  let app: TestApp;
  const keys = {} as Record<Role, string>;

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of Object.values(Role)) keys[role] = await app.key(role);
  });
  afterAll(() => app.close());

  describe('citizen(cnic)', () => {
    const allowed = [Role.WELFARE_OFFICER, Role.REGISTRATION_CENTRE, Role.LAW_ENFORCEMENT];

    it.each(allowed)('%s (national) reads the whole record', async (role) => {
      const res = await app.gql(CitizenDocument, { cnic: MUHAMMAD_ALI, purpose: purposeOf(role) }, keys[role]);
      expect(res.body.errors).toBeUndefined();
      const { id, ...citizen } = res.body.data!.citizen;
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(citizen).toEqual({
        cnic: '3520212345671',
        name: { latin: 'Muhammad Ali', urdu: 'محمد علی' },
        relation: 'SON_OF',
        relativeName: { latin: 'Ahmed Khan', urdu: 'احمد خان' },
        gender: 'MALE',
        dateOfBirth: '1988-03-14',
        district: { code: 'PK617', name: { latin: 'Lahore', urdu: 'لاہور' }, province: 'PUNJAB' },
        registrationProvince: 'PUNJAB',
        localityVerified: true,
      });
    });

    it.each(Object.values(Role).filter((r) => !allowed.includes(r)))('%s is refused', async (role) => {
      const res = await app.gql(CitizenDocument, { cnic: MUHAMMAD_ALI, purpose: purposeOf(role) }, keys[role]);
      expect(res.body.data).toBeNull();
      expect(res.body.errors![0]).toMatchObject({
        message: `The ${role} role may not read identity data.`,
        extensions: { code: 'FORBIDDEN' },
      });
    });

    it('flags a CNIC whose first digit is not a published province code', async () => {
      const res = await app.gql(CitizenDocument, { cnic: BILAL_AJK, purpose: 'LAW_ENFORCEMENT' }, keys.LAW_ENFORCEMENT);
      expect(res.body.data?.citizen).toMatchObject({ registrationProvince: null, localityVerified: false, district: { province: 'AZAD_KASHMIR' } });
    });

    it('answers NOT_FOUND for an unknown CNIC', async () => {
      const res = await app.gql(CitizenDocument, { cnic: '35202-9999999-1', purpose: 'LAW_ENFORCEMENT' }, keys.LAW_ENFORCEMENT);
      expect(res.body.errors![0]).toMatchObject({ message: 'No citizen with this CNIC in your jurisdiction.', extensions: { code: 'NOT_FOUND' } });
    });

    it('keeps a province-scoped officer to its province, answering outside it exactly as for an unknown CNIC', async () => {
      const punjab = await app.key(Role.WELFARE_OFFICER, { jurisdiction: { kind: 'PROVINCE', province: 'PUNJAB' as never } });
      const inside = await app.gql(CitizenDocument, { cnic: MUHAMMAD_ALI, purpose: 'WELFARE_ADMINISTRATION' }, punjab);
      expect(inside.body.data?.citizen.cnic).toBe('3520212345671');
      const outside = await app.gql(CitizenDocument, { cnic: AYESHA, purpose: 'WELFARE_ADMINISTRATION' }, punjab);
      const unknown = await app.gql(CitizenDocument, { cnic: '35202-9999999-1', purpose: 'WELFARE_ADMINISTRATION' }, punjab);
      expect(outside.body.errors![0].message).toBe(unknown.body.errors![0].message);
      expect(outside.body.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('keeps a district-scoped centre to its districts', async () => {
      const hyderabad = await app.key(Role.REGISTRATION_CENTRE, { jurisdiction: { kind: 'DISTRICTS', districts: ['PK706'] } });
      const inside = await app.gql(CitizenDocument, { cnic: AYESHA, purpose: 'REGISTRATION' }, hyderabad);
      expect(inside.body.data?.citizen.district.code).toBe('PK706');
      const outside = await app.gql(CitizenDocument, { cnic: MUHAMMAD_ALI, purpose: 'REGISTRATION' }, hyderabad);
      expect(outside.body.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('refuses a purpose the role may not declare', async () => {
      const res = await app.gql(CitizenDocument, { cnic: MUHAMMAD_ALI, purpose: 'EMPLOYMENT_SCREENING' }, keys.LAW_ENFORCEMENT);
      expect(res.body.errors![0]).toMatchObject({
        message: 'The LAW_ENFORCEMENT role may not declare the purpose EMPLOYMENT_SCREENING.',
        extensions: { code: 'FORBIDDEN' },
      });
    });
  });

  describe('matchIdentity', () => {
    const allowed = [Role.EMPLOYER, Role.EDUCATION, Role.WELFARE_OFFICER, Role.REGISTRATION_CENTRE, Role.LAW_ENFORCEMENT];
    const input = (role: Role, extra: Partial<MatchIdentityInput> = {}): MatchIdentityInput => ({
      cnic: MUHAMMAD_ALI,
      name: 'Muhammad Ali',
      fatherName: 'Ahmed Khan',
      dateOfBirth: '1988-03-14',
      purpose: purposeOf(role),
      consentRef: 'CONSENT-001',
      ...extra,
    });

    it.each(allowed)('%s gets a grade and never the record', async (role) => {
      const res = await app.gql(MatchIdentityDocument, { input: input(role) }, keys[role]);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.matchIdentity).toEqual({
        cnicMasked: '35202-*******-1',
        grade: 'EXACT',
        matchedFields: ['NAME', 'FATHER_NAME', 'DATE_OF_BIRTH'],
        fields: [
          { field: 'NAME', outcome: 'MATCH' },
          { field: 'FATHER_NAME', outcome: 'MATCH' },
          { field: 'DATE_OF_BIRTH', outcome: 'MATCH' },
        ],
      });
    });

    it.each(Object.values(Role).filter((r) => !allowed.includes(r)))('%s is refused', async (role) => {
      const res = await app.gql(MatchIdentityDocument, { input: input(role) }, keys[role]);
      expect(res.body.errors![0]).toMatchObject({ message: `The ${role} role may not match identity data.`, extensions: { code: 'FORBIDDEN' } });
    });

    const grade = async (extra: Partial<MatchIdentityInput>) => {
      const res = await app.gql(MatchIdentityDocument, { input: input(Role.EMPLOYER, extra) }, keys.EMPLOYER);
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.matchIdentity;
    };

    const outcomes = (m: { fields: { field: string; outcome: string }[] }) => m.fields.map((f) => f.outcome);

    it('is EXACT when everything given matches as written, ignoring case, spacing and punctuation', async () => {
      expect(await grade({ name: '  MUHAMMAD   ali. ', fatherName: 'ahmed-khan', dateOfBirth: null })).toEqual({
        cnicMasked: '35202-*******-1',
        grade: 'EXACT',
        matchedFields: ['NAME', 'FATHER_NAME'],
        fields: [
          { field: 'NAME', outcome: 'MATCH' },
          { field: 'FATHER_NAME', outcome: 'MATCH' },
          { field: 'DATE_OF_BIRTH', outcome: 'NOT_PROVIDED' },
        ],
      });
    });

    it('is STRONG when the details agree only as spelling variants, and counts them as matched', async () => {
      expect(await grade({ name: 'Mohammad Ali', fatherName: 'Ahmad Khan', dateOfBirth: null })).toEqual({
        cnicMasked: '35202-*******-1',
        grade: 'STRONG',
        matchedFields: ['NAME', 'FATHER_NAME'],
        fields: [
          { field: 'NAME', outcome: 'VARIANT' },
          { field: 'FATHER_NAME', outcome: 'VARIANT' },
          { field: 'DATE_OF_BIRTH', outcome: 'NOT_PROVIDED' },
        ],
      });
    });

    it.each([
      ['a dropped Muhammad and a caste name', { name: 'Ali Khan' }],
      ['a title', { name: 'Syed Muhammad Ali' }],
      ['the surname-first form of a list', { name: 'KHAN, MUHAMMAD ALI' }],
    ])('is STRONG for %s', async (_, extra) => {
      const m = await grade(extra);
      expect(m.grade).toBe('STRONG');
      expect(m.matchedFields).toEqual(['NAME', 'FATHER_NAME', 'DATE_OF_BIRTH']);
      expect(outcomes(m)).toEqual(['VARIANT', 'MATCH', 'MATCH']);
    });

    it("is STRONG with an initial while the father's name is spelled out; the initial is not counted as matched", async () => {
      const m = await grade({ name: 'M. Ali' });
      expect(m).toMatchObject({ grade: 'STRONG', matchedFields: ['FATHER_NAME', 'DATE_OF_BIRTH'] });
      expect(outcomes(m)).toEqual(['INITIAL', 'MATCH', 'MATCH']);
    });

    it('is PARTIAL with initials alone', async () => {
      const m = await grade({ name: 'M. Ali', fatherName: 'A. Khan', dateOfBirth: null });
      expect(m).toMatchObject({ grade: 'PARTIAL', matchedFields: [] });
      expect(outcomes(m)).toEqual(['INITIAL', 'INITIAL', 'NOT_PROVIDED']);
    });

    it('matches Urdu-script names against the Urdu record, Arabic code points and diacritics included', async () => {
      expect(await grade({ name: 'مُحَمَّد علي', fatherName: 'احمد خان' })).toMatchObject({
        grade: 'EXACT',
        matchedFields: ['NAME', 'FATHER_NAME', 'DATE_OF_BIRTH'],
      });
      const variant = await grade({ name: 'محمد علی', fatherName: 'احمد خاں' });
      expect(variant.grade).toBe('STRONG');
      expect(outcomes(variant)).toEqual(['MATCH', 'VARIANT', 'MATCH']);
    });

    it('compares an Urdu name with the Urdu record only: another Urdu name is a mismatch', async () => {
      expect(outcomes(await grade({ name: 'احمد علی' }))).toEqual(['MISMATCH', 'MATCH', 'MATCH']);
    });

    it.each([
      ['1988-03-15', 'ONE_DIGIT', 'PARTIAL', ['NAME', 'FATHER_NAME']],
      ['1988-01-01', 'YEAR_ONLY', 'STRONG', ['NAME', 'FATHER_NAME', 'DATE_OF_BIRTH']],
      ['1977-03-14', 'MISMATCH', 'CONFLICT', ['NAME', 'FATHER_NAME']],
    ])('names the date of birth %s: %s, grade %s', async (dateOfBirth, outcome, g, matched) => {
      const m = await grade({ dateOfBirth });
      expect(m).toMatchObject({ grade: g, matchedFields: matched });
      expect(outcomes(m)).toEqual(['MATCH', 'MATCH', outcome]);
    });

    it('names a date with day and month exchanged (STRONG; not counted as matched)', async () => {
      // Usman Qureshi s/o Javed Qureshi, born 1984-06-09.
      const m = await grade({ cnic: '61101-5678901-5', name: 'Usman Qureshi', fatherName: 'Javed Qureshi', dateOfBirth: '1984-09-06' });
      expect(m).toMatchObject({ grade: 'STRONG', matchedFields: ['NAME', 'FATHER_NAME'] });
      expect(outcomes(m)).toEqual(['MATCH', 'MATCH', 'DAY_MONTH_SWAPPED']);
    });

    it("is CONFLICT when the father's name differs by one word", async () => {
      const m = await grade({ fatherName: 'Mehmood Khan' });
      expect(m).toMatchObject({ grade: 'CONFLICT', matchedFields: ['NAME', 'DATE_OF_BIRTH'] });
      expect(outcomes(m)).toEqual(['MATCH', 'MISMATCH', 'MATCH']);
    });

    it.each(['Ahmed Ali', 'Ali Muhammad', 'Muhammad Aliya', 'Muhammad Ali Malik', 'A. Ali'])('is CONFLICT for %s (another person)', async (name) => {
      expect((await grade({ name })).grade).toBe('CONFLICT');
    });

    it('treats blank details as not given, and a name of punctuation only as a mismatch', async () => {
      const blank = await grade({ name: '   ', fatherName: '', dateOfBirth: null });
      expect(blank.grade).toBe('PARTIAL');
      expect(outcomes(blank)).toEqual(['NOT_PROVIDED', 'NOT_PROVIDED', 'NOT_PROVIDED']);
      expect(await grade({ name: '...', fatherName: null, dateOfBirth: null })).toMatchObject({ grade: 'CONFLICT', matchedFields: [] });
    });

    it('refuses a date of birth that is not a date', async () => {
      const res = await app.gql(MatchIdentityDocument, { input: input(Role.EMPLOYER, { dateOfBirth: '1988-02-30' }) }, keys.EMPLOYER);
      expect(res.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('is PARTIAL when only the CNIC is given', async () => {
      const m = await grade({ name: null, fatherName: null, dateOfBirth: null });
      expect(m).toEqual({
        cnicMasked: '35202-*******-1',
        grade: 'PARTIAL',
        matchedFields: [],
        fields: [
          { field: 'NAME', outcome: 'NOT_PROVIDED' },
          { field: 'FATHER_NAME', outcome: 'NOT_PROVIDED' },
          { field: 'DATE_OF_BIRTH', outcome: 'NOT_PROVIDED' },
        ],
      });
    });

    it('is CONFLICT when the name differs (a typo in the CNIC lands on someone else)', async () => {
      expect((await grade({ name: 'Ayesha Siddiqui' })).grade).toBe('CONFLICT');
    });

    it('is NOT_FOUND for an unknown CNIC, with no field detail', async () => {
      expect(await grade({ cnic: '35202-9999999-1' })).toEqual({
        cnicMasked: '35202-*******-1',
        grade: 'NOT_FOUND',
        matchedFields: [],
        fields: [],
      });
    });

    it('requires a consent reference for employment screening', async () => {
      const res = await app.gql(MatchIdentityDocument, { input: input(Role.EMPLOYER, { consentRef: null }) }, keys.EMPLOYER);
      expect(res.body.errors![0]).toMatchObject({
        message: "`consentRef` is required for EMPLOYMENT_SCREENING: cite the subject's consent.",
        extensions: { code: 'BAD_USER_INPUT', field: ['consentRef'] },
      });
    });

    it('refuses a consent reference with markup in it', async () => {
      const res = await app.gql(MatchIdentityDocument, { input: input(Role.EMPLOYER, { consentRef: '<script>x</script>' }) }, keys.EMPLOYER);
      expect(res.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('is national for a province-scoped employer (it discloses no record)', async () => {
      const sindhEmployer = await app.key(Role.EMPLOYER, { jurisdiction: { kind: 'PROVINCE', province: 'SINDH' as never } });
      const res = await app.gql(MatchIdentityDocument, { input: input(Role.EMPLOYER) }, sindhEmployer);
      expect(res.body.data?.matchIdentity.grade).toBe('EXACT');
    });
  });
});

describe('name normalisation', () => {
  it.each([
    ['Muhammad', 'Mohammed'],
    ['Muhammad', 'Mohd.'],
    ['Hassan', 'Hasan'],
    ['Abdul Rehman', 'Abdur Rahman'],
    ['Abdul Rehman', 'Abdulrehman'],
    ['Saleem', 'Salim'],
    ['Zia-ud-Din', 'Zia ul Din'],
    ['Yousaf', 'Yusuf'],
    ['Usman', 'Osman'],
  ])('%s ~ %s', (a, b) => {
    expect(normaliseLatinName(a)).toBe(normaliseLatinName(b));
  });

  it.each([
    ['Ali Ahmed', 'Ahmed Ali'],
    ['Ali', 'Alia'],
    ['Hassan', 'Husain'],
  ])('%s is not %s', (a, b) => {
    expect(normaliseLatinName(a)).not.toBe(normaliseLatinName(b));
  });

  it('ignores Urdu diacritics and Arabic letter variants', () => {
    expect(namesMatch('عبدالرحمن', 'x', 'عبدالرحمٰن')).toBe(true);
    expect(namesMatch('علي', 'x', 'علی')).toBe(true);
  });

  it('never matches an empty name', () => {
    expect(namesMatch('...', '', '')).toBe(false);
  });
});

describe('SQL per request', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('a citizen read is a key lookup, a budget charge, the RLS scope, the read, the enumeration tally and the audit insert', async () => {
    const key = await app.key(Role.LAW_ENFORCEMENT);
    await app.gql(CitizenDocument, { cnic: MUHAMMAD_ALI, purpose: 'LAW_ENFORCEMENT' }, key); // warms last-used
    const { statements } = await app.countQueries(() =>
      app.gql(CitizenDocument, { cnic: MUHAMMAD_ALI, purpose: 'LAW_ENFORCEMENT' }, key),
    );
    const table = (s: string) =>
      s.includes('set_config(') ? 'set_config' : (s.startsWith('with') ? /insert into "?(\w+)/ : /^select (?!count\()(\w+)\(|(?:from|into|update) "?(\w+)/).exec(s)?.slice(1).find(Boolean);
    const summary = statements.map((s) => `${s.split(' ')[0]} ${table(s)}`);
    expect(summary).toEqual([
      'select api_key_lookup',
      'select rate_bucket_charge',
      'select set_config',
      'select citizen',
      'select lookup_guard',
      'select audit_write',
    ]);
  });
});
