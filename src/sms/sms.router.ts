import express, { type NextFunction, type Request, type Response } from 'express';
import type { SmsConfig } from '../config';
import type { Logger } from '../logger';
import type { Viewer } from '../auth/viewer';
import { currentRequestId } from '../common/request-id';
import { gatewayKey, readKannelRequest } from './kannel-request';
import { measureSms } from './sms-length';
import type { SmsService } from './sms.service';
import { SMS_REPLIES } from './sms.templates';

const TEXT_PLAIN = 'text/plain; charset=utf-8';

/**
 * `/sms/inbound`, Kannel's sms-service URL. Only the gateway answers: a listed source address and an SMS_GATEWAY
 * key; anyone else gets 401 and no text, so the endpoint is no free oracle. The reply is the response body, with
 * `X-Kannel-Coding` so Kannel sends Urdu as UCS-2 (2) and English as GSM-7 (0).
 */
export function smsRouter(sms: SmsService, config: SmsConfig, logger: Logger): express.Router {
  const allowed = new Set(config.allowedAddresses.map(normaliseAddress));
  const router = express.Router();

  // Before any body is read: strangers learn nothing, not even whether their request was well-formed.
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    res.set('Content-Type', TEXT_PLAIN);
    const viewer = allowed.has(normaliseAddress(req.socket.remoteAddress)) ? await sms.authenticateGateway(gatewayKey(req)) : null;
    if (!viewer) {
      res.status(401).end();
      return;
    }
    res.locals.smsViewer = viewer;
    next();
  });
  router.use(express.urlencoded({ extended: false, limit: '16kb' }), express.text({ type: 'text/*', limit: '16kb' }));

  const inbound = async (req: Request, res: Response): Promise<void> => {
    const message = readKannelRequest(req);
    if (!message) {
      res.status(400).end();
      return;
    }
    const reply = await sms.answer(res.locals.smsViewer as Viewer, message, String(res.locals.requestId));
    res.set('X-Kannel-Coding', measureSms(reply).encoding === 'UCS-2' ? '2' : '0');
    res.status(200).send(reply);
  };
  router.get('/inbound', inbound);
  router.post('/inbound', inbound);

  router.use((error: { status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error, requestId: currentRequestId() }, 'SMS webhook failed');
    res.set('Content-Type', TEXT_PLAIN).set('X-Kannel-Coding', '2');
    res.status(status).send(status === 500 ? SMS_REPLIES.unavailable : '');
  });
  return router;
}

/** `::ffff:127.0.0.1` (IPv4 on a dual-stack socket) is 127.0.0.1. */
function normaliseAddress(address: string | undefined): string {
  return (address ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}
