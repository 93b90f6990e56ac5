import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger';
import { currentRequestId } from '../common/request-id';

/** How long `/readyz` waits for the database before answering 503 (a load balancer's probe must not hang). */
export const READINESS_TIMEOUT_MS = 2_000;

/**
 * `/healthz` (the process is up: restart it if not) and `/readyz` (the database answers within
 * READINESS_TIMEOUT_MS and every migration is applied: send it traffic only then). With PostgreSQL down every
 * GraphQL request fails, so a load balancer must probe `/readyz`, which answers 503 until the database is back.
 */
export function healthRoutes(orm: MikroORM, logger: Logger, timeoutMs = READINESS_TIMEOUT_MS): express.Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const check = async () => {
      await orm.em.getConnection().execute('select 1');
      return orm.getMigrator().getPendingMigrations();
    };
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from the database within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const pending = await Promise.race([check(), timeout]);
      if (pending.length) {
        res.status(503).json({ status: 'migrations pending', pending: pending.map((m) => m.name) });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error, requestId: currentRequestId() }, 'readiness check failed');
      res.status(503).json({ status: 'database unreachable' });
    } finally {
      clearTimeout(timer);
    }
  });
  return router;
}

export function notFound(_req: express.Request, res: express.Response): void {
  res.status(404).json({ error: 'Not found. The API is at /graphql.' });
}

/** Body-parser failures (malformed JSON, body over the cap) answer in GraphQL's error shape, never an HTML stack. */
export function bodyErrors(logger: Logger) {
  return (error: { status?: number; type?: string; message?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.verify.failed') {
      // refuseOversizedBody (src/pipeline/input-limits.ts): too deep or too many values, refused before parsing.
      res.status(400).json({ errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT', requestId: currentRequestId() } }] });
      return;
    }
    const tooLarge = error.type === 'entity.too.large';
    const status = error.status && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error, requestId: currentRequestId() }, 'unhandled HTTP error');
    res.status(status).json({
      errors: [
        {
          message: tooLarge ? 'Request body is too large (limit 1 MB).' : status === 500 ? 'Internal server error.' : 'Malformed request body: send JSON.',
          extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', requestId: currentRequestId() },
        },
      ],
    });
  };
}
