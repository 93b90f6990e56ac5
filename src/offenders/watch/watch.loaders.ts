import DataLoader from 'dataloader';
import type { Context, RequestScoped } from '../../pipeline/context';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookDelivery } from './watch.type';

export interface WatchLoaderSet {
  deliveriesByWatch: DataLoader<string, WebhookDelivery[]>;
}

/** Per request: the delivery log of many watches in one query. Watches are already scoped to the viewer's client. */
export class WatchLoaders implements RequestScoped<WatchLoaderSet> {
  create(ctx: Context): WatchLoaderSet {
    return {
      deliveriesByWatch: new DataLoader(async (ids) => {
        const rows = await ctx.em.find(
          WebhookDeliveryEntity,
          { watch: { $in: [...ids] } },
          { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] },
        );
        return ids.map((id) =>
          rows
            .filter((r) => r.watch.id === id)
            .map((r) =>
              Object.assign(new WebhookDelivery(), {
                id: r.id,
                status: r.status,
                attempts: r.attempts,
                lastStatusCode: r.lastStatusCode ?? null,
                lastError: r.lastError ?? null,
                createdAt: r.createdAt,
                lastAttemptAt: r.lastAttemptAt ?? null,
                deliveredAt: r.deliveredAt ?? null,
                nextAttemptAt: r.nextAttemptAt,
              }),
            ),
        );
      }),
    };
  }
}
