import { startTestApp, type TestApp } from './helpers/app';
import { Role } from '../src/auth/role';
import { PERMISSIONS, type Action } from '../src/auth/permissions';
import { ALLOWED_PURPOSES } from '../src/audit/purpose';

const purpose = (role: Role) => ALLOWED_PURPOSES[role][0] ?? 'WELFARE_ADMINISTRATION';

/** Every NSOR root field and the action that guards it: allowed roles get no FORBIDDEN, others do, nobody a 500. */
const ROOT_FIELDS: Record<string, { action: Action; operation: (role: Role) => string }> = {
  verifyOffender: {
    action: 'offender:check',
    operation: (role) => `{ verifyOffender(input: {cnic: "3520212345671", purpose: ${purpose(role)}, consentRef: "C-1"}) { result } }`,
  },
  verifyOffenders: {
    action: 'offender:check',
    operation: (role) => `{ verifyOffenders(inputs: [{cnic: "3520212345671", purpose: ${purpose(role)}, consentRef: "C-1"}]) { result } }`,
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

describe('NSOR authorisation matrix', () => {
  let app: TestApp;
  const keys = {} as Record<Role, string>;

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of Object.values(Role)) keys[role] = await app.key(role);
  });
  afterAll(() => app.close());

  const cases = Object.entries(ROOT_FIELDS).flatMap(([field, spec]) =>
    Object.values(Role).map((role) => [field, role, (PERMISSIONS[spec.action] as readonly Role[]).includes(role)] as const),
  );

  it.each(cases)('%s for %s: allowed=%s', async (field, role, allowed) => {
    const res = await app.gql(ROOT_FIELDS[field].operation(role), undefined, keys[role]);
    const forbidden = res.body.errors?.some((e) => e.extensions.code === 'FORBIDDEN') ?? false;
    expect(forbidden).toBe(!allowed);
    expect(res.body.errors?.filter((e) => e.extensions.code === 'INTERNAL_SERVER_ERROR') ?? []).toEqual([]);
  });
});
