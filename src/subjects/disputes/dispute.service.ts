import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../../auth/permissions';
import { Role } from '../../auth/role';
import type { Viewer } from '../../auth/viewer';
import { ALLOWED_PURPOSES, LookupPurpose } from '../../audit/purpose';
import type { AuditService } from '../../audit/audit.service';
import { AUDIT_EVENT_TYPE } from '../../audit/audit.service';
import { maskCnic, type Cnic } from '../../common/cnic';
import { pageRequest, type ConnectionArgs, type ConnectionShape } from '../../common/connection';
import { NotFoundError } from '../../common/errors';
import { fromGlobalId, isUuid, toGlobalId } from '../../common/global-id';
import type { MobileNumber } from '../../common/mobile-number';
import { newestFirstPage } from '../../common/newest-first';
import { newTrackingId, normaliseTrackingId } from '../../common/tracking-id';
import { UserErrorCode, type UserError } from '../../common/user-error.type';
import type { Context } from '../../pipeline/context';
import { nationalFork } from '../../db/jurisdiction-scope';
import { rawQuery } from '../../db/raw-query';
import { DistrictEntity } from '../../jurisdictions/district.entity';
import type { RegisteredNumbers } from '../numbers/registered-numbers';
import { DisputeChangeEntity, DisputeEntity, DisputeEventEntity } from './dispute.entity';
import { DisputeChannel, DisputeKind, DisputeOutcome, DisputeRegister, DisputeStatus } from './dispute.enums';
import {
  Dispute,
  type DisputeFilter,
  type FileDisputeInput,
  type FileDisputePayload,
  type ResolveDisputeInput,
  type ResolveDisputePayload,
} from './dispute.type';

export const DISPUTE_TYPE = 'Dispute';
const NO_DISPUTE = 'No dispute with this tracking ID that you may see.';
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;
const MAX_DETAILS = 2000;

/** The changes that can settle a dispute, by the register that keeps the record (their audit actions). */
const CORRECTIONS: Record<DisputeRegister, string[]> = {
  [DisputeRegister.NSOR]: ['conviction.status', 'conviction.amend'],
  [DisputeRegister.NSER]: ['survey.submit', 'member.update', 'member.move', 'member.death'],
};

const fail = (field: string[], code: UserErrorCode, message: string): UserError => ({ field, code, message });

/** Whose idempotency keys: one API client, or one agency user. */
function clientKey(viewer: Viewer): string {
  return viewer.clientId ? `client:${viewer.clientId}` : `${viewer.actorKind}:${viewer.clientName}:${viewer.actorId}`;
}

export interface FileBySms {
  sender: MobileNumber;
  cnic: Cnic;
  kind: DisputeKind;
  details: string | null;
}

export type SmsFileOutcome = { kind: 'NOT_REGISTERED' } | { kind: 'FILED'; trackingId: string };
export type SmsStatusOutcome = { kind: 'NOT_FOUND' } | { kind: 'FOUND'; trackingId: string; status: DisputeStatus; disputeKind: DisputeKind };

interface ChangeRow {
  id: string;
  action: string;
  occurred_at: Date;
  detail: Record<string, unknown> | null;
}

/**
 * Responsible for disputes: filing (a centre for the person at its counter, or the person by SMS from a registered
 * number), following one by tracking ID, and resolution by the body that keeps the record, within its jurisdiction,
 * with optimistic versions. An upheld dispute links the correction it caused, read from the audit log; history is
 * append-only. Also the offender register's DisputeGate: which subjects have an open dispute of the register.
 */
export class DisputeService {
  constructor(
    private readonly audit: AuditService,
    private readonly numbers: RegisteredNumbers,
  ) {}

