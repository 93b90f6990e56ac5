import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../../auth/permissions';
import { LookupPurpose } from '../../audit/purpose';
import type { Cnic } from '../../common/cnic';
import { fromGlobalId } from '../../common/global-id';
import { UserErrorCode } from '../../common/user-error.type';
import { CitizenEntity } from '../../identity';
import { coversDistrict } from '../../jurisdictions/jurisdiction';
import type { Context } from '../../pipeline/context';
import type { ReferenceData } from '../../jurisdictions/reference-data';
import type { AuditService } from '../../audit/audit.service';
import { ConvictionEntity } from './conviction.entity';
import { ConvictionEventEntity } from './conviction-event.entity';
import { ConvictionEventKind, ConvictionStatus } from '../offender.enums';
import type { AmendConvictionInput, ChangeConvictionStatusInput, RegisterConvictionInput } from './offender.input';
import { AmendConvictionPayload, ChangeConvictionStatusPayload, RegisterConvictionPayload } from './conviction.payload';
import { ConvictionValidator, todayUtc, userError } from './conviction.validation';
import { CONVICTION_TYPE, toConviction, toOffenderRecord } from './offender.mapping';
import { enqueueStatusChanged } from './webhook.outbox';
import { isUuid } from '../../common/global-id';

const NO_SUCH_CONVICTION = 'No conviction with this ID in your jurisdiction.';
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Responsible for changing the register (LAW_ENFORCEMENT, within jurisdiction): registering, amending and changing
 * the status of convictions. Each method authorises, validates, acts, writes the history, the audit row and any
 * webhook notifications in one transaction; a domain failure is a userError and writes nothing.
 */
export class ConvictionService {
  constructor(
    private readonly reference: ReferenceData,
    private readonly audit: AuditService,
  ) {}

  async register(ctx: Context, input: RegisterConvictionInput): Promise<RegisterConvictionPayload> {
    authorize(ctx.viewer, 'offender:write');
    const scope = ctx.viewer.clientId ?? `jwt:${ctx.viewer.actorId}`;
    const key = input.idempotencyKey?.trim() || null;
    if (key && !IDEMPOTENCY_KEY.test(key)) {
      return fail(['input', 'idempotencyKey'], UserErrorCode.INVALID, '`idempotencyKey` must be 1-128 of A-Z a-z 0-9 . _ : -');
    }
    try {
      return await this.registerOnce(ctx, input, scope, key);
    } catch (error) {
      // A concurrent retry with the same key won the race: answer with its result.
      if (key && error instanceof UniqueConstraintViolationException) return this.registerOnce(ctx, input, scope, key);
      throw error;
    }
  }

