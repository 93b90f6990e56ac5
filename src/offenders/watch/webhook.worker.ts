import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { deliveryProblem, guardedLookup, type OutboundPolicy } from '../../security/outbound';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../logger';
import { nationalScope, scope } from '../../db/jurisdiction-scope';
import { DeliveryStatus } from '../offender.enums';
import { webhookAttempts } from './webhook.metrics';

export interface WebhookWorkerOptions {
  /** How often to look for due notifications when idle. */
  pollIntervalMs?: number;
  /** After this many failed attempts a notification is FAILED. */
  maxAttempts?: number;
  /** Retry n waits base × 2^(n-1), capped at an hour. */
  backoffBaseMs?: number;
  /** Per attempt. */
  timeoutMs?: number;
}

/** A POST's outcome: the status, or why there was none. */
type PostResult = { status: number | null; error: string | null };

interface DueRow {
  id: string;
  payload: Record<string, unknown>;
  attempts: number;
  callback_url: string;
  secret: string;
}

/** `sha256=` + hex HMAC-SHA256 over `<timestamp>.<body>` with the watch's secret. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Delivers the webhook outbox. A notification is claimed with FOR UPDATE SKIP LOCKED and the attempt is counted (and
 * committed, with its backoff) before it is POSTed, so a delivery that kills the worker mid-flight still counts, and
 * a crash loop ends after `maxAttempts` (issue #20); the row stays locked while it is POSTed, so workers never
 * deliver the same row at once. A killed delivery is tried again after its backoff under the same `Idempotency-Key`
 * (at least once; receivers dedupe). The lock holds one pooled connection per delivery in flight, which is why
 * deliveries run one at a time. Callbacks go only to https and public addresses, checked on the address connected
 * to (src/security/outbound.ts), unless the operator allows the host.
 */
export class WebhookWorker {
  private readonly options: Required<WebhookWorkerOptions>;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private abort = new AbortController();

  constructor(
    private readonly orm: MikroORM,
    /** The server's own national scope, sealed afresh for each delivery (src/db/scope-seal.ts). */
    private readonly systemScope: () => string,
    private readonly logger: Logger,
    /** Where callbacks may point (WEBHOOK_ALLOWED_PRIVATE_HOSTS). */
    private readonly outbound: OutboundPolicy = { allowedPrivateHosts: [] },
    options: WebhookWorkerOptions = {},
  ) {
    this.options = { pollIntervalMs: 1000, maxAttempts: 8, backoffBaseMs: 30_000, timeoutMs: 10_000, ...options };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.abort = new AbortController();
    this.loop = this.run();
  }

  /** Finishes the delivery in flight, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  /** Stops as a crash would: the delivery in flight is abandoned and its transaction rolled back. */
  async kill(): Promise<void> {
    this.running = false;
    this.abort.abort();
    this.wake?.();
    await this.loop?.catch(() => undefined);
    this.loop = null;
  }

