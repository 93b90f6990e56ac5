import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../../auth/permissions';
import { checkLookupDeclaration } from '../../audit/lookup-declaration';
import { LookupPurpose } from '../../audit/purpose';
import type { Cnic } from '../../common/cnic';
import { pageRequest, toConnection, type ConnectionArgs, type ConnectionShape } from '../../common/connection';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { coversDistrict, districtCodes } from '../../jurisdictions/jurisdiction';
import { ConvictionEntity } from './conviction.entity';
import type { Context } from '../../pipeline/context';
import type { ReferenceData } from '../../jurisdictions/reference-data';
import type { AuditService } from '../../audit/audit.service';
import type { OffenderLoaders } from './offender.loaders';
import { toConviction, toOffenderRecord, type PersonRow } from './offender.mapping';
import type { OffenderFilter } from './offender.input';
import type { Conviction, OffenderRecord } from './offender.type';
import { normaliseSection } from './sections';
import { isUuid } from '../../common/global-id';

const NOT_ON_REGISTER = 'No offender with this CNIC on the register in your jurisdiction.';

const PERSON_COLUMNS = `c.id, c.cnic, c.name_en as "nameEn", c.name_ur as "nameUr", c.relation,
  c.relative_name_en as "relativeNameEn", c.relative_name_ur as "relativeNameUr", c.gender,
  c.date_of_birth::text as "dateOfBirth", c.district_code as "districtCode"`;

/**
 * Responsible for reading the register (LAW_ENFORCEMENT): one offender by CNIC or global ID, and the filtered list.
 * Jurisdiction is part of every query (a conviction's district), never a filter applied afterwards; every read is
 * audited in the transaction that reads.
 */
export class OffenderRegisterService {
  constructor(
    private readonly reference: ReferenceData,
    private readonly audit: AuditService,
    private readonly loaders: OffenderLoaders,
  ) {}

  async offender(ctx: Context, cnic: Cnic): Promise<OffenderRecord> {
    authorize(ctx.viewer, 'offender:read');
    checkLookupDeclaration(ctx.viewer, LookupPurpose.LAW_ENFORCEMENT, null);
    return this.readOne(ctx, 'c.cnic = ?', cnic, cnic);
  }

  async offenderById(ctx: Context, citizenId: string): Promise<OffenderRecord> {
    authorize(ctx.viewer, 'offender:read');
    if (!isUuid(citizenId)) throw new NotFoundError(NOT_ON_REGISTER);
    return this.readOne(ctx, 'c.id = ?::uuid', citizenId, null);
  }

  private async readOne(ctx: Context, where: string, value: string, cnic: Cnic | null): Promise<OffenderRecord> {
    const codes = districtCodes(ctx.viewer.jurisdiction, this.reference);
    const person = await ctx.em.transactional(async (em: EntityManager) => {
      const [row] = await em.execute<(PersonRow & { visible: boolean; listed: boolean })[]>(
        `select ${PERSON_COLUMNS},
           exists (select 1 from conviction v where v.citizen_id = c.id) as listed,
           exists (select 1 from conviction v where v.citizen_id = c.id
                   and (?::jsonb is null or v.district_code in (select jsonb_array_elements_text(?::jsonb)))) as visible
         from citizen c where ${where}`,
        [codes && JSON.stringify(codes), codes && JSON.stringify(codes), value],
      );
      const outcome = !row?.listed ? 'NOT_FOUND' : row.visible ? 'SUCCESS' : 'OUT_OF_JURISDICTION';
      await this.audit.record(em, ctx, {
        action: 'offender.read',
        outcome,
        subjectCnic: (row?.cnic as Cnic | undefined) ?? cnic,
        purpose: LookupPurpose.LAW_ENFORCEMENT,
      });
      return outcome === 'SUCCESS' ? row : null;
    });
    if (!person) throw new NotFoundError(NOT_ON_REGISTER);
    return toOffenderRecord(person, this.reference);
  }

