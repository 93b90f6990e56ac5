import { readNationally } from '../db/jurisdiction-scope';
import { peopleDistricts } from '../auth/mandate';
import type { ObjectQuery } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { authorize } from '../auth/permissions';
import { checkLookupDeclaration } from '../audit/lookup-declaration';
import { ALLOWED_PURPOSES, type LookupPurpose } from '../audit/purpose';
import type { AuditService } from '../audit/audit.service';
import type { Cnic } from '../common/cnic';
import { ForbiddenError, NotFoundError } from '../common/errors';
import { pageRequest, toConnection, type ConnectionArgs, type ConnectionShape, type PageRequest } from '../common/connection';
import { districtCodes } from '../jurisdictions/jurisdiction';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { Context } from '../pipeline/context';
import { HouseholdEntity } from './household.entity';
import { MemberEntity } from './member.entity';
import { SurveyEntity } from './survey.entity';
import { DataQualityFlagEntity } from './data-quality-flag.entity';
import { MemberStatus, SurveyStatus } from './household.enums';
import { DataQualityFlag, Household, SurveyStatusAnswer } from './household.type';
import type { DataQualityFlagFilter, HouseholdFilter } from './household.input';
import { FLAG_TYPE, HOUSEHOLD_TYPE, MEMBER_TYPE, SURVEY_TYPE, outcomeOf, surveyStatusOf, householdFields, toFlag, toHousehold, toMember, toSurvey } from './household.mappers';
import type { Node } from '../common/node';
import { keyOf } from './household.access';
import { SURVEY_STATUS_MESSAGES } from './survey-status.messages';
import { outcomeEligibilitySql } from './survey-outcome';

const NO_HOUSEHOLD = 'No household with this ID in your jurisdiction.';

/**
 * Responsible for reading the registry: a person's survey status (for institutions and the SMS gateway), households
 * and their flags for welfare roles within jurisdiction. Jurisdiction is a condition of every query, never a filter
 * applied afterwards; lookups of a person and pages of households are audited.
 */
export class HouseholdService {
  constructor(
    private readonly reference: ReferenceData,
    private readonly audit: AuditService,
  ) {}

  /**
   * National for the roles whose mandate is (the SMS gateway: the person asking about themselves; universities);
   * within jurisdiction for the others, a person whose household lies outside answered as a CNIC that does not exist
   * (NOT_SURVEYED) and audited as OUT_OF_JURISDICTION.
   */
  async surveyStatus(ctx: Context, cnic: Cnic, purpose?: LookupPurpose | null, consentRef?: string | null): Promise<SurveyStatusAnswer> {
    authorize(ctx.viewer, 'survey:status');
    const declared = this.purposeOf(ctx, purpose);
    const ref = checkLookupDeclaration(ctx.viewer, declared, consentRef);
    const codes = peopleDistricts(ctx.viewer, this.reference);
    const status = await readNationally(ctx.em, async (em) => {
      const anywhere = await em.findOne(MemberEntity, { idNumber: cnic, status: MemberStatus.ACTIVE }, { populate: ['household'] });
      const outside = !!anywhere && !!codes && !codes.includes(anywhere.household.district.code);
      const member = outside ? null : anywhere;
      const survey = member ? await em.findOne(SurveyEntity, { household: member.household, latest: true }) : null;
      const answer = member ? surveyStatusOf(survey && outcomeOf(survey)) : SurveyStatus.NOT_SURVEYED;
      await this.audit.record(em, ctx, {
        action: 'survey.status',
        outcome: outside ? 'OUT_OF_JURISDICTION' : member ? 'SUCCESS' : 'NOT_FOUND',
        subjectCnic: cnic,
        purpose: declared,
        consentRef: ref,
        detail: { status: answer },
      });
      return answer;
    });
    const message = SURVEY_STATUS_MESSAGES[status];
    return Object.assign(new SurveyStatusAnswer(), { status, message: message.en, messageUrdu: message.ur, messageRomanUrdu: message.romanUr });
  }

