import { auditEventId } from '../../audit/event-id';
import { authorize, can } from '../../auth/permissions';
import { DisclosurePolicy } from '../../auth/role';
import { checkLookupDeclaration } from '../../audit/lookup-declaration';
import { AUDIT_EVENT_TYPE, type AuditService } from '../../audit/audit.service';
import { maskCnic } from '../../common/cnic';
import { toGlobalId } from '../../common/global-id';
import { BadUserInputError, ConsentRequiredError, DomainError, ForbiddenError } from '../../common/errors';
import { UserError, UserErrorCode } from '../../common/user-error.type';
import { gradeMatch, IdentityMatchGrade, type Gender, type Relation } from '../../identity';
import { coversDistrict } from '../../jurisdictions/jurisdiction';
import type { ReferenceData } from '../../jurisdictions/reference-data';
import type { Context } from '../../pipeline/context';
import { sqlFunction } from '../../db/raw-query';
import type { ScopeSealer } from '../../db/scope-seal';
import type { EnumerationGuard, GuardArgs, GuardOutcome } from '../../security/enumeration-guard';
import { MessageLocale, OffenderCheckReason, OffenderCheckResult } from '../offender.enums';
import { toOffenderRecord } from '../register/offender.mapping';
import type { OffenderCheckInput } from './offender-check.input';
import { NameLine, OffenderCheck, ResultOnly } from './offender-check.type';
import { checkMessage, nameLine } from './offender.messages';
import type { SubjectSafeguards } from '../../subjects';
import type { ReceiptConsent } from '../../receipts/receipt.claims';

export const MAX_BULK_CHECKS = 1000;

/**
 * The weakest identity grade on which an ACTIVE conviction answers RECORD_FOUND; weaker, REFER_TO_LAW_ENFORCEMENT.
 * PARTIAL (nothing given contradicts the record) is enough: a check with the CNIC alone (the SMS service) must still
 * answer, and a spelling variant, an initial or a near date is not a contradiction. CONFLICT is referred.
 */
export const RECORD_FOUND_NEEDS = IdentityMatchGrade.PARTIAL;
const GRADE_RANK: Record<IdentityMatchGrade, number> = {
  [IdentityMatchGrade.EXACT]: 4,
  [IdentityMatchGrade.STRONG]: 3,
  [IdentityMatchGrade.PARTIAL]: 2,
  [IdentityMatchGrade.CONFLICT]: 1,
  [IdentityMatchGrade.NOT_FOUND]: 0,
};

/**
 * The check and its admission in one statement (see offender_check's migration, Migration20261207800000): the budget
 * charge the pipeline deferred (no cost: charged elsewhere), the enumeration guard (no rows: the viewer is not
 * tallied), then the register read and one audit row per input (INVALID ones too); only ACTIVE convictions count.
 * Being one statement it is one round trip and one transaction, committed before the answer exists. A refusal
 * answers a single row with no `ord`, having read nothing and written no audit row. Inputs travel as one JSON
 * document; results come back in input order. Who acted comes from the request's sealed scope (audit_write).
 */
const offenderCheck = sqlFunction<
  Partial<Omit<GuardArgs, 'scope'>> & { scope: string; inputs: string; bucketCost?: number },
  HitRow & GuardOutcome & { tokens: number | null; admitted: boolean | null }
>('offender_check', {
  scope: 'text',
  inputs: 'jsonb',
  bucketCost: 'float8',
  day: 'date',
  rows: 'jsonb',
  oddHour: 'boolean',
  notFoundShare: 'float8',
  notFoundMin: 'int',
  sequentialMax: 'int',
  oddHourMax: 'int',
  defaultCap: 'int',
  limits: 'jsonb',
});

interface HitRow {
  ord: number;
  citizen_id: string | null;
  /** The identity record, sealed by the database for this server (app_sealed_identity); null when nobody has the CNIC. */
  identity: string | null;
  active_districts: string[];
  checked_at: Date | string;
  data_as_of: Date | string;
}

