import 'reflect-metadata';
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { startTestApp, type TestApp } from './helpers/app';
import { TEST_CNIC_HMAC_KEY } from './helpers/databases';
import { createSchema } from '../src/app/schema';
import { HOLDS_PEOPLE } from '../src/pipeline/people';
import { hashCnic, type Cnic } from '../src/common/cnic';
import { fromGlobalId, toGlobalId } from '../src/common/global-id';
import { Role } from '../src/auth/role';

/**
 * Issue #20, "Every person read is audited, with its subjects". The schema decides the walk: every type marked
 * `@HoldsPeople`, reached through every path of the Query type (root fields, `node`, `nodes`, nested; abstract types
 * expanded to each object type), is asked for as its own request; each person it returns must be the subject of an
 * audit row of that request. A new path or a new type holding people without a fixture fails the suite.
 */

/** Object types that show something of a person without holding one, or whose person another audit names. */
const NOT_HOLDING_PEOPLE: Record<string, string> = {
  District: 'reference data: a district\'s name in both scripts, no person',
  AuditEvent: 'the audit log itself: subject hashes only (AUDITOR)',
  SubjectAccess: 'the subject access report: the person asking about themselves, audited as subject.access',
  SubjectAccessConnection: 'the subject access report, as above',
  OffenderCheck: 'the offender check: its own SQL writes the row with the subject (src/offenders/check)',
  NameLine: 'the offender check\'s disclosure: audited by the check, as above',
  IdentityMatch: 'a grade, never the record: matchIdentity audits the subject',
  Eligibility: 'the eligibility service audits the subject',
  SurveyStatusAnswer: 'the survey-status service audits the subject',
  Consent: 'a masked CNIC of the client\'s own consent request, audited as consent.request',
  Dispute: 'disputes: filed and read audited by the dispute service with the subject',
  LegalHold: 'legal holds: audited as legalhold.* with the subject',
  Watch: 'the employer\'s own watch (masked CNIC), audited as watch.*',
  RequestConsentPayload: 'mutation payload',
  FileDisputePayload: 'mutation payload',
  ResolveDisputePayload: 'mutation payload',
  LegalHoldPayload: 'mutation payload',
};

const MAX_DEPTH = 6;

interface Step {
  field: string;
  /** The object type the step's field is on (an inline fragment when reached through an abstract type). */
  on: string;
  /** Whether the parent type is abstract (then the step needs `... on <on>`). */
  fragment: boolean;
}
interface PersonPath {
  root: string;
  /** For `node` / `nodes`: the object type the ID is of. */
  nodeType?: string;
  steps: Step[];
  target: string;
}

const holdsPeople = (t: GraphQLNamedType) => isObjectType(t) && t.extensions?.[HOLDS_PEOPLE] === true;

function objectTypesOf(schema: GraphQLSchema, t: GraphQLNamedType): GraphQLObjectType[] {
  if (isObjectType(t)) return [t];
  if (isAbstractType(t)) return [...schema.getPossibleTypes(t)];
  return [];
}

/** Every path from a Query root field to an object of a type that holds people, no type twice on a path. */
function personPaths(schema: GraphQLSchema): PersonPath[] {
  const paths: PersonPath[] = [];
  const walk = (root: string, nodeType: string | undefined, type: GraphQLObjectType, steps: Step[], seen: Set<string>) => {
    if (holdsPeople(type) && steps.length) paths.push({ root, nodeType, steps, target: type.name });
    if (steps.length >= MAX_DEPTH) return;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const named = getNamedType(field.type);
      if (isScalarType(named)) continue;
      const targets = objectTypesOf(schema, named);
      for (const next of targets) {
        if (seen.has(next.name)) continue;
        walk(root, nodeType, next, [...steps, { field: field.name, on: next.name, fragment: isAbstractType(named) }], new Set([...seen, next.name]));
      }
    }
  };
  const query = schema.getQueryType()!;
  for (const field of Object.values(query.getFields())) {
    const named = getNamedType(field.type);
    if (isScalarType(named)) continue;
    for (const next of objectTypesOf(schema, named)) {
      const nodeType = field.name === 'node' || field.name === 'nodes' ? next.name : undefined;
      const first: Step = { field: field.name, on: next.name, fragment: isAbstractType(named) };
      if (holdsPeople(next)) paths.push({ root: field.name, nodeType, steps: [first], target: next.name });
      walkFrom(next, first);
      function walkFrom(t: GraphQLObjectType, step: Step) {
        for (const f of Object.values(t.getFields()) as GraphQLField<unknown, unknown>[]) {
          const n = getNamedType(f.type);
          if (isScalarType(n)) continue;
          for (const o of objectTypesOf(schema, n)) {
            if (o.name === t.name) continue;
            walk(field.name, nodeType, o, [step, { field: f.name, on: o.name, fragment: isAbstractType(n) }], new Set([t.name, o.name]));
          }
        }
      }
    }
  }
  return paths;
}

