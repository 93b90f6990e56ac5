import type { MikroORM } from '@mikro-orm/postgresql';
import Redis from 'ioredis';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { ReferenceData } from '../jurisdictions/reference-data';
import { AuditService } from '../audit/audit.service';
import { EnumerationGuard } from '../security/enumeration-guard';
import { PostgresRateLimiter, RedisRateLimiter, type RateLimiter } from '../limits/rate-limiter';
import { ApiKeysService } from '../auth/api-keys.service';
import { AuthCacheListener } from '../auth/auth-cache.listener';
import { JwtVerifier } from '../auth/jwt';
import { authenticate } from '../auth/authenticate';
import type { Viewer } from '../auth/viewer';
import { requestContextFactory } from '../pipeline/context';
import { ScopeSealer } from '../db/scope-seal';
import { ReceiptKeyStore } from '../receipts/key-store';
import { ReceiptService } from '../receipts/receipt.service';
import type { Kernel } from '../pipeline/feature';

/** The kernel, plus what only the server itself uses: stage 1 for HTTP, and the pieces it must stop. */
export interface ServerKernel extends Kernel {
  /** Stage 1 of the pipeline for HTTP: the Authorization header becomes a Viewer. */
  authenticateHeader(header: string | undefined): Promise<Viewer>;
  authCache: AuthCacheListener;
}

/** The plumbing, built once: reference data, the audit writer and its guard, budgets, authentication. */
/** `sealKey`: the owner's scope-seal key (app_secret), read by the owner at start-up (src/app/database.ts). */
export async function createKernel(orm: MikroORM, config: Config, logger: Logger, sealKey: Buffer): Promise<ServerKernel> {
  const sealer = new ScopeSealer(sealKey);
  const reference = await ReferenceData.load(orm.em.fork());
  const guard = new EnumerationGuard(config.cnicHmacKey, config.detectors, logger);
  const apiKeys = new ApiKeysService(config.authCacheMs);
  const jwt = config.jwt ? await JwtVerifier.create(config.jwt) : null;
  const limiter: RateLimiter = config.redisUrl
    ? new RedisRateLimiter(new Redis(config.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true }))
    : new PostgresRateLimiter(orm.em);
  return {
    config,
    logger,
    orm,
    reference,
    audit: new AuditService(config.cnicHmacKey, guard),
    guard,
    limiter,
    sealer,
    receipts: new ReceiptService(await ReceiptKeyStore.open(config.receipts.keysDir), config.receipts.issuer),
    createRequestContext: requestContextFactory(orm, reference, logger, sealer),
    // The key lookup and touch are single statements (sqlFunction): the root manager's connection, no fork.
    authenticateKey: (key) => apiKeys.authenticate(orm.em, key),
    authenticateHeader: (header) => authenticate(header, orm.em, apiKeys, jwt),
    authCache: new AuthCacheListener(orm.config.get('clientUrl')!, apiKeys, logger),
  };
}
