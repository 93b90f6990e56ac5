import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../../auth/permissions';
import { Role } from '../../auth/role';
import { checkLookupDeclaration } from '../../audit/lookup-declaration';
import { ALLOWED_PURPOSES, LookupPurpose } from '../../audit/purpose';
import type { AuditService } from '../../audit/audit.service';
import { AuditEventEntity } from '../../audit/audit-event.entity';
import { maskCnic, type Cnic } from '../../common/cnic';
import { pageRequest, type ConnectionArgs } from '../../common/connection';
import { BadUserInputError } from '../../common/errors';
import { fromGlobalId, isUuid, toGlobalId } from '../../common/global-id';
import type { MobileNumber } from '../../common/mobile-number';
import { newestFirstPage } from '../../common/newest-first';
import { UserErrorCode, type UserError } from '../../common/user-error.type';
import { claimsOf, type Context } from '../../pipeline/context';
import { nationalScope, scope } from '../../db/jurisdiction-scope';
import type { ScopeSealer } from '../../db/scope-seal';
import { readNationally } from '../../db/jurisdiction-scope';
import { toDistrict } from '../../jurisdictions/district.type';
import { coversDistrict } from '../../jurisdictions/jurisdiction';
import { DistrictEntity } from '../../jurisdictions/district.entity';
import type { ReferenceData } from '../../jurisdictions/reference-data';
import type { RegisteredNumbers } from '../numbers/registered-numbers';
import { LegalHoldEntity } from './legal-hold.entity';
import {
  LegalHold,
  SubjectAccess,
  SubjectAccessKind,
  type LegalHoldPayload,
  type LiftLegalHoldInput,
  type PlaceLegalHoldInput,
  type SubjectAccessConnection,
  type SubjectAccessInput,
} from './access.type';