  async household(ctx: Context, id: string): Promise<Household> {
    authorize(ctx.viewer, 'household:readMasked');
    const key = keyOf(id, HOUSEHOLD_TYPE);
    const row = await ctx.em.transactional(async (em) => {
      const found = key ? await em.findOne(HouseholdEntity, { id: key, ...this.districtCondition(ctx) }) : null;
      await this.audit.record(em, ctx, {
        action: 'household.read',
        outcome: found ? 'SUCCESS' : 'NOT_FOUND',
        purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
        detail: found ? { household: found.id } : null,
      });
      return found;
    });
    if (!row) throw new NotFoundError(NO_HOUSEHOLD);
    return toHousehold(row, this.reference);
  }

  /** Absent and out-of-jurisdiction answer alike; the audit row tells them apart. */
  async householdOf(ctx: Context, cnic: Cnic, purpose?: LookupPurpose | null, consentRef?: string | null): Promise<Household> {
    authorize(ctx.viewer, 'household:readMasked');
    const declared = this.purposeOf(ctx, purpose);
    const ref = checkLookupDeclaration(ctx.viewer, declared, consentRef);
    const row = await ctx.em.transactional(async (em) => {
      const member = await em.findOne(
        MemberEntity,
        { idNumber: cnic, status: MemberStatus.ACTIVE, household: this.districtCondition(ctx) },
        { populate: ['household'] },
      );
      await this.audit.record(em, ctx, {
        action: 'household.of',
        outcome: member ? 'SUCCESS' : 'NOT_FOUND',
        subjectCnic: cnic,
        purpose: declared,
        consentRef: ref,
      });
      return member?.household ?? null;
    });
    if (!row) throw new NotFoundError('No household with this member in your jurisdiction.');
    return toHousehold(row, this.reference);
  }

  async households(ctx: Context, args: ConnectionArgs, filter: HouseholdFilter = {}): Promise<ConnectionShape<Household>> {
    authorize(ctx.viewer, 'household:readMasked');
    const request = pageRequest(args);
    const filtered = (em: EntityManager): QueryBuilder<HouseholdEntity> => {
      const qb = em.createQueryBuilder(HouseholdEntity, 'h').where(this.householdWhere(ctx, filter));
      if (filter.status === SurveyStatus.NOT_SURVEYED) qb.andWhere('false');
      else if (filter.status === SurveyStatus.PENDING_VERIFICATION) {
        qb.andWhere(`exists (select 1 from survey s where s.household_id = h.id and s.latest and ${outcomeEligibilitySql('s')} is null)`);
      } else if (filter.status) {
        qb.andWhere(`exists (select 1 from survey s where s.household_id = h.id and s.latest and ${outcomeEligibilitySql('s')} = ?)`, [filter.status]);
      }
      if (filter.flag) {
        qb.andWhere(
          'exists (select 1 from data_quality_flag f where f.household_id = h.id and f.resolved_at is null and f.code = ?)',
          [filter.flag],
        );
      }
      return qb;
    };
    return ctx.em.transactional(async (em) => {
      const qb = filtered(em);
      // Plain rows, not entities: the page only shows them, and hydrating 100 entities (with a district reference
      // each) was a large share of the page's CPU in Node (issue #17).
      const rows = (await page(qb, request).execute<Parameters<typeof householdFields>[0][]>('all', false)).map(householdFields);
      await this.audit.record(em, ctx, {
        action: 'household.list',
        outcome: 'SUCCESS',
        purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
        detail: { returned: Math.min(rows.length, request.limit) },
      });
      // Counted on the request's transaction (this savepoint's is released by then), only if totalCount is selected.
      return toConnection(rows, request, (r) => [r.createdAt.toISOString(), r.id], (r) => toHousehold(r, this.reference), () =>
        filtered(ctx.em).getCount(),
      );
    });
  }