  async file(ctx: Context, input: FileDisputeInput): Promise<FileDisputePayload> {
    authorize(ctx.viewer, 'dispute:file');
    const details = input.details.trim();
    const reference = input.reference?.trim() || null;
    const key = input.idempotencyKey?.trim() || null;
    const errors: UserError[] = [];
    if (!details || details.length > MAX_DETAILS) errors.push(fail(['input', 'details'], UserErrorCode.INVALID, `\`details\` must be 1-${MAX_DETAILS} characters.`));
    if (reference && reference.length > 128) errors.push(fail(['input', 'reference'], UserErrorCode.INVALID, '`reference` must be at most 128 characters.'));
    if (input.idempotencyKey != null && (!key || !IDEMPOTENCY_KEY.test(key))) {
      errors.push(fail(['input', 'idempotencyKey'], UserErrorCode.INVALID, '`idempotencyKey` must be 1-128 of A-Z a-z 0-9 . _ : -'));
    }
    if (errors.length) return { userErrors: errors };
    const owner = clientKey(ctx.viewer);
    const earlier = async (em: EntityManager) => (key ? em.findOne(DisputeEntity, { clientKey: owner, idempotencyKey: key }) : null);
    try {
      return await this.filed(ctx, async (em) => {
        const replay = await earlier(em);
        if (replay) return { dispute: await this.withHistory(em, replay, ctx.viewer), userErrors: [] };
        const row = await this.create(ctx, em, { cnic: input.cnic, kind: input.kind, details, reference, via: DisputeChannel.API, clientKey: owner, idempotencyKey: key });
        if (!row) return { userErrors: [fail(['input', 'cnic'], UserErrorCode.NOT_FOUND, 'No identity record has this CNIC. Check it for a typo.')] };
        return { dispute: await this.withHistory(em, row, ctx.viewer), userErrors: [] };
      });
    } catch (error) {
      if (!key || !(error instanceof UniqueConstraintViolationException)) throw error;
      const first = await this.filed(ctx, async (em) => {
        const row = await earlier(em);
        return row ? { dispute: await this.withHistory(em, row, ctx.viewer), userErrors: [] } : null;
      });
      if (!first) throw error;
      return first;
    }
  }

  /** `DISPUTE <CNIC> [details]` by SMS: only from a number registered to that CNIC. */
  async fileBySms(ctx: Context, request: FileBySms): Promise<SmsFileOutcome> {
    const holder = await this.numbers.isRegisteredTo(ctx.em, request.sender, request.cnic);
    if (!holder) return { kind: 'NOT_REGISTERED' };
    const row = await this.filed(ctx, (em) =>
      this.create(ctx, em, {
        cnic: request.cnic,
        kind: request.kind,
        details: request.details?.trim().slice(0, MAX_DETAILS) || 'Filed by SMS.',
        reference: null,
        via: DisputeChannel.SMS,
        clientKey: clientKey(ctx.viewer),
        idempotencyKey: null,
      }),
    );
    return row ? { kind: 'FILED', trackingId: row.trackingId } : { kind: 'NOT_REGISTERED' };
  }

  /** `<tracking ID>` to 8171: the status, only to a number registered to the dispute's CNIC (else as if unknown). */
  async statusBySms(ctx: Context, sender: MobileNumber, trackingIdText: string): Promise<SmsStatusOutcome> {
    const trackingId = normaliseTrackingId(trackingIdText);
    if (!trackingId) return { kind: 'NOT_FOUND' };
    return this.filed(ctx, async (em) => {
      const row = await em.findOne(DisputeEntity, { trackingId });
      if (!row || !(await this.numbers.isRegisteredTo(ctx.em, sender, row.cnic as Cnic))) return { kind: 'NOT_FOUND' as const };
      await this.audit.record(em, ctx, {
        action: 'dispute.status',
        outcome: 'SUCCESS',
        subjectCnic: row.cnic as Cnic,
        purpose: LookupPurpose.SUBJECT_ACCESS,
        detail: { trackingId, status: row.status },
      });
      return { kind: 'FOUND' as const, trackingId, status: row.status, disputeKind: row.kind };
    });
  }

  async byTrackingId(ctx: Context, trackingIdText: string): Promise<Dispute> {
    authorize(ctx.viewer, 'dispute:read');
    const trackingId = normaliseTrackingId(trackingIdText);
    if (!trackingId) throw new NotFoundError(NO_DISPUTE);
    // A centre follows any dispute for the person holding its slip (national); a reviewer, those it reviews.
    const centre = ctx.viewer.role === Role.REGISTRATION_CENTRE;
    const read = async (em: EntityManager) => {
      const row = await em.findOne(DisputeEntity, { trackingId, ...(centre ? {} : { ownerRole: ctx.viewer.role }) });
      if (!row) return null;
      await this.audit.record(em, ctx, {
        action: 'dispute.read',
        outcome: 'SUCCESS',
        subjectCnic: row.cnic as Cnic,
        purpose: centre ? LookupPurpose.SUBJECT_ACCESS : (ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null),
        detail: { trackingId },
      });
      return this.withHistory(em, row, ctx.viewer);
    };
    const found = centre ? await this.filed(ctx, read) : await ctx.em.transactional(read);
    if (!found) throw new NotFoundError(NO_DISPUTE);
    return found;
  }

