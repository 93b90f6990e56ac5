import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger';
import { currentRequestId } from '../common/request-id';

/** `/healthz` (the process is up) and `/readyz` (the database answers and every migration is applied). */
export function healthRoutes(orm: MikroORM, logger: Logger): express.Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      const pending = await orm.getMigrator().getPendingMigrations();
      if (pending.length) {
        res.status(503).json({ status: 'migrations pending', pending: pending.map((m) => m.name) });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error, requestId: currentRequestId() }, 'readiness check failed');
      res.status(503).json({ status: 'database unreachable' });
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
