import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Enumeration detectors; crossing one suspends the client. Overridable by environment (see config.ts). */
export interface DetectorThresholds {
  /** Share of lookups that found nobody, once `notFoundMinLookups` lookups were made that day. */
  notFoundShare: number;
  notFoundMinLookups: number;
  /** Lookups one serial away from another CNIC the client looked up that day. */
  sequentialMax: number;
  /** Lookups between 00:00 and 05:00 Pakistan time in a day. */
  oddHourMax: number;
  /**
   * Distinct CNICs that found nobody, over sliding windows of the last hour, 24 hours and 7 days, for a client whose
   * daily distinct cap is 5,000 (scaled up for a larger cap). Bulk and single lookups count alike; known CNICs do not
   * count, so padding buys nothing.
   */
  unknownPerHour: number;
  unknownPerDay: number;
  unknownPerWeek: number;
  /**
   * Distinct sets of details (name, father's name, date of birth) a client may try for one person within
   * `detailGuessDays` days; a new set beyond it is refused (matchIdentity and offender checks grade details, so
   * unlimited tries would find a date of birth one guess at a time).
   */
  detailGuessesMax: number;
  detailGuessDays: number;
}

export const DEFAULT_DETECTORS: DetectorThresholds = {
  notFoundShare: 0.6,
  notFoundMinLookups: 50,
  sequentialMax: 25,
  oddHourMax: 300,
  unknownPerHour: 40,
  unknownPerDay: 100,
  unknownPerWeek: 250,
  detailGuessesMax: 5,
  detailGuessDays: 30,
};

export type NodeEnv = 'development' | 'production' | 'test';
export type JwtAlgorithm = 'RS256' | 'ES256' | 'EdDSA' | 'HS256';

export interface JwtConfig {
  /** The one algorithm accepted; tokens signed any other way (including `none`) are refused. */
  algorithm: JwtAlgorithm;
  issuer: string;
  audience: string;
  /** SPKI PEM for RS256 / ES256 / EdDSA. */
  publicKeyPem?: string;
  /** Shared secret for HS256. */
  secret?: string;
}

export interface Config {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /** The schema owner's URL (migrations, tools); unset: start the embedded PostgreSQL under `dataDir`. */
  databaseUrl?: string;
  /**
   * The API's own login, as the unprivileged `tasdeeq_app` role (DATABASE_APP_URL). Unset: DATABASE_URL with that user
   * and a password derived from CNIC_HMAC_KEY, set by the owner at start-up (it needs CREATEROLE).
   */
  databaseAppUrl?: string;
  /** Port for the embedded PostgreSQL; unset picks a free one. */
  pgPort?: number;
  dataDir: string;
  logLevel: string;
  /** Key for the HMAC that stands in for a CNIC in logs and audit rows. */
  cnicHmacKey: string;
  jwt: JwtConfig | null;
  loadDemoData: boolean;
  /** Use Redis for rate-limit buckets; unset keeps them in PostgreSQL. */
  redisUrl?: string;
  limits: { maxCostPerQuery: number; maxDepth: number; maxAliases: number; maxTokens: number };
  detectors: DetectorThresholds;
  /** Run the webhook delivery worker in this process (WEBHOOK_WORKER; default on, off under NODE_ENV=test). */
  webhookWorker: boolean;
  /**
   * Hosts (names or IP literals) a webhook callback may reach although private, over http too
   * (WEBHOOK_ALLOWED_PRIVATE_HOSTS, comma-separated; default none). Every other callback must be https to a public
   * address (src/security/outbound.ts).
   */
  webhookAllowedPrivateHosts: string[];
  /** Run the scorecard re-score worker in this process (RESCORE_WORKER; default on, off under NODE_ENV=test). */
  rescoreWorker: boolean;
  /** Chunks the re-score worker runs at once, each on its own range of households (RESCORE_LANES, 1-16; default 2). */
  rescoreLanes: number;
  /**
   * The audit log's monthly partitions (Migration20261207920000, docs/operations.md): `retentionMonths` is how long rows
   * are kept (AUDIT_RETENTION_MONTHS, default 84 = 7 years; `forever` keeps every month), set in the database by the
   * owner at start-up; `monthsAhead` partitions are made ahead of the current month (AUDIT_PARTITIONS_AHEAD, default 3);
   * `worker` runs the maintenance in this process at start and daily (AUDIT_PARTITION_WORKER; default on, off under
   * NODE_ENV=test).
   */
  auditPartitions: { retentionMonths: number | null; monthsAhead: number; worker: boolean };
  sms: SmsConfig;
  /**
   * Sandbox mode (SANDBOX=true, set by `npm run sandbox`): the documented always-rate-limited CNICs answer
   * RATE_LIMITED. Refused with NODE_ENV=production, here and again by createServer.
   */
  sandbox: boolean;
  /** How long an API key's authentication may be served from memory (AUTH_CACHE_TTL_MS; 0 = off; off under test). */
  authCacheMs: number;
  receipts: ReceiptsConfig;
  consent: ConsentConfig;
  scaleOut: ScaleOutConfig;
}

