import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKeyEntity } from './api-key.entity';
import { ClientEntity } from './client.entity';
import { DEFAULT_DISCLOSURE, type DisclosurePolicy, type Role } from './role';
import { sqlFunction } from '../db/raw-query';
import { formatJurisdiction, parseJurisdiction, type Jurisdiction } from '../jurisdictions/jurisdiction';
import { UnauthenticatedError } from '../common/errors';
import { ClientSuspendedError } from './suspension';
import type { Viewer } from './viewer';
import { DEFAULT_BUDGET_PER_MINUTE } from './budgets';

const KEY_PATTERN = /^tsq_([a-z2-7]{12})_([A-Za-z0-9_-]{43})$/;
/** Writing last-used on every request would put a write on the hot path; minute precision is enough for audit. */
const LAST_USED_RESOLUTION_MS = 60_000;

// Keys carry 256 random bits, so a plain SHA-256 is enough: slow password hashes defend low-entropy secrets.
function hashSecret(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function base32(bytes: Buffer): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

export interface NewClient {
  name: string;
  role: Role;
  jurisdiction: Jurisdiction;
  disclosure?: DisclosurePolicy;
  budgetPerMinute?: number | null;
  dailyDistinctCap?: number | null;
  requireVerifiedConsent?: boolean;
}

export interface IssuedKey {
  key: string;
  prefix: string;
  clientId: string;
}

export interface KeyListing {
  prefix: string;
  clientId: string;
  clientName: string;
  role: Role;
  jurisdiction: string;
  disclosure: DisclosurePolicy;
  createdAt: Date;
  revokedAt: Date | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  budgetPerMinute: number | null;
  /** When the client was suspended (every key of a suspended client is refused), and why. */
  suspendedAt: Date | null;
  suspendedReason: string | null;
}

/** What authentication needs of a key and its client: no secret, only its hash. */
interface KeyRecord {
  id: string;
  prefix: string;
  secretHash: string;
  revokedAt: Date | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  client: {
    id: string;
    name: string;
    role: Role;
    jurisdiction: string;
    disclosure: DisclosurePolicy;
    requireVerifiedConsent: boolean;
    budgetPerMinute: number | null;
    suspendedAt: Date | null;
    suspendedReason: string | null;
  };
}

/** Where key and client changes are announced (a trigger on api_key and api_client; see AuthCacheListener). */
export const AUTH_CHANGED_CHANNEL = 'tasdeeq_auth_changed';

/** Responsible for API clients and their keys: issue, revoke, list, and turn a presented key into a Viewer. */
/** The pool returns timestamps as text (MikroORM's type parsers). */
const toDate = (value: string | Date | null): Date | null => (value === null ? null : new Date(value));

interface KeyRow {
  key_id: string;
  prefix: string;
  secret_hash: string;
  revoked_at: string | null;
  expires_at: string | null;
  last_used_at: string | null;
  client_id: string;
  client_name: string;
  role: string;
  jurisdiction: string;
  disclosure: string;
  budget_per_minute: number | null;
  require_verified_consent: boolean;
  suspended_at: string | null;
  suspended_reason: string | null;
}

const apiKeyLookup = sqlFunction<{ prefix: string }, KeyRow>('api_key_lookup', { prefix: 'text' });
const apiKeyTouch = sqlFunction<{ keyId: string }, unknown>('api_key_touch', { keyId: 'uuid' });

export class ApiKeysService {
  /**
   * Keys by prefix, as read from the database, for `cacheMs` (0: no cache, every request reads). Revocation,
   * rotation and suspension are checked against the cached record on every request; a change made anywhere
   * (this process, another one, SQL by hand) clears the cache through the trigger's NOTIFY, and the TTL bounds how
   * stale a record can be should a notification be missed.
   */
  private readonly cache = new Map<string, { record: KeyRecord; until: number }>();

  /** Whether the cache may be used: only while AuthCacheListener is listening for changes. */
  private caching = false;

  constructor(private readonly cacheMs = 0) {}

  /** Forget every cached key (on a NOTIFY from AuthCacheListener). */
  invalidate(): void {
    this.generation++;
    this.cache.clear();
  }

  /** Bumped by every invalidation, so a read that raced a change is not cached. */
  private generation = 0;

  setCaching(on: boolean): void {
    this.caching = on && this.cacheMs > 0;
    this.invalidate();
  }

  private async load(em: EntityManager, prefix: string): Promise<KeyRecord | null> {
    const cached = this.caching ? this.cache.get(prefix) : undefined;
    if (cached && cached.until > Date.now()) return cached.record;
    const generation = this.generation;
    // Through api_key_lookup (SECURITY DEFINER): the app role has no privilege on keys or clients.
    const [row] = await apiKeyLookup(em, { prefix });
    if (!row) return null;
    const record: KeyRecord = {
      id: row.key_id,
      prefix: row.prefix,
      secretHash: row.secret_hash,
      revokedAt: toDate(row.revoked_at),
      expiresAt: toDate(row.expires_at),
      lastUsedAt: toDate(row.last_used_at),
      client: {
        id: row.client_id,
        name: row.client_name,
        role: row.role as Role,
        jurisdiction: row.jurisdiction,
        disclosure: row.disclosure as DisclosurePolicy,
        requireVerifiedConsent: row.require_verified_consent,
        budgetPerMinute: row.budget_per_minute,
        suspendedAt: toDate(row.suspended_at),
        suspendedReason: row.suspended_reason,
      },
    };
    if (this.caching && generation === this.generation) this.cache.set(prefix, { record, until: Date.now() + this.cacheMs });
    return record;
  }

  async createClientWithKey(em: EntityManager, input: NewClient): Promise<IssuedKey> {
    return em.transactional(async (tx) => {
      const client = tx.create(ClientEntity, {
        name: input.name,
        role: input.role,
        jurisdiction: formatJurisdiction(input.jurisdiction),
        disclosure: input.disclosure ?? DEFAULT_DISCLOSURE[input.role],
        budgetPerMinute: input.budgetPerMinute ?? null,
        dailyDistinctCap: input.dailyDistinctCap ?? null,
        requireVerifiedConsent: input.requireVerifiedConsent ?? false,
      });
      const issued = this.issueKey(tx, client);
      await tx.flush();
      return issued;
    });
  }

  /**
   * A client whose key is chosen by the caller, not generated: the sandbox's published keys (`src/sandbox/`), which
   * exist only in the sandbox's own database. Never for real clients: a chosen key is not a secret.
   */
  async createClientWithPublishedKey(em: EntityManager, input: NewClient, key: string): Promise<IssuedKey> {
    const match = KEY_PATTERN.exec(key);
    if (!match) throw new Error('A published key must have the form tsq_<prefix>_<secret>.');
    return em.transactional(async (tx) => {
      const client = tx.create(ClientEntity, {
        name: input.name,
        role: input.role,
        jurisdiction: formatJurisdiction(input.jurisdiction),
        disclosure: input.disclosure ?? DEFAULT_DISCLOSURE[input.role],
        budgetPerMinute: input.budgetPerMinute ?? null,
        dailyDistinctCap: input.dailyDistinctCap ?? null,
      });
      tx.create(ApiKeyEntity, { client, prefix: match[1], secretHash: hashSecret(key) });
      await tx.flush();
      return { key, prefix: match[1], clientId: client.id };
    });
  }

  private issueKey(em: EntityManager, client: ClientEntity): IssuedKey {
    const prefix = base32(randomBytes(8)).slice(0, 12);
    const key = `tsq_${prefix}_${randomBytes(32).toString('base64url')}`;
    em.create(ApiKeyEntity, { client, prefix, secretHash: hashSecret(key) });
    return { key, prefix, clientId: client.id };
  }

  /**
   * Issues a new key for the same client; the old one keeps working for `overlapHours` so the client can deploy
   * the new key without downtime. Returns null when no active key has that prefix.
   */
  async rotate(em: EntityManager, prefix: string, overlapHours: number): Promise<(IssuedKey & { oldKeyExpiresAt: Date }) | null> {
    return em.transactional(async (tx) => {
      const old = await tx.findOne(ApiKeyEntity, { prefix, revokedAt: null }, { populate: ['client'] });
      if (!old || (old.expiresAt && old.expiresAt <= new Date())) return null;
      const oldKeyExpiresAt = new Date(Date.now() + overlapHours * 3_600_000);
      if (!old.expiresAt || old.expiresAt > oldKeyExpiresAt) old.expiresAt = oldKeyExpiresAt;
      const issued = this.issueKey(tx, old.client);
      await tx.flush();
      return { ...issued, oldKeyExpiresAt: old.expiresAt };
    });
  }

  async revoke(em: EntityManager, prefix: string): Promise<boolean> {
    const affected = await em.nativeUpdate(ApiKeyEntity, { prefix, revokedAt: null }, { revokedAt: new Date() });
    return affected > 0;
  }

  async list(em: EntityManager): Promise<KeyListing[]> {
    const keys = await em.find(ApiKeyEntity, {}, { populate: ['client'], orderBy: { createdAt: 'asc' } });
    return keys.map((k) => ({
      prefix: k.prefix,
      clientId: k.client.id,
      clientName: k.client.name,
      role: k.client.role,
      jurisdiction: k.client.jurisdiction,
      disclosure: k.client.disclosure,
      createdAt: k.createdAt,
      revokedAt: k.revokedAt ?? null,
      expiresAt: k.expiresAt ?? null,
      lastUsedAt: k.lastUsedAt ?? null,
      budgetPerMinute: k.client.budgetPerMinute ?? null,
      suspendedAt: k.client.suspendedAt ?? null,
      suspendedReason: k.client.suspendedReason ?? null,
    }));
  }

  /** Resolves `Authorization: ApiKey <key>`. Every failure says what is wrong without saying which keys exist. */
  async authenticate(em: EntityManager, presented: string): Promise<Viewer> {
    const match = KEY_PATTERN.exec(presented);
    if (!match) throw new UnauthenticatedError('Malformed API key: expected `tsq_<prefix>_<secret>`.');
    const row = await this.load(em, match[1]);
    const expected = Buffer.from(row?.secretHash ?? '0'.repeat(64), 'hex');
    const actual = Buffer.from(hashSecret(presented), 'hex');
    if (!row || !timingSafeEqual(expected, actual)) throw new UnauthenticatedError('Unknown API key.');
    if (row.revokedAt) throw new UnauthenticatedError('This API key has been revoked.');
    if (row.expiresAt && row.expiresAt <= new Date()) {
      throw new UnauthenticatedError('This API key has expired (it was rotated); use its replacement.');
    }
    if (row.client.suspendedAt) throw new ClientSuspendedError(row.client.suspendedReason);

    const now = Date.now();
    if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      row.lastUsedAt = new Date(now); // the cached record too: one write per key per minute, cached or not
      await apiKeyTouch(em, { keyId: row.id });
    }
    return {
      actorKind: 'API_KEY',
      actorId: row.prefix,
      clientId: row.client.id,
      clientName: row.client.name,
      role: row.client.role,
      jurisdiction: parseJurisdiction(row.client.jurisdiction),
      disclosure: row.client.disclosure,
      requireVerifiedConsent: row.client.requireVerifiedConsent,
      budgetPerMinute: row.client.budgetPerMinute ?? DEFAULT_BUDGET_PER_MINUTE[row.client.role],
    };
  }
}
