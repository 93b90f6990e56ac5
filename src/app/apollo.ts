import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import type { GraphQLSchema } from 'graphql';
import { createFormatError, QueryTooComplexError } from '../common/errors';
import { POOL_MAX } from '../db/pool';
import type { Context } from '../pipeline/context';
import type { ServerKernel } from './kernel';
import { requestPipeline } from '../pipeline/pipeline';
import { Limits, type LimitsOptions } from '../pipeline/limits';
import { RequestTransactions } from '../pipeline/transaction';
import type { ReadPlacer } from '../pipeline/reads';
import { stringifyResult, type AnswerMemo } from '../pipeline/answers';
import { rootFieldActions } from './schema';

/** Armor's depth/alias/directive rejections become our QUERY_TOO_COMPLEX, with the limit. */
function rejectAs(limit: number): { exposeLimits: true; propagateOnRejection: false; onReject: GraphQLArmorRejectCallback[] } {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(ctx, error) => ctx?.reportError(new QueryTooComplexError(error.message, { limit }))],
  };
}

/** Apollo Server with the request pipeline (src/pipeline/pipeline.ts) and the document limits. */
export function createApollo(
  kernel: ServerKernel,
  schema: GraphQLSchema,
  httpServer: http.Server,
  sandbox: Pick<LimitsOptions, 'alwaysLimited'>,
  reads: ReadPlacer,
  answers: ReadonlyMap<string, AnswerMemo> = new Map(),
): ApolloServer<Context> {
  const { config, logger, limiter } = kernel;
  const armor = new ApolloArmor({
    costLimit: { enabled: false }, // priced by the pipeline with the schema's own complexity
    blockFieldSuggestion: { enabled: false }, // hideSchemaDetailsFromClientErrors does it
    maxTokens: { enabled: false }, // parseOptions.maxTokens aborts the parser itself
    maxDepth: { n: config.limits.maxDepth, ...rejectAs(config.limits.maxDepth) },
    // allowList: [] counts `__typename` aliases too (armor exempts them by default; 1,000 of them went uncounted, #20).
    maxAliases: { n: config.limits.maxAliases, allowList: [], ...rejectAs(config.limits.maxAliases) },
    maxDirectives: { n: 10, ...rejectAs(10) },
  }).protect();
  return new ApolloServer<Context>({
    schema,
    formatError: createFormatError(logger),
    introspection: config.nodeEnv !== 'production',
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // Kept answers are serialised once (src/pipeline/answers.ts); everything else as Apollo's own.
    stringifyResult,
    validationRules: armor.validationRules,
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(), // no HTTP caching of answers about people; and it hooks every field
      ...armor.plugins,
      requestPipeline({
        limits: new Limits(limiter, { maxCostPerQuery: config.limits.maxCostPerQuery, ...sandbox }),
        transactions: new RequestTransactions(POOL_MAX, logger),
        reads,
        audit: kernel.audit,
        logger,
        rootActions: rootFieldActions(),
        answers,
      }),
    ],
  });
}