/** The identity record inside `identity`. */
interface SealedIdentity {
  cnic: string;
  nameEn: string;
  nameUr: string;
  relation: Relation;
  relativeNameEn: string;
  relativeNameUr: string;
  gender: Gender;
  dateOfBirth: string;
  districtCode: string;
}

interface Prepared {
  input: OffenderCheckInput;
  checkId: string;
  consentRef: string | null;
  /** What the receipt says of consent: the verified consent's ID, or the client's own reference. */
  consent: ReceiptConsent;
  errors: UserError[];
}

/** Stands in for `consentRef` while a cited consent is verified (declarations need one for some purposes). */
const CITED = 'consent';

/**
 * Responsible for offender checks (the hot path): authorising the caller and its disclosure policy, validating each
 * declaration, then one round trip that reads the register and writes the audit rows, and shaping each answer to
 * the policy. Institutions never see offence details.
 */
export class OffenderCheckService {
  constructor(
    private readonly reference: ReferenceData,
    private readonly audit: AuditService,
    private readonly guard: EnumerationGuard | null,
    private readonly sealer: ScopeSealer,
    /** The person's consents and disputes (issue #14); null where no subjects feature is wired (checks run as before). */
    private readonly safeguards: SubjectSafeguards | null = null,
  ) {}

  async verify(ctx: Context, input: OffenderCheckInput): Promise<OffenderCheck> {
    this.authorise(ctx);
    const consentRef = checkLookupDeclaration(ctx.viewer, input.purpose, input.consentRef ?? (input.consentId ? CITED : null));
    const item: Prepared = { input, checkId: auditEventId(), consentRef, consent: consentRef ? { ref: consentRef } : null, errors: [] };
    await this.verifyConsents(ctx, [item]);
    const [check] = await this.run(ctx, [item]);
    // A refused check is audited like an invalid bulk item (by offender_check), then refused.
    if (item.errors.length) throw new ConsentRequiredError(item.errors[0].message, { checkId: check.checkId });
    return check;
  }

  async verifyMany(ctx: Context, inputs: OffenderCheckInput[]): Promise<OffenderCheck[]> {
    this.authorise(ctx);
    if (inputs.length > MAX_BULK_CHECKS) {
      throw new BadUserInputError(`\`inputs\` takes at most ${MAX_BULK_CHECKS} checks per call.`);
    }
    if (!inputs.length) return [];
    const prepared = inputs.map((input, i): Prepared => {
      try {
        const consentRef = checkLookupDeclaration(ctx.viewer, input.purpose, input.consentRef ?? (input.consentId ? CITED : null));
        return { input, checkId: auditEventId(), consentRef, consent: consentRef ? { ref: consentRef } : null, errors: [] };
      } catch (error) {
        return { input, checkId: auditEventId(), consentRef: null, consent: null, errors: [toItemError(error, i)] };
      }
    });
    await this.verifyConsents(ctx, prepared);
    return this.run(ctx, prepared);
  }

