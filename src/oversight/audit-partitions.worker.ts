import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logger';
import { nationalScope, scope } from '../db/jurisdiction-scope';
import { maintainAuditPartitions, type PartitionChange } from '../audit/partitions';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Keeps the audit log's monthly partitions ahead of time and within retention: at start, then every `intervalMs`
 * (a day). Each run is one transaction under the server's national scope; it is idempotent, so every process of a
 * cluster may run it (the second finds nothing to do). A failed run is logged and tried again at the next one; inserts
 * never depend on it (rows of a month without a partition land in `audit_event_default`).
 */
export class AuditPartitionsWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly systemScope: () => string,
    private readonly logger: Logger,
    private readonly monthsAhead: number,
    private readonly intervalMs: number = DAY_MS,
    /** Other daily housekeeping run after the partitions, each in a transaction of its own under the same scope. */
    private readonly alsoDaily: { name: string; run: (tx: EntityManager) => Promise<unknown> }[] = [],
  ) {}

  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.running = this.runOnce().catch((error: unknown) => this.logger.error({ err: error }, 'audit partition maintenance failed'));
    };
    tick();
    this.timer = setInterval(tick, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.running = null;
  }

  /** One maintenance run: what it created and dropped. */
  async runOnce(): Promise<PartitionChange[]> {
    const changes = await scope(this.orm.em.fork(), nationalScope(this.systemScope())).transactional((tx: EntityManager) =>
      maintainAuditPartitions(tx, this.monthsAhead),
    );
    for (const c of changes) this.logger.info({ partition: c.partition, action: c.action }, 'audit partition changed');
    for (const job of this.alsoDaily) {
      try {
        const outcome = await scope(this.orm.em.fork(), nationalScope(this.systemScope())).transactional((tx: EntityManager) => job.run(tx));
        this.logger.info({ job: job.name, outcome }, 'daily maintenance done');
      } catch (error) {
        this.logger.error({ err: error, job: job.name }, 'daily maintenance failed');
      }
    }
    return changes;
  }
}
