import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { QueryTooComplexError, RateLimitedError } from '../common/errors';
import { CostCache } from '../limits/cost-cache';
import { refusedCharge, type RateLimiter } from '../limits/rate-limiter';
import type { BudgetCharge } from '../limits/request-budget';
import type { Viewer } from '../auth/viewer';
import type { Context } from './context';
import type { OperationPlan } from './metadata';

export interface LimitsOptions {
  /** The per-query cost limit (QUERY_COST_LIMIT); a client's budget per minute caps it too. */
  maxCostPerQuery: number;
  /**
   * Sandbox only (`npm run sandbox` passes it; production refuses sandbox mode): operations it matches are refused
   * exactly as an empty bucket refuses them, without charging the bucket.
   */
  alwaysLimited?: (document: DocumentNode, variables: Record<string, unknown> | undefined) => boolean;
}

function bucketKey(viewer: Viewer): string {
  return viewer.clientId ? `client:${viewer.clientId}` : `jwt:${viewer.clientName}:${viewer.actorId}`;
}

/**
 * Pricing coerces the variables, so a bad variable (a malformed CNIC, say) surfaces here, before Apollo's own
 * coercion: answer it as the BAD_USER_INPUT it is (formatError still strips the echoed value).
 */
function priceOrReject(price: () => number): number {
  try {
    return price();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, {
      originalError: error.originalError ?? undefined,
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}

/**
 * Stage "admit", budget part: prices the operation (nothing executes over the per-query limit) and charges it to the
 * client's budget, or defers the charge to the operation's own statement when its plan says it pays there and the
 * buckets live in the database.
 */
export class Limits {
  /** Each distinct document (and variables' shape) is priced once. */
  private readonly costs = new CostCache();

  constructor(
    private readonly limiter: RateLimiter,
    private readonly options: LimitsOptions,
  ) {}

  async admit(
    ctx: Context,
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
    plan: OperationPlan,
  ): Promise<void> {
    const budget = ctx.viewer.budgetPerMinute;
    // Every request costs at least a point, `{ __typename }` too: a request is work even when its fields are free (#20).
    const cost = Math.max(1, priceOrReject(() => this.costs.price(schema, document, variables, operationName)));
    const limit = Math.min(this.options.maxCostPerQuery, budget);
    if (cost > limit) {
      throw new QueryTooComplexError(
        `This query costs ${cost} points; the limit per query is ${limit}. Ask for fewer items per page or per batch.`,
        { cost, limit },
      );
    }
    const charge: BudgetCharge = { key: bucketKey(ctx.viewer), cost, capacity: budget, periodSeconds: 60 };
    if (this.options.alwaysLimited?.(document, variables)) {
      ctx.budget.record(charge, refusedCharge(cost, budget));
    }
    if (this.limiter.inDatabase && plan.chargesInStatement) {
      ctx.budget.defer(charge);
      return;
    }
    ctx.budget.record(charge, await this.limiter.charge(ctx.scope.token, charge.key, charge.cost, charge.capacity, charge.periodSeconds));
  }

  /**
   * The operation ended before its statement charged (refused, invalid, or nothing to check): charge it now. Its
   * answer is already made, so a spent budget changes nothing about it (no Retry-After either).
   */
  async chargeWhatWasDeferred(ctx: Context): Promise<void> {
    const charge = ctx.budget.takeDeferred();
    if (!charge) return;
    const answered = ctx.budget.retryAfterSeconds;
    try {
      ctx.budget.record(charge, await this.limiter.charge(ctx.scope.token, charge.key, charge.cost, charge.capacity, charge.periodSeconds));
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
    }
    ctx.budget.retryAfterSeconds = answered;
  }
}
