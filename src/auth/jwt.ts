import { createSecretKey, type KeyObject } from 'node:crypto';
import { importSPKI, jwtVerify, errors as joseErrors, type KeyLike } from 'jose';
import type { JwtConfig } from '../config';
import { UnauthenticatedError } from '../common/errors';
import { parseJurisdiction } from '../jurisdictions/jurisdiction';
import { DEFAULT_DISCLOSURE, isRole } from './role';
import type { Viewer } from './viewer';
import { DEFAULT_BUDGET_PER_MINUTE } from './budgets';

/**
 * Verifies agency staff tokens. The algorithm is pinned by configuration (so `alg: none` or an HS256 token signed
 * with a public key is refused); issuer, audience and expiry are required. Claims: `sub`, `role`, `jurisdiction`
 * (NATIONAL | PROVINCE:X | DISTRICTS:a,b) and `org` (the agency's name).
 */
export class JwtVerifier {
  private constructor(
    private readonly config: JwtConfig,
    private readonly key: KeyObject | KeyLike,
  ) {}

  static async create(config: JwtConfig): Promise<JwtVerifier> {
    const key =
      config.algorithm === 'HS256'
        ? createSecretKey(Buffer.from(config.secret!, 'utf8'))
        : await importSPKI(config.publicKeyPem!, config.algorithm);
    return new JwtVerifier(config, key);
  }

  async verify(token: string): Promise<Viewer> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: [this.config.algorithm],
        issuer: this.config.issuer,
        audience: this.config.audience,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 30,
      }));
    } catch (error) {
      throw new UnauthenticatedError(describeJoseError(error));
    }
    const { sub, role, jurisdiction, org } = payload as Record<string, unknown>;
    if (!isRole(role)) throw new UnauthenticatedError('Token has no valid `role` claim.');
    if (typeof jurisdiction !== 'string') throw new UnauthenticatedError('Token has no `jurisdiction` claim.');
    let parsed;
    try {
      parsed = parseJurisdiction(jurisdiction);
    } catch {
      throw new UnauthenticatedError('Token has an invalid `jurisdiction` claim.');
    }
    return {
      actorKind: 'JWT',
      actorId: String(sub),
      clientId: null,
      clientName: typeof org === 'string' && org ? org : 'agency',
      role,
      jurisdiction: parsed,
      disclosure: DEFAULT_DISCLOSURE[role],
      requireVerifiedConsent: false,
      budgetPerMinute: DEFAULT_BUDGET_PER_MINUTE[role],
    };
  }
}

function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'Token has expired.';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return `Token claim \`${error.claim}\` is invalid (${error.reason}).`;
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'Token is signed with an algorithm this server does not accept.';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'Token signature is invalid.';
  return 'Token is malformed or invalid.';
}
