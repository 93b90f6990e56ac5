import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { startTestApp, type TestApp } from './helpers/app';
import { CitizenDocument } from './generated/graphql';
import { Role } from '../src/auth/role';
import { ApiKeysService } from '../src/auth/api-keys.service';

const LAHORE_CITIZEN = { cnic: '35202-1234567-1', purpose: 'LAW_ENFORCEMENT' as const };
const police = { sub: 'officer-17', role: 'LAW_ENFORCEMENT', jurisdiction: 'PROVINCE:PUNJAB', org: 'Punjab Police' };

describe('authentication', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function expectUnauthenticated(authorization: string | undefined, message: string) {
    const res = await app.gql(CitizenDocument, LAHORE_CITIZEN, authorization);
    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toEqual([
      { message, extensions: { code: 'UNAUTHENTICATED', requestId: res.headers.get('x-request-id') } },
    ]);
  }

  describe('API keys', () => {
    it('refuses a request without credentials', () =>
      expectUnauthenticated(undefined, 'Authentication required: send `Authorization: ApiKey <key>` or `Authorization: Bearer <jwt>`.'));

    it('refuses every operation without credentials, introspection included', async () => {
      const res = await app.gql('{ __schema { queryType { name } } }');
      expect(res.status).toBe(401);
      expect(res.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an unknown scheme', () =>
      expectUnauthenticated('Basic dXNlcjpwYXNz', 'Unsupported Authorization scheme: use `ApiKey` or `Bearer`.'));

    it('refuses a scheme without a credential', () =>
      expectUnauthenticated('ApiKey', 'Malformed Authorization header: expected `<scheme> <credential>`.'));

    it('refuses a malformed key', () =>
      expectUnauthenticated('ApiKey not-a-key', 'Malformed API key: expected `tsq_<prefix>_<secret>`.'));

    it('refuses a well-formed key that was never issued', () =>
      expectUnauthenticated(`ApiKey tsq_aaaaaaaaaaaa_${'A'.repeat(43)}`, 'Unknown API key.'));

    it('refuses a real prefix with the wrong secret', async () => {
      const key = await app.key(Role.LAW_ENFORCEMENT);
      const forged = `${key.slice(0, 17)}${'B'.repeat(43)}`;
      await expectUnauthenticated(`ApiKey ${forged}`, 'Unknown API key.');
    });

    it('accepts a valid key and refuses it from the next request after revocation', async () => {
      const key = await app.key(Role.LAW_ENFORCEMENT);
      const ok = await app.gql(CitizenDocument, LAHORE_CITIZEN, key);
      expect(ok.body.data?.citizen.cnic).toBe('3520212345671');
      const prefix = key.split('_')[1];
      expect(await new ApiKeysService().revoke(app.ownerOrm.em.fork(), prefix)).toBe(true);
      await expectUnauthenticated(`ApiKey ${key}`, 'This API key has been revoked.');
    });

    it('refuses a key whose client is suspended: FORBIDDEN (HTTP 403), with the reason', async () => {
      const key = await app.key(Role.LAW_ENFORCEMENT, { name: 'to suspend' });
      const suspend = (reason: string | null) =>
        app.sql("update api_client set suspended_at = now(), suspended_reason = ? where name = 'to suspend'", [reason]);
      const expectSuspended = async (message: string) => {
        const res = await app.gql(CitizenDocument, LAHORE_CITIZEN, key);
        expect(res.status).toBe(403);
        expect(res.body.data).toBeUndefined();
        expect(res.body.errors).toEqual([{ message, extensions: { code: 'FORBIDDEN', requestId: res.headers.get('x-request-id') } }]);
      };
      const review = 'An administrator reviews the security alert and reinstates the client (reinstateClient).';
      await suspend('Automatic: NOT_FOUND_SHARE');
      await expectSuspended(
        `This client has been suspended pending review: its lookups match an enumeration pattern (most of its lookups found nobody, as when CNICs are guessed). ${review}`,
      );
      await suspend('Automatic: SEQUENTIAL_CNICS');
      await expectSuspended(`This client has been suspended pending review: its lookups match an enumeration pattern (it looked up consecutive CNICs). ${review}`);
      await suspend('Automatic: ODD_HOUR_BURST');
      await expectSuspended(
        `This client has been suspended pending review: its lookups match an enumeration pattern (it made a burst of lookups between 00:00 and 05:00 Pakistan time). ${review}`,
      );
      await suspend('Court order 12/2026');
      await expectSuspended(`This client has been suspended pending review: Court order 12/2026. ${review}`);
      await suspend(null);
      await expectSuspended(`This client has been suspended pending review. ${review}`);
    });

    it('stores only a hash of the key and records when it was last used', async () => {
      const key = await app.key(Role.LAW_ENFORCEMENT, { name: 'hash check' });
      await app.gql(CitizenDocument, LAHORE_CITIZEN, key);
      const [row] = await app.sql<{ secret_hash: string; last_used_at: Date | null }>(
        "select k.secret_hash, k.last_used_at from api_key k join api_client c on c.id = k.client_id where c.name = 'hash check'",
      );
      expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.secret_hash).not.toContain(key.slice(17));
      expect(row.last_used_at).not.toBeNull();
    });
  });

  describe('JWT bearer tokens', () => {
    it('accepts a valid token and applies its role and jurisdiction', async () => {
      const token = await app.token(police);
      const res = await app.gql(CitizenDocument, LAHORE_CITIZEN, `Bearer ${token}`);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.citizen.name.latin).toBe('Muhammad Ali');
      const outside = await app.gql(CitizenDocument, { cnic: '4210123456782', purpose: 'LAW_ENFORCEMENT' }, `Bearer ${token}`);
      expect(outside.body.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('refuses an expired token', async () => {
      const token = await app.token(police, { expiresIn: Math.floor(Date.now() / 1000) - 120 });
      await expectUnauthenticated(`Bearer ${token}`, 'Token has expired.');
    });

    it('refuses a token for another audience', async () => {
      const token = await app.token(police, { audience: 'some-other-api' });
      await expectUnauthenticated(`Bearer ${token}`, 'Token claim `aud` is invalid (check_failed).');
    });

    it('refuses a token from another issuer', async () => {
      const token = await app.token(police, { issuer: 'https://evil.example' });
      await expectUnauthenticated(`Bearer ${token}`, 'Token claim `iss` is invalid (check_failed).');
    });

    it('refuses an unsigned (alg: none) token', async () => {
      const encode = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const exp = Math.floor(Date.now() / 1000) + 300;
      const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...police, iss: 'https://idp.test.tasdeeq', aud: 'tasdeeq', exp })}.`;
      await expectUnauthenticated(`Bearer ${token}`, 'Token is signed with an algorithm this server does not accept.');
    });

    it('refuses a token signed with another key', async () => {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const token = await new SignJWT(police)
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer('https://idp.test.tasdeeq')
        .setAudience('tasdeeq')
        .setExpirationTime('5m')
        .sign(createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' })));
      await expectUnauthenticated(`Bearer ${token}`, 'Token signature is invalid.');
    });

    it('refuses an HS256 token even when signed with the public key', async () => {
      const token = await new SignJWT(police)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('https://idp.test.tasdeeq')
        .setAudience('tasdeeq')
        .setExpirationTime('5m')
        .sign(Buffer.from(app.config.jwt!.publicKeyPem!));
      await expectUnauthenticated(`Bearer ${token}`, 'Token is signed with an algorithm this server does not accept.');
    });

    it('refuses a token without a role or with an unknown one', async () => {
      await expectUnauthenticated(`Bearer ${await app.token({ ...police, role: undefined })}`, 'Token has no valid `role` claim.');
      await expectUnauthenticated(`Bearer ${await app.token({ ...police, role: 'SUPERUSER' })}`, 'Token has no valid `role` claim.');
    });

    it('refuses a token without a valid jurisdiction', async () => {
      await expectUnauthenticated(`Bearer ${await app.token({ ...police, jurisdiction: undefined })}`, 'Token has no `jurisdiction` claim.');
      await expectUnauthenticated(`Bearer ${await app.token({ ...police, jurisdiction: 'PROVINCE:ATLANTIS' })}`, 'Token has an invalid `jurisdiction` claim.');
    });

    it('refuses garbage', () => expectUnauthenticated('Bearer abc.def', 'Token is malformed or invalid.'));
  });
});
