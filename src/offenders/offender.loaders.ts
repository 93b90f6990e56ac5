import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import { districtCodes } from '../jurisdictions/jurisdiction';
import type { Context } from '../context';
import { ConvictionEntity } from './conviction.entity';
import { ConvictionEventEntity } from './conviction-event.entity';
import { toConviction, toConvictionEvent } from './offender.mapping';
import type { Conviction, ConvictionEvent } from './offender.type';

export interface OffenderLoaders {
  /** Citizen id → their convictions in the viewer's jurisdiction, newest conviction first. */
  convictionsByOffender: DataLoader<string, Conviction[]>;
  /** Conviction id → its history, oldest first. */
  historyByConviction: DataLoader<string, ConvictionEvent[]>;
}

// Per request (keyed by its context), built from the request's entity manager so jurisdiction applies to what loads.
const perRequest = new WeakMap<Context, OffenderLoaders>();

export function offenderLoaders(ctx: Context): OffenderLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = create(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

function create(ctx: Context): OffenderLoaders {
  const reference = ctx.deps.reference;
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
