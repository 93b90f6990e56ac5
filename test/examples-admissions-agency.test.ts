import fs from 'node:fs';
import path from 'node:path';
import { startTestApp, type TestApp } from './helpers/app';
import { Role } from '../src/auth/role';
import { Province } from '../src/jurisdictions/province';
import { checkApplicants, readApplicants, toCsv } from '../examples/admissions/src/admissions';
import { TasdeeqClient as AdmissionsClient } from '../examples/admissions/src/tasdeeq-client';
import { runAgencyExample } from '../examples/agency/src/agency';
import { TasdeeqClient as AgencyClient } from '../examples/agency/src/tasdeeq-client';

describe('examples/admissions and examples/agency against the demo data', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('admissions: the sample applicant list answers as its README shows', async () => {
    const key = await app.key(Role.EDUCATION, { name: 'NUST admissions' });
    const text = fs.readFileSync(path.resolve(__dirname, '../examples/admissions/applicants.csv'), 'utf8');
    const rows = await checkApplicants(new AdmissionsClient(`${app.url}/graphql`, key), readApplicants(text));
        expect(toCsv(rows).split('\n')).toEqual([
      'applicant_id,name,cnic_masked,hec_eligible,hec_reasons,kafaalat_checked,kafaalat_eligible,kafaalat_reasons,kafaalat_household,band,survey_date,error',
      // Issue #20: a university learns eligible / not eligible only (no reason codes, band or survey date).
      'A-001,Hamza Ali,35202-*******-3,YES,,MOTHER,YES,,YES,,,',
      'A-002,Omar Durrani,17301-*******-5,NO,,MOTHER,NO,,,,,',
      'A-003,Ayesha Siddiqui,42101-*******-2,YES,,APPLICANT,NO,,,,,',
      'A-004,Bilal Abbasi,81302-*******-7,YES,,APPLICANT,NO,,,,,',
      'A-005,Zainab Baig,71501-*******-6,NO,,APPLICANT,NO,,,,,',
      'A-006,Typo In CNIC,,,,APPLICANT,,,,,,INVALID_CNIC: cnic is not a CNIC (12345-1234567-1 or 1234512345671)',
      'A-007,Usman Qureshi,61101-*******-5,,,APPLICANT,,,,,,hec: BAD_USER_INPUT: `consentRef` is required for ADMISSIONS: cite the subject\'s consent.',
      '',
    ]);
    // Every check is audited as ADMISSIONS with the applicant's consent; the raw score never left the server.
    const audited = await app.sql<{ n: string }>("select count(*) as n from audit_event where client_name = 'NUST admissions' and purpose = 'ADMISSIONS' and action = 'eligibility.check'");
    expect(Number(audited[0].n)).toBe(10);
  });

  it('agency: register, amend, overturn; the employer\'s check follows each step', async () => {
    const police = await app.key(Role.LAW_ENFORCEMENT, { name: 'Punjab Police', jurisdiction: { kind: 'PROVINCE', province: Province.PUNJAB } });
    const employer = await app.key(Role.EMPLOYER, { name: 'Acme HR' });
    const client = (key: string) => new AgencyClient(`${app.url}/graphql`, key);
    const lines = await runAgencyExample({ police: client(police), employer: client(employer), idempotencyKey: 'agency-example-test' });
    const clear = "NO_RECORD (EXACT) 35202-*******-1: No active record in the sex offenders register for this CNIC.";
    const found = 'RECORD_FOUND (EXACT) 35202-*******-1: This CNIC has an active record in the sex offenders register.';
    const amended = 'PPC 376, Sessions Court Lahore, FIR 12/2026 PS Model Town, Sessions Case 77/2026, sentence "10 years rigorous imprisonment and a fine of Rs 100,000"';
    expect(lines).toEqual([
      '1. Before: Muhammad Ali (35202-1234567-1)',
      `  employer's check before: ${clear}`,
      '2. The agency registers a conviction',
      '  conviction v1 ACTIVE, PPC 376, Sessions Court Lahore, FIR 12/2026 PS Model Town, sentence "10 years"',
      `  employer's check after registration: ${found}`,
      '3. The agency amends it: the case number and sentence as recorded in the judgment',
      `  conviction v2 ACTIVE, ${amended}; changed: caseNumber, sentence`,
      `  employer's check after amendment (details only: unchanged): ${found}`,
      '4. The appeal is allowed: the agency marks the conviction OVERTURNED_ON_APPEAL',
      '  with the version read before the amendment (v1): STALE_VERSION: The conviction is at version 2: refetch it and retry.',
      `  with v2: conviction v3 OVERTURNED_ON_APPEAL, ${amended}`,
      '  history: v1 REGISTERED (Registered.); v2 AMENDED (Corrected from the certified copy of the judgment); v3 STATUS_CHANGED ACTIVE->OVERTURNED_ON_APPEAL (Lahore High Court, Crl. Appeal 555/2026, allowed)',
      `  employer's check after the appeal: ${clear}`,
    ]);
    const [conviction] = await app.sql<{ status: string; version: number }>("select c.status, c.version from conviction c join citizen p on p.id = c.citizen_id where p.cnic = '3520212345671'");
    expect(conviction).toEqual({ status: 'OVERTURNED_ON_APPEAL', version: 3 });
  });
});
