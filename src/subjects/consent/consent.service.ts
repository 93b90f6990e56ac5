import { createHmac, randomInt } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../../auth/permissions';
import { checkLookupDeclaration } from '../../audit/lookup-declaration';
import type { LookupPurpose } from '../../audit/purpose';
import type { AuditService } from '../../audit/audit.service';
import { maskCnic } from '../../common/cnic';
import { pageRequest, type ConnectionArgs, type ConnectionShape } from '../../common/connection';
import { DomainError, ForbiddenError } from '../../common/errors';
import { fromGlobalId, isUuid, toGlobalId } from '../../common/global-id';
import type { MobileNumber } from '../../common/mobile-number';
import { newestFirstPage } from '../../common/newest-first';
import { UserErrorCode, type UserError } from '../../common/user-error.type';
import type { ConsentConfig } from '../../config';
import type { Context } from '../../pipeline/context';
import { rawQuery } from '../../db/raw-query';
import { readNationally } from '../../db/jurisdiction-scope';
import type { RateLimiter } from '../../limits/rate-limiter';
import type { RegisteredNumbers } from '../numbers/registered-numbers';
import type { ConsentActor } from '../safeguards';
import { ConsentEntity } from './consent.entity';
import { ConsentScope, ConsentStatus } from './consent.enums';
import { Consent, type RequestConsentInput, type RequestConsentPayload } from './consent.type';

export const CONSENT_TYPE = 'Consent';
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;
const DAY_SECONDS = 86_400;
const HOUR_SECONDS = 3_600;

/** What a consent request says to the person; the SMS channel words it and sends it. */
export interface ConsentRequestText {
  institution: string;
  purpose: LookupPurpose;
  scope: ConsentScope[];
  expiresAt: Date;
  code: string;
}

/** The SMS channel, as the consent room needs it: queue the request to each of the person's numbers. */
export interface ConsentTexts {
  consentRequest(em: EntityManager, to: MobileNumber[], text: ConsentRequestText): Promise<void>;
}

/** Called in the withdrawal's transaction: end what rests on the consent (watches). Returns how many ended. */
export type ConsentEndedHook = (em: EntityManager, consentKey: string) => Promise<number>;

/** The consent a check or watch cites, as the offender register asks (see offenders/subject-safeguards.ts). */
export interface Citation {
  consentId: string;
  subjectHash: string;
  purpose: string;
  scope: ConsentScope | 'OFFENDER_CHECK' | 'ELIGIBILITY_CHECK' | 'WATCH';
}

export type Verdict = { ok: true; id: string; key: string; expiresAt: Date } | { ok: false; message: string };

/** What the person's SMS answer did. */
export type SmsAnswerOutcome =
  | { kind: 'NOT_REGISTERED' }
  | { kind: 'TOO_MANY' }
  | { kind: 'WRONG_CODE' }
  | { kind: 'EXPIRED' }
  | { kind: 'ALREADY'; status: ConsentStatus }
  | { kind: 'DONE'; status: ConsentStatus; institution: string; watchesEnded: number };

export type SmsAnswer = 'YES' | 'NO' | 'WITHDRAW';

interface VerifyRow {
  id: string;
  subject_hash: string;
  purpose: string;
  scope: string[];
  status: ConsentStatus;
  code_expires_at: Date | string;
  expires_at: Date | string;
}

/** PENDING past its code's expiry, or GRANTED past its own: EXPIRED. */
export function effectiveStatus(row: Pick<ConsentEntity, 'status' | 'codeExpiresAt' | 'expiresAt'>, now = new Date()): ConsentStatus {
  if (row.status === ConsentStatus.PENDING && new Date(row.codeExpiresAt) <= now) return ConsentStatus.EXPIRED;
  if (row.status === ConsentStatus.GRANTED && new Date(row.expiresAt) <= now) return ConsentStatus.EXPIRED;
  return row.status;
}

