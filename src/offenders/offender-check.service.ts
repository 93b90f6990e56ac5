import { randomUUID } from 'node:crypto';
import { authorize, can } from '../auth/permissions';
import { DisclosurePolicy } from '../auth/role';
import { checkLookupDeclaration } from '../audit/lookup-declaration';
import { maskCnic } from '../common/cnic';
import { toGlobalId } from '../common/global-id';
import { AUDIT_EVENT_TYPE } from '../audit/audit-log.service';
import { BadUserInputError, ConsentRequiredError, DomainError, ForbiddenError } from '../common/errors';
import { UserError, UserErrorCode } from '../common/user-error.type';
import { gradeMatch } from '../identity/identity.service';
import { FieldMatchOutcome, IdentityMatchGrade, type Gender, type Relation } from '../identity/identity.enums';
import { coversDistrict } from '../jurisdictions/jurisdiction';
import type { Context } from '../context';
import { MessageLocale, OffenderCheckReason, OffenderCheckResult } from './offender.enums';
import type { OffenderCheckInput } from './offender.input';
import { NameLine, OffenderCheck, ResultOnly } from './offender.type';
import { checkMessage, nameLine } from './offender.messages';
import { toOffenderRecord } from './offender.mapping';
import { rawQuery } from '../db/raw-query';
import type { GuardOutcome } from '../security/enumeration-guard';
import { settleCharge } from '../limits/limits.plugin';
import type { SubjectSafeguards } from '../common/subject-safeguards';
import type { ReceiptConsent } from '../receipts/receipt.claims';

export const MAX_BULK_CHECKS = 1000;

/**
 * One statement: `offender_check` (a SQL function, see the migration) reads the register and writes the audit rows,
 * after `offender_admit` has charged the budget and passed the enumeration guard.
 * The inputs travel as one JSON document, every input gets its audit row (INVALID ones too), and only ACTIVE
 * convictions count. Being one statement it is also one transaction (autocommit, a prepared statement on a pooled
 * connection: see raw-query.ts). Results come back in input order.
 */
const CHECK_SQL = 'select * from offender_check($1::jsonb, $2, $3, $4::uuid, $5, $6, $7)';
/** Admission (budget charge and enumeration guard) in one call, before the check: see offender_admit's migration. */
const ADMIT_SQL = 'select * from offender_admit($1, $2, $3, $4, $5::uuid, $6::date, $7::jsonb, $8, $9, $10, $11, $12, $13, $14)';

interface HitRow {
  ord: number;
  citizen_id: string | null;
  cnic: string | null;
  name_en: string;
  name_ur: string;
  relation: Relation;
  relative_name_en: string;
  relative_name_ur: string;
  gender: Gender;
  date_of_birth: string;
  district_code: string;
  active_districts: string[];
  checked_at: Date | string;
  data_as_of: Date | string;
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
  /** The person's consents and disputes (issue #14); null where no subjects feature is wired (checks run as before). */
  constructor(private readonly safeguards: SubjectSafeguards | null = null) {}

