import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { readCnic, normaliseWriting, maskCnic, formatCnic, CNIC_FORMAT_MESSAGE, type Cnic } from '../src/common/cnic';
import { CnicScalar } from '../src/common/cnic.scalar';
import { normaliseLatinName, namesMatch } from '../src/identity/name-match';
import { checkLookupDeclaration } from '../src/audit/lookup-declaration';
import { pageRequest } from '../src/common/connection';
import { fromGlobalId, requireUuid, toGlobalId } from '../src/common/global-id';
import { BadUserInputError, DomainError, ForbiddenError } from '../src/common/errors';
import { LookupPurpose } from '../src/audit/purpose';
import { Role } from '../src/auth/role';
import type { Viewer } from '../src/auth/viewer';
import { startTestApp, type TestApp } from './helpers/app';
import { CitizenDocument } from './generated/graphql';

const cnicDigits = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }), fc.integer({ min: 1, max: 9 }))
  .map(([d, last]) => `${d.join('')}${last}`);

describe('Cnic scalar properties', () => {
  it('accepts the bare and dashed 13-digit forms, and both parse to the same 13 digits', () => {
    fc.assert(
      fc.property(cnicDigits, (digits) => {
        const dashed = formatCnic(digits as Cnic);
        expect(CnicScalar.parseValue(digits)).toBe(digits);
        expect(CnicScalar.parseValue(dashed)).toBe(digits);
        expect(CnicScalar.serialize(dashed)).toBe(digits);
      }),
    );
  });

  it('accepts exactly what a person may write (readCnic), and its error never contains the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[0-9 -]{10,16}$/), fc.anything()), (value) => {
        const parsed = readCnic(value);
        if (parsed !== null) {
          expect(parsed).toMatch(/^\d{12}[1-9]$/);
          expect(normaliseWriting(value as string).replace(/[\s.-]/g, '')).toBe(parsed);
          expect(CnicScalar.parseValue(value)).toBe(parsed);
          return;
        }
        try {
          CnicScalar.parseValue(value);
          throw new Error('accepted');
        } catch (error) {
          expect(error).toBeInstanceOf(GraphQLError);
          expect((error as GraphQLError).message).toBe(CNIC_FORMAT_MESSAGE);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('masks the serial always', () => {
    fc.assert(fc.property(cnicDigits, (d) => expect(maskCnic(d as Cnic)).toBe(`${d.slice(0, 5)}-*******-${d[12]}`)));
  });
});

describe('validators never fail unexpectedly', () => {
  const viewer = (role: Role): Viewer => ({
    actorKind: 'API_KEY', actorId: 'p', clientId: null, clientName: 'c', role, jurisdiction: { kind: 'NATIONAL' },
    disclosure: 'MATCH_ONLY' as never, budgetPerMinute: 1,
  });

  it('checkLookupDeclaration returns a clean reference or a domain error', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(Role)),
        fc.constantFrom(...Object.values(LookupPurpose)),
        fc.option(fc.string({ maxLength: 300 })),
        (role, purpose, ref) => {
          try {
            const out = checkLookupDeclaration(viewer(role), purpose, ref);
            if (out !== null) expect(out).toMatch(/^[\p{L}\p{N} ._:/#-]{1,128}$/u);
          } catch (error) {
            expect(error instanceof BadUserInputError || error instanceof ForbiddenError).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('pageRequest accepts only 1-100 of exactly one of first/last, or says why', () => {
    fc.assert(
      fc.property(
        fc.record({ first: fc.option(fc.integer()), last: fc.option(fc.integer()), after: fc.option(fc.string()), before: fc.option(fc.string()) }),
        (args) => {
          try {
            const req = pageRequest(args);
            expect(req.limit).toBeGreaterThanOrEqual(1);
            expect(req.limit).toBeLessThanOrEqual(100);
          } catch (error) {
            expect(error).toBeInstanceOf(BadUserInputError);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('global ids decode only to what toGlobalId encodes, and requireUuid only passes UUIDs', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String(), fc.uuid().map((u) => toGlobalId('Citizen', u))), (id) => {
        const parsed = fromGlobalId(id);
        if (parsed) expect(fromGlobalId(toGlobalId(parsed.type, parsed.key))).toEqual(parsed);
        try {
          expect(requireUuid(id, 'id')).toMatch(/^[0-9a-f-]{36}$/);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
        }
      }),
    );
  });

  it('name comparison ignores case and spacing, and a name always matches itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z .'-]{0,40}$/), (name) => {
        const norm = normaliseLatinName(name);
        expect(normaliseLatinName(name.toUpperCase())).toBe(norm);
        expect(normaliseLatinName(`  ${name.replace(/ /g, '   ')}  `)).toBe(norm);
        expect(namesMatch(name, name, '')).toBe(norm.length > 0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the Cnic scalar over HTTP, for arbitrary input', () => {
  let app: TestApp;
  let key: string;
  beforeAll(async () => {
    app = await startTestApp();
    key = await app.key(Role.LAW_ENFORCEMENT, { budgetPerMinute: 1_000_000 });
  });
  afterAll(() => app.close());

  it('answers 200 or 400 BAD_USER_INPUT, never 500, and never echoes the value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 6, maxLength: 40 }), async (cnic) => {
        const res = await app.gql(CitizenDocument, { cnic, purpose: 'LAW_ENFORCEMENT' }, key);
        if (readCnic(cnic)) {
          expect([200]).toContain(res.status);
        } else {
          expect(res.status).toBe(400);
          expect(res.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
          expect(JSON.stringify(res.body)).not.toContain(JSON.stringify(cnic).slice(1, -1));
        }
      }),
      { numRuns: 100 },
    );
  });
});
