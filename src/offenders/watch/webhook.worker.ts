import { createHmac } from 'node:crypto';
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
 * Delivers the webhook outbox. A notification is claimed with FOR UPDATE SKIP LOCKED and its row stays locked while
 * it is POSTed, so workers never deliver the same row at once; if the process dies mid-delivery the transaction rolls
 * back and the row is delivered again later under the same `Idempotency-Key` (at least once; receivers dedupe).
 * The lock holds one pooled connection per delivery in flight, which is why deliveries run one at a time.
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
    const em = scope(this.orm.em.fork(), nationalScope(this.systemScope()));
    return em.transactional(async (tx: EntityManager) => {
      const [row] = await tx.execute<DueRow[]>(
        `select d.id, d.payload, d.attempts, w.callback_url, w.secret
         from webhook_delivery d join offender_watch w on w.id = d.watch_id
         where d.status = 'PENDING' and d.next_attempt_at <= now()
         order by d.next_attempt_at, d.id limit 1
         for update of d skip locked`,
      );
      if (!row) return false;
      const result = await this.post(row);
      const attempts = row.attempts + 1;
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

  private async post(row: DueRow): Promise<{ status: number | null; error: string | null }> {
    const body = JSON.stringify({ ...row.payload, deliveryId: row.id });
    const timestamp = String(Math.floor(Date.now() / 1000));
    try {
      const response = await fetch(row.callback_url, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': row.id,
          'x-tasdeeq-event': String(row.payload.event),
          'x-tasdeeq-timestamp': timestamp,
          'x-tasdeeq-signature': signWebhook(row.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.options.timeoutMs)]),
      });
      await response.body?.cancel().catch(() => undefined);
      return { status: response.status, error: response.ok ? null : `HTTP ${response.status}` };
    } catch (error) {
      // Killed: let the transaction roll back, as a crash would.
      if (this.abort.signal.aborted) throw error;
      return { status: null, error: error instanceof Error ? error.message.slice(0, 200) : 'request failed' };
    }
  }
}