export function toConsent(row: ConsentEntity, now = new Date()): Consent {
  return Object.assign(new Consent(), {
    id: toGlobalId(CONSENT_TYPE, row.id),
    status: effectiveStatus(row, now),
    purpose: row.purpose as LookupPurpose,
    scope: row.scope,
    grantedAt: row.status !== ConsentStatus.REFUSED && row.answeredAt ? row.answeredAt : null,
    refusedAt: row.status === ConsentStatus.REFUSED ? (row.answeredAt ?? null) : null,
    withdrawnAt: row.withdrawnAt ?? null,
    expiresAt: row.expiresAt,
    cnicMasked: row.cnicMasked,
    requestedAt: row.requestedAt,
    codeExpiresAt: row.codeExpiresAt,
  });
}

const fail = (field: string[], code: UserErrorCode, message: string): UserError => ({ field, code, message });

export interface ConsentServiceDeps {
  audit: AuditService;
  numbers: RegisteredNumbers;
  limiter: RateLimiter;
  texts: ConsentTexts;
  config: ConsentConfig;
  cnicHmacKey: string;
  /** Ends watches resting on a withdrawn consent (the offender register's). */
  onEnded: ConsentEndedHook;
}

/**
 * Responsible for consent the subject gives: a client asks (rate-limited per client and per person's number), the
 * person gets a one-time code by SMS and answers YES, NO or later WITHDRAW from a number registered to their CNIC;
 * checks and watches cite it. Codes are stored only as keyed hashes, single-use, expiring; a wrong code changes
 * nothing and counts against the sender's daily attempts.
 */
export class ConsentService {
  private readonly codeKey: Buffer;

  constructor(private readonly deps: ConsentServiceDeps) {
    this.codeKey = createHmac('sha256', deps.cnicHmacKey).update('tasdeeq:consent-code').digest();
  }

  async request(ctx: Context, input: RequestConsentInput): Promise<RequestConsentPayload> {
    authorize(ctx.viewer, 'consent:request');
    const clientId = ctx.viewer.clientId;
    if (!clientId) throw new ForbiddenError('Consents belong to API clients: use an API key.');
    const errors = this.validate(ctx, input);
    const key = input.idempotencyKey?.trim() || null;
    if (errors.length) return { userErrors: errors };
    const earlier = async (em: EntityManager) => (key ? em.findOne(ConsentEntity, { clientId, idempotencyKey: key }) : null);
    try {
      return await ctx.em.transactional(async (em) => {
        const replay = await earlier(em);
        if (replay) return { consent: toConsent(replay), userErrors: [] };
        return this.ask(ctx, em, clientId, input, key);
      });
    } catch (error) {
      // A concurrent retry with the same key committed first: answer with its request.
      if (!key || !(error instanceof UniqueConstraintViolationException)) throw error;
      const first = await ctx.em.fork().transactional(earlier);
      if (!first) throw error;
      return { consent: toConsent(first), userErrors: [] };
    }
  }

  private validate(ctx: Context, input: RequestConsentInput): UserError[] {
    const errors: UserError[] = [];
    try {
      checkLookupDeclaration(ctx.viewer, input.purpose, 'consent');
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push(fail(['input', 'purpose'], UserErrorCode.FORBIDDEN, error.message));
    }
    if (!input.scope.length || new Set(input.scope).size !== input.scope.length) {
      errors.push(fail(['input', 'scope'], UserErrorCode.INVALID, '`scope` must name each of OFFENDER_CHECK, ELIGIBILITY_CHECK, WATCH at most once, and at least one.'));
    }
    const now = new Date();
    const latest = new Date(now);
    latest.setUTCMonth(latest.getUTCMonth() + 12);
    const codeExpires = new Date(now.getTime() + this.deps.config.codeTtlMinutes * 60_000);
    if (input.expiresAt <= codeExpires || input.expiresAt > latest) {
      errors.push(fail(['input', 'expiresAt'], UserErrorCode.INVALID, '`expiresAt` must be after the code expires and at most 12 months ahead.'));
    }
    const key = input.idempotencyKey?.trim();
    if (input.idempotencyKey != null && (!key || !IDEMPOTENCY_KEY.test(key))) {
      errors.push(fail(['input', 'idempotencyKey'], UserErrorCode.INVALID, '`idempotencyKey` must be 1-128 of A-Z a-z 0-9 . _ : -'));
    }
    return errors;
  }

