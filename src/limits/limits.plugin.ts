import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { QueryTooComplexError, RateLimitedError } from '../common/errors';
import { queryCost } from './cost';
import { outcome, refusedCharge, type Charge, type RateLimiter } from './rate-limiter';
import { selfTransacting } from '../db/request-transaction.plugin';
import type { Context } from '../context';
import type { Viewer } from '../auth/viewer';

export interface PendingCharge {
  key: string;
  cost: number;
  capacity: number;
  periodSeconds: number;
}

/** Records a charge made by a statement (rate_bucket_charge's tokens and admitted) as the plugin would; throws if refused. */
export function settleCharge(context: Context, pending: PendingCharge, tokens: number, admitted: boolean): void {
  const charge = outcome(admitted, tokens, pending.cost, pending.capacity, pending.periodSeconds);
  report(context, pending, charge);
  if (!charge.allowed) {
    context.retryAfterSeconds = charge.retryAfterSeconds;
    throw new RateLimitedError(charge.retryAfterSeconds);
  }
}

function report(context: Context, pending: PendingCharge, charge: Charge): void {
  context.cost = {
    requested: pending.cost,
    limit: pending.capacity,
    remaining: charge.remaining,
    resetAt: charge.resetAt.toISOString(),
  };
}

export interface CostReport {
  requested: number;
  limit: number;
  remaining: number;
  resetAt: string;
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

async function charge(limiter: RateLimiter, context: Context, pending: PendingCharge): Promise<void> {
  context.pendingCharge = undefined;
  const result = await limiter.charge(pending.key, pending.cost, pending.capacity, pending.periodSeconds);
  report(context, pending, result);
  if (!result.allowed) {
    context.retryAfterSeconds = result.retryAfterSeconds;
    throw new RateLimitedError(result.retryAfterSeconds);
  }
}

/** Only a lone offender check: with two root fields, the second could run before the first had charged. */
function chargesInItsStatement(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | undefined) {
  const fields = operation?.selectionSet.selections.filter((s) => !(s.kind === Kind.FIELD && s.name.value === '__typename'));
  return fields?.length === 1 && selfTransacting(schema, document, operation);
}

/**
 * Prices every operation before it runs (nothing executes over the per-query limit), charges it to the client's
 * budget, and reports the budget in `extensions.cost` on every response, as Shopify and GitHub do.
 */
export interface LimitsOptions {
  /**
   * Sandbox only (createServer passes it only when `config.sandbox`, which production refuses): operations it
   * matches are refused exactly as an empty bucket refuses them, without charging the bucket.
   */
  alwaysLimited?: (document: DocumentNode, variables: Record<string, unknown> | undefined) => boolean;
}

export function limitsPlugin(limiter: RateLimiter, maxCostPerQuery: number, options: LimitsOptions = {}): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue, schema, operationName, operation }) {
          const budget = contextValue.viewer.budgetPerMinute;
          const cost = priceOrReject(() => queryCost(schema, document, request.variables, operationName ?? undefined));
          const limit = Math.min(maxCostPerQuery, budget);
          if (cost > limit) {
            throw new QueryTooComplexError(
              `This query costs ${cost} points; the limit per query is ${limit}. Ask for fewer items per page or per batch.`,
              { cost, limit },
            );
          }
          const pending: PendingCharge = { key: bucketKey(contextValue.viewer), cost, capacity: budget, periodSeconds: 60 };
          if (options.alwaysLimited?.(document, request.variables)) {
            const refused = refusedCharge(cost, budget);
            report(contextValue, pending, refused);
            contextValue.retryAfterSeconds = refused.retryAfterSeconds;
            throw new RateLimitedError(refused.retryAfterSeconds);
          }
          // An offender check (alone in its operation) charges its budget in its own statement: one round trip
          // fewer on the hot path. It charges before it reads, and a refusal reads nothing (offender_admit).
          if (limiter.inDatabase && chargesInItsStatement(schema, document, operation)) {
            contextValue.pendingCharge = pending;
            return;
          }
          await charge(limiter, contextValue, pending);
        },
        async willSendResponse({ response, contextValue }) {
          if (contextValue.pendingCharge) {
            // The operation ended before its statement charged (refused, invalid, or nothing to check): charge it now.
            // Its answer is already made, so a spent budget changes nothing about it (no Retry-After either).
            const answered = contextValue.retryAfterSeconds;
            await charge(limiter, contextValue, contextValue.pendingCharge).catch((error: unknown) => {
              if (!(error instanceof RateLimitedError)) throw error;
            });
            contextValue.retryAfterSeconds = answered;
          }
          const retryAfter = contextValue.retryAfterSeconds;
          if (retryAfter !== undefined) response.http.headers.set('retry-after', String(retryAfter));
          if (contextValue.cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: contextValue.cost };
          }
        },
      };
    },
  };
}
