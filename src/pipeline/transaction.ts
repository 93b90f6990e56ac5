import { GraphQLError } from 'graphql';
import type { GraphQLResponse } from '@apollo/server';
import type { Logger } from '../logger';
import { Semaphore } from '../db/semaphore';
import { requestMetrics } from '../metrics/instruments';
import type { Context } from './context';

/** The most connections one request holds at once (see RequestTransactions). */
const CONNECTIONS_PER_REQUEST = 3;

/**
 * Stage "execute", transaction part. Each operation runs in one transaction on the request's entity manager, so
 * `app.jurisdiction` (set as it begins; see jurisdiction-scope.ts) covers every read, loaders included, and services'
 * own `transactional` calls nest as savepoints. It begins as execution starts and commits before the response is
 * sent: a response never discloses data whose audit row did not commit. Where it begins matters, because a
 * transaction that begins after the response hooks have run is never closed and holds its connection for good: not
 * in the context function (a batched request is refused after it, with no response hooks), and not while the
 * operation is resolved (Apollo runs those hooks concurrently, so a rejection can reach the response while BEGIN is
 * still in flight). Operations whose plan says they run their own transactions (`@OwnTransaction`) skip all this.
 *
 * A request holds its transaction's connection and, for moments, up to two more: a national read (readNationally)
 * and, inside it, the enumeration guard's tally. Admitting at most (pool - 2) / 3 request transactions keeps that
 * from exhausting the pool, where every request would wait for a connection no request releases; two stay free for
 * the rate limiter and the webhook worker.
 */
export class RequestTransactions {
  private readonly admission: Semaphore;

  constructor(
    poolMax: number,
    private readonly logger: Logger,
  ) {
    this.admission = new Semaphore(Math.max(1, Math.floor((poolMax - 2) / CONNECTIONS_PER_REQUEST)));
  }

  /** Returns whether a transaction began (then `end` must be called exactly once). */
  async begin(ctx: Context): Promise<boolean> {
    const waiting = requestMetrics.admissionWait.startTimer();
    await this.admission.acquire();
    waiting();
    try {
      await ctx.em.begin();
      return true;
    } catch (error) {
      this.admission.release();
      throw error;
    }
  }

  /** Commits; if the commit fails the response is replaced by a masked 500 (nothing it says was recorded). */
  async end(ctx: Context, response: GraphQLResponse, beforeCommit: () => Promise<void> = async () => undefined): Promise<void> {
    try {
      await this.commitOrMask(ctx, response, beforeCommit);
    } finally {
      this.admission.release();
    }
  }

  private async commitOrMask(ctx: Context, response: GraphQLResponse, beforeCommit: () => Promise<void>): Promise<void> {
    const { em, requestId } = ctx;
    if (!em.isInTransaction()) return;
    try {
      await beforeCommit();
      await em.commit();
    } catch (error) {
      this.logger.error({ err: error, requestId }, 'request transaction failed to audit or commit');
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
}
