import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlFunction } from '../db/raw-query';
import type { Context } from '../pipeline/context';
import type { ReferenceData } from '../jurisdictions/reference-data';
import { DashboardSession, lastMonths, type FineRow, type RollupRow, type RollupSource } from './dashboard.areas';
import type { Dashboard } from './dashboard.type';
import type { AnswerState } from '../pipeline/answers';

/**
 * The budget charge the pipeline deferred, the rollups' version and, only when the version is not `known`, every
 * district's rollup row: one statement, one snapshot (Migration20261207930000).
 */
const dashboardRead = sqlFunction<
  { scope: string; bucketCost?: number; known?: string | null; from: string },
  Partial<RollupRow> & { version: string | null; tokens: number | null; admitted: boolean | null }
>('dashboard_read', { scope: 'text', bucketCost: 'float8', known: 'bigint', from: 'date' });

type DetailRow = Partial<RollupRow> & { version: string | null; kind: 'version' | 'tehsil' | 'fine'; point: number | null; cents: Record<string, number> | null };

/** Tehsil rows and per-cent score rows, with the version of the snapshot they were read in. */
const dashboardDetail = sqlFunction<
  { scope: string; tehsilsOf: string; districtPoints: string; tehsilPoints: string; from: string },
  DetailRow
>('dashboard_detail', { scope: 'text', tehsilsOf: 'jsonb', districtPoints: 'jsonb', tehsilPoints: 'jsonb', from: 'date' });

/**
 * One state of the rollups (one version) and everything computed from it: the session's areas, suppression decisions
 * and medians, and the dashboards built from them. Shared by every request that reads the same version: the version
 * is the sum of per-district counters that every rollup change bumps in the same transaction, so two reads of the
 * same version saw the same rollups, and what was computed from them is exact for both.
 */
export class RollupSnapshot implements AnswerState {
  readonly session: DashboardSession;
  /** Dashboards by area id (and their children), built once per version: plain values, never changed once built. */
  readonly dashboards = new Map<string, Dashboard>();
  readonly children = new Map<string, Dashboard[]>();
  /** A detail read found a newer version: the next request reads the rollups again. */
  stale = false;
  /** Whole answers computed from this version (src/pipeline/answers.ts). */
  readonly answers = new Map<string, unknown>();

  current(): boolean {
    return !this.stale;
  }

  constructor(
    readonly version: string,
    readonly from: string,
    months: string[],
    rows: RollupRow[],
    reference: ReferenceData,
    sql: EntityManager,
    scope: () => string,
  ) {
    const source: RollupSource = {
      districts: async () => rows,
      tehsils: async (monthsFrom, districts) =>
        (await this.detail(sql, scope(), { tehsilsOf: JSON.stringify(districts), districtPoints: '[]', tehsilPoints: '[]', from: monthsFrom }))
          .filter((r) => r.kind === 'tehsil') as RollupRow[],
      fine: async (districtPoints, tehsilPoints) =>
        (
          await this.detail(sql, scope(), {
            tehsilsOf: '[]',
            districtPoints: JSON.stringify(districtPoints),
            tehsilPoints: JSON.stringify(tehsilPoints),
            from: this.from,
          })
        )
          .filter((r) => r.kind === 'fine')
          .map((r): FineRow => ({ district_code: r.district_code!, tehsil: r.tehsil ?? null, point: r.point!, cents: r.cents! })),
    };
    this.session = new DashboardSession(source, reference, months);
  }

  /**
   * Rows read later than the district rows: if the rollups changed since (another version), they are used as they are
   * (as the medians always tolerated: see centAtRank), but the snapshot is marked stale so that nothing more is
   * computed from it for later requests.
   */
  private async detail(
    sql: EntityManager,
    scope: string,
    args: { tehsilsOf: string; districtPoints: string; tehsilPoints: string; from: string },
  ): Promise<DetailRow[]> {
    const rows = await dashboardDetail(sql, { scope, ...args });
    if (rows.find((r) => r.kind === 'version')?.version !== this.version) this.stale = true;
    return rows;
  }
}

/**
 * The rollups as the API last read them, one version at a time. `read` is the dashboard's one statement: the deferred
 * budget charge and the version, and the rows only when the version moved (a few hundred rows).
 */
export class RollupSnapshots {
  private current?: RollupSnapshot;
  /** A valid sealed scope of a recent request: the detail reads of a shared snapshot need one (any dashboard reader's). */
  private scope = '';

  constructor(private readonly reference: ReferenceData) {}

  async read(ctx: Context, now = new Date()): Promise<RollupSnapshot> {
    const months = lastMonths(now);
    const from = months[0];
    this.scope = ctx.scope.token;
    const held = this.current && this.current.from === from && !this.current.stale ? this.current : undefined;
    const charge = ctx.budget.takeDeferred();
    const rows = await dashboardRead(ctx.sql, { scope: ctx.scope.token, bucketCost: charge?.cost, known: held?.version ?? null, from });
    const first = rows[0];
    if (charge) ctx.budget.settle(charge, Number(first.tokens), first.admitted === true);
    const version = first.version!;
    if (held && version === held.version) return held;
    const snapshot = new RollupSnapshot(
      version,
      from,
      months,
      rows.filter((r) => r.district_code != null) as RollupRow[],
      this.reference,
      ctx.sql,
      () => this.scope,
    );
    // Versions only grow: a slower reader of an older state does not replace a newer one.
    if (!this.current || this.current.from !== from || this.current.stale || BigInt(version) > BigInt(this.current.version)) {
      this.current = snapshot;
    }
    return snapshot;
  }
}