  private async ask(ctx: Context, em: EntityManager, clientId: string, input: RequestConsentInput, key: string | null): Promise<RequestConsentPayload> {
    const { audit, numbers, limiter, config } = this.deps;
    const [ref] = await readNationally(ctx.em, (n) => n.execute<{ citizen_id: string; cnic: string }[]>('select * from citizen_ref(?)', [input.cnic]));
    const citizen = ref ? { id: ref.citizen_id, cnic: ref.cnic } : null;
    if (!citizen) return { userErrors: [fail(['input', 'cnic'], UserErrorCode.NOT_FOUND, 'No identity record has this CNIC. Check it for a typo.')] };
    const to = await numbers.numbersOf(ctx.em, citizen.id);
    if (!to.length) {
      return {
        userErrors: [fail(['input', 'cnic'], UserErrorCode.CONFLICT, 'No mobile number is registered to this CNIC, so the person cannot be asked by SMS.')],
      };
    }
    // Per client, then per number the person would be texted on: a person is never flooded, whoever asks.
    const perClient = await limiter.charge(ctx.scope.token, `consent:client:${clientId}`, 1, config.requestsPerClientPerHour, HOUR_SECONDS);
    const perNumber = perClient.allowed
      ? await Promise.all(to.map((n) => limiter.charge(ctx.scope.token, `consent:number:${this.numberKey(n)}`, 1, config.requestsPerNumberPerDay, DAY_SECONDS)))
      : [];
    if (!perClient.allowed || perNumber.some((c) => !c.allowed)) {
      await audit.record(em, ctx, { action: 'consent.request', outcome: 'REFUSED', subjectCnic: input.cnic, purpose: input.purpose, detail: { reason: 'RATE_LIMITED' } });
      const retry = Math.max(perClient.retryAfterSeconds, ...perNumber.map((c) => c.retryAfterSeconds));
      return {
        userErrors: [
          fail(['input', 'cnic'], UserErrorCode.RATE_LIMITED, perClient.allowed
            ? `This person has had enough consent requests for now; retry in ${retry} s.`
            : `Your client has sent its consent requests for this hour; retry in ${retry} s.`),
        ],
      };
    }
    const code = await this.freshCode(em, citizen.id);
    const now = new Date();
    const row = em.create(ConsentEntity, {
      clientId,
      clientName: ctx.viewer.clientName,
      citizenId: citizen.id,
      subjectHash: audit.subjectHash(input.cnic),
      cnicMasked: maskCnic(input.cnic),
      purpose: input.purpose,
      scope: input.scope,
      codeHash: this.codeHash(citizen.id, code),
      codeExpiresAt: new Date(now.getTime() + config.codeTtlMinutes * 60_000),
      expiresAt: input.expiresAt,
      requestedAt: now,
      idempotencyKey: key,
    });
    await em.flush();
    await this.deps.texts.consentRequest(em, to, {
      institution: ctx.viewer.clientName,
      purpose: input.purpose,
      scope: input.scope,
      expiresAt: input.expiresAt,
      code,
    });
    const id = toGlobalId(CONSENT_TYPE, row.id);
    await audit.record(em, ctx, {
      action: 'consent.request',
      outcome: 'SUCCESS',
      subjectCnic: input.cnic,
      purpose: input.purpose,
      consentRef: id,
      detail: { scope: input.scope, numbers: to.length, expiresAt: input.expiresAt.toISOString() },
    });
    return { consent: toConsent(row), userErrors: [] };
  }