  async offenders(ctx: Context, args: ConnectionArgs, filter: OffenderFilter): Promise<ConnectionShape<OffenderRecord>> {
    authorize(ctx.viewer, 'offender:read');
    const request = pageRequest(args);
    const reference = this.reference;
    let codes = districtCodes(ctx.viewer.jurisdiction, reference);
    const narrow = (allowed: string[]) => (codes = codes ? codes.filter((c) => allowed.includes(c)) : allowed);
    if (filter.province) narrow(reference.districtsOf(filter.province).map((d) => d.code));
    if (filter.district) {
      if (!reference.district(filter.district)) throw new BadUserInputError('`filter.district` is not a district code.');
      narrow([filter.district]);
    }
    let section: string | null = null;
    if (filter.section) {
      section = normaliseSection(filter.section);
      if (!section) throw new BadUserInputError('`filter.section` must look like `PPC 376` or `PECA 22`.');
    }

    const conditions: string[] = [];
    const params: unknown[] = [];
    if (codes) {
      conditions.push('v.district_code in (select jsonb_array_elements_text(?::jsonb))');
      params.push(JSON.stringify(codes));
    }
    if (section) {
      conditions.push('? = any(v.sections)');
      params.push(section);
    }
    if (filter.status) {
      conditions.push('v.status = ?');
      params.push(filter.status);
    }
    const matching = `exists (select 1 from conviction v where ${['v.citizen_id = c.id', ...conditions].join(' and ')})`;
    const forward = request.direction === 'forward';
    const cursor = request.cursor?.[0];
    if (request.cursor && !isUuid(cursor)) {
      throw new BadUserInputError('The cursor is not from this connection.');
    }
    if (cursor) conditions.push(`v.citizen_id ${forward ? '>' : '<'} ?::uuid`);
    const order = forward ? 'asc' : 'desc';
    // Driven by the register, not by the identity mirror: the people with a matching conviction in key order (the
    // conviction index, stopping at the page), each joined to their identity record. `citizen where exists
    // (conviction ...)` walked the mirror's key until it had met a page of offenders: half the registry's citizens
    // for a page at the end, growing with the registry (51,000 citizens probed for a page at 100,000 households).
    const pageSql = `select ${PERSON_COLUMNS} from (
        select distinct v.citizen_id from conviction v ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
        order by v.citizen_id ${order}) ids
      cross join lateral (select * from citizen c where c.id = ids.citizen_id) c
      order by ids.citizen_id ${order} limit ?`;

    return ctx.em.transactional(async (em: EntityManager) => {
      const rows = await em.execute<PersonRow[]>(pageSql, [...params, ...(cursor ? [cursor] : []), request.limit + 1]);
      await this.audit.record(em, ctx, {
        action: 'offender.list',
        outcome: 'SUCCESS',
        purpose: LookupPurpose.LAW_ENFORCEMENT,
        detail: { returned: Math.min(rows.length, request.limit), filter: { ...filter } },
      });
      // Only when totalCount is selected, on the request's transaction (this savepoint's is released by then).
      const total = async () =>
        (await ctx.em.execute<{ total: number }[]>(`select count(*)::int as total from citizen c where ${matching}`, params))[0].total;
      return toConnection(rows, request, (r) => [r.id], (r) => toOffenderRecord(r, this.reference), total);
    });
  }

  /** For `node(id:)`: a conviction in the viewer's jurisdiction, or null. Audited like `offender`. */
  async convictionById(ctx: Context, id: string): Promise<Conviction | null> {
    authorize(ctx.viewer, 'offender:read');
    if (!isUuid(id)) return null;
    return ctx.em.transactional(async (em: EntityManager) => {
      const row = await em.findOne(ConvictionEntity, { id }, { populate: ['offender'] });
      const visible = !!row && coversDistrict(ctx.viewer.jurisdiction, row.district.code, this.reference);
      await this.audit.record(em, ctx, {
        action: 'offender.read',
        outcome: !row ? 'NOT_FOUND' : visible ? 'SUCCESS' : 'OUT_OF_JURISDICTION',
        subjectCnic: (row?.offender.cnic as Cnic | undefined) ?? null,
        purpose: LookupPurpose.LAW_ENFORCEMENT,
        detail: { convictionId: id },
      });
      return visible ? toConviction(row, this.reference) : null;
    });
  }

  /** For `OffenderRecord.convictions`: batched per request, within jurisdiction. */
  convictions(ctx: Context, record: OffenderRecord) {
    return ctx.loaders
      .get(this.loaders)
      .convictionsByOffender.load(record.key)
      .then((list) => list.map((c) => Object.assign(c, { offenderCnic: record.cnic })));
  }
}