export const LEGAL_HOLD_TYPE = 'LegalHold';
const REQUEST_REF = /^[\p{L}\p{N} ._:/#-]{1,128}$/u;
const LAW_ENFORCEMENT_LABEL = 'Law enforcement';
const PUBLIC_SMS_LABEL = 'Public SMS check';
const YOU_BY_SMS_LABEL = 'You, by SMS';
/** The latest entries an SMS reply may list (it keeps those that fit two segments). */
const SMS_ENTRIES = 12;

const KIND_BY_ACTION: Record<string, SubjectAccessKind> = {
  'offender.check': SubjectAccessKind.CHECK,
  'eligibility.check': SubjectAccessKind.CHECK,
  'identity.match': SubjectAccessKind.CHECK,
  'survey.status': SubjectAccessKind.CHECK,
  'identity.read': SubjectAccessKind.READ,
  'offender.read': SubjectAccessKind.READ,
  'household.of': SubjectAccessKind.READ,
  'member.read': SubjectAccessKind.READ,
  'registration.read': SubjectAccessKind.READ,
  'dispute.read': SubjectAccessKind.READ,
  'dispute.list': SubjectAccessKind.READ,
  'legalhold.read': SubjectAccessKind.READ,
  'watch.create': SubjectAccessKind.WATCH,
  'watch.cancel': SubjectAccessKind.WATCH,
  'dispute.file': SubjectAccessKind.DISPUTE,
  'dispute.status': SubjectAccessKind.DISPUTE,
  'dispute.resolve': SubjectAccessKind.DISPUTE,
  'registration.start': SubjectAccessKind.REGISTRATION,
  'registration.reject': SubjectAccessKind.REGISTRATION,
  'survey.submit': SubjectAccessKind.REGISTRATION,
  'conviction.register': SubjectAccessKind.CHANGE,
  'conviction.amend': SubjectAccessKind.CHANGE,
  'conviction.status': SubjectAccessKind.CHANGE,
  'member.update': SubjectAccessKind.CHANGE,
  'member.move': SubjectAccessKind.CHANGE,
  'member.death': SubjectAccessKind.CHANGE,
  'subject.access': SubjectAccessKind.SUBJECT_ACCESS,
};

function kindOf(action: string): SubjectAccessKind {
  return KIND_BY_ACTION[action] ?? (action.startsWith('consent.') ? SubjectAccessKind.CONSENT : SubjectAccessKind.OTHER);
}

/** Who, as the person reads it: agencies are "law enforcement", the SMS services the public or the person. */
function institutionOf(row: AuditEventEntity): string {
  if (row.role === Role.LAW_ENFORCEMENT) return LAW_ENFORCEMENT_LABEL;
  if (row.role === Role.SMS_GATEWAY) return row.action === 'offender.check' || row.action === 'survey.status' ? PUBLIC_SMS_LABEL : YOU_BY_SMS_LABEL;
  return row.clientName;
}

export function toSubjectAccess(row: AuditEventEntity): SubjectAccess {
  return Object.assign(new SubjectAccess(), {
    occurredAt: row.occurredAt,
    kind: kindOf(row.action),
    action: row.action,
    institution: institutionOf(row),
    role: row.role as Role,
    purpose: (row.purpose as LookupPurpose | null) ?? null,
    consentRef: row.role === Role.LAW_ENFORCEMENT ? null : (row.consentRef ?? null),
    outcome: row.outcome,
  });
}

/** One entry of the SMS answer to `CHECKS <CNIC>`. */
export interface SmsAccessEntry {
  occurredAt: Date;
  institution: string;
  purpose: LookupPurpose | null;
}

export type SmsChecksOutcome =
  | { kind: 'NOT_REGISTERED' }
  | { kind: 'OK'; cnicMasked: string; entries: SmsAccessEntry[]; withheld: boolean };

const fail = (field: string[], code: UserErrorCode, message: string): UserError => ({ field, code, message });

/**
 * Responsible for "who checked me": the subject access report (a registration centre, for the person at its counter)
 * and its SMS form (`CHECKS <CNIC>` from a number registered to that CNIC), both read from the audit log by the
 * subject's keyed hash, newest first; and legal holds, which law enforcement places on a record to withhold its own
 * accesses from the person while in force (the report then says that some entries are withheld).
 */
export class SubjectAccessService {
  constructor(
    private readonly audit: AuditService,
    private readonly numbers: RegisteredNumbers,
    private readonly reference: ReferenceData,
    private readonly sealer: ScopeSealer,
  ) {}

  /**
   * The request's entity manager with a scope that may read this one subject's audit rows (claim `s`): the audit log
   * is otherwise the auditor's, and the database reads a person's rows only for a scope sealed for their request.
   */
  private subjectEm(ctx: Context, subjectHash: string): EntityManager {
    return scope(ctx.em.fork(), nationalScope(this.sealer.seal({ ...claimsOf(ctx.viewer, ctx.requestId), d: null, s: subjectHash })));
  }

  async report(ctx: Context, input: SubjectAccessInput, args: ConnectionArgs): Promise<SubjectAccessConnection> {
    authorize(ctx.viewer, 'subject:access');
    checkLookupDeclaration(ctx.viewer, input.purpose, null);
    if (input.purpose !== LookupPurpose.SUBJECT_ACCESS) {
      throw new BadUserInputError('`purpose` must be SUBJECT_ACCESS: the report is for the person, at their request.', { field: ['input', 'purpose'] });
    }
    const requestRef = input.requestRef.trim();
    if (!REQUEST_REF.test(requestRef)) {
      throw new BadUserInputError('`requestRef` must be 1-128 letters, digits, spaces or . _ : / # -.', { field: ['input', 'requestRef'] });
    }
    const request = pageRequest(args);
    const subjectHash = this.audit.subjectHash(input.cnic);
    // National: the person stands at the counter with their card, whichever district their records are in.
    return this.subjectEm(ctx, subjectHash).transactional(async (em) => {
      const known = (await readNationally(ctx.em, (n) => n.execute<{ citizen_id: string }[]>('select * from citizen_ref(?)', [input.cnic]))).length;
      // The report's own row first, so it lists itself: the person sees this request too.
      await this.audit.record(em, ctx, {
        action: 'subject.access',
        outcome: known ? 'SUCCESS' : 'NOT_FOUND',
        subjectCnic: input.cnic,
        purpose: LookupPurpose.SUBJECT_ACCESS,
        detail: { requestRef },
      });
      const { where, withheld } = await this.visible(em, subjectHash);
      // Counted only when `totalCount` is selected (a person checked daily for years has hundreds of thousands of
      // rows: 58 ms at 199,000), after this transaction, in one of its own under the same subject scope: the request's
      // own connection may not read the person's rows, so a count there would silently be 0.
      const count = () => this.subjectEm(ctx, subjectHash).transactional((tx) => tx.count(AuditEventEntity, where));
      const page = await newestFirstPage(em, AuditEventEntity, where, request, 'occurredAt', toSubjectAccess, count);
      return Object.assign(page, { cnicMasked: maskCnic(input.cnic), someEntriesWithheld: withheld }) as SubjectAccessConnection;
    });
  }

  /** `CHECKS <CNIC>` by SMS: the latest accesses by others, for a sender whose number is registered to that CNIC. */
  async smsChecks(ctx: Context, sender: MobileNumber, cnic: Cnic): Promise<SmsChecksOutcome> {
    if (!(await this.numbers.isRegisteredTo(ctx.em, sender, cnic))) return { kind: 'NOT_REGISTERED' };
    const subjectHash = this.audit.subjectHash(cnic);
    return this.subjectEm(ctx, subjectHash).transactional(async (em) => {
      await this.audit.record(em, ctx, { action: 'subject.access', outcome: 'SUCCESS', subjectCnic: cnic, purpose: LookupPurpose.SUBJECT_ACCESS, detail: { channel: 'SMS' } });
      const { where, withheld } = await this.visible(em, subjectHash);
      // The person's own requests (this one included) are not news to them.
      const others: FilterQuery<AuditEventEntity> = {
        $and: [where, { action: { $ne: 'subject.access' } }, { $or: [{ role: { $ne: Role.SMS_GATEWAY } }, { action: { $in: ['offender.check', 'survey.status'] } }] }],
      };
      const rows = await em.find(AuditEventEntity, others, { orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }], limit: SMS_ENTRIES });
      return {
        kind: 'OK' as const,
        cnicMasked: maskCnic(cnic),
        withheld,
        entries: rows.map((r) => ({ occurredAt: r.occurredAt, institution: institutionOf(r), purpose: (r.purpose as LookupPurpose | null) ?? null })),
      };
    });
  }

  /** The person's rows, less law enforcement's while a legal hold is in force (and whether that withheld any). */
  private async visible(em: EntityManager, subjectHash: string): Promise<{ where: FilterQuery<AuditEventEntity>; withheld: boolean }> {
    const [{ held }] = await em.execute<{ held: boolean }[]>('select subject_held(?) as held', [subjectHash]);
    if (!held) return { where: { subjectHash }, withheld: false };
    const withheld = (await em.count(AuditEventEntity, { subjectHash, role: Role.LAW_ENFORCEMENT })) > 0;
    return { where: { subjectHash, role: { $ne: Role.LAW_ENFORCEMENT } }, withheld };
  }

  async placeHold(ctx: Context, input: PlaceLegalHoldInput): Promise<LegalHoldPayload> {
    authorize(ctx.viewer, 'legalHold:manage');
    const reason = input.reason.trim();
    const errors: UserError[] = [];
    if (!this.reference.district(input.district)) errors.push(fail(['input', 'district'], UserErrorCode.INVALID, '`district` is not a district code (e.g. `PK617`).'));
    else if (!coversDistrict(ctx.viewer.jurisdiction, input.district, this.reference)) {
      errors.push(fail(['input', 'district'], UserErrorCode.FORBIDDEN, 'This district is outside your jurisdiction.'));
    }
    if (!reason || reason.length > 1000) errors.push(fail(['input', 'reason'], UserErrorCode.INVALID, '`reason` must be 1-1,000 characters.'));
    if (input.expiresAt && input.expiresAt <= new Date()) errors.push(fail(['input', 'expiresAt'], UserErrorCode.INVALID, '`expiresAt` must be in the future.'));
    if (errors.length) return { userErrors: errors };
    return ctx.em.transactional(async (em) => {
      if (!(await readNationally(ctx.em, (n) => n.execute<{ citizen_id: string }[]>('select * from citizen_ref(?)', [input.cnic]))).length) {
        return { userErrors: [fail(['input', 'cnic'], UserErrorCode.NOT_FOUND, 'No identity record has this CNIC.')] };
      }
      const row = em.create(LegalHoldEntity, {
        subjectHash: this.audit.subjectHash(input.cnic),
        cnicMasked: maskCnic(input.cnic),
        district: em.getReference(DistrictEntity, input.district),
        reason,
        placedBy: ctx.viewer.actorId,
        placedByName: ctx.viewer.clientName,
        expiresAt: input.expiresAt ?? null,
      });
      await em.flush();
      await this.audit.record(em, ctx, {
        action: 'legalhold.place',
        outcome: 'SUCCESS',
        subjectCnic: input.cnic,
        purpose: LookupPurpose.LAW_ENFORCEMENT,
        detail: { legalHold: row.id, district: input.district },
      });
      return { legalHold: this.toLegalHold(row), userErrors: [] };
    });
  }

  async liftHold(ctx: Context, input: LiftLegalHoldInput): Promise<LegalHoldPayload> {
    authorize(ctx.viewer, 'legalHold:manage');
    const parsed = fromGlobalId(input.id);
    const key = parsed?.type === LEGAL_HOLD_TYPE && isUuid(parsed.key) ? parsed.key : null;
    const reason = input.reason.trim();
    if (!reason || reason.length > 1000) return { userErrors: [fail(['input', 'reason'], UserErrorCode.INVALID, '`reason` must be 1-1,000 characters.')] };
    return ctx.em.transactional(async (em) => {
      const row = key ? await em.findOne(LegalHoldEntity, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!row) return { userErrors: [fail(['input', 'id'], UserErrorCode.NOT_FOUND, 'No legal hold with this ID in your jurisdiction.')] };
      if (row.version !== input.version) {
        return { userErrors: [fail(['input', 'version'], UserErrorCode.STALE_VERSION, `The hold is at version ${row.version}: refetch it and retry.`)] };
      }
      if (row.liftedAt) return { userErrors: [fail(['input', 'id'], UserErrorCode.CONFLICT, 'This hold is already lifted.')] };
      Object.assign(row, { liftedAt: new Date(), liftReason: reason, version: row.version + 1 });
      await em.flush();
      await this.audit.record(em, ctx, {
        action: 'legalhold.lift',
        outcome: 'SUCCESS',
        subjectHash: row.subjectHash,
        purpose: LookupPurpose.LAW_ENFORCEMENT,
        detail: { legalHold: row.id },
      });
      return { legalHold: this.toLegalHold(row), userErrors: [] };
    });
  }

  /** The holds on a person's record placed within your jurisdiction, newest first. */
  async holds(ctx: Context, cnic: Cnic): Promise<LegalHold[]> {
    authorize(ctx.viewer, 'legalHold:manage');
    return ctx.em.transactional(async (em) => {
      const rows = await em.find(LegalHoldEntity, { subjectHash: this.audit.subjectHash(cnic) }, { orderBy: { placedAt: 'desc', id: 'desc' } });
      await this.audit.record(em, ctx, {
        action: 'legalhold.read',
        outcome: rows.length ? 'SUCCESS' : 'NOT_FOUND',
        subjectCnic: cnic,
        purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
      });
      return rows.map((r) => this.toLegalHold(r));
    });
  }

  /** For `node(id:)`: law enforcement within jurisdiction. */
  async holdById(ctx: Context, key: string): Promise<LegalHold | null> {
    if (ctx.viewer.role !== Role.LAW_ENFORCEMENT || !isUuid(key)) return null;
    const row = await ctx.em.findOne(LegalHoldEntity, { id: key });
    return row ? this.toLegalHold(row) : null;
  }

  private toLegalHold(row: LegalHoldEntity, now = new Date()): LegalHold {
    return Object.assign(new LegalHold(), {
      id: toGlobalId(LEGAL_HOLD_TYPE, row.id),
      cnicMasked: row.cnicMasked,
      district: toDistrict(row.district.code, this.reference),
      reason: row.reason,
      placedBy: row.placedByName,
      placedAt: row.placedAt,
      expiresAt: row.expiresAt ?? null,
      liftedAt: row.liftedAt ?? null,
      inForce: !row.liftedAt && (!row.expiresAt || row.expiresAt > now),
      version: row.version,
    });
  }
}