/** What to select on the person object to know whom it holds (see `peopleOf`). */
const IDENTIFY: Record<string, string> = {
  Citizen: 'cnic',
  OffenderRecord: 'cnic',
  Member: 'cnic bFormNumber',
  MaskedMember: 'cnicMasked',
  Household: 'id',
  Survey: 'id',
  DataQualityFlag: 'id',
  Registration: 'trackingId',
  Conviction: 'id',
};

describe('every person read is audited, with its subjects, whatever the path', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  const keys = {} as Record<'officer' | 'police' | 'centre' | 'auditor', string>;
  const ids: Record<string, string> = {};
  let trackingId: string;

  /** Root field → the role that may use it and its arguments, as GraphQL argument text. */
  const ROOTS: Record<string, { key: keyof typeof keys; args: () => string }> = {
    citizen: { key: 'officer', args: () => '(cnic: "3520212345671", purpose: WELFARE_ADMINISTRATION)' },
    households: { key: 'officer', args: () => '(first: 3)' },
    household: { key: 'officer', args: () => `(id: "${ids.Household}")` },
    // Farzana Mengal's household (Quetta): it has a data-quality flag.
    householdOf: { key: 'officer', args: () => '(cnic: "5440045678904")' },
    dataQualityFlags: { key: 'officer', args: () => '(first: 3)' },
    offenders: { key: 'police', args: () => '(first: 3)' },
    offender: { key: 'police', args: () => '(cnic: "3520287654321")' },
    verifyOffender: { key: 'police', args: () => '(input: {cnic: "3520287654321", purpose: LAW_ENFORCEMENT})' },
    verifyOffenders: { key: 'police', args: () => '(inputs: [{cnic: "3520287654321", purpose: LAW_ENFORCEMENT}])' },
    registration: { key: 'centre', args: () => `(trackingId: "${trackingId}")` },
    node: { key: 'officer', args: () => '' },
    nodes: { key: 'officer', args: () => '' },
  };
  const NODE_KEY: Record<string, keyof typeof keys> = { OffenderRecord: 'police', Conviction: 'police' };

  const sqlOne = async (query: string, params: unknown[]) => (await app.sql<{ n: string | null }>(query, params)).map((r) => r.n).filter((n): n is string => !!n);
  const roster = (householdKey: string) => sqlOne('select id_number as n from household_member where household_id = ?', [householdKey]);

  /** The people the selected object holds, read beneath the API (as the owner). */
  async function peopleOf(type: string, object: Record<string, unknown>, household: string | null): Promise<string[]> {
    switch (type) {
      case 'Citizen':
      case 'OffenderRecord':
        return [object.cnic as string];
      case 'Member':
        return [object.cnic, object.bFormNumber].filter((n): n is string => !!n);
      case 'MaskedMember':
        return household ? roster(fromGlobalId(household)!.key) : [];
      case 'Household':
        return roster(fromGlobalId(object.id as string)!.key);
      case 'Survey':
        return sqlOne('select m.id_number as n from survey s join household_member m on m.household_id = s.household_id where s.id = ?', [fromGlobalId(object.id as string)!.key]);
      case 'DataQualityFlag':
        return sqlOne('select m.id_number as n from data_quality_flag f join household_member m on m.household_id = f.household_id where f.id = ?', [fromGlobalId(object.id as string)!.key]);
      case 'Registration':
        return sqlOne('select applicant_cnic as n from registration where tracking_id = ?', [object.trackingId]);
      case 'Conviction':
        return sqlOne('select c.cnic as n from conviction v join citizen c on c.id = v.citizen_id where v.id = ?', [fromGlobalId(object.id as string)!.key]);
      default:
        throw new Error(`No way to tell whom a ${type} holds: add it to IDENTIFY and peopleOf.`);
    }
  }

  /** The query for a path: `{ root(args) { ... on A { f { ... on B { <identify> } } } } }`, Household ids kept on the way. */
  function queryOf(path: PersonPath): string {
    const root = ROOTS[path.root];
    let inner = `__typename ${IDENTIFY[path.target]}`;
    for (let i = path.steps.length - 1; i >= 0; i--) {
      const step = path.steps[i];
      const on = step.on === 'Household' && i < path.steps.length - 1 ? `id ${inner}` : inner;
      const body = step.fragment ? `__typename ... on ${step.on} { ${on} }` : on;
      inner = i === 0 ? body : `${step.field} { ${body} }`;
    }
    const first = path.steps[0].field;
    const args = first === 'node' ? `(id: "${ids[path.nodeType!]}")` : first === 'nodes' ? `(ids: ["${ids[path.nodeType!]}"])` : root.args();
    return `{ ${first}${args} { ${inner} } }`;
  }

  /** Every person object in a response, with the nearest Household id above it. */
  function found(data: unknown, target: string, household: string | null = null, out: { object: Record<string, unknown>; household: string | null }[] = []) {
    if (Array.isArray(data)) for (const d of data) found(d, target, household, out);
    else if (data && typeof data === 'object') {
      const object = data as Record<string, unknown>;
      const here = object.__typename === 'Household' ? (object.id as string) : household;
      if (object.__typename === target) out.push({ object, household });
      for (const value of Object.values(object)) found(value, target, here, out);
    }
    return out;
  }

  beforeAll(async () => {
    app = await startTestApp();
    schema = await createSchema();
    keys.officer = await app.key(Role.WELFARE_OFFICER);
    keys.police = await app.key(Role.LAW_ENFORCEMENT);
    keys.centre = await app.key(Role.REGISTRATION_CENTRE);
    keys.auditor = await app.key(Role.AUDITOR);
    const one = async (query: string) => (await app.sql<{ id: string }>(query))[0].id;
    const quetta = await one("select household_id as id from data_quality_flag limit 1");
    ids.Household = toGlobalId('Household', quetta);
    ids.Member = toGlobalId('Member', await one(`select id from household_member where household_id = '${quetta}' limit 1`));
    ids.Survey = toGlobalId('Survey', await one(`select id from survey where household_id = '${quetta}' limit 1`));
    ids.DataQualityFlag = toGlobalId('DataQualityFlag', await one(`select id from data_quality_flag where household_id = '${quetta}' limit 1`));
    ids.Citizen = toGlobalId('Citizen', await one("select id from citizen where cnic = '3520212345671'"));
    ids.OffenderRecord = toGlobalId('OffenderRecord', await one("select id from citizen where cnic = '3520287654321'"));
    ids.Conviction = toGlobalId('Conviction', await one("select v.id from conviction v join citizen c on c.id = v.citizen_id where c.cnic = '3520287654321'"));
    [{ tracking_id: trackingId }] = await app.sql<{ tracking_id: string }>('select tracking_id from registration order by created_at limit 1');
  });
  afterAll(() => app.close());

  it('knows every type that shows a person: it holds people (@HoldsPeople), or says why another audit names them', async () => {
    const showsPerson = (t: GraphQLObjectType) =>
      Object.values(t.getFields()).some((f) => ['Cnic', 'NameInScripts'].includes(getNamedType(f.type).name) || /cnic/i.test(f.name));
    const types = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
    const unexplained = types.filter((t) => showsPerson(t) && !holdsPeople(t) && !NOT_HOLDING_PEOPLE[t.name]).map((t) => t.name);
    expect(unexplained).toEqual([]);
    expect(types.filter(holdsPeople).map((t) => t.name).sort()).toEqual(Object.keys(IDENTIFY).sort());
  });

  it('walks every path of the schema to a type holding people, and each person returned is a subject of the request\'s audit', async () => {
    const paths = personPaths(schema);
    const unseen: string[] = [];
    const missing: string[] = [];
    const label = (p: PersonPath) => `${p.root}${p.nodeType ? `(${p.nodeType})` : ''}.${p.steps.slice(1).map((s) => s.field).join('.')} -> ${p.target}`;
    const labels = new Set<string>();
    let people = 0;
    for (const path of paths) {
      if (!ROOTS[path.root]) {
        missing.push(`${label(path)}: no fixture for the root field ${path.root}`);
        continue;
      }
      if (path.nodeType && !ids[path.nodeType]) {
        missing.push(`${label(path)}: no ID of ${path.nodeType} to ask node for`);
        continue;
      }
      if (labels.has(label(path))) continue;
      labels.add(label(path));
      const key = keys[path.nodeType ? (NODE_KEY[path.nodeType] ?? 'officer') : ROOTS[path.root].key];
      const res = await app.gql(queryOf(path), {}, key);
      const objects = found(res.body.data, path.target);
      if (!objects.length) {
        unseen.push(`${label(path)}: returned no ${path.target} (${JSON.stringify(res.body.errors?.map((e) => e.message) ?? [])})`);
        continue;
      }
      const requestId = res.body.extensions!.requestId as string;
      const subjects = new Set(
        (await app.sql<{ h: string }>('select subject_hash as h from audit_event where request_id = ? and subject_hash is not null', [requestId])).map((r) => r.h),
      );
      for (const { object, household } of objects) {
        for (const number of await peopleOf(path.target, object, household)) {
          people += 1;
          if (!subjects.has(hashCnic(number as Cnic, TEST_CNIC_HMAC_KEY))) missing.push(`${label(path)}: ${number.slice(0, 5)}… returned without a subject row`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(unseen).toEqual([]);
    // The walk's size, for the record (the lead's note quotes these).
    console.log(`person-audit walk: ${new Set(paths.map((p) => p.target)).size} types, ${labels.size} paths, ${people} people checked`);
    expect(labels.size).toBeGreaterThan(30);
  });

  it('households, household, householdOf and dataQualityFlags name every member they return; a refusal is audited with its reason', async () => {
    const res = await app.gql('{ householdOf(cnic: "3520212345671") { id members { cnic bFormNumber } } }', {}, keys.officer);
    const requestId = res.body.extensions!.requestId as string;
    const household = res.body.data as { householdOf: { id: string; members: { cnic: string | null; bFormNumber: string | null }[] } };
    const numbers = household.householdOf.members.flatMap((m) => [m.cnic, m.bFormNumber]).filter((n): n is string => !!n);
    expect(numbers.length).toBeGreaterThan(1);
    const rows = await app.sql<{ subject_hash: string }>('select subject_hash from audit_event where request_id = ? and subject_hash is not null', [requestId]);
    expect(new Set(rows.map((r) => r.subject_hash))).toEqual(new Set(numbers.map((n) => hashCnic(n as Cnic, TEST_CNIC_HMAC_KEY))));
    // Refused: an auditor asking for households is FORBIDDEN, and the refusal is in the audit log with its reason.
    const refused = await app.gql('{ households(first: 1) { totalCount } }', {}, keys.auditor);
    expect(refused.body.errors![0].extensions.code).toBe('FORBIDDEN');
    // The role is refused before anything runs (issue #20's stall fix), so the row names the root fields, not a path.
    expect(refused.status).toBe(403);
    const [row] = await app.sql<{ action: string; outcome: string; role: string; detail: Record<string, unknown> }>(
      'select action, outcome, role, detail from audit_event where request_id = ?',
      [refused.body.extensions!.requestId],
    );
    expect(row).toEqual({
      action: 'request.refused',
      outcome: 'REFUSED',
      role: 'AUDITOR',
      detail: { reason: refused.body.errors![0].message, path: null, fields: ['households'] },
    });
  });
});
