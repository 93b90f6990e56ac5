import fs from 'node:fs';
import path from 'node:path';
import { buildSchema as buildSdl } from 'graphql';
import { startTestApp, type TestApp } from './helpers/app';
import { Role } from '../src/auth/role';
import { PERMISSIONS } from '../src/auth/permissions';
import { ALLOWED_PURPOSES } from '../src/audit/purpose';
import type { MatrixRow } from './helpers/matrix/types';
import { OFFENDER_ROOT_FIELDS } from './helpers/matrix/offenders';
import { HOUSEHOLD_ROOT_FIELDS } from './helpers/matrix/households';
import { SCORECARD_ROOT_FIELDS } from './helpers/matrix/scorecard';
import { DASHBOARD_ROOT_FIELDS } from './helpers/matrix/dashboards';
import { SUBJECT_ROOT_FIELDS } from './helpers/matrix/subjects';


/**
 * The one table: every root field of the schema and the action that guards it (or `any` for fields every
 * authenticated caller may use, whose results are themselves authorised). A field missing here fails the suite, so a
 * new field cannot ship without a decision on who may use it. The allowed roles come from PERMISSIONS.
 */
const ROOT_FIELDS: Record<string, MatrixRow> = {
  ...OFFENDER_ROOT_FIELDS,
  ...HOUSEHOLD_ROOT_FIELDS,
  ...SCORECARD_ROOT_FIELDS,
  ...DASHBOARD_ROOT_FIELDS,
  ...SUBJECT_ROOT_FIELDS,
  citizen: {
    action: 'identity:read',
    operation: (role) => `{ citizen(cnic: "3520212345671", purpose: ${ALLOWED_PURPOSES[role][0] ?? 'WELFARE_ADMINISTRATION'}) { cnic } }`,
  },
  matchIdentity: {
    action: 'identity:match',
    operation: (role) =>
      `{ matchIdentity(input: {cnic: "3520212345671", purpose: ${ALLOWED_PURPOSES[role][0] ?? 'WELFARE_ADMINISTRATION'}, consentRef: "C-1"}) { grade } }`,
  },
  auditEvents: { action: 'audit:read', operation: () => '{ auditEvents(first: 1) { totalCount } }' },
  securityAlerts: { action: 'security:read', operation: () => '{ securityAlerts(first: 1) { totalCount } }' },
  reinstateClient: {
    action: 'client:reinstate',
    operation: () => 'mutation { reinstateClient(input: {clientId: "00000000-0000-0000-0000-000000000000", reason: "matrix"}) { userErrors { code } } }',
  },
  node: { action: 'any', operation: () => '{ node(id: "Q2l0aXplbjoxOm5vcGU") { id } }' },
  nodes: { action: 'any', operation: () => '{ nodes(ids: []) { id } }' },
};

const schema = buildSdl(fs.readFileSync(path.resolve(__dirname, '../schema.graphql'), 'utf8'));
const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((t) => (t ? Object.keys(t.getFields()) : []));

describe('authorisation matrix', () => {
  let app: TestApp;
  const keys = {} as Record<Role, string>;

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of Object.values(Role)) keys[role] = await app.key(role);
  });
  afterAll(() => app.close());

  it('decides every root field of the schema', () => {
    expect(rootFields.filter((f) => !(f in ROOT_FIELDS))).toEqual([]);
    expect(Object.keys(ROOT_FIELDS).filter((f) => !rootFields.includes(f))).toEqual([]);
  });

  it('names only actions that exist', () => {
    for (const { action } of Object.values(ROOT_FIELDS)) if (action !== 'any') expect(PERMISSIONS).toHaveProperty(action);
  });

  const cases = Object.entries(ROOT_FIELDS).flatMap(([field, spec]) =>
    Object.values(Role).map((role) => [field, role, spec.action === 'any' || (PERMISSIONS[spec.action] as readonly Role[]).includes(role)] as const),
  );

  it.each(cases)('%s for %s: allowed=%s', async (field, role, allowed) => {
    const res = await app.gql(ROOT_FIELDS[field].operation(role), undefined, keys[role]);
    const forbidden = res.body.errors?.some((e) => e.extensions.code === 'FORBIDDEN') ?? false;
    expect(forbidden).toBe(!allowed);
    expect(res.body.errors?.filter((e) => e.extensions.code === 'INTERNAL_SERVER_ERROR') ?? []).toEqual([]);
  });
});