  /** Delivers every notification that is due now; returns how many attempts were made. */
  async drain(): Promise<number> {
    let attempts = 0;
    while (await this.runOnce()) attempts++;
    return attempts;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (await this.runOnce()) continue;
      } catch (error) {
        if (this.abort.signal.aborted) return;
        this.logger.error({ err: error }, 'webhook delivery failed unexpectedly');
      }
      if (!this.running) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  /** Claims one due notification and attempts it; false when none is due. */
  async runOnce(): Promise<boolean> {
    // 1. Claim and count the attempt, committed before anything is sent: a delivery that kills the process counts.
    const claimed = await scope(this.orm.em.fork(), nationalScope(this.systemScope())).transactional(async (tx: EntityManager) => {
      const [row] = await tx.execute<DueRow[]>(
        `select d.id, d.payload, d.attempts, w.callback_url, w.secret
         from webhook_delivery d join offender_watch w on w.id = d.watch_id
         where d.status = 'PENDING' and d.next_attempt_at <= now()
         order by d.next_attempt_at, d.id limit 1
         for update of d skip locked`,
      );
      if (!row) return null;
      const attempts = row.attempts + 1;
      const last = attempts >= this.options.maxAttempts;
      const delayMs = Math.min(this.options.backoffBaseMs * 2 ** (attempts - 1), 3_600_000);
      // Counted as failed until it answers: the last attempt is FAILED unless it succeeds.
      await tx.execute(
        `update webhook_delivery set attempts = ?, status = ?, last_attempt_at = now(), last_status_code = null,
           last_error = 'attempt in flight', next_attempt_at = now() + (? * interval '1 millisecond')
         where id = ?`,
        [attempts, last ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, delayMs, row.id],
      );
      return { ...row, attempts };
    });
    if (!claimed) return false;
    // 2. Send, holding the row so no other worker takes it meanwhile; then record the outcome.
    const em = scope(this.orm.em.fork(), nationalScope(this.systemScope()));
    return em.transactional(async (tx: EntityManager) => {
      const [row] = await tx.execute<DueRow[]>(
        `select d.id, d.payload, d.attempts, w.callback_url, w.secret
         from webhook_delivery d join offender_watch w on w.id = d.watch_id
         where d.id = ? and d.attempts = ? for update of d skip locked`,
        [claimed.id, claimed.attempts],
      );
      if (!row) return true; // taken by another worker between the two transactions: it was counted either way
      const result = await this.post(row);
      const attempts = row.attempts;
      const delivered = result.status !== null && result.status >= 200 && result.status < 300;
      const status = delivered
        ? DeliveryStatus.DELIVERED
        : attempts >= this.options.maxAttempts
          ? DeliveryStatus.FAILED
          : DeliveryStatus.PENDING;
      const delayMs = Math.min(this.options.backoffBaseMs * 2 ** (attempts - 1), 3_600_000);
      await tx.execute(
        `update webhook_delivery set attempts = ?, status = ?, last_status_code = ?, last_error = ?,
           last_attempt_at = now(), delivered_at = case when ? then now() end,
           next_attempt_at = now() + (? * interval '1 millisecond')
         where id = ?`,
        [attempts, status, result.status, delivered ? null : result.error, delivered, delayMs, row.id],
      );
      webhookAttempts.inc({ outcome: delivered ? 'delivered' : status === DeliveryStatus.FAILED ? 'failed' : 'retry' });
      if (!delivered) this.logger.warn({ deliveryId: row.id, attempts, status: result.status }, 'webhook attempt failed');
      return true;
    });
  }

  private async post(row: DueRow): Promise<PostResult> {
    const body = JSON.stringify({ ...row.payload, deliveryId: row.id });
    const timestamp = String(Math.floor(Date.now() / 1000));
    let url: URL;
    try {
      url = new URL(row.callback_url);
    } catch {
      return { status: null, error: 'refused: invalid callback URL' };
    }
    const refused = deliveryProblem(this.outbound, url);
    if (refused) return { status: null, error: refused };
    try {
      // node:http(s) rather than fetch: its `lookup` is the one the connection uses, so the address checked is the
      // address connected to. Redirects are not followed.
      const status = await new Promise<number>((resolve, reject) => {
        const request = (url.protocol === 'https:' ? https : http).request(url, {
          method: 'POST',
          lookup: guardedLookup(this.outbound),
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'idempotency-key': row.id,
            'x-tasdeeq-event': String(row.payload.event),
            'x-tasdeeq-timestamp': timestamp,
            'x-tasdeeq-signature': signWebhook(row.secret, timestamp, body),
          },
          signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.options.timeoutMs)]),
        });
        request.once('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.once('error', reject);
        request.end(body);
      });
      return { status, error: status >= 200 && status < 300 ? null : `HTTP ${status}` };
    } catch (error) {
      // Killed: let the transaction roll back, as a crash would (the attempt is already counted).
      if (this.abort.signal.aborted) throw error;
      const message = error instanceof Error ? error.message : 'request failed';
      return { status: null, error: (message.startsWith('refused:') ? message : message.replace(/\d+\.\d+\.\d+\.\d+(:\d+)?/g, '<address>')).slice(0, 200) };
    }
  }
}
