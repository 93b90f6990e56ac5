import type { ReplicaMonitor } from '../db/replica';
import { replicaMetrics } from '../metrics/instruments';
import { RequestLoaders, requestEntityManager, type Context } from './context';
import type { OperationPlan } from './metadata';

/** Where an operation read, as each response's `extensions` says (`readFrom`, `replicaLagMs`, `replicaFallback`). */
export type ReadPlacement =
  | { readFrom: 'PRIMARY'; replicaFallback?: 'LAGGING' | 'UNAVAILABLE' }
  | { readFrom: 'REPLICA'; replicaLagMs: number };

export const ON_PRIMARY: ReadPlacement = { readFrom: 'PRIMARY' };

/**
 * Stage "execute", placement part: an operation whose plan allows it (`@ReplicaRead` on every root field of a query)
 * reads from the streaming replica while the replica answers within REPLICA_MAX_LAG_MS; anything else, and every
 * write, is the primary's. The request's entity manager becomes one of the replica's, scoped exactly as the
 * primary's was (so row-level security sees the same jurisdiction there), and the primary's stays as `ctx.writes`
 * for the audit rows and the tally.
 */
export class ReadPlacer {
  constructor(private readonly monitor: ReplicaMonitor | null) {}

  place(ctx: Context, plan: OperationPlan): ReadPlacement {
    if (!this.monitor || !plan.replicaRead) return ON_PRIMARY;
    const state = this.monitor.state();
    if (!state.usable) return { readFrom: 'PRIMARY', replicaFallback: state.reason };
    const primary = ctx.em;
    ctx.em = requestEntityManager(this.monitor.replica, ctx.scope);
    ctx.writes = primary;
    // Apollo hands resolvers a shallow copy of the context it was given: the per-request caches must build their
    // loaders from this copy, whose `em` is now the replica's (none was built yet: execution has not begun).
    ctx.loaders = new RequestLoaders(() => ctx);
    return { readFrom: 'REPLICA', replicaLagMs: Math.round(state.lagMs) };
  }

  /** The replica refused the transaction (gone since the monitor last heard from it): the primary reads after all. */
  unplace(ctx: Context): ReadPlacement {
    if (ctx.writes) {
      ctx.em = ctx.writes;
      ctx.writes = undefined;
      ctx.loaders = new RequestLoaders(() => ctx);
    }
    return { readFrom: 'PRIMARY', replicaFallback: 'UNAVAILABLE' };
  }

  /** Counts where the operation read, once its transaction has begun there. */
  record(placement: ReadPlacement): void {
    if (placement.readFrom === 'REPLICA') replicaMetrics.reads.inc();
    else if (placement.replicaFallback) replicaMetrics.fallbacks.inc({ reason: placement.replicaFallback });
  }
}
