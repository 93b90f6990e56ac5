import { callbackUrlProblem, type OutboundPolicy } from '../../security/outbound';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { authorize } from '../../auth/permissions';
import { checkLookupDeclaration } from '../../audit/lookup-declaration';
import { ALLOWED_PURPOSES } from '../../audit/purpose';
import { maskCnic, type Cnic } from '../../common/cnic';
import { pageRequest, toConnection, type ConnectionArgs, type ConnectionShape } from '../../common/connection';
import { BadUserInputError, DomainError, ForbiddenError } from '../../common/errors';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import { UserErrorCode, type UserError } from '../../common/user-error.type';
import { CitizenEntity } from '../../identity';
import type { Context } from '../../pipeline/context';
import type { AuditService } from '../../audit/audit.service';
import { WatchEntity } from './watch.entity';
import { WatchState } from '../offender.enums';
import { userError } from '../register/conviction.validation';
import { CancelWatchPayload, CreateWatchPayload, Watch, type CancelWatchInput, type CreateWatchInput } from './watch.type';
import { isUuid } from '../../common/global-id';
import type { ConsentGate } from '../../subjects';

export const WATCH_TYPE = 'Watch';
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;

export function toWatch(row: WatchEntity, now = new Date()): Watch {
  return Object.assign(new Watch(), {
    id: toGlobalId(WATCH_TYPE, row.id),
    key: row.id,
    cnicMasked: maskCnic(row.subject.cnic as Cnic),
    consentRef: row.consentRef,
    consentId: row.consentId ? row.consentRef : null,
    callbackUrl: row.callbackUrl,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    cancelledAt: row.cancelledAt ?? null,
    state: row.cancelledAt
      ? row.endedReason === WatchState.CONSENT_WITHDRAWN
        ? WatchState.CONSENT_WITHDRAWN
        : WatchState.CANCELLED
      : row.expiresAt <= now
        ? WatchState.EXPIRED
        : WatchState.ACTIVE,
  });
}

/**
 * Responsible for watches: an API client that screened a person, with consent, asks to be told when that person's
 * register status changes. Creating and cancelling authorise, validate, act and audit in one transaction.
 */
export class WatchService {
  constructor(
    private readonly audit: AuditService,
    /** `consents`: verifies a consent the person gave by SMS (issue #14); null where none is wired. */
    private readonly consents: ConsentGate | null = null,
    /** Where callbacks may point (WEBHOOK_ALLOWED_PRIVATE_HOSTS); by default https to public addresses only. */
    private readonly outbound: OutboundPolicy = { allowedPrivateHosts: [] },
  ) {}

  async create(ctx: Context, input: CreateWatchInput): Promise<CreateWatchPayload> {
    const clientId = this.clientOf(ctx);
    const key = input.idempotencyKey?.trim() || null;
    const errors: UserError[] = [];
    let consentRef = '';
    const purpose = ALLOWED_PURPOSES[ctx.viewer.role][0];
    try {
      consentRef = checkLookupDeclaration(ctx.viewer, purpose, input.consentRef ?? (input.consentId ? 'consent' : null)) ?? '';
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push(userError(['input', 'consentRef'], UserErrorCode.INVALID, error.message));
    }
    // A watch resting on a consent the person gave: it must be in force, cover WATCH, and outlast the watch.
    let consentKey: string | null = null;
    if (input.consentId && !errors.length) {
      const [verdict] = this.consents
        ? await this.consents.verify(ctx.em, { clientId, scopeToken: ctx.scope.token }, [
            { consentId: input.consentId, subjectHash: this.audit.subjectHash(input.cnic), purpose, scope: 'WATCH' },
          ])
        : [{ ok: false as const, message: 'Consents are not available on this server.' }];
      if (!verdict.ok) errors.push(userError(['input', 'consentId'], UserErrorCode.CONSENT_REQUIRED, verdict.message));
      else if (input.expiresAt > verdict.expiresAt) {
        errors.push(userError(['input', 'expiresAt'], UserErrorCode.INVALID, '`expiresAt` must not be after the consent\'s `expiresAt`.'));
      } else {
        consentRef = verdict.id;
        consentKey = verdict.key;
      }
    }
    const now = new Date();
    const latest = new Date(now);
    latest.setUTCMonth(latest.getUTCMonth() + 12);
    if (input.expiresAt <= now || input.expiresAt > latest) {
      errors.push(userError(['input', 'expiresAt'], UserErrorCode.INVALID, '`expiresAt` must be in the future and at most 12 months ahead.'));
    }
    const callbackProblem = await callbackUrlProblem(this.outbound, input.callbackUrl);
    if (callbackProblem) errors.push(userError(['input', 'callbackUrl'], UserErrorCode.INVALID, callbackProblem));
    if (key && !IDEMPOTENCY_KEY.test(key)) {
      errors.push(userError(['input', 'idempotencyKey'], UserErrorCode.INVALID, '`idempotencyKey` must be 1-128 of A-Z a-z 0-9 . _ : -'));
    }

    return ctx.em.transactional(async (em: EntityManager): Promise<CreateWatchPayload> => {
      if (key && !errors.length) {
        const earlier = await em.findOne(WatchEntity, { clientId, idempotencyKey: key }, { populate: ['subject'] });
        if (earlier?.idempotencyFingerprint && earlier.idempotencyFingerprint !== this.audit.fingerprint(input)) {
          return { userErrors: [userError(['input', 'idempotencyKey'], UserErrorCode.IDEMPOTENCY_KEY_REUSED, 'This `idempotencyKey` was used before with a different request: use a new key for a new request.')] };
        }
        if (earlier) return { watch: toWatch(earlier), secret: earlier.secret, userErrors: [] };
      }
      if (errors.length) return { userErrors: errors };
      // Through the database's functions: a client may not read identity records, nor the audit log, itself.
      const [found] = await em.execute<{ citizen_id: string }[]>('select citizen_id from identity_sealed(?)', [input.cnic]);
      if (!found) return { userErrors: [userError(['input', 'cnic'], UserErrorCode.NOT_FOUND, 'No identity record has this CNIC.')] };
      const subject = em.getReference(CitizenEntity, found.citizen_id);
      const audit = this.audit;
      const [screened] = await em.execute<{ checked: boolean }[]>('select audit_client_checked(?) as checked', [audit.subjectHash(input.cnic)]);
      if (!screened.checked) {
        return {
          userErrors: [userError(['input', 'cnic'], UserErrorCode.FORBIDDEN, 'Check this person with verifyOffender before watching them.')],
        };
      }
      const secret = randomBytes(32).toString('hex');
      const watch = em.create(WatchEntity, {
        clientId,
        subject,
        consentRef,
        consentId: consentKey,
        expiresAt: input.expiresAt,
        callbackUrl: input.callbackUrl,
        secret,
        idempotencyKey: key,
        idempotencyFingerprint: key ? this.audit.fingerprint(input) : null,
      });
      await em.flush();
      await em.populate(watch, ['subject']); // visible now: it is this client's watched person
      await audit.record(em, ctx, {
        action: 'watch.create',
        outcome: 'SUCCESS',
        subjectCnic: input.cnic,
        purpose: ALLOWED_PURPOSES[ctx.viewer.role][0],
        consentRef,
        detail: { watchId: watch.id, expiresAt: input.expiresAt.toISOString() },
      });
      return { watch: toWatch(watch), secret, userErrors: [] };
    });
  }

