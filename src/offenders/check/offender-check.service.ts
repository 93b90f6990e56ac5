import { randomUUID } from 'node:crypto';
import { authorize, can } from '../../auth/permissions';
import { DisclosurePolicy } from '../../auth/role';
import { checkLookupDeclaration } from '../../audit/lookup-declaration';
import { AUDIT_EVENT_TYPE, type AuditService } from '../../audit/audit.service';
import { maskCnic } from '../../common/cnic';
import { toGlobalId } from '../../common/global-id';
import { BadUserInputError, DomainError, ForbiddenError } from '../../common/errors';
import { UserError, UserErrorCode } from '../../common/user-error.type';
import { gradeMatch, IdentityMatchGrade, type Gender, type Relation } from '../../identity';
import { coversDistrict } from '../../jurisdictions/jurisdiction';
import type { ReferenceData } from '../../jurisdictions/reference-data';
import type { Context } from '../../pipeline/context';
import { sqlFunction } from '../../db/raw-query';
import type { ScopeSealer } from '../../db/scope-seal';
import type { EnumerationGuard, GuardArgs, GuardOutcome } from '../../security/enumeration-guard';
import { MessageLocale, OffenderCheckResult } from '../offender.enums';
import { toOffenderRecord } from '../register/offender.mapping';
import type { OffenderCheckInput } from './offender-check.input';
import { NameLine, OffenderCheck, ResultOnly } from './offender-check.type';
import { nameLine, resultMessage } from './offender.messages';

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
 * Admission for a check, in one call (see offender_admit's migration): the budget charge (no bucket key: charged
 * elsewhere) and the enumeration guard (no rows: the viewer is not tallied). Its own short transaction.
 */
const offenderAdmit = sqlFunction<
  Partial<Omit<GuardArgs, 'scope'>> & { scope: string; bucketCost?: number },
  GuardOutcome & { tokens: number | null; admitted: boolean | null }
>('offender_admit', {
  scope: 'text',
  bucketCost: 'float8',
  day: 'date',
  rows: 'jsonb',
  oddHour: 'boolean',
  notFoundShare: 'float8',
  notFoundMin: 'int',
  sequentialMax: 'int',
  oddHourMax: 'int',
  defaultCap: 'int',
});

/**
 * The check in one statement (see offender_check's migration): reads the register and writes one audit row per input
 * (INVALID ones too); only ACTIVE convictions count. Being one statement it is also one transaction, committed
 * before the answer exists. Inputs travel as one JSON document; results come back in input order. Who acted comes
 * from the request's sealed scope, as for every audit row (audit_write).
 */
const offenderCheck = sqlFunction<{ scope: string; inputs: string }, HitRow>('offender_check', { scope: 'text', inputs: 'jsonb' });

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
  errors: UserError[];
}

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
  ) {}

  async verify(ctx: Context, input: OffenderCheckInput): Promise<OffenderCheck> {
    this.authorise(ctx);
    const consentRef = checkLookupDeclaration(ctx.viewer, input.purpose, input.consentRef);
    const [check] = await this.run(ctx, [{ input, checkId: randomUUID(), consentRef, errors: [] }]);
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
        const consentRef = checkLookupDeclaration(ctx.viewer, input.purpose, input.consentRef);
        return { input, checkId: randomUUID(), consentRef, errors: [] };
      } catch (error) {
        return { input, checkId: randomUUID(), consentRef: null, errors: [toItemError(error, i)] };
      }
    });
    return this.run(ctx, prepared);
  }

  private authorise(ctx: Context): void {
    authorize(ctx.viewer, 'offender:check');
    if (ctx.viewer.disclosure === DisclosurePolicy.NONE) {
      throw new ForbiddenError('Your client\'s disclosure policy (NONE) does not allow offender checks.');
    }
  }

  private async run(ctx: Context, items: Prepared[]): Promise<OffenderCheck[]> {
    const rows = items.map((p, ord) => ({
      ord,
      check_id: p.checkId,
      cnic: p.input.cnic,
      subject_hash: this.audit.subjectHash(p.input.cnic),
      purpose: p.input.purpose,
      consent_ref: p.consentRef,
      valid: p.errors.length === 0,
    }));
    // Two statements, each its own transaction, and no request transaction around them (@OwnTransaction). First
    // admission: the budget charge the pipeline deferred to us, and the enumeration guard; a refusal reads nothing and
    // writes no audit row. Then one statement that reads the register and writes the audit rows.
    const prepared = this.guard?.prepare(
      ctx,
      items.flatMap((p) => (p.errors.length ? [] : [{ cnic: p.input.cnic, found: null }])),
    );
    const charge = ctx.budget.takeDeferred();
    if (charge || prepared) {
      const [admission] = await offenderAdmit(ctx.em, { ...prepared?.args, scope: ctx.scope.token, bucketCost: charge?.cost });
      if (charge) ctx.budget.settle(charge, Number(admission.tokens), admission.admitted === true);
      if (this.guard && prepared) await this.guard.settle(ctx.em, ctx, prepared, admission);
    }
    const hits = await offenderCheck(ctx.em, { scope: ctx.scope.token, inputs: JSON.stringify(rows) });
    return items.map((p, i) => this.answer(ctx, p, hits[i]));
  }

  private answer(ctx: Context, p: Prepared, hit: HitRow): OffenderCheck {
    const locale = p.input.locale ?? MessageLocale.EN;
    const found = hit.identity ? this.sealer.openSealed<SealedIdentity>(hit.identity) : null;
    const match = gradeMatch(p.input, found);
    const active = hit.active_districts.length > 0;
    const result = p.errors.length
      ? OffenderCheckResult.NOT_CHECKED
      : !active
        ? OffenderCheckResult.NO_RECORD
        : GRADE_RANK[match.grade] < GRADE_RANK[RECORD_FOUND_NEEDS]
          ? OffenderCheckResult.REFER_TO_LAW_ENFORCEMENT
          : OffenderCheckResult.RECORD_FOUND;

    const policy = ctx.viewer.disclosure;
    let disclosure: OffenderCheck['disclosure'] = Object.assign(new ResultOnly(), { policy });
    let message = resultMessage(result, locale);
    if (result === OffenderCheckResult.RECORD_FOUND && hit.citizen_id && found) {
      const person = { id: hit.citizen_id, ...found };
      const line = nameLine(person);
      const inJurisdiction = hit.active_districts.some((d) =>
        coversDistrict(ctx.viewer.jurisdiction, d, this.reference),
      );
      // FULL shows the record only to roles that may read the register, and only within their jurisdiction.
      if (policy === DisclosurePolicy.FULL && inJurisdiction && can(ctx.viewer, 'offender:read')) {
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
    return Object.assign(new OffenderCheck(), {
      checkId: toGlobalId(AUDIT_EVENT_TYPE, p.checkId),
      cnicMasked: maskCnic(p.input.cnic),
      result,
      grade: p.errors.length ? IdentityMatchGrade.NOT_FOUND : match.grade,
      checkedAt: new Date(hit.checked_at),
      dataAsOf: new Date(hit.data_as_of),
      message,
      disclosure,
      errors: p.errors,
    });
  }
}

function toItemError(error: unknown, index: number): UserError {
  if (!(error instanceof DomainError)) throw error;
  const code = error.extensions.code === 'FORBIDDEN' ? UserErrorCode.FORBIDDEN : UserErrorCode.INVALID;
  const field = (error.extensions.field as string[] | undefined) ?? ['purpose'];
  return Object.assign(new UserError(), { field: ['inputs', String(index), ...field], code, message: error.message });
}
