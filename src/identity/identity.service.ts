import { CitizenEntity } from './citizen.entity';
import { Citizen } from './citizen.type';
import { toDistrict } from '../jurisdictions/district.type';
import { FieldMatch, IdentityMatch, type MatchIdentityInput } from './identity-match.type';
import { gradeDetails, type RecordDetails } from './matching';
import { authorize } from '../auth/permissions';
import { checkLookupDeclaration } from '../audit/lookup-declaration';
import type { AuditOutcome, AuditService } from '../audit/audit.service';
import type { LookupPurpose } from '../audit/purpose';
import { maskCnic, parseCnic, type Cnic } from '../common/cnic';
import { NotFoundError } from '../common/errors';
import { toGlobalId } from '../common/global-id';
import { readNationally } from '../db/jurisdiction-scope';
import type { ScopeSealer } from '../db/scope-seal';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IdentityRecord } from './identity-record';
import { cnicProvince } from '../jurisdictions/province';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { Context } from '../pipeline/context';

export const CITIZEN_TYPE = 'Citizen';
const NOT_IN_JURISDICTION = 'No citizen with this CNIC in your jurisdiction.';

/**
 * Responsible for the identity mirror: reading a citizen's record (in jurisdiction) and grading supplied details
 * against it. Every call authorises, then reads and writes its audit row in one transaction.
 */
export class IdentityService {
  constructor(
    private readonly reference: ReferenceData,
    private readonly audit: AuditService,
    private readonly sealer: ScopeSealer,
  ) {}

  async citizen(ctx: Context, cnic: Cnic, purpose: LookupPurpose): Promise<Citizen> {
    authorize(ctx.viewer, 'identity:read');
    checkLookupDeclaration(ctx.viewer, purpose, null);
    return this.readCitizen(ctx, { cnic }, purpose);
  }

  /** For `node(id:)`: same rules as `citizen`, with the purpose implied by the role's first allowed purpose. */
  async citizenById(ctx: Context, id: string, purpose: LookupPurpose): Promise<Citizen> {
    authorize(ctx.viewer, 'identity:read');
    return this.readCitizen(ctx, { id }, purpose);
  }

  private async readCitizen(
    ctx: Context,
    where: { cnic: string } | { id: string },
    purpose: LookupPurpose,
  ): Promise<Citizen> {
    // Absent and out-of-jurisdiction answer alike, so the API is no oracle for where someone lives; the audit row
    // tells them apart.
    const row = await ctx.em.transactional(async (em) => {
      const found = await em.findOne(CitizenEntity, where); // jurisdiction filter + row-level security
      let outcome: AuditOutcome = 'SUCCESS';
      let subject = found ? (found.cnic as Cnic) : 'cnic' in where ? (where.cnic as Cnic) : null;
      if (!found) {
        // For the audit only: does the person exist elsewhere? Nothing of the row leaves this block.
        const elsewhere = await readNationally(ctx.em, (national) => national.findOne(CitizenEntity, where, { fields: ['cnic'] }));
        outcome = elsewhere ? 'OUT_OF_JURISDICTION' : 'NOT_FOUND';
        subject ??= elsewhere ? (elsewhere.cnic as Cnic) : null;
      }
      await this.audit.record(em, ctx, { action: 'identity.read', outcome, subjectCnic: subject, purpose });
      return found;
    });
    if (!row) throw new NotFoundError(NOT_IN_JURISDICTION);
    return this.toCitizen(row);
  }

  async matchIdentity(ctx: Context, input: MatchIdentityInput): Promise<IdentityMatch> {
    authorize(ctx.viewer, 'identity:match');
    const consentRef = checkLookupDeclaration(ctx.viewer, input.purpose, input.consentRef);
    // Matching is national even for province-scoped clients: it discloses no record, and an employer in Lahore
    // may hire someone registered in Quetta.
    return readNationally(ctx.em, async (em) => {
      const found = await this.sealedIdentity(em, input.cnic);
      const result = gradeMatch(input, found?.record ?? null);
      await this.audit.record(em, ctx, {
        action: 'identity.match',
        outcome: found ? 'SUCCESS' : 'NOT_FOUND',
        subjectCnic: input.cnic,
        purpose: input.purpose,
        consentRef,
        detail: { grade: result.grade },
        claimed: input,
      });
      return result;
    });
  }

  /**
   * The identity record at a CNIC for grading details against it, through identity_sealed(): the database hands it
   * sealed for this server, so a role that may match but not read identities never holds one in the clear in SQL.
   */
  async sealedIdentity(em: EntityManager, cnic: Cnic): Promise<{ citizenId: string; record: IdentityRecord } | null> {
    const [row] = await em.execute<{ citizen_id: string; identity: string }[]>('select * from identity_sealed(?)', [cnic]);
    return row ? { citizenId: row.citizen_id, record: this.sealer.openSealed<IdentityRecord>(row.identity) } : null;
  }

  /**
   * Identity records by CNIC from the whole country, for validating what a caller submits (a centre in Lahore
   * registers people whose cards say Quetta). Read in a national transaction of its own; never returned to clients.
   */
  async recordsForValidation(ctx: Context, cnics: string[]): Promise<CitizenEntity[]> {
    if (!cnics.length) return [];
    return readNationally(ctx.em, (em) => em.find(CitizenEntity, { cnic: { $in: cnics } }));
  }

  toCitizen(row: CitizenEntity): Citizen {
    const cnic = parseCnic(row.cnic)!;
    const registrationProvince = cnicProvince(cnic);
    return Object.assign(new Citizen(), {
      id: toGlobalId(CITIZEN_TYPE, row.id),
      cnic,
      name: { latin: row.nameEn, urdu: row.nameUr },
      relation: row.relation,
      relativeName: { latin: row.relativeNameEn, urdu: row.relativeNameUr },
      gender: row.gender,
      dateOfBirth: row.dateOfBirth,
      district: toDistrict(row.district.code, this.reference),
      registrationProvince,
      localityVerified: registrationProvince !== null,
    });
  }
}

/**
 * The supplied details against the record at the CNIC (null: no record), graded by `matching/` (see docs/matching.md).
 */
export function gradeMatch(
  input: Pick<MatchIdentityInput, 'cnic' | 'name' | 'fatherName' | 'dateOfBirth'>,
  found: RecordDetails | null,
): IdentityMatch {
  const { grade, fields, matchedFields } = gradeDetails(input, found);
  return Object.assign(new IdentityMatch(), {
    cnicMasked: maskCnic(input.cnic),
    grade,
    fields: fields.map((f) => Object.assign(new FieldMatch(), f)),
    matchedFields,
  });
}