export interface ReceiptsConfig {
  /**
   * Where the receipt signing keys live (RECEIPT_KEYS_DIR, default `<DATA_DIR>/receipt-keys`): generated at first
   * start, readable by the server's user only, never in the database (see docs/people-checked.md, "Receipts").
   */
  keysDir: string;
  /** The `iss` of every receipt (RECEIPT_ISSUER, default `tasdeeq`). */
  issuer: string;
}

export interface ConsentConfig {
  /** How long a person has to answer a consent request's code (CONSENT_CODE_TTL_MINUTES, default 1440). */
  codeTtlMinutes: number;
  /** Consent requests one person's numbers may receive per day, all clients together (CONSENT_REQUESTS_PER_NUMBER_PER_DAY, default 3). */
  requestsPerNumberPerDay: number;
  /** Consent requests one client may send per hour (CONSENT_REQUESTS_PER_CLIENT_PER_HOUR, default 200). */
  requestsPerClientPerHour: number;
  /** Codes (right or wrong) one sender number may send per day (CONSENT_CODE_ATTEMPTS_PER_DAY, default 10). */
  codeAttemptsPerDay: number;
}

/** Several API processes, a streaming read replica, and what an operator scrapes (docs/operations.md). */
export interface ScaleOutConfig {
  /** API processes sharing the port (WORKERS; default one per core in production, one otherwise). */
  workers: number;
  /** A streaming replica for reads that tolerate lag (DATABASE_REPLICA_URL); unset: every read on the primary. */
  replicaUrl?: string;
  /** Beyond this replay lag (REPLICA_MAX_LAG_MS) replica-eligible reads go to the primary. */
  replicaMaxLagMs: number;
  /** Peers that may read `/metrics` (METRICS_ALLOWED_ADDRESSES; default loopback only). */
  metricsAllowedAddresses: string[];
  /** When set (METRICS_TOKEN), `/metrics` also needs `Authorization: Bearer <token>`. */
  metricsToken?: string;
}

export interface SmsConfig {
  /** Peer addresses the SMS gateway may call `/sms/inbound` from (SMS_ALLOWED_ADDRESSES). */
  allowedAddresses: string[];
  /** Messages one sender number may send per hour (SMS_MESSAGES_PER_HOUR). */
  messagesPerHour: number;
  /**
   * Kannel's sendsms URL with the sendsms-user's credentials (SMS_SEND_URL, e.g.
   * `http://127.0.0.1:13013/cgi-bin/sendsms?username=tasdeeq&password=…`). Set: this process sends the outbox
   * (consent codes); unset: messages wait in the outbox.
   */
  sendUrl?: string;
}

export class ConfigError extends Error {}