  async list(ctx: Context, args: ConnectionArgs, filter: DisputeFilter = {}): Promise<ConnectionShape<Dispute>> {
    authorize(ctx.viewer, 'dispute:resolve');
    const request = pageRequest(args);
    const where = {
      ownerRole: ctx.viewer.role,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.cnic ? { subjectHash: this.audit.subjectHash(filter.cnic) } : {}),
    };
    return ctx.em.transactional(async (em) => {
      const page = await newestFirstPage(em, DisputeEntity, where, request, 'filedAt', (row) => row);
      // Every person returned is a subject of this request's audit rows.
      await this.audit.recordMany(
        em,
        ctx,
        page.edges.map(({ node }) => ({
          action: 'dispute.list',
          outcome: 'SUCCESS' as const,
          subjectCnic: node.cnic as Cnic,
          purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
          detail: { trackingId: node.trackingId },
        })),
      );
      const disputes = await this.withHistories(em, page.edges.map((e) => e.node), ctx.viewer);
      return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: disputes[i] })) };
    });
  }

  /** For `node(id:)`: reviewers, within jurisdiction. */
  async byId(ctx: Context, key: string): Promise<Dispute | null> {
    if (!isUuid(key) || (ctx.viewer.role !== Role.LAW_ENFORCEMENT && ctx.viewer.role !== Role.WELFARE_OFFICER)) return null;
    return ctx.em.transactional(async (em) => {
      const row = await em.findOne(DisputeEntity, { id: key, ownerRole: ctx.viewer.role });
      if (!row) return null;
      await this.audit.record(em, ctx, {
        action: 'dispute.read',
        outcome: 'SUCCESS',
        subjectCnic: row.cnic as Cnic,
        purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
        detail: { trackingId: row.trackingId },
      });
      return this.withHistory(em, row, ctx.viewer);
    });
  }

  async resolve(ctx: Context, input: ResolveDisputeInput): Promise<ResolveDisputePayload> {
    authorize(ctx.viewer, 'dispute:resolve');
    const parsed = fromGlobalId(input.id);
    const key = parsed?.type === DISPUTE_TYPE && isUuid(parsed.key) ? parsed.key : null;
    const reason = input.reason.trim();
    if (!reason || reason.length > MAX_DETAILS) return { userErrors: [fail(['input', 'reason'], UserErrorCode.INVALID, `\`reason\` must be 1-${MAX_DETAILS} characters.`)] };
    return ctx.em.transactional(async (em): Promise<ResolveDisputePayload> => {
      // Jurisdiction: the entity filter and row-level security; role: the body that keeps the record.
      const row = key ? await em.findOne(DisputeEntity, { id: key, ownerRole: ctx.viewer.role }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!row) return { userErrors: [fail(['input', 'id'], UserErrorCode.NOT_FOUND, 'No dispute with this ID for you to resolve.')] };
      if (row.version !== input.version) {
        return { userErrors: [fail(['input', 'version'], UserErrorCode.STALE_VERSION, `The dispute is at version ${row.version}: refetch it and retry.`)] };
      }
      if (row.status !== DisputeStatus.OPEN) {
        return { userErrors: [fail(['input', 'id'], UserErrorCode.CONFLICT, `The dispute is already ${row.status}; file a new one to reopen the matter.`)] };
      }
      const changes =
        input.outcome === DisputeOutcome.UPHELD
          ? // subject_changes_since (SECURITY DEFINER): the audit log is the auditor's; the reviewing body reads only the
            // corrections made to this person since the dispute was filed.
            await em.execute<ChangeRow[]>('select * from subject_changes_since(?, ?::timestamptz, ?::jsonb)', [
              row.subjectHash,
              row.filedAt,
              JSON.stringify(CORRECTIONS[row.register]),
            ])
          : [];
      if (input.outcome === DisputeOutcome.UPHELD && !changes.length) {
        return {
          userErrors: [
            fail(['input', 'outcome'], UserErrorCode.CONFLICT,
              `Record the correction first (${CORRECTIONS[row.register].join(', ')} on this person since the dispute was filed): an upheld dispute links the change it caused.`),
          ],
        };
      }
      row.status = input.outcome === DisputeOutcome.UPHELD ? DisputeStatus.UPHELD : DisputeStatus.REJECTED;
      row.resolvedAt = new Date();
      row.version += 1;
      const steps = await em.count(DisputeEventEntity, { dispute: row });
      em.create(DisputeEventEntity, { dispute: row, step: steps + 1, status: row.status, reason, version: row.version, actorId: ctx.viewer.actorId, actorName: ctx.viewer.clientName });
      for (const c of changes) {
        em.create(DisputeChangeEntity, { dispute: row, auditEventId: c.id, action: c.action, occurredAt: new Date(c.occurred_at), detail: c.detail });
      }
      await em.flush();
      await this.audit.record(em, ctx, {
        action: 'dispute.resolve',
        outcome: 'SUCCESS',
        subjectCnic: row.cnic as Cnic,
        purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
        detail: { trackingId: row.trackingId, outcome: row.status, changes: changes.map((c) => c.id) },
      });
      return { dispute: await this.withHistory(em, row, ctx.viewer), userErrors: [] };
    });
  }

  /** DisputeGate: of these subjects, those with an open dispute of the offender register (one read, no rows returned). */
  async underDispute(em: EntityManager, subjectHashes: string[]): Promise<Set<string>> {
    const rows = await rawQuery<{ open_register_disputes: string }>(em, 'open_register_disputes', 'select open_register_disputes from open_register_disputes($1::text[])', [
      subjectHashes,
    ]);
    return new Set(rows.map((r) => r.open_register_disputes));
  }

  /**
   * Filing writes a dispute in the reviewing body's jurisdiction, wherever the filer is: in a national transaction
   * of its own (a centre in Lahore files for a person whose conviction is in Karachi), with its audit row.
   */
  private filed<T>(ctx: Context, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return nationalFork(ctx.em).transactional(work);
  }

  private async create(
    ctx: Context,
    em: EntityManager,
    d: { cnic: Cnic; kind: DisputeKind; details: string; reference: string | null; via: DisputeChannel; clientKey: string; idempotencyKey: string | null },
  ): Promise<DisputeEntity | null> {
    const [ref] = await em.execute<{ citizen_id: string; cnic: string }[]>('select * from citizen_ref(?)', [d.cnic]);
    if (!ref) return null;
    const citizen = { id: ref.citizen_id, cnic: ref.cnic };
    const [route] = await em.execute<{ register: DisputeRegister; owner_role: string; district_code: string }[]>(
      'select register, owner_role, district_code from dispute_route(?::uuid, ?)',
      [citizen.id, d.kind],
    );
    const row = em.create(DisputeEntity, {
      trackingId: await uniqueTrackingId(em),
      citizenId: citizen.id,
      cnic: d.cnic,
      subjectHash: this.audit.subjectHash(d.cnic),
      kind: d.kind,
      register: route.register,
      ownerRole: route.owner_role,
      district: em.getReference(DistrictEntity, route.district_code),
      details: d.details,
      reference: d.reference,
      filedVia: d.via,
      clientKey: d.clientKey,
      idempotencyKey: d.idempotencyKey,
    });
    em.create(DisputeEventEntity, { dispute: row, step: 1, status: DisputeStatus.OPEN, version: 1, actorId: ctx.viewer.actorId, actorName: ctx.viewer.clientName });
    await em.flush();
    await this.audit.record(em, ctx, {
      action: 'dispute.file',
      outcome: 'SUCCESS',
      subjectCnic: d.cnic,
      purpose: LookupPurpose.SUBJECT_ACCESS,
      detail: { trackingId: row.trackingId, kind: d.kind, via: d.via },
    });
    return row;
  }

  private async withHistory(em: EntityManager, row: DisputeEntity, viewer: Viewer): Promise<Dispute> {
    const [dispute] = await this.withHistories(em, [row], viewer);
    return dispute;
  }

  /** Two reads for any number of disputes (a page): their histories and their links. */
  private async withHistories(em: EntityManager, rows: DisputeEntity[], viewer: Viewer): Promise<Dispute[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [events, changes] = await Promise.all([
      em.find(DisputeEventEntity, { dispute: { $in: ids } }, { orderBy: { step: 'asc' } }),
      em.find(DisputeChangeEntity, { dispute: { $in: ids } }, { orderBy: { occurredAt: 'asc', auditEventId: 'asc' } }),
    ]);
    const reviewer = viewer.role === Role.LAW_ENFORCEMENT || viewer.role === Role.WELFARE_OFFICER;
    return rows.map((row) =>
      Object.assign(new Dispute(), {
        id: toGlobalId(DISPUTE_TYPE, row.id),
        key: row.id,
        trackingId: row.trackingId,
        kind: row.kind,
        status: row.status,
        cnicMasked: maskCnic(row.cnic as Cnic),
        cnic: reviewer ? (row.cnic as Cnic) : null,
        details: row.details,
        reference: row.reference ?? null,
        filedVia: row.filedVia,
        filedAt: row.filedAt,
        resolvedAt: row.resolvedAt ?? null,
        version: row.version,
        history: events
          .filter((e) => e.dispute.id === row.id)
          .map((e) => ({ status: e.status, reason: e.reason ?? null, actorName: e.actorName, version: e.version, at: e.at })),
        changes: changes
          .filter((c) => c.dispute.id === row.id)
          .map((c) => ({ action: c.action, auditEventId: toGlobalId(AUDIT_EVENT_TYPE, c.auditEventId), occurredAt: c.occurredAt })),
      }),
    );
  }
}

/** 50 random bits make a collision unlikely; the unique constraint is the guarantee, this loop the courtesy. */
async function uniqueTrackingId(em: EntityManager): Promise<string> {
  for (;;) {
    const id = newTrackingId();
    if (!(await em.count(DisputeEntity, { trackingId: id }))) return id;
  }
}