  async list(ctx: Context, args: ConnectionArgs, status?: ConsentStatus | null): Promise<ConnectionShape<Consent>> {
    authorize(ctx.viewer, 'consent:request');
    const clientId = ctx.viewer.clientId;
    if (!clientId) throw new ForbiddenError('Consents belong to API clients: use an API key.');
    const now = new Date();
    const where = { clientId, ...statusCondition(status, now) };
    return newestFirstPage(ctx.em, ConsentEntity, where, pageRequest(args), 'requestedAt', (r) => toConsent(r, now), ctx.em);
  }

  /** For `node(id:)`: the client's own consents only. */
  async byId(ctx: Context, key: string): Promise<Consent | null> {
    if (!ctx.viewer.clientId || !isUuid(key)) return null;
    authorize(ctx.viewer, 'consent:request');
    const row = await ctx.em.findOne(ConsentEntity, { id: key, clientId: ctx.viewer.clientId });
    return row ? toConsent(row) : null;
  }

  /**
   * The ConsentGate of the offender register: one statement for any number of citations (a named prepared
   * statement, outside any transaction, so the hot path adds one round trip only when a check cites a consent).
   */
  async verify(em: EntityManager, { clientId, scopeToken }: ConsentActor, citations: Citation[]): Promise<Verdict[]> {
    if (!clientId) return citations.map(() => ({ ok: false, message: 'Consents belong to API clients: use an API key.' }));
    const keys = citations.map((c) => {
      const parsed = fromGlobalId(c.consentId);
      return parsed?.type === CONSENT_TYPE && isUuid(parsed.key) ? parsed.key : null;
    });
    const wanted = [...new Set(keys.filter((k): k is string => k !== null))];
    const rows = wanted.length
      ? // consent_verify (SECURITY DEFINER): the scope's own client's consents, one statement for the batch.
        await rawQuery<VerifyRow>(em, 'consent_verify', 'select * from consent_verify($1, $2::uuid[])', [scopeToken, wanted])
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const now = new Date();
    return citations.map((c, i): Verdict => {
      const row = keys[i] ? byId.get(keys[i]!) : undefined;
      if (!row) return { ok: false, message: 'No consent of yours has this `consentId`.' };
      if (row.subject_hash !== c.subjectHash) return { ok: false, message: 'The consent you cited is for another person.' };
      if (row.purpose !== c.purpose) return { ok: false, message: `The consent you cited was given for ${row.purpose}, not ${c.purpose}.` };
      if (!row.scope.includes(c.scope)) return { ok: false, message: `The consent you cited does not cover ${c.scope}.` };
      const status = effectiveStatus({ status: row.status, codeExpiresAt: new Date(row.code_expires_at), expiresAt: new Date(row.expires_at) }, now);
      if (status !== ConsentStatus.GRANTED) {
        return { ok: false, message: `The consent you cited is ${status}: only a GRANTED consent allows this.` };
      }
      return { ok: true, id: toGlobalId(CONSENT_TYPE, row.id), key: row.id, expiresAt: new Date(row.expires_at) };
    });
  }

