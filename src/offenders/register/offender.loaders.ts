import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import { districtCodes } from '../../jurisdictions/jurisdiction';
import type { ReferenceData } from '../../jurisdictions/reference-data';
import type { Context, RequestScoped } from '../../pipeline/context';
import { ConvictionEntity } from './conviction.entity';
import { ConvictionEventEntity } from './conviction-event.entity';
import { toConviction, toConvictionEvent } from './offender.mapping';
import type { Conviction, ConvictionEvent } from './offender.type';

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
        const where: FilterQuery<ConvictionEntity> = { offender: { $in: [...ids] } };
        const codes = districtCodes(ctx.viewer.jurisdiction, reference);
        if (codes) where.district = { $in: codes };
        const rows = await ctx.em.find(ConvictionEntity, where, { orderBy: [{ convictionDate: 'desc' }, { id: 'asc' }] });
        return ids.map((id) => rows.filter((r) => r.offender.id === id).map((r) => toConviction(r, reference)));
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