  private registerOnce(ctx: Context, input: RegisterConvictionInput, scope: string, key: string | null) {
    const reference = this.reference;
    return ctx.em.transactional(async (em: EntityManager): Promise<RegisterConvictionPayload> => {
      if (key) {
        const earlier = await em.findOne(ConvictionEntity, { idempotencyScope: scope, idempotencyKey: key }, { populate: ['offender'] });
        if (earlier) {
          if (earlier.idempotencyFingerprint && earlier.idempotencyFingerprint !== this.audit.fingerprint(input)) {
            return fail(['input', 'idempotencyKey'], UserErrorCode.IDEMPOTENCY_KEY_REUSED, 'This `idempotencyKey` was used before with a different request: use a new key for a new request.');
          }
          return this.registered(earlier);
        }
      }
      const v = new ConvictionValidator();
      const sections = v.sections(input.sections);
      const court = v.text('court', input.court);
      const caseNumber = v.text('caseNumber', input.caseNumber, 100);
      const sentence = v.text('sentence', input.sentence);
      const agency = v.text('registeringAgency', input.registeringAgency ?? ctx.viewer.clientName, 200);
      const address = input.lastKnownAddress?.trim() ? v.text('lastKnownAddress', input.lastKnownAddress, 1000) : null;
      const registeredOn = input.registeredOn ?? todayUtc();
      v.notFuture('convictionDate', input.convictionDate);
      v.notFuture('registeredOn', registeredOn);
      if (registeredOn < input.convictionDate) v.invalid('registeredOn', '`registeredOn` must not precede `convictionDate`.');
      if (input.endsOn && input.endsOn <= registeredOn) v.invalid('endsOn', '`endsOn` must be after `registeredOn`.');
      if (!reference.district(input.district)) v.invalid('district', '`district` is not a district code (e.g. `PK617`).');
      if (v.errors.length) return { userErrors: v.errors };
      if (!coversDistrict(ctx.viewer.jurisdiction, input.district, reference)) {
        return fail(['input', 'district'], UserErrorCode.FORBIDDEN, 'This district is outside your jurisdiction.');
      }
      const offender = await em.findOne(CitizenEntity, { cnic: input.cnic });
      if (!offender) {
        return fail(['input', 'cnic'], UserErrorCode.NOT_FOUND, 'No identity record has this CNIC: an offender must match the identity mirror.');
      }

      const conviction = em.create(ConvictionEntity, {
        offender,
        sections,
        court,
        caseNumber,
        convictionDate: input.convictionDate,
        sentence,
        registeringAgency: agency,
        district: input.district,
        registeredOn,
        endsOn: input.endsOn ?? null,
        lastKnownAddress: address,
        idempotencyScope: key ? scope : null,
        idempotencyKey: key,
        idempotencyFingerprint: key ? this.audit.fingerprint(input) : null,
      });
      this.history(em, ctx, conviction, ConvictionEventKind.REGISTERED, null, [], 'Registered.');
      await em.flush();
      await enqueueStatusChanged(em, offender.id);
      await this.record(em, ctx, 'conviction.register', conviction, offender.cnic);
      return this.registered(conviction);
    });
  }

  private registered(row: ConvictionEntity): RegisterConvictionPayload {
    const o = row.offender;
    return {
      conviction: toConviction(row, this.reference),
      offender: toOffenderRecord({ ...o, districtCode: o.district.code }, this.reference),
      userErrors: [],
    };
  }

