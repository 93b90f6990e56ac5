import express from 'express';
import type { Logger } from '../logger';
import { currentRequestId } from '../common/request-id';
import type { ReceiptService } from './receipt.service';

/**
 * `/.well-known/jwks.json`: the public keys that verify receipts and slips, every key ever used (rotation keeps old
 * ones here). Public by design: anyone holding a receipt may check it. Cacheable for five minutes.
 */
export function jwksRouter(receipts: ReceiptService, logger: Logger): express.Router {
  const router = express.Router();
  router.get('/.well-known/jwks.json', async (_req, res) => {
    try {
      res.set('Cache-Control', 'public, max-age=300').json(await receipts.jwks());
    } catch (error) {
      logger.error({ err: error, requestId: currentRequestId() }, 'JWKS unavailable');
      res.status(503).json({ error: 'The receipt keys are unavailable.' });
    }
  });
  return router;
}
