import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger';
import { nationalScope, scope } from '../db/jurisdiction-scope';
import type { MobileNumber } from '../common/mobile-number';
import { measureSms } from './sms-length';
import { OutboxStatus, SmsOutboxEntity } from './sms-outbox.entity';
import { SenderHasher } from './sender';

/** A text for a person, as a feature hands it to the SMS channel. */
export interface OutgoingSms {
  to: MobileNumber;
  /** The short code it comes from (the person replies to it). */
  shortCode: string;
  body: string;
  /** For operators: what it is (`CONSENT_REQUEST`), never what it says. */
  kind: string;
}

/** Queues texts in the caller's transaction: if the decision to send rolls back, so does the text. */
export class SmsOutbox {
  async enqueue(em: EntityManager, messages: OutgoingSms[]): Promise<void> {
    for (const m of messages) em.create(SmsOutboxEntity, { toNumber: m.to, shortCode: m.shortCode, body: m.body, kind: m.kind });
    await em.flush();
  }
}

export interface SmsOutboxWorkerOptions {
  pollIntervalMs?: number;
  maxAttempts?: number;
  backoffBaseMs?: number;
  timeoutMs?: number;
}

interface DueRow {
  id: string;
  to_number: string;
  short_code: string;
  body: string;
  attempts: number;
}

/**
 * Sends the outbox through Kannel's sendsms interface (SMS_SEND_URL): one message at a time, claimed with FOR UPDATE
 * SKIP LOCKED so several servers never send the same row, retried with backoff, and erased (the body) once the
 * gateway accepts it. Numbers appear in the log only as keyed hashes.
 */
export class SmsOutboxWorker {
  private readonly options: Required<SmsOutboxWorkerOptions>;
  private readonly hasher: SenderHasher;
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;

  constructor(
    private readonly orm: MikroORM,
    /** The server's own national scope, sealed afresh for each message (src/db/scope-seal.ts). */
    private readonly systemScope: () => string,
    private readonly sendUrl: string,
    cnicHmacKey: string,
    private readonly logger: Logger,
    options: SmsOutboxWorkerOptions = {},
  ) {
    this.options = { pollIntervalMs: 500, maxAttempts: 6, backoffBaseMs: 5_000, timeoutMs: 10_000, ...options };
    this.hasher = new SenderHasher(cnicHmacKey);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Look at the outbox now (a text was just queued). */
  wake(): void {
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
    this.loop = null;
  }

  /** Sends every message due now; returns how many attempts were made. */
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
        this.logger.error({ err: error }, 'SMS outbox failed unexpectedly');
      }
      if (!this.running) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }

  async runOnce(): Promise<boolean> {
    return scope(this.orm.em.fork(), nationalScope(this.systemScope())).transactional(async (tx: EntityManager) => {
      const [row] = await tx.execute<DueRow[]>(
        `select id, to_number, short_code, body, attempts from sms_outbox
         where status = 'PENDING' and next_attempt_at <= now()
         order by next_attempt_at, id limit 1
         for update skip locked`,
      );
      if (!row) return false;
      const error = await this.send(row);
      const attempts = row.attempts + 1;
      const status = !error ? OutboxStatus.SENT : attempts >= this.options.maxAttempts ? OutboxStatus.FAILED : OutboxStatus.PENDING;
      const delayMs = Math.min(this.options.backoffBaseMs * 2 ** (attempts - 1), 3_600_000);
      await tx.execute(
        `update sms_outbox set attempts = ?, status = ?, last_error = ?,
           sent_at = case when ? then now() end,
           body = case when ? then null else body end,
           next_attempt_at = now() + (? * interval '1 millisecond')
         where id = ?`,
        [attempts, status, error, !error, status !== OutboxStatus.PENDING, delayMs, row.id],
      );
      if (error) this.logger.warn({ outboxId: row.id, to: this.hasher.hash(row.to_number), attempts, error }, 'SMS send failed');
      return true;
    });
  }

  /** Kannel's sendsms GET: `from`, `to`, `text` in UTF-8, and the coding the text needs (2 = UCS-2 for Urdu). */
  private async send(row: DueRow): Promise<string | null> {
    const url = new URL(this.sendUrl);
    url.searchParams.set('from', row.short_code);
    url.searchParams.set('to', row.to_number);
    url.searchParams.set('text', row.body);
    url.searchParams.set('charset', 'UTF-8');
    url.searchParams.set('coding', measureSms(row.body).encoding === 'UCS-2' ? '2' : '0');
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs), redirect: 'manual' });
      await response.body?.cancel().catch(() => undefined);
      return response.status === 202 || response.ok ? null : `HTTP ${response.status}`;
    } catch (error) {
      return error instanceof Error ? error.message.slice(0, 200) : 'request failed';
    }
  }
}