const DEV_HMAC_KEY = 'tasdeeq-development-only-hmac-key-do-not-use-in-production';
const JWT_ALGORITHMS: readonly JwtAlgorithm[] = ['RS256', 'ES256', 'EdDSA', 'HS256'];

/** Parses and validates every environment variable once; a bad value stops start-up with all problems listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnv;
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push('NODE_ENV must be development, production or test');
  }
  const port = intVar(env, 'PORT', 4000, problems);
  const pgPort = env.PGPORT ? intVar(env, 'PGPORT', 0, problems) : undefined;

  let cnicHmacKey = env.CNIC_HMAC_KEY ?? '';
  if (!cnicHmacKey) {
    if (nodeEnv === 'production') problems.push('CNIC_HMAC_KEY is required in production (32+ random characters)');
    cnicHmacKey = DEV_HMAC_KEY;
  } else if (cnicHmacKey.length < 32) {
    problems.push('CNIC_HMAC_KEY must be at least 32 characters');
  }

  const databaseUrl = env.DATABASE_URL || undefined;
  const databaseAppUrl = env.DATABASE_APP_URL || undefined;
  if (databaseAppUrl && !databaseUrl) problems.push('DATABASE_APP_URL needs DATABASE_URL (the owner, for migrations)');
  if (nodeEnv === 'production' && !databaseUrl) problems.push('DATABASE_URL is required in production');

  const jwt = jwtConfig(env, problems);
  const limits = {
    maxCostPerQuery: countVar(env, 'QUERY_COST_LIMIT', 10_000, problems),
    maxDepth: countVar(env, 'QUERY_MAX_DEPTH', 12, problems),
    maxAliases: countVar(env, 'QUERY_MAX_ALIASES', 20, problems),
    maxTokens: countVar(env, 'QUERY_MAX_TOKENS', 5_000, problems),
  };
  const share = Number(env.ENUMERATION_NOT_FOUND_SHARE ?? DEFAULT_DETECTORS.notFoundShare);
  if (!(share > 0 && share <= 1)) problems.push('ENUMERATION_NOT_FOUND_SHARE must be a fraction in (0, 1]');
  const detectors: DetectorThresholds = {
    notFoundShare: share,
    notFoundMinLookups: countVar(env, 'ENUMERATION_NOT_FOUND_MIN_LOOKUPS', DEFAULT_DETECTORS.notFoundMinLookups, problems),
    sequentialMax: countVar(env, 'ENUMERATION_SEQUENTIAL_MAX', DEFAULT_DETECTORS.sequentialMax, problems),
    oddHourMax: countVar(env, 'ENUMERATION_ODD_HOUR_MAX', DEFAULT_DETECTORS.oddHourMax, problems),
    unknownPerHour: countVar(env, 'ENUMERATION_UNKNOWN_PER_HOUR', DEFAULT_DETECTORS.unknownPerHour, problems),
    unknownPerDay: countVar(env, 'ENUMERATION_UNKNOWN_PER_DAY', DEFAULT_DETECTORS.unknownPerDay, problems),
    unknownPerWeek: countVar(env, 'ENUMERATION_UNKNOWN_PER_WEEK', DEFAULT_DETECTORS.unknownPerWeek, problems),
    detailGuessesMax: countVar(env, 'IDENTITY_DETAIL_GUESSES_MAX', DEFAULT_DETECTORS.detailGuessesMax, problems),
    detailGuessDays: countVar(env, 'IDENTITY_DETAIL_GUESS_DAYS', DEFAULT_DETECTORS.detailGuessDays, problems),
  };
  const sms = smsConfig(env, problems);
  const sandbox = env.SANDBOX === 'true';
  if (sandbox && nodeEnv === 'production') problems.push('SANDBOX cannot be enabled with NODE_ENV=production');
  const authCacheMs = env.AUTH_CACHE_TTL_MS === undefined || env.AUTH_CACHE_TTL_MS === '' ? (nodeEnv === 'test' ? 0 : 10_000) : Number(env.AUTH_CACHE_TTL_MS);
  if (!Number.isInteger(authCacheMs) || authCacheMs < 0) problems.push('AUTH_CACHE_TTL_MS must be a whole number of milliseconds (0 turns the cache off)');
  const dataDir = path.resolve(env.DATA_DIR ?? '.data');
  const receipts: ReceiptsConfig = {
    keysDir: path.resolve(env.RECEIPT_KEYS_DIR || path.join(dataDir, 'receipt-keys')),
    issuer: env.RECEIPT_ISSUER || 'tasdeeq',
  };
  const consent: ConsentConfig = {
    codeTtlMinutes: countVar(env, 'CONSENT_CODE_TTL_MINUTES', 1440, problems),
    requestsPerNumberPerDay: countVar(env, 'CONSENT_REQUESTS_PER_NUMBER_PER_DAY', 3, problems),
    requestsPerClientPerHour: countVar(env, 'CONSENT_REQUESTS_PER_CLIENT_PER_HOUR', 200, problems),
    codeAttemptsPerDay: countVar(env, 'CONSENT_CODE_ATTEMPTS_PER_DAY', 10, problems),
  };
  const scaleOut = scaleOutConfig(env, nodeEnv, problems);
  if (problems.length) throw new ConfigError(`Invalid configuration:\n- ${problems.join('\n- ')}`);

  return {
    nodeEnv,
    host: env.HOST ?? '127.0.0.1',
    port,
    databaseUrl,
    databaseAppUrl,
    pgPort,
    dataDir,
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    cnicHmacKey,
    jwt,
    loadDemoData: nodeEnv !== 'production' && env.DEMO_DATA !== 'false',
    redisUrl: env.REDIS_URL || undefined,
    limits,
    detectors,
    webhookWorker: env.WEBHOOK_WORKER ? env.WEBHOOK_WORKER !== 'false' : nodeEnv !== 'test',
    webhookAllowedPrivateHosts: (env.WEBHOOK_ALLOWED_PRIVATE_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase().replace(/^\[|\]$/g, '')).filter(Boolean),
    rescoreWorker: env.RESCORE_WORKER ? env.RESCORE_WORKER !== 'false' : nodeEnv !== 'test',
    rescoreLanes: rescoreLanes(env, problems),
    auditPartitions: auditPartitionsConfig(env, nodeEnv, problems),
    sms,
    sandbox,
    authCacheMs,
    receipts,
    consent,
    scaleOut,
  };
}

function scaleOutConfig(env: NodeJS.ProcessEnv, nodeEnv: NodeEnv, problems: string[]): ScaleOutConfig {
  const workers = countVar(env, 'WORKERS', nodeEnv === 'production' ? os.availableParallelism() : 1, problems);
  const replicaUrl = env.DATABASE_REPLICA_URL || undefined;
  if (replicaUrl && !/^postgres(ql)?:\/\//.test(replicaUrl)) problems.push('DATABASE_REPLICA_URL must be a postgres:// URL');
  const metricsAllowedAddresses = (env.METRICS_ALLOWED_ADDRESSES ?? '127.0.0.1,::1').split(',').map((a) => a.trim()).filter(Boolean);
  if (metricsAllowedAddresses.some((a) => net.isIP(a) === 0)) {
    problems.push('METRICS_ALLOWED_ADDRESSES must be a comma-separated list of IP addresses');
  }
  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken && metricsToken.length < 32) problems.push('METRICS_TOKEN must be at least 32 characters');
  return {
    workers,
    replicaUrl,
    replicaMaxLagMs: countVar(env, 'REPLICA_MAX_LAG_MS', 5_000, problems),
    metricsAllowedAddresses,
    metricsToken,
  };
}

/** The shortest retention allowed: a year of audit is the least any oversight or subject access request needs. */
export const AUDIT_RETENTION_MIN_MONTHS = 12;

