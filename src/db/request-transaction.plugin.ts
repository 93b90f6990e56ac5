import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import {
  BREAK,
  GraphQLError,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../context';
import type { Logger } from '../logger';
import { POOL_MAX } from './orm.config';
import { Semaphore } from './semaphore';

/**
 * Each operation runs in one transaction on the request's entity manager, so `app.jurisdiction` (set as it
 * begins; see jurisdiction-scope.ts) covers every read, loaders included, and services' own `transactional` calls
 * nest as savepoints. It begins as execution starts and commits before the response is sent: a response never
 * discloses data whose audit row did not commit. Where it begins matters, because a transaction that begins after
 * willSendResponse has run is never closed and holds its connection for good: not in the context function (a batched
 * request is refused after it, with no response hooks), and not in didResolveOperation (Apollo runs those hooks
 * concurrently, so another plugin's rejection can reach willSendResponse while BEGIN is still in flight).
 */
/** The most connections one request holds at once (see below). */
const CONNECTIONS_PER_REQUEST = 3;

/**
 * Operations that run their own single-statement transactions and read nothing through the request's entity manager:
 * the offender checks (the hot path), whose one statement reads the register and writes the audit rows and commits
 * before the answer exists. Such an operation runs no request transaction: no BEGIN, no set_config, no COMMIT, and no
 * wait for admission (it never holds more than one connection at a time). It qualifies only if every field it selects,
 * at any depth and through fragments, is a root field below or a field of one of the types below, all of which are
 * plain values built by the check itself. Selecting into anything else (e.g. a FULL disclosure's OffenderRecord, whose
 * convictions are read through the entity manager) runs the usual transaction. Adding a field resolver that reads the
 * database to one of these types means taking the type out of this list; `OffenderCheck.receipt` and `receiptQr` only
 * sign the check's own answer.
 */
const SELF_TRANSACTING_ROOT_FIELDS = new Set(['verifyOffender', 'verifyOffenders']);
const PLAIN_TYPES = new Set(['OffenderCheck', 'ResultOnly', 'NameLine', 'NameInScripts', 'UserError', 'OffenderCheckDisclosure']);

/** By document: Apollo keeps one parsed document per distinct query text, so the walk runs once per query text. */
const decided = new WeakMap<OperationDefinitionNode, boolean>();

export function selfTransacting(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== 'query') return false;
  let answer = decided.get(operation);
  if (answer === undefined) {
    answer = walk(schema, document);
    decided.set(operation, answer);
  }
  return answer;
}

function walk(schema: GraphQLSchema, document: DocumentNode): boolean {
  const info = new TypeInfo(schema);
  let plain = true;
  visit(
    document,
    visitWithTypeInfo(info, {
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = info.getParentType()?.name;
        const ok = parent === 'Query' ? SELF_TRANSACTING_ROOT_FIELDS.has(node.name.value) : !!parent && PLAIN_TYPES.has(parent);
        if (!ok) {
          plain = false;
          return BREAK;
        }
      },
    }),
  );
  return plain;
}

export function requestTransactionPlugin(logger: Logger): ApolloServerPlugin<Context> {
  // A request holds its transaction's connection and, for moments, up to two more: a national read
  // (readNationally) and, inside it, the enumeration guard's tally. Admitting at most (pool - 2) / 3 request
  // transactions keeps that from exhausting the pool, where every request would wait for a connection no request
  // releases; two stay free for the rate limiter and the webhook worker.
  const admission = new Semaphore(Math.max(1, Math.floor((POOL_MAX - 2) / CONNECTIONS_PER_REQUEST)));
  return {
    async requestDidStart() {
      let admitted = false;
      return {
        async executionDidStart({ contextValue, operation, document, schema }) {
          if (selfTransacting(schema, document, operation)) return;
          await admission.acquire();
          admitted = true;
          try {
            await contextValue.em.begin();
          } catch (error) {
            admitted = false;
            admission.release();
            throw error;
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (!admitted) return;
          admitted = false;
          try {
            await commitOrMask(contextValue, response, logger);
          } finally {
            admission.release();
          }
        },
      };
    },
  };
}

async function commitOrMask(context: Context, response: GraphQLResponse, logger: Logger): Promise<void> {
  const { em, requestId } = context;
  if (!em.isInTransaction()) return;
  try {
    await em.commit();
  } catch (error) {
    logger.error({ err: error, requestId }, 'request transaction failed to commit');
    await em.rollback().catch(() => undefined);
    if (response.body.kind === 'single') {
      response.body.singleResult.data = null;
      response.body.singleResult.errors = [
        new GraphQLError('Internal server error. Quote the requestId when you contact support.', {
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        }),
      ];
    }
    response.http.status = 500;
  }
}
