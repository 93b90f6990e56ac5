import { purposeOf, type MatrixRow } from './types';

/** Every root field of the person checked (issue #14) and the action that guards it. */
export const SUBJECT_ROOT_FIELDS: Record<string, MatrixRow> = {
  subjectAccessReport: {
    action: 'subject:access',
    operation: () => '{ subjectAccessReport(input: {cnic: "3520212345671", purpose: SUBJECT_ACCESS, requestRef: "T-1"}, first: 1) { totalCount } }',
  },
  legalHolds: { action: 'legalHold:manage', operation: () => '{ legalHolds(cnic: "3520212345671") { id } }' },
  placeLegalHold: {
    action: 'legalHold:manage',
    operation: () => 'mutation { placeLegalHold(input: {cnic: "3520212345671", district: "PK617", reason: ""}) { userErrors { code } } }',
  },
  liftLegalHold: {
    action: 'legalHold:manage',
    operation: () => 'mutation { liftLegalHold(input: {id: "x", version: 1, reason: "r"}) { userErrors { code } } }',
  },
  requestConsent: {
    action: 'consent:request',
    operation: (role) =>
      `mutation { requestConsent(input: {cnic: "3520299999991", purpose: ${purposeOf(role)}, scope: [OFFENDER_CHECK], expiresAt: "2000-01-01T00:00:00Z"}) { userErrors { code } } }`,
  },
  consents: { action: 'consent:request', operation: () => '{ consents(first: 1) { totalCount } }' },
  fileDispute: {
    action: 'dispute:file',
    operation: () => 'mutation { fileDispute(input: {cnic: "3520299999991", kind: SCORE, details: "matrix"}) { userErrors { code } } }',
  },
  dispute: { action: 'dispute:read', operation: () => '{ dispute(trackingId: "ZZZZ-ZZZZ-ZZ") { id } }' },
  disputes: { action: 'dispute:resolve', operation: () => '{ disputes(first: 1) { totalCount } }' },
  resolveDispute: {
    action: 'dispute:resolve',
    operation: () => 'mutation { resolveDispute(input: {id: "x", version: 1, outcome: REJECTED, reason: "r"}) { userErrors { code } } }',
  },
};