function auditPartitionsConfig(env: NodeJS.ProcessEnv, nodeEnv: NodeEnv, problems: string[]): Config['auditPartitions'] {
  const raw = env.AUDIT_RETENTION_MONTHS;
  let retentionMonths: number | null = 84;
  if (raw === 'forever') retentionMonths = null;
  else if (raw !== undefined && raw !== '') {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < AUDIT_RETENTION_MIN_MONTHS || value > 1200) {
      problems.push(`AUDIT_RETENTION_MONTHS must be a whole number of months from ${AUDIT_RETENTION_MIN_MONTHS} to 1200, or forever`);
    } else retentionMonths = value;
  }
  const monthsAhead = countVar(env, 'AUDIT_PARTITIONS_AHEAD', 3, problems);
  if (monthsAhead > 24) problems.push('AUDIT_PARTITIONS_AHEAD must be from 1 to 24');
  return {
    retentionMonths,
    monthsAhead: Math.min(monthsAhead, 24),
    worker: env.AUDIT_PARTITION_WORKER ? env.AUDIT_PARTITION_WORKER !== 'false' : nodeEnv !== 'test',
  };
}

function smsConfig(env: NodeJS.ProcessEnv, problems: string[]): SmsConfig {
  const raw = env.SMS_ALLOWED_ADDRESSES ?? '127.0.0.1,::1';
  const allowedAddresses = raw.split(',').map((a) => a.trim()).filter(Boolean);
  const invalid = allowedAddresses.filter((a) => net.isIP(a) === 0);
  if (invalid.length || !allowedAddresses.length) {
    problems.push('SMS_ALLOWED_ADDRESSES must be a comma-separated list of IP addresses');
  }
  const sendUrl = env.SMS_SEND_URL || undefined;
  if (sendUrl && !/^https?:\/\/[^\s]+$/.test(sendUrl)) problems.push('SMS_SEND_URL must be an http(s) URL (Kannel\'s sendsms)');
  return { allowedAddresses, messagesPerHour: countVar(env, 'SMS_MESSAGES_PER_HOUR', 10, problems), sendUrl };
}

