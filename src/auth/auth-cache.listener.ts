import { Client } from 'pg';
import type { Logger } from '../logger';
import { AUTH_CHANGED_CHANNEL, type ApiKeysService } from './api-keys.service';

/**
 * Keeps ApiKeysService's cache honest: LISTENs for the trigger's NOTIFY on key and client changes and clears the
 * cache on each. While it is not listening (starting, or the connection dropped) the cache is off, so a change can
 * never be missed; it reconnects every few seconds.
 */
export class AuthCacheListener {
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly keys: ApiKeysService,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    const client = new Client({ connectionString: this.url });
    this.client = client;
    const down = (error?: unknown) => {
      this.keys.setCaching(false);
      if (this.client !== client) return;
      this.client = null;
      client.removeAllListeners();
      client.on('error', () => undefined); // a dying connection may report more than once
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn({ err: error }, 'auth cache listener lost its connection: caching off until it reconnects');
      this.retry = setTimeout(() => void this.start().catch((e: unknown) => down(e)), 3_000);
    };
    client.on('error', down);
    client.on('end', () => down());
    client.on('notification', () => this.keys.invalidate());
    try {
      await client.connect();
      await client.query(`listen ${AUTH_CHANGED_CHANNEL}`);
      this.keys.setCaching(true);
    } catch (error) {
      down(error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.keys.setCaching(false);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
