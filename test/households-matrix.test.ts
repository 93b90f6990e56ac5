import { startTestApp, type TestApp } from './helpers/app';
import { HOUSEHOLD_ROOT_FIELDS } from './helpers/households-matrix';
import { Role } from '../src/auth/role';
import { PERMISSIONS } from '../src/auth/permissions';

describe('NSER authorisation matrix', () => {
  let app: TestApp;
  const keys = {} as Record<Role, string>;

  beforeAll(async () => {
    app = await startTestApp({ demoData: false });
    for (const role of Object.values(Role)) keys[role] = await app.key(role);
  });
  afterAll(() => app.close());

  const cases = Object.entries(HOUSEHOLD_ROOT_FIELDS).flatMap(([field, spec]) =>
    Object.values(Role).map((role) => [field, role, (PERMISSIONS[spec.action] as readonly string[]).includes(role)] as const),
  );

  it.each(cases)('%s for %s: allowed=%s', async (field, role, allowed) => {
    const res = await app.gql(HOUSEHOLD_ROOT_FIELDS[field].operation(), undefined, keys[role]);
    const codes = res.body.errors?.map((e) => e.extensions.code) ?? [];
    expect(codes.includes('FORBIDDEN')).toBe(!allowed);
    expect(codes.filter((c) => c !== 'FORBIDDEN' && c !== 'NOT_FOUND')).toEqual([]);
  });
});