  /**
   * Consent the subject gave (issue #14). No statement at all unless an item cites a consent: a client whose policy
   * requires one and cites none is refused without a read; citations are verified in one read for the batch.
   */
  private async verifyConsents(ctx: Context, items: Prepared[]): Promise<void> {
    const { viewer } = ctx;
    const required =
      viewer.requireVerifiedConsent === true && (viewer.disclosure === DisclosurePolicy.NAME_LINE || viewer.disclosure === DisclosurePolicy.FULL);
    const citing: { item: Prepared; index: number }[] = [];
    items.forEach((item, index) => {
      if (item.errors.length) return;
      if (item.input.consentId) citing.push({ item, index });
      else if (required) {
        item.errors.push(
          consentError(items.length > 1 ? index : null, 'Your disclosure policy requires a consent the person granted: cite it as `consentId` (see requestConsent).'),
        );
      }
    });
    if (!citing.length) return;
    const verdicts = this.safeguards
      ? await this.safeguards.consents.verify(
          ctx.em,
          { clientId: viewer.clientId, scopeToken: ctx.scope.token },
          citing.map(({ item }) => ({
            consentId: item.input.consentId!,
            subjectHash: this.audit.subjectHash(item.input.cnic),
            purpose: item.input.purpose,
            scope: 'OFFENDER_CHECK' as const,
          })),
        )
      : citing.map(() => ({ ok: false as const, message: 'Consents are not available on this server.' }));
    citing.forEach(({ item, index }, i) => {
      const verdict = verdicts[i];
      if (verdict.ok) {
        item.consentRef = verdict.id;
        item.consent = { id: verdict.id };
      } else {
        item.consentRef = null;
        item.consent = null;
        item.errors.push(consentError(items.length > 1 ? index : null, verdict.message));
      }
    });
  }

  private authorise(ctx: Context): void {
    authorize(ctx.viewer, 'offender:check');
    if (ctx.viewer.disclosure === DisclosurePolicy.NONE) {
      throw new ForbiddenError('Your client\'s disclosure policy (NONE) does not allow offender checks.');
    }
  }

  private async run(ctx: Context, items: Prepared[]): Promise<OffenderCheck[]> {
    // Each CNIC is hashed once: the audit row's subject, the guard's tally and the receipt share it.
    const rows = items.map((p, ord) => ({
      ord,
      check_id: p.checkId,
      cnic: p.input.cnic,
      subject_hash: this.audit.subjectHash(p.input.cnic),
      purpose: p.input.purpose,
      consent_ref: p.consentRef,
      valid: p.errors.length === 0,
    }));
    // One statement, its own transaction, and no request transaction around it (@OwnTransaction): the budget charge
    // the pipeline deferred to us, the enumeration guard, then the register read and the audit rows. A refusal reads
    // nothing and writes no audit row.
    const prepared = this.guard?.prepare(
      ctx,
      rows.flatMap((r, i) => (r.valid ? [{ cnic: r.cnic, found: null, hash: r.subject_hash, details: items[i].input }] : [])),
    );
    const charge = ctx.budget.takeDeferred();
    const hits = await offenderCheck(ctx.sql, { ...prepared?.args, scope: ctx.scope.token, inputs: JSON.stringify(rows), bucketCost: charge?.cost });
    const admission = hits[0];
    if (charge) ctx.budget.settle(charge, Number(admission.tokens), admission.admitted === true);
    if (this.guard && prepared) await this.guard.settle(ctx.em, ctx, prepared, admission);
    const disputed = await this.underDispute(ctx, rows, hits);
    return items.map((p, i) => this.answer(ctx, p, hits[i], rows[i].subject_hash, disputed));
  }

  /**
   * Subjects with an open dispute of the register (issue #14), read only for hits that would disclose a name line:
   * one extra read, and only when such a hit exists (most checks find no record and never pay for it).
   */
  private async underDispute(ctx: Context, rows: { subject_hash: string }[], hits: HitRow[]): Promise<Set<string>> {
    const policy = ctx.viewer.disclosure;
    if (!this.safeguards || (policy !== DisclosurePolicy.NAME_LINE && policy !== DisclosurePolicy.FULL)) return new Set();
    const hashes = hits.flatMap((hit, i) => (hit.citizen_id && hit.active_districts.length ? [rows[i].subject_hash] : []));
    return hashes.length ? this.safeguards.disputes.underDispute(ctx.em, hashes) : new Set();
  }

