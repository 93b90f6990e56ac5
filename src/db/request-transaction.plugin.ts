import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import type { Logger } from '../logger';

/**
 * Each operation runs in one transaction on the request's entity manager, so `app.jurisdiction` (set as it
 * begins; see jurisdiction-scope.ts) covers every read, loaders included, and services' own `transactional` calls
 * nest as savepoints. It begins as execution starts and commits before the response is sent: a response never
 * discloses data whose audit row did not commit. Where it begins matters, because a transaction that begins after
 * willSendResponse has run is never closed and holds its connection for good: not in the context function (a batched
 * request is refused after it, with no response hooks), and not in didResolveOperation (Apollo runs those hooks
 * concurrently, so another plugin's rejection can reach willSendResponse while BEGIN is still in flight).
 */
export function requestTransactionPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue }) {
          await contextValue.em.begin();
        },
        async willSendResponse({ contextValue, response }) {
          const { em } = contextValue;
          if (!em.isInTransaction()) return;
          try {
            await em.commit();
          } catch (error) {
            logger.error({ err: error, requestId: contextValue.requestId }, 'request transaction failed to commit');
            await em.rollback().catch(() => undefined);
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                new GraphQLError('Internal server error. Quote the requestId when you contact support.', {
                  extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
                }),
              ];
            }
            response.http.status = 500;
          }
        },
      };
    },
  };
}