  async dataQualityFlags(ctx: Context, args: ConnectionArgs, filter: DataQualityFlagFilter = {}): Promise<ConnectionShape<DataQualityFlag>> {
    authorize(ctx.viewer, 'household:readMasked');
    const request = pageRequest(args);
    const where: ObjectQuery<DataQualityFlagEntity> = {
      resolvedAt: null,
      household: this.householdWhere(ctx, filter),
      ...(filter.code ? { code: filter.code } : {}),
      ...(filter.severity ? { severity: filter.severity } : {}),
    };
    const qb = ctx.em.createQueryBuilder(DataQualityFlagEntity, 'f').where(where);
    const rows = await page(qb.clone(), request).getResultList();
    return toConnection(rows, request, (r) => [r.createdAt.toISOString(), r.id], toFlag, () => qb.clone().getCount());
  }

  /** For `node(id:)`: members (whole view only), surveys and flags, under the same rules as the household's fields. */
  async node(ctx: Context, id: string): Promise<Node | null> {
    const household = (extra: object = {}) => ({ household: this.districtCondition(ctx), ...extra });
    let key = keyOf(id, MEMBER_TYPE);
    if (key) {
      authorize(ctx.viewer, 'household:read');
      return ctx.em.transactional(async (em) => {
        const row = await em.findOne(MemberEntity, { id: key!, ...household() });
        await this.audit.record(em, ctx, {
          action: 'member.read',
          outcome: row ? 'SUCCESS' : 'NOT_FOUND',
          subjectCnic: (row?.idNumber ?? null) as Cnic | null,
          purpose: ALLOWED_PURPOSES[ctx.viewer.role]?.[0] ?? null,
        });
        return row ? toMember(row) : null;
      });
    }
    authorize(ctx.viewer, 'household:readMasked');
    if ((key = keyOf(id, SURVEY_TYPE))) {
      const row = await ctx.em.findOne(SurveyEntity, { id: key, ...household() });
      return row ? toSurvey(row) : null;
    }
    if ((key = keyOf(id, FLAG_TYPE))) {
      const row = await ctx.em.findOne(DataQualityFlagEntity, { id: key, ...household() });
      return row ? toFlag(row) : null;
    }
    return null;
  }

  private purposeOf(ctx: Context, purpose?: LookupPurpose | null): LookupPurpose {
    const declared = purpose ?? ALLOWED_PURPOSES[ctx.viewer.role]?.[0];
    if (!declared) throw new ForbiddenError(`The ${ctx.viewer.role} role may not declare a lookup purpose.`);
    return declared;
  }

  private districtCondition(ctx: Context): ObjectQuery<HouseholdEntity> {
    const codes = districtCodes(ctx.viewer.jurisdiction, this.reference);
    return codes ? { district: { $in: codes } } : {};
  }

  /** Jurisdiction and the place filters, as one condition on households. */
  private householdWhere(ctx: Context, filter: { province?: string | null; district?: string | null; tehsil?: string | null }): ObjectQuery<HouseholdEntity> {
    const conditions: ObjectQuery<HouseholdEntity>[] = [this.districtCondition(ctx)];
    if (filter.province) {
      conditions.push({ district: { $in: this.reference.districtsOf(filter.province as never).map((d) => d.code) } });
    }
    if (filter.district) conditions.push({ district: filter.district });
    if (filter.tehsil) conditions.push({ tehsil: { $ilike: filter.tehsil.replace(/[\\%_]/g, (c) => `\\${c}`) } });
    return { $and: conditions };
  }
}

/** Newest first, keyset-paginated on (created_at, id); `limit + 1` rows tell whether another page follows. */
function page<T extends HouseholdEntity | DataQualityFlagEntity>(qb: QueryBuilder<T>, request: PageRequest): QueryBuilder<T> {
  const forward = request.direction === 'forward';
  const alias = qb.alias;
  if (request.cursor) {
    const [at, id] = request.cursor as [string, string];
    const op = forward ? '<' : '>';
    qb.andWhere(`(${alias}.created_at, ${alias}.id) ${op} (?, ?)`, [new Date(at), id]);
  }
  const order = forward ? 'desc' : 'asc';
  return qb.orderBy({ createdAt: order, id: order } as never).limit(request.limit + 1);
}

