import { createDecipheriv, createHash, createHmac } from 'node:crypto';

/**
 * Who a request is, as PostgreSQL trusts it: sealed by the server with the owner's key (table `app_secret`, which
 * the app role cannot read) and verified by `app_scope_of()` before any policy or function relies on it. Short keys,
 * because it travels with every transaction.
 */
export interface ScopeClaims {
  /** Actor kind: API_KEY, JWT, or SYSTEM for the server's own workers. */
  k: string;
  /** Actor id (the key prefix or the JWT subject). */
  i: string;
  /** API client id; null for agency staff on JWTs and for the system. */
  c: string | null;
  /** Client or agency name. */
  n: string;
  /** Role. */
  r: string;
  /** District codes it may see; null for national. */
  d: string[] | null;
  /** Request id (audit rows carry it). */
  q: string;
  /** Budget: query-cost points per minute. */
  b: number;
  /** A subject (keyed CNIC hash) whose own audit rows this scope may read: a subject access request's. */
  s?: string;
}

/** How long a sealed scope is good for, from its sealing to the start of the transaction that uses it. */
const TTL_SECONDS = 300;

export class ScopeSealer {
  private readonly identityKey: Buffer;

  constructor(private readonly key: Buffer) {
    if (key.length < 32) throw new Error('The scope seal key must be at least 32 bytes.');
    // As app_sealed_identity() derives it: SHA-256 of the seal key and the label.
    this.identityKey = createHash('sha256').update(Buffer.concat([key, Buffer.from('identity')])).digest();
  }

  /** Opens what app_sealed_identity() sealed (base64 of IV and AES-256-CBC ciphertext of a JSON document). */
  openSealed<T>(sealed: string): T {
    const bytes = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-cbc', this.identityKey, bytes.subarray(0, 16));
    return JSON.parse(Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]).toString('utf8')) as T;
  }

  /** `<hex HMAC-SHA256>:<JSON>`, the format app_scope_of() verifies. */
  seal(claims: ScopeClaims, now = Date.now()): string {
    const json = JSON.stringify({ ...claims, e: Math.floor(now / 1000) + TTL_SECONDS });
    return `${createHmac('sha256', this.key).update(json).digest('hex')}:${json}`;
  }

  /** The server's own scope for its background work (webhook deliveries, re-scoring): national, no client. */
  system(worker: string): string {
    return this.seal({ k: 'SYSTEM', i: worker, c: null, n: 'Tasdeeq', r: 'SYSTEM', d: null, q: `worker:${worker}`, b: 0 });
  }
}
