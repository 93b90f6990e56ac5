import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode } from 'graphql';
import { QueryTooComplexError, RateLimitedError } from '../common/errors';
import { queryCost } from './cost';
import { refusedCharge, type RateLimiter } from './rate-limiter';
import type { Context } from '../context';
import type { Viewer } from '../auth/viewer';

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
      let retryAfter: number | null = null;
      return {
        async didResolveOperation({ request, document, contextValue, schema, operationName }) {
          const budget = contextValue.viewer.budgetPerMinute;
          const cost = priceOrReject(() => queryCost(schema, document, request.variables, operationName ?? undefined));
          const limit = Math.min(maxCostPerQuery, budget);
          if (cost > limit) {
            throw new QueryTooComplexError(
              `This query costs ${cost} points; the limit per query is ${limit}. Ask for fewer items per page or per batch.`,
              { cost, limit },
            );
          }
          const charge = options.alwaysLimited?.(document, request.variables)
            ? refusedCharge(cost, budget)
            : await limiter.charge(bucketKey(contextValue.viewer), cost, budget);
          contextValue.cost = {
            requested: cost,
            limit: budget,
            remaining: charge.remaining,
            resetAt: charge.resetAt.toISOString(),
          };
          if (!charge.allowed) {
            retryAfter = charge.retryAfterSeconds;
            throw new RateLimitedError(charge.retryAfterSeconds);
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (retryAfter !== null) response.http.headers.set('retry-after', String(retryAfter));
          if (contextValue.cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: contextValue.cost };
          }
        },
      };
    },
  };
}
