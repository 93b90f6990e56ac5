import { RateLimitedError } from '../common/errors';
import { outcome, type Charge } from './rate-limiter';
import { limitMetrics } from '../metrics/instruments';

/** A charge to a client's token bucket: `cost` points from a bucket of `capacity` that refills per `periodSeconds`. */
export interface BudgetCharge {
  key: string;
  cost: number;
  capacity: number;
  periodSeconds: number;
}

/** What `extensions.cost` reports on every response. */
export interface CostReport {
  requested: number;
  limit: number;
  remaining: number;
  resetAt: string;
}

/**
 * One request's budget: what the operation costs, whether the charge was admitted, and when to retry if not.
 *
 * The admission stage charges the bucket before execution, except where the operation charges in a statement of its
 * own (a lone offender check: one round trip fewer): the stage then `defer`s the charge, the operation `takeDeferred`s
 * it, pays it in its statement and `settle`s the statement's answer here. Whatever is deferred and never taken is
 * charged by the pipeline as the response goes out, so every priced operation is charged exactly once.
 */
export class RequestBudget {
  /** Reported in `extensions.cost` once the operation is priced and charged. */
  cost?: CostReport;
  /** Set when the budget refused the operation: the Retry-After header. */
  retryAfterSeconds?: number;
  private deferred?: BudgetCharge;

  defer(charge: BudgetCharge): void {
    this.deferred = charge;
  }

  /** The charge the operation must pay in its own statement, once; undefined when already charged. */
  takeDeferred(): BudgetCharge | undefined {
    const charge = this.deferred;
    this.deferred = undefined;
    return charge;
  }

  /** Records a bucket's answer to `charge`; throws RATE_LIMITED if it refused. */
  record(charge: BudgetCharge, result: Charge): void {
    this.cost = { requested: charge.cost, limit: charge.capacity, remaining: result.remaining, resetAt: result.resetAt.toISOString() };
    if (!result.allowed) {
      limitMetrics.refusals.inc({ limit: 'budget' });
      this.retryAfterSeconds = result.retryAfterSeconds;
      throw new RateLimitedError(result.retryAfterSeconds);
    }
  }

  /** Records what a statement's own charge (rate_bucket_charge: tokens left, admitted) answered; throws if refused. */
  settle(charge: BudgetCharge, tokens: number, admitted: boolean): void {
    this.record(charge, outcome(admitted, tokens, charge.cost, charge.capacity, charge.periodSeconds));
  }
}