  /**
   * The person's answer by SMS: YES or NO to a pending request, WITHDRAW of a granted one, by its code, from a
   * number registered to them. Every attempt counts against the sender's daily attempts; a wrong code changes nothing.
   */
  async answerBySms(ctx: Context, sender: MobileNumber, answer: SmsAnswer, code: string): Promise<SmsAnswerOutcome> {
    const { audit, numbers, limiter, config } = this.deps;
    const holder = await numbers.holder(ctx.em, sender);
    if (!holder) return { kind: 'NOT_REGISTERED' };
    const attempts = await limiter.charge(ctx.scope.token, `consent:code:${this.numberKey(sender)}`, 1, config.codeAttemptsPerDay, DAY_SECONDS);
    const record = (em: EntityManager, action: string, outcome: 'SUCCESS' | 'REFUSED' | 'INVALID', row: ConsentEntity | null, detail: Record<string, unknown>) =>
      audit.record(em, ctx, {
        action,
        outcome,
        subjectCnic: holder.cnic,
        purpose: (row?.purpose as LookupPurpose | undefined) ?? null,
        consentRef: row ? toGlobalId(CONSENT_TYPE, row.id) : null,
        detail: { answer, ...detail },
      });
    if (!attempts.allowed) {
      await ctx.em.transactional((em) => record(em, 'consent.answer', 'REFUSED', null, { reason: 'TOO_MANY_ATTEMPTS' }));
      return { kind: 'TOO_MANY' };
    }
    return ctx.em.transactional(async (em): Promise<SmsAnswerOutcome> => {
      const row = /^\d{6}$/.test(code)
        ? await em.findOne(ConsentEntity, { citizenId: holder.citizenId, codeHash: this.codeHash(holder.citizenId, code) }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!row) {
        await record(em, 'consent.answer', 'INVALID', null, { reason: 'WRONG_CODE' });
        return { kind: 'WRONG_CODE' };
      }
      const status = effectiveStatus(row);
      const wanted = answer === 'WITHDRAW' ? ConsentStatus.GRANTED : ConsentStatus.PENDING;
      if (status !== wanted) {
        await record(em, 'consent.answer', 'REFUSED', row, { reason: status });
        return status === ConsentStatus.EXPIRED ? { kind: 'EXPIRED' } : { kind: 'ALREADY', status };
      }
      const now = new Date();
      let watchesEnded = 0;
      if (answer === 'WITHDRAW') {
        Object.assign(row, { status: ConsentStatus.WITHDRAWN, withdrawnAt: now, version: row.version + 1 });
        await em.flush();
        watchesEnded = await this.deps.onEnded(em, row.id);
      } else {
        Object.assign(row, { status: answer === 'YES' ? ConsentStatus.GRANTED : ConsentStatus.REFUSED, answeredAt: now, version: row.version + 1 });
        await em.flush();
      }
      const action = answer === 'YES' ? 'consent.grant' : answer === 'NO' ? 'consent.refuse' : 'consent.withdraw';
      await record(em, action, 'SUCCESS', row, answer === 'WITHDRAW' ? { watchesEnded } : {});
      return { kind: 'DONE', status: row.status, institution: row.clientName, watchesEnded };
    });
  }

  /** A code no live consent of this person already uses, so an answer always names one consent. */
  private async freshCode(em: EntityManager, citizenId: string): Promise<string> {
    for (;;) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const taken = await em.count(ConsentEntity, {
        citizenId,
        codeHash: this.codeHash(citizenId, code),
        status: { $in: [ConsentStatus.PENDING, ConsentStatus.GRANTED] },
      });
      if (!taken) return code;
    }
  }

  private codeHash(citizenId: string, code: string): string {
    return createHmac('sha256', this.codeKey).update(`${citizenId}:${code}`).digest('hex');
  }

  /** Rate-limit keys name a number only by a keyed hash. */
  private numberKey(number: MobileNumber): string {
    return createHmac('sha256', this.codeKey).update(`number:${number}`).digest('hex').slice(0, 32);
  }
}

function statusCondition(status: ConsentStatus | null | undefined, now: Date): Record<string, unknown> {
  switch (status) {
    case null:
    case undefined:
      return {};
    case ConsentStatus.EXPIRED:
      return {
        $or: [
          { status: ConsentStatus.PENDING, codeExpiresAt: { $lte: now } },
          { status: ConsentStatus.GRANTED, expiresAt: { $lte: now } },
        ],
      };
    case ConsentStatus.PENDING:
      return { status, codeExpiresAt: { $gt: now } };
    case ConsentStatus.GRANTED:
      return { status, expiresAt: { $gt: now } };
    default:
      return { status };
  }
}