  async amend(ctx: Context, input: AmendConvictionInput): Promise<AmendConvictionPayload> {
    authorize(ctx.viewer, 'offender:write');
    return ctx.em.transactional(async (em: EntityManager): Promise<AmendConvictionPayload> => {
      const found = await this.lockForChange(em, ctx, input.id, input.version);
      if ('userErrors' in found) return found;
      const row = found.row;
      const v = new ConvictionValidator();
      const reason = v.text('reason', input.reason, 1000);
      const next = {
        sections: input.sections != null ? v.sections(input.sections) : row.sections,
        court: input.court != null ? v.text('court', input.court) : row.court,
        caseNumber: input.caseNumber != null ? v.text('caseNumber', input.caseNumber, 100) : row.caseNumber,
        convictionDate: input.convictionDate ?? row.convictionDate,
        sentence: input.sentence != null ? v.text('sentence', input.sentence) : row.sentence,
        endsOn: input.endsOn !== undefined ? input.endsOn : row.endsOn,
        lastKnownAddress:
          input.lastKnownAddress != null ? v.text('lastKnownAddress', input.lastKnownAddress, 1000) : row.lastKnownAddress,
      };
      v.notFuture('convictionDate', next.convictionDate);
      if (row.registeredOn < next.convictionDate) v.invalid('convictionDate', '`convictionDate` must not follow `registeredOn`.');
      if (next.endsOn && next.endsOn <= row.registeredOn) v.invalid('endsOn', '`endsOn` must be after `registeredOn`.');
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
        (k) => JSON.stringify(next[k] ?? null) !== JSON.stringify(row[k] ?? null),
      );
      if (!v.errors.length && !changed.length) v.invalid('id', 'Nothing to change: every given value equals the current one.');
      if (v.errors.length) return { userErrors: v.errors };

      em.assign(row, next);
      row.version += 1;
      this.history(em, ctx, row, ConvictionEventKind.AMENDED, row.status, changed, reason);
      await em.flush();
      await this.record(em, ctx, 'conviction.amend', row, found.cnic, { changedFields: changed });
      return { conviction: toConviction(row, this.reference), userErrors: [] };
    });
  }

  async changeStatus(ctx: Context, input: ChangeConvictionStatusInput): Promise<ChangeConvictionStatusPayload> {
    authorize(ctx.viewer, 'offender:write');
    return ctx.em.transactional(async (em: EntityManager): Promise<ChangeConvictionStatusPayload> => {
      const found = await this.lockForChange(em, ctx, input.id, input.version);
      if ('userErrors' in found) return found;
      const row = found.row;
      const v = new ConvictionValidator();
      const reason = v.text('reason', input.reason, 1000);
      if (row.status === input.status) v.invalid('status', `The conviction is already ${input.status}.`);
      if (v.errors.length) return { userErrors: v.errors };

      const from = row.status;
      row.status = input.status;
      row.version += 1;
      this.history(em, ctx, row, ConvictionEventKind.STATUS_CHANGED, from, [], reason);
      await em.flush();
      await enqueueStatusChanged(em, row.offender.id);
      await this.record(em, ctx, 'conviction.status', row, found.cnic, { from, to: input.status });
      return { conviction: toConviction(row, this.reference), userErrors: [] };
    });
  }

  /** Locks the row for this transaction; out of jurisdiction answers like a missing ID. */
  private async lockForChange(
    em: EntityManager,
    ctx: Context,
    id: string,
    version: number,
  ): Promise<{ row: ConvictionEntity; cnic: Cnic } | { userErrors: ReturnType<typeof userError>[] }> {
    const parsed = fromGlobalId(id);
    const key = parsed?.type === CONVICTION_TYPE && isUuid(parsed.key) ? parsed.key : null;
    // Locks the conviction alone (the citizen's jurisdiction filter would join and lock the identity record, which the
    // API may not write); the conviction's own district is its jurisdiction, checked below and by row-level security.
    const row = key ? await em.findOne(ConvictionEntity, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE, filters: false }) : null;
    if (!row || !coversDistrict(ctx.viewer.jurisdiction, row.district.code, this.reference)) {
      return fail(['input', 'id'], UserErrorCode.NOT_FOUND, NO_SUCH_CONVICTION);
    }
    if (row.version !== version) {
      return fail(
        ['input', 'version'],
        UserErrorCode.STALE_VERSION,
        `The conviction is at version ${row.version}: refetch it and retry.`,
      );
    }
    // The identity record may be out of the viewer's sight (jurisdiction filters / row-level security on citizens):
    // then the conviction is not theirs to change either.
    const offender = await em.findOne(CitizenEntity, { id: row.offender.id });
    if (!offender) return fail(['input', 'id'], UserErrorCode.NOT_FOUND, NO_SUCH_CONVICTION);
    return { row, cnic: offender.cnic as Cnic };
  }

  private history(
    em: EntityManager,
    ctx: Context,
    conviction: ConvictionEntity,
    kind: ConvictionEventKind,
    fromStatus: ConvictionStatus | null,
    changedFields: string[],
    reason: string,
  ): void {
    em.create(ConvictionEventEntity, {
      conviction,
      kind,
      fromStatus,
      toStatus: conviction.status,
      changedFields,
      reason,
      version: conviction.version,
      actorId: ctx.viewer.actorId,
      actorName: ctx.viewer.clientName,
    });
  }

  private record(em: EntityManager, ctx: Context, action: string, row: ConvictionEntity, cnic: string, extra = {}) {
    return this.audit.record(em, ctx, {
      action,
      outcome: 'SUCCESS',
      subjectCnic: cnic as Cnic,
      purpose: LookupPurpose.LAW_ENFORCEMENT,
      detail: { convictionId: row.id, version: row.version, status: row.status, ...extra },
    });
  }
}

function fail(field: string[], code: UserErrorCode, message: string) {
  return { userErrors: [userError(field, code, message)] };
}
