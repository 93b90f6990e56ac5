import { registerEnumType } from 'type-graphql';

/** Why a caller looks a person up. Declared on every lookup and kept in the audit row. */
export enum LookupPurpose {
  EMPLOYMENT_SCREENING = 'EMPLOYMENT_SCREENING',
  ADMISSIONS = 'ADMISSIONS',
  LAW_ENFORCEMENT = 'LAW_ENFORCEMENT',
  WELFARE_ADMINISTRATION = 'WELFARE_ADMINISTRATION',
  REGISTRATION = 'REGISTRATION',
  CITIZEN_SELF_CHECK = 'CITIZEN_SELF_CHECK',
  SUBJECT_ACCESS = 'SUBJECT_ACCESS',
}

registerEnumType(LookupPurpose, {
  name: 'LookupPurpose',
  description: 'The declared purpose of a lookup of a person; recorded in the audit log.',
  valuesConfig: {
    EMPLOYMENT_SCREENING: { description: 'Screening a job applicant or employee, with consent.' },
    ADMISSIONS: { description: 'University admission or scholarship decision, with consent.' },
    LAW_ENFORCEMENT: { description: 'Law-enforcement work on the register.' },
    WELFARE_ADMINISTRATION: { description: 'Administering a welfare programme.' },
    REGISTRATION: { description: 'NSER registration at a centre.' },
    CITIZEN_SELF_CHECK: { description: 'A citizen checking by SMS.' },
    SUBJECT_ACCESS: { description: 'The person acting on their own record: who checked them, a dispute, their consents.' },
  },
});

/** Institutions act on someone else's data and must cite the subject's consent; agencies act under law. */
export const CONSENT_REQUIRED_PURPOSES: readonly LookupPurpose[] = [
  LookupPurpose.EMPLOYMENT_SCREENING,
  LookupPurpose.ADMISSIONS,
];

/** Which purposes each role may declare. A lookup declaring another purpose is refused. */
export const ALLOWED_PURPOSES: Record<string, readonly LookupPurpose[]> = {
  EMPLOYER: [LookupPurpose.EMPLOYMENT_SCREENING],
  EDUCATION: [LookupPurpose.ADMISSIONS],
  WELFARE_ANALYST: [LookupPurpose.WELFARE_ADMINISTRATION],
  WELFARE_OFFICER: [LookupPurpose.WELFARE_ADMINISTRATION],
  REGISTRATION_CENTRE: [LookupPurpose.REGISTRATION, LookupPurpose.WELFARE_ADMINISTRATION, LookupPurpose.SUBJECT_ACCESS],
  LAW_ENFORCEMENT: [LookupPurpose.LAW_ENFORCEMENT],
  SMS_GATEWAY: [LookupPurpose.CITIZEN_SELF_CHECK, LookupPurpose.SUBJECT_ACCESS],
  AUDITOR: [],
  ADMIN: [],
};
