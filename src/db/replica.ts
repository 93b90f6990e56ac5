import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger';
import { sampledGauge } from '../metrics/registry';

/** Whether a read that tolerates lag may go to the replica now, and how stale it would be. */
export type ReplicaState =
  | { usable: true; lagMs: number }
  | { usable: false; reason: 'LAGGING'; lagMs: number }
  | { usable: false; reason: 'UNAVAILABLE' };

interface Sample {
  at: number;
  lsn: bigint;
}

/** `16/B374D848` -> a comparable number. */
export function parseLsn(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

/**
 * Watches how far the streaming replica is behind the primary, measured as time, from WAL positions (never from
 * `pg_last_xact_replay_timestamp()`, which grows while the primary is idle and says nothing of WAL not yet received).
 *
 * Every `intervalMs` it notes the primary's current WAL insert position with the time, then asks the replica how far
 * it has replayed. Everything committed on the primary before a noted time T has its WAL below the position noted at T, so
 * once the replica has replayed past that position it shows all of it: a read from the replica now is at most
 * `now - T` stale, for the newest such T. That bound is the lag reported (in each response's `extensions` and in
 * `tasdeeq_replica_lag_seconds`); it includes up to one interval of the monitor's own resolution, by design on the
 * safe side.
 *
 * The replica is UNAVAILABLE when its last answer is older than three intervals and a second (down, unreachable,
 * stuck), or when it is not in recovery (a promoted standby, or the URL names a primary: its data may have
 * diverged); LAGGING when the bound passes `maxLagMs`. Either way reads go to the primary.
 */
export class ReplicaMonitor {
  private samples: Sample[] = [];
  private replayed: { lsn: bigint; at: number } | null = null;
  private lastAnswer = 0;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private warned: string | null = null;

  constructor(
    private readonly primary: MikroORM,
    readonly replica: MikroORM,
    readonly maxLagMs: number,
    private readonly logger: Logger,
    private readonly intervalMs = 200,
  ) {
    // Read as the scrape happens, from the same state the requests are placed by.
    sampledGauge(
      {
        name: 'tasdeeq_replica_up',
        help: '1 when replica-eligible reads go to the replica (it answers and is within REPLICA_MAX_LAG_MS), else 0.',
        aggregator: 'min',
      },
      async () => [{ labels: {}, value: this.state().usable ? 1 : 0 }],
    );
    sampledGauge(
      {
        name: 'tasdeeq_replica_lag_seconds',
        help: 'How stale a read from the streaming replica may be now (from WAL positions); absent while it does not answer.',
      },
      async () => {
        const state = this.state();
        return 'lagMs' in state ? [{ labels: {}, value: state.lagMs / 1000 }] : [];
      },
    );
  }

  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.running = this.tick().finally(() => {
        this.running = null;
        if (this.timer) this.timer = setTimeout(tick, this.intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Measures once now (start() keeps measuring); for start-up and tests. */
  async measure(): Promise<ReplicaState> {
    await (this.running ?? this.tick());
    return this.state();
  }

  state(now = Date.now()): ReplicaState {
    if (!this.replayed || now - this.lastAnswer > 3 * this.intervalMs + 1_000) return { usable: false, reason: 'UNAVAILABLE' };
    const replayed = this.replayed.lsn;
    let covered: Sample | undefined;
    for (let i = this.samples.length - 1; i >= 0; i--) {
      if (this.samples[i].lsn <= replayed) {
        covered = this.samples[i];
        break;
      }
    }
    // Not even the oldest position kept is replayed: behind by more than the window kept, at least.
    const lagMs = Math.max(0, now - (covered ?? this.samples[0]).at);
    return !covered || lagMs > this.maxLagMs ? { usable: false, reason: 'LAGGING', lagMs } : { usable: true, lagMs };
  }

  private async tick(): Promise<void> {
    try {
      const at = Date.now();
      // The insert position, not the write position: a transaction committed asynchronously (synchronous_commit off,
      // as the budget's and the tally's are) has returned before its commit record is written.
      const [primary] = await this.primary.em.getConnection().execute<{ lsn: string }[]>('select pg_current_wal_insert_lsn()::text as lsn');
      this.samples.push({ at, lsn: parseLsn(primary.lsn) });
      // Keep what a lag up to twice the bound needs, and always the newest.
      const horizon = at - 2 * this.maxLagMs - 2 * this.intervalMs;
      while (this.samples.length > 1 && this.samples[1].at < horizon) this.samples.shift();
    } catch (error) {
      // Without the primary's position the lag cannot be bounded: the replica is not used until it can.
      this.fail('cannot read the primary\'s WAL position: reads stay on the primary', error);
      return;
    }
    try {
      const [row] = await this.replica.em
        .getConnection()
        .execute<{ lsn: string | null }[]>('select case when pg_is_in_recovery() then pg_last_wal_replay_lsn()::text end as lsn');
      if (row.lsn === null) {
        this.fail('DATABASE_REPLICA_URL is not a standby in recovery (promoted, or a primary): reads stay on the primary');
        return;
      }
      this.replayed = { lsn: parseLsn(row.lsn), at: Date.now() };
      this.lastAnswer = this.replayed.at;
      if (this.warned) this.logger.info('the replica answers again');
      this.warned = null;
    } catch (error) {
      this.fail('the replica does not answer: reads stay on the primary', error);
    }
  }

  private fail(message: string, error?: unknown): void {
    this.replayed = null;
    if (this.warned !== message) this.logger.warn({ err: error }, message);
    this.warned = message;
  }
}