  async verify(ctx: Context, input: OffenderCheckInput): Promise<OffenderCheck> {
    this.authorise(ctx);
    const consentRef = checkLookupDeclaration(ctx.viewer, input.purpose, input.consentRef ?? (input.consentId ? CITED : null));
    const item: Prepared = { input, checkId: randomUUID(), consentRef, consent: consentRef ? { ref: consentRef } : null, errors: [] };
    await this.verifyConsents(ctx, [item]);
    const [check] = await this.run(ctx, [item]);
    // A refused check is audited like an invalid bulk item (by offender_check, above), then refused.
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
        return { input, checkId: randomUUID(), consentRef, consent: consentRef ? { ref: consentRef } : null, errors: [] };
      } catch (error) {
        return { input, checkId: randomUUID(), consentRef: null, consent: null, errors: [toItemError(error, i)] };
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
        item.errors.push(consentError(items.length > 1 ? index : null,
          `Your disclosure policy requires a consent the person granted: cite it as \`consentId\` (see requestConsent).`));
      }
    });
    if (!citing.length) return;
    const audit = ctx.deps.services.audit;
    const verdicts = this.safeguards
      ? await this.safeguards.consents.verify(
          ctx.em,
          viewer.clientId,
          citing.map(({ item }) => ({
            consentId: item.input.consentId!,
            subjectHash: audit.subjectHash(item.input.cnic),
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
    const { viewer, requestId } = ctx;
    const audit = ctx.deps.services.audit;
    const rows = items.map((p, ord) => ({
      ord,
      check_id: p.checkId,
      cnic: p.input.cnic,
      subject_hash: audit.subjectHash(p.input.cnic),
      purpose: p.input.purpose,
      consent_ref: p.consentRef,
      valid: p.errors.length === 0,
    }));
    // Two statements, each its own transaction, and no request transaction around them (see SELF_TRANSACTING in
    // request-transaction.plugin.ts). First admission: the budget charge, left to us by the limits plugin, and the
    // enumeration guard; a refusal reads nothing and writes no audit row. Then one statement that reads the register
    // and writes the audit rows, committed before the answer exists.
    const guard = audit.enumerationGuard;
    const prepared = guard?.prepare(
      viewer,
      items.flatMap((p) => (p.errors.length ? [] : [{ cnic: p.input.cnic, found: null }])),
    );
    const charge = ctx.pendingCharge;
    ctx.pendingCharge = undefined;
    if (charge || prepared) {
      const [admission] = await rawQuery<GuardOutcome & { tokens: number | null; admitted: boolean | null }>(
        ctx.em,
        'offender_admit',
        ADMIT_SQL,
        [
          ...(charge ? [charge.key, charge.capacity, charge.cost, charge.capacity / charge.periodSeconds] : [null, null, null, null]),
          viewer.clientId,
          ...(prepared?.params ?? Array.from({ length: 9 }, () => null)),
        ],
      );
      if (charge) settleCharge(ctx, charge, Number(admission.tokens), admission.admitted === true);
      if (guard && prepared) await guard.settle(ctx.em, viewer, prepared, admission);
    }
    const hits = await rawQuery<HitRow>(ctx.em, 'offender_check', CHECK_SQL, [
      JSON.stringify(rows),
      viewer.actorKind,
      viewer.actorId,
      viewer.clientId,
      viewer.clientName,
      viewer.role,
      requestId,
    ]);
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
    const found = hit.citizen_id
      ? {
          nameEn: hit.name_en,
          nameUr: hit.name_ur,
          relativeNameEn: hit.relative_name_en,
          relativeNameUr: hit.relative_name_ur,
          dateOfBirth: hit.date_of_birth,
        }
      : null;
    const match = gradeMatch(p.input, found);
    const active = hit.active_districts.length > 0;
    const differs = match.fields.some((f) => f.outcome === FieldMatchOutcome.MISMATCH);
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
    const inJurisdiction = hit.active_districts.some((d) => coversDistrict(ctx.viewer.jurisdiction, d, ctx.deps.reference));
    const fullRecord = policy === DisclosurePolicy.FULL && inJurisdiction && can(ctx.viewer, 'offender:read');
    // While the person disputes the record, no institution's check names them (issue #14).
    if (result === OffenderCheckResult.RECORD_FOUND && !fullRecord && disputed.has(subjectHash)) {
      result = OffenderCheckResult.REFER_TO_LAW_ENFORCEMENT;
      reason = OffenderCheckReason.UNDER_DISPUTE;
    }
    let message = checkMessage(result, reason, locale);
    if (result === OffenderCheckResult.RECORD_FOUND && hit.citizen_id) {
      const person = {
        id: hit.citizen_id,
        cnic: hit.cnic!,
        nameEn: hit.name_en,
        nameUr: hit.name_ur,
        relation: hit.relation,
        relativeNameEn: hit.relative_name_en,
        relativeNameUr: hit.relative_name_ur,
        gender: hit.gender,
        dateOfBirth: hit.date_of_birth,
        districtCode: hit.district_code,
      };
      const line = nameLine(person);
      // FULL shows the record only to roles that may read the register, and only within their jurisdiction.
      if (fullRecord) {
        disclosure = toOffenderRecord(person, ctx.deps.reference);
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
