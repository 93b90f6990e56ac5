import { startTestApp, type TestApp } from './helpers/app';
import { CitizenDocument } from './generated/graphql';
import { CNIC_FORMAT_MESSAGE, maskCnic, parseCnic, readCnic, cnicGender, type Cnic } from '../src/common/cnic';
import { parseSmsText } from '../src/sms/sms-text';
import { readCnic as payrollReadsCnic } from '../examples/hr-screening/src/payroll';
import { readCnic as admissionsReadsCnic } from '../examples/admissions/src/admissions';
import { Role } from '../src/auth/role';

describe('CNIC parsing', () => {
  it.each([
    ['35202-1234567-1', '3520212345671'],
    ['3520212345671', '3520212345671'],
    ['42101-2345678-2', '4210123456782'],
  ])('accepts %s as %s', (input, canonical) => {
    expect(parseCnic(input)).toBe(canonical);
  });

  it.each([
    ['12 digits', '352021234567'],
    ['14 digits', '35202123456711'],
    ['letters', '35202-12345A7-1'],
    ['misplaced dashes', '3520-21234567-1'],
    ['one dash only', '35202-12345671'],
    ['spaces', '35202 1234567 1'],
    ['trailing space', '3520212345671 '],
    ['last digit 0', '3520212345670'],
    ['Urdu digits', '۳۵۲۰۲۱۲۳۴۵۶۷۱'],
    ['Arabic-Indic digits', '٣٥٢٠٢١٢٣٤٥٦٧١'],
    ['empty', ''],
    ['NUL byte', '3520212345671\u0000'],
    ['10 kB', '3'.repeat(10_000)],
  ])('rejects %s', (_label, input) => {
    expect(parseCnic(input)).toBeNull();
  });

  it('rejects non-strings', () => {
    expect(parseCnic(3520212345671)).toBeNull();
    expect(parseCnic(null)).toBeNull();
  });
});

describe('reading a CNIC as people write it (the Cnic scalar and SMS)', () => {
  const WRITTEN: [string, string][] = [
    ['35202-1234567-1', '3520212345671'],
    ['3520212345671', '3520212345671'],
    ['35202 1234567 1', '3520212345671'],
    ['35202.1234567.1', '3520212345671'],
    [' 3520212345671 ', '3520212345671'],
    ['3 5 2 0 2 1 2 3 4 5 6 7 1', '3520212345671'],
    ['۳۵۲۰۲-۱۲۳۴۵۶۷-۱', '3520212345671'],
    ['٣٥٢٠٢١٢٣٤٥٦٧١', '3520212345671'],
    ['\u200f۳۵۲۰۲\u2013۱۲۳۴۵۶۷\u2013۱\u200f', '3520212345671'],
    ['42101\u00a02345678\u00a02', '4210123456782'],
  ];

  it.each(WRITTEN)('reads %j as %s, exactly as the SMS channel does (and the examples, which check before sending)', (input, canonical) => {
    expect(readCnic(input)).toBe(canonical);
    expect(parseSmsText(input)).toEqual({ kind: 'CNIC', cnic: canonical, locale: 'UR' });
    expect(payrollReadsCnic(input)).toBe(canonical);
    expect(admissionsReadsCnic(input)).toBe(canonical);
  });

  it.each([
    ['12 digits', '352021234567'],
    ['14 digits', '35202123456711'],
    ['last digit 0', '3520212345670'],
    ['Urdu, last digit 0', '۳۵۲۰۲۱۲۳۴۵۶۷۰'],
    ['letters', '35202-12345A7-1'],
    ['words around it', 'check 35202-1234567-1'],
    ['a trailing dash', '35202-1234567-1-'],
    ['Devanagari digits', '३५२०२१२३४५६७१'],
    ['fullwidth digits', '３５２０２１２３４５６７１'],
    ['NUL byte', '3520212345671\u0000'],
    ['empty', ''],
    ['10 kB', '3'.repeat(10_000)],
  ])('does not read %s', (_label, input) => {
    expect(readCnic(input)).toBeNull();
    expect(payrollReadsCnic(input)).toBeNull();
    expect(admissionsReadsCnic(input)).toBeNull();
  });

  it('reads nothing that is not a string', () => {
    expect(readCnic(3520212345671)).toBeNull();
    expect(readCnic(null)).toBeNull();
    expect(readCnic(['3520212345671'])).toBeNull();
  });

  it('masks the serial and reads gender from the last digit', () => {
    expect(maskCnic('3520212345671' as Cnic)).toBe('35202-*******-1');
    expect(cnicGender('3520212345671' as Cnic)).toBe('MALE');
    expect(cnicGender('4210123456782' as Cnic)).toBe('FEMALE');
  });
});

describe('Cnic scalar over HTTP', () => {
  let app: TestApp;
  let officer: string;

  beforeAll(async () => {
    app = await startTestApp();
    officer = await app.key(Role.WELFARE_OFFICER);
  });
  afterAll(() => app.close());

  it.each(['35202-1234567-1', '3520212345671', '35202 1234567 1', '۳۵۲۰۲-۱۲۳۴۵۶۷-۱', '٣٥٢٠٢١٢٣٤٥٦٧١'])('accepts %s as a variable', async (cnic) => {
    const res = await app.gql(CitizenDocument, { cnic, purpose: 'WELFARE_ADMINISTRATION' }, officer);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.citizen.cnic).toBe('3520212345671');
  });

  it.each([
    '35202-1234567',
    '35202-1234567-0',
    'abcde-fghijkl-m',
    '۳۵۲۰۲-۱۲۳۴۵۶۷-۰',
    '35202-1234567-1; drop table citizen;--',
    '9'.repeat(10_000),
  ])('rejects variable %#, without echoing it', async (cnic) => {
    const res = await app.gql(CitizenDocument, { cnic, purpose: 'WELFARE_ADMINISTRATION' }, officer);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    const [error] = res.body.errors!;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(`Variable "$cnic" got an invalid value; ${CNIC_FORMAT_MESSAGE}`);
    expect(JSON.stringify(res.body)).not.toContain(cnic.slice(0, 12));
  });

  it('rejects a number variable without echoing it', async () => {
    const res = await app.gql(CitizenDocument, { cnic: 3520212345671 as unknown as string, purpose: 'WELFARE_ADMINISTRATION' }, officer);
    expect(res.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.body)).not.toContain('3520212345671');
  });

  it('accepts Urdu digits and spaces in a literal too', async () => {
    const res = await app.gql('{ a: citizen(cnic: "۳۵۲۰۲-۱۲۳۴۵۶۷-۱", purpose: WELFARE_ADMINISTRATION) { cnic } b: citizen(cnic: "35202 1234567 1", purpose: WELFARE_ADMINISTRATION) { cnic } }', undefined, officer);
    expect(res.body).toMatchObject({ data: { a: { cnic: '3520212345671' }, b: { cnic: '3520212345671' } } });
    expect(res.body.errors).toBeUndefined();
  });

  it('rejects a bad literal without echoing it', async () => {
    const res = await app.gql('{ citizen(cnic: "35202-123", purpose: WELFARE_ADMINISTRATION) { cnic } }', undefined, officer);
    expect(res.status).toBe(400);
    expect(res.body.errors![0]).toMatchObject({ message: CNIC_FORMAT_MESSAGE, extensions: { code: 'BAD_USER_INPUT' } });
    expect(JSON.stringify(res.body)).not.toContain('35202-123');
  });
});