  private answer(ctx: Context, p: Prepared, hit: HitRow, subjectHash: string, disputed: Set<string>): OffenderCheck {
    const locale = p.input.locale ?? MessageLocale.EN;
    const found = hit.identity ? this.sealer.openSealed<SealedIdentity>(hit.identity) : null;
    const match = gradeMatch(p.input, found);
    const active = hit.active_districts.length > 0;
    const differs = GRADE_RANK[match.grade] < GRADE_RANK[RECORD_FOUND_NEEDS];
    let result = p.errors.length
      ? OffenderCheckResult.NOT_CHECKED
      : !active
        ? OffenderCheckResult.NO_RECORD
        : differs
          ? OffenderCheckResult.REFER_TO_LAW_ENFORCEMENT
          : OffenderCheckResult.RECORD_FOUND;
    let reason = differs && result === OffenderCheckResult.REFER_TO_LAW_ENFORCEMENT ? OffenderCheckReason.DETAILS_DIFFER : null;

    const policy = ctx.viewer.disclosure;
    let disclosure: OffenderCheck['disclosure'] = Object.assign(new ResultOnly(), { policy });
    const inJurisdiction = hit.active_districts.some((d) => coversDistrict(ctx.viewer.jurisdiction, d, this.reference));
    const fullRecord = policy === DisclosurePolicy.FULL && inJurisdiction && can(ctx.viewer, 'offender:read');
    // While the person disputes the record, no institution's check names them (issue #14).
    if (result === OffenderCheckResult.RECORD_FOUND && !fullRecord && disputed.has(subjectHash)) {
      result = OffenderCheckResult.REFER_TO_LAW_ENFORCEMENT;
      reason = OffenderCheckReason.UNDER_DISPUTE;
    }
    let message = checkMessage(result, reason, locale);
    if (result === OffenderCheckResult.RECORD_FOUND && hit.citizen_id && found) {
      const person = { id: hit.citizen_id, ...found };
      const line = nameLine(person);
      // FULL shows the record only to roles that may read the register, and only within their jurisdiction.
      if (fullRecord) {
        disclosure = toOffenderRecord(person, this.reference);
      } else if (policy === DisclosurePolicy.NAME_LINE || policy === DisclosurePolicy.FULL) {
        disclosure = Object.assign(new NameLine(), {
          name: { latin: person.nameEn, urdu: person.nameUr },
          relation: person.relation,
          relativeName: { latin: person.relativeNameEn, urdu: person.relativeNameUr },
          ...line,
        });
        message = locale === MessageLocale.UR ? line.urdu : line.english;
      }
    }
    const checkId = toGlobalId(AUDIT_EVENT_TYPE, p.checkId);
    const cnicMasked = maskCnic(p.input.cnic);
    const grade = p.errors.length ? IdentityMatchGrade.NOT_FOUND : match.grade;
    const checkedAt = new Date(hit.checked_at);
    return Object.assign(new OffenderCheck(), {
      checkId,
      cnicMasked,
      result,
      reason,
      grade,
      checkedAt,
      dataAsOf: new Date(hit.data_as_of),
      message,
      disclosure,
      errors: p.errors,
      receiptFacts: {
        checkId,
        checkedAt,
        client: { id: ctx.viewer.clientId, name: ctx.viewer.clientName, role: ctx.viewer.role },
        purpose: p.input.purpose,
        consent: p.consent,
        subjectHash,
        cnicMasked,
        result: { result, reason, grade, disclosure: policy },
      },
    });
  }
}

function consentError(index: number | null, message: string): UserError {
  return Object.assign(new UserError(), {
    field: index === null ? ['input', 'consentId'] : ['inputs', String(index), 'consentId'],
    code: UserErrorCode.CONSENT_REQUIRED,
    message,
  });
}

function toItemError(error: unknown, index: number): UserError {
  if (!(error instanceof DomainError)) throw error;
  const code = error.extensions.code === 'FORBIDDEN' ? UserErrorCode.FORBIDDEN : UserErrorCode.INVALID;
  const field = (error.extensions.field as string[] | undefined) ?? ['purpose'];
  return Object.assign(new UserError(), { field: ['inputs', String(index), ...field], code, message: error.message });
}
