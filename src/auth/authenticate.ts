import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../common/errors';
import type { ApiKeysService } from './api-keys.service';
import type { JwtVerifier } from './jwt';
import type { Viewer } from './viewer';

/** Turns the Authorization header into a Viewer: `ApiKey <key>` for institutions, `Bearer <jwt>` for agency staff. */
export async function authenticate(
  header: string | undefined,
  em: EntityManager,
  apiKeys: ApiKeysService,
  jwt: JwtVerifier | null,
): Promise<Viewer> {
  if (!header) throw new UnauthenticatedError();
  const space = header.indexOf(' ');
  const scheme = space > 0 ? header.slice(0, space).toLowerCase() : '';
  const credential = space > 0 ? header.slice(space + 1).trim() : '';
  if (!credential) throw new UnauthenticatedError('Malformed Authorization header: expected `<scheme> <credential>`.');
  if (scheme === 'apikey') return apiKeys.authenticate(em, credential);
  if (scheme === 'bearer') {
    if (!jwt) throw new UnauthenticatedError('Bearer tokens are not accepted by this server (JWT is not configured).');
    return jwt.verify(credential);
  }
  throw new UnauthenticatedError('Unsupported Authorization scheme: use `ApiKey` or `Bearer`.');
}