  async cancel(ctx: Context, input: CancelWatchInput): Promise<CancelWatchPayload> {
    const clientId = this.clientOf(ctx);
    const parsed = fromGlobalId(input.id);
    const id = parsed?.type === WATCH_TYPE && isUuid(parsed.key) ? parsed.key : null;
    return ctx.em.transactional(async (em: EntityManager): Promise<CancelWatchPayload> => {
      const row = id ? await em.findOne(WatchEntity, { id, clientId }, { populate: ['subject'] }) : null;
      if (!row) return { userErrors: [userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'You have no watch with this ID.')] };
      if (row.cancelledAt) return { userErrors: [userError(['input', 'id'], UserErrorCode.INVALID, 'This watch is already cancelled.')] };
      row.cancelledAt = new Date();
      await em.flush();
      await this.audit.record(em, ctx, {
        action: 'watch.cancel',
        outcome: 'SUCCESS',
        subjectCnic: row.subject.cnic as Cnic,
        detail: { watchId: row.id },
      });
      return { watch: toWatch(row), userErrors: [] };
    });
  }

  /**
   * Ends every live watch resting on a consent the person withdrew, in the caller's transaction (the withdrawal's):
   * no notification is queued for them from then on. Returns how many ended.
   */
  /**
   * Ends every watch resting on a withdrawn consent, whoever's they are: through watches_end_for_consent (SECURITY
   * DEFINER), since the SMS gateway that carries the person's WITHDRAW may not read clients' watches.
   */
  async endForConsent(em: EntityManager, consentKey: string): Promise<number> {
    const [row] = await em.execute<{ n: number }[]>('select watches_end_for_consent(?::uuid, ?) as n', [consentKey, WatchState.CONSENT_WITHDRAWN]);
    return Number(row.n);
  }

  async list(ctx: Context, args: ConnectionArgs): Promise<ConnectionShape<Watch>> {
    const clientId = this.clientOf(ctx);
    const request = pageRequest(args);
    const where: FilterQuery<WatchEntity> = { clientId };
    let pageWhere = where;
    const forward = request.direction === 'forward';
    if (request.cursor) {
      const [at, id] = request.cursor as [string, string];
      const createdAt = new Date(at);
      if (Number.isNaN(createdAt.getTime()) || typeof id !== 'string') throw new BadUserInputError('The cursor is not from this connection.');
      const op = forward ? '$lt' : '$gt';
      pageWhere = { $and: [where, { $or: [{ createdAt: { [op]: createdAt } }, { createdAt, id: { [op]: id } }] }] };
    }
    const order = forward ? 'desc' : 'asc';
    const rows = await ctx.em.find(WatchEntity, pageWhere, {
      populate: ['subject'],
      orderBy: [{ createdAt: order }, { id: order }],
      limit: request.limit + 1,
    });
    const now = new Date();
    return toConnection(rows, request, (r) => [r.createdAt.toISOString(), r.id], (r) => toWatch(r, now), () => ctx.em.count(WatchEntity, where));
  }

  async byId(ctx: Context, id: string): Promise<Watch | null> {
    const clientId = this.clientOf(ctx);
    if (!isUuid(id)) return null;
    const row = await ctx.em.findOne(WatchEntity, { id, clientId }, { populate: ['subject'] });
    return row ? toWatch(row) : null;
  }

  private clientOf(ctx: Context): string {
    authorize(ctx.viewer, 'watch:manage');
    if (!ctx.viewer.clientId) throw new ForbiddenError('Watches belong to API clients: use an API key.');
    return ctx.viewer.clientId;
  }
}
