import { timingSafeEqual, createHash } from 'node:crypto';
import express from 'express';
import type { Logger } from '../logger';
import { registry } from './registry';
import { scrape } from './cluster';

export interface MetricsAccess {
  /** Peers that may scrape (METRICS_ALLOWED_ADDRESSES): loopback unless the operator lists the scraper's address. */
  allowedAddresses: string[];
  /** If set (METRICS_TOKEN), a scrape must also send `Authorization: Bearer <token>`. */
  token?: string;
}

/** `::ffff:127.0.0.1` (IPv4 on a dual-stack socket) is 127.0.0.1. */
function normaliseAddress(address: string | undefined): string {
  return (address ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * `GET /metrics`, the Prometheus text format, for operators only, as `/sms/inbound` is for the gateway: the peer's
 * address must be listed (the socket's own address: proxies' headers are not trusted) and, when a token is
 * configured, the request must carry it. Anyone else gets 403 and no figures. Added up across the cluster;
 * `?by=worker` gives each API process's own series with a `worker` label instead.
 */
export function metricsRouter(access: MetricsAccess, logger: Logger): express.Router {
  const allowed = new Set(access.allowedAddresses.map(normaliseAddress));
  const expected = access.token ? digest(`Bearer ${access.token}`) : null;
  const router = express.Router();
  router.get('/metrics', async (req, res) => {
    const addressOk = allowed.has(normaliseAddress(req.socket.remoteAddress));
    const tokenOk = !expected || timingSafeEqual(digest(req.headers.authorization ?? ''), expected);
    if (!addressOk || !tokenOk) {
      res.status(403).json({ error: 'Forbidden: /metrics is for operators (METRICS_ALLOWED_ADDRESSES, METRICS_TOKEN).' });
      return;
    }
    try {
      const text = await scrape(req.query.by === 'worker');
      res.set('Content-Type', registry.contentType).set('Cache-Control', 'no-store').send(text);
    } catch (error) {
      logger.warn({ err: error }, 'metrics scrape failed');
      res.status(503).json({ error: 'Metrics are not available right now.' });
    }
  });
  return router;
}
