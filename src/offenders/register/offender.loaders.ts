import DataLoader from 'dataloader';
import { districtCodes } from '../../jurisdictions/jurisdiction';
import type { ReferenceData } from '../../jurisdictions/reference-data';
import type { Context, RequestScoped } from '../../pipeline/context';
import { boundQuery, sqlArray } from '../../db/raw-query';
import { ConvictionEventEntity } from './conviction-event.entity';
import { toConviction, toConvictionEvent, type ConvictionFields } from './offender.mapping';
import type { Conviction, ConvictionEvent } from './offender.type';

/** A conviction as the loader reads it: the entity's fields under their property names, dates as the API shows them. */
type ConvictionRow = Omit<ConvictionFields, 'offender' | 'district'> & { citizenId: string; districtCode: string };
const CONVICTION_COLUMNS = `v.id, v.citizen_id as "citizenId", v.district_code as "districtCode", v.version, v.status, v.sections,
  v.court, v.case_number as "caseNumber", v.conviction_date::text as "convictionDate", v.sentence,
  v.registering_agency as "registeringAgency", v.registered_on::text as "registeredOn", v.ends_on::text as "endsOn",
  v.last_known_address as "lastKnownAddress", v.created_at as "createdAt", v.updated_at as "updatedAt"`;

export interface OffenderLoaderSet {
  /** Citizen id → their convictions in the viewer's jurisdiction, newest conviction first. */
  convictionsByOffender: DataLoader<string, Conviction[]>;
  /** Conviction id → its history, oldest first. */
  historyByConviction: DataLoader<string, ConvictionEvent[]>;
}

/** Per request (`ctx.loaders.get(...)`), from the request's entity manager, so jurisdiction applies to what loads. */
export class OffenderLoaders implements RequestScoped<OffenderLoaderSet> {
  constructor(private readonly reference: ReferenceData) {}

  create(ctx: Context): OffenderLoaderSet {
    const reference = this.reference;
    return {
      convictionsByOffender: new DataLoader(async (ids) => {
        // Plain rows, not entities: a page of 100 offenders shows ~150 convictions, and hydrating them (with a
        // reference entity per offender and district) was the page's largest cost in Node (issue #17).
        const codes = districtCodes(ctx.viewer.jurisdiction, reference);
        const rows = await boundQuery<ConvictionRow>(
          ctx.em,
          `select ${CONVICTION_COLUMNS} from conviction v where v.citizen_id = any(?::uuid[])
             ${codes ? 'and v.district_code = any(?::text[])' : ''}
           order by v.conviction_date desc, v.id asc`,
          codes ? [sqlArray(ids), sqlArray(codes)] : [sqlArray(ids)],
        );
        const byOffender = new Map<string, Conviction[]>();
        for (const row of rows) {
          const list = byOffender.get(row.citizenId) ?? [];
          // Timestamps come as PostgreSQL's text (the driver leaves them to MikroORM to parse).
          const fields = { ...row, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt), offender: { id: row.citizenId }, district: { code: row.districtCode } };
          list.push(toConviction(fields, reference));
          byOffender.set(row.citizenId, list);
        }
        return ids.map((id) => byOffender.get(id) ?? []);
      }),
      historyByConviction: new DataLoader(async (ids) => {
        const rows = await ctx.em.find(
          ConvictionEventEntity,
          { conviction: { $in: [...ids] } },
          { orderBy: [{ at: 'asc' }, { version: 'asc' }] },
        );
        return ids.map((id) => rows.filter((r) => r.conviction.id === id).map(toConvictionEvent));
      }),
    };
  }
}