function countVar(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    problems.push(`${name} must be a positive whole number`);
    return fallback;
  }
  return value;
}

function rescoreLanes(env: NodeJS.ProcessEnv, problems: string[]): number {
  const raw = env.RESCORE_LANES;
  if (raw === undefined || raw === '') return 2;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 16) {
    problems.push('RESCORE_LANES must be a whole number from 1 to 16');
    return 2;
  }
  return value;
}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    problems.push(`${name} must be a port number (0-65535)`);
    return fallback;
  }
  return value;
}

function jwtConfig(env: NodeJS.ProcessEnv, problems: string[]): JwtConfig | null {
  const publicKeyPem = env.JWT_PUBLIC_KEY?.replace(/\\n/g, '\n');
  const secret = env.JWT_SECRET;
  if (!publicKeyPem && !secret) return null;
  const algorithm = (env.JWT_ALGORITHM ?? (secret ? 'HS256' : 'RS256')) as JwtAlgorithm;
  if (!JWT_ALGORITHMS.includes(algorithm)) problems.push(`JWT_ALGORITHM must be one of ${JWT_ALGORITHMS.join(', ')}`);
  if (algorithm === 'HS256' && (!secret || secret.length < 32)) {
    problems.push('JWT_SECRET must be at least 32 characters for HS256');
  }
  if (algorithm !== 'HS256' && !publicKeyPem) problems.push(`JWT_PUBLIC_KEY (PEM) is required for ${algorithm}`);
  const issuer = env.JWT_ISSUER;
  const audience = env.JWT_AUDIENCE ?? 'tasdeeq';
  if (!issuer) problems.push('JWT_ISSUER is required when JWT authentication is configured');
  return { algorithm, issuer: issuer ?? '', audience, publicKeyPem, secret };
}
