import { purposeOf, type MatrixRow } from './types';

/** Every NSOR root field and the action that guards it. */
export const OFFENDER_ROOT_FIELDS: Record<string, MatrixRow> = {
  verifyOffender: {
    action: 'offender:check',
    operation: (role) => `{ verifyOffender(input: {cnic: "3520212345671", purpose: ${purposeOf(role)}, consentRef: "C-1"}) { result } }`,
  },
  verifyOffenders: {
    action: 'offender:check',
    operation: (role) => `{ verifyOffenders(inputs: [{cnic: "3520212345671", purpose: ${purposeOf(role)}, consentRef: "C-1"}]) { result } }`,
  },
  offender: { action: 'offender:read', operation: () => '{ offender(cnic: "3520287654321") { cnic } }' },
  offenders: { action: 'offender:read', operation: () => '{ offenders(first: 1) { totalCount } }' },
  registerConviction: {
    action: 'offender:write',
    operation: () =>
      'mutation { registerConviction(input: {cnic: "3520212345671", sections: ["PPC 354"], court: "c", caseNumber: "c", convictionDate: "2020-01-01", sentence: "s", district: "PK617"}) { userErrors { code } } }',
  },
  amendConviction: {
    action: 'offender:write',
    operation: () => 'mutation { amendConviction(input: {id: "x", version: 1, court: "c", reason: "r"}) { userErrors { code } } }',
  },
  changeConvictionStatus: {
    action: 'offender:write',
    operation: () => 'mutation { changeConvictionStatus(input: {id: "x", version: 1, status: PARDONED, reason: "r"}) { userErrors { code } } }',
  },
  createWatch: {
    action: 'watch:manage',
    operation: () =>
      'mutation { createWatch(input: {cnic: "3520212345671", consentRef: "C-1", expiresAt: "2099-01-01T00:00:00Z", callbackUrl: "http://127.0.0.1:9/x"}) { userErrors { code } } }',
  },
  cancelWatch: { action: 'watch:manage', operation: () => 'mutation { cancelWatch(input: {id: "x"}) { userErrors { code } } }' },
  watches: { action: 'watch:manage', operation: () => '{ watches(first: 1) { totalCount } }' },
};
