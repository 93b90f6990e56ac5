import type { Context, RequestScoped } from '../pipeline/context';
import { authorize } from '../auth/permissions';
import { BadUserInputError, ForbiddenError } from '../common/errors';
import { toDistrict } from '../jurisdictions/district.type';
import { formatJurisdiction, type Jurisdiction } from '../jurisdictions/jurisdiction';
import type { Province } from '../jurisdictions/province';
import type { ReferenceData } from '../jurisdictions/reference-data';
import { FlagCode, RegistrationStatus } from '../households';
import { ProgrammeCode, ScoreBand } from '../scorecard';
import { cell, PROVINCE_NAMES, UNSPECIFIED_TEHSIL, type AreaNode, type DashboardSession } from './dashboard.areas';
import { RollupSnapshots, type RollupSnapshot } from './dashboard.snapshot';
import type { AnswerMemo } from '../pipeline/answers';
import { Dashboard, DashboardCount, DashboardLevel, type DashboardScope } from './dashboard.type';

type Target =
  | { level: DashboardLevel.NATIONAL }
  | { level: DashboardLevel.PROVINCE; province: Province }
  | { level: DashboardLevel.DISTRICT; district: string }
  | { level: DashboardLevel.TEHSIL; district: string; tehsil: string }
  | { level: DashboardLevel.JURISDICTION; districts: string[] };

/**
 * Welfare dashboards: resolves and authorises the scope, reads the rollups' state (RollupSnapshots: one statement with
 * the budget charge, the rows only when they changed) and shapes the figures with their suppression. Everything
 * computed from one version of the rollups (areas, suppression, medians, the dashboards themselves) is shared by the
 * requests that read that version. Not audited: a dashboard is an aggregate with small counts withheld, not a lookup
 * of anyone (the query-cost budget and the request log record its use).
 */
export class DashboardService {
  private readonly snapshots: RollupSnapshots;
  /** The snapshot a request read (once, as its root field runs); its children and medians use the same. */
  private readonly requestSnapshot: RequestScoped<{ snapshot?: Promise<RollupSnapshot> }>;

  constructor(private readonly reference: ReferenceData) {
    this.snapshots = new RollupSnapshots(reference);
    this.requestSnapshot = { create: () => ({}) };
  }

  /**
   * Whole answers kept per version (src/pipeline/answers.ts): the state is the request's snapshot, read once, so the
   * execution that follows a miss reads through the same one. A failed read (a refused budget) keeps nothing: the
   * resolver meets the same failure.
   */
  readonly answers: AnswerMemo = {
    state: async (ctx) => this.snapshot(ctx).catch(() => undefined),
  };

  async dashboard(ctx: Context, scope: DashboardScope): Promise<Dashboard> {
    authorize(ctx.viewer, 'dashboard:read');
    const target = this.target(ctx.viewer.jurisdiction, scope);
    const snapshot = await this.snapshot(ctx);
    const session = snapshot.session;
    let node: AreaNode | undefined;
    switch (target.level) {
      case DashboardLevel.NATIONAL:
        node = await session.nation();
        break;
      case DashboardLevel.PROVINCE:
        node = await session.province(target.province);
        break;
      case DashboardLevel.DISTRICT:
        node = await session.district(target.district);
        break;
      case DashboardLevel.JURISDICTION:
        node = await session.jurisdiction(target.districts);
        break;
      case DashboardLevel.TEHSIL: {
        const key = await this.tehsilKey(session, target.district, target.tehsil);
        node = await session.tehsil(target.district, key);
        break;
      }
    }
    return this.built(snapshot, node!);
  }

  async children(ctx: Context, parent: Dashboard): Promise<Dashboard[]> {
    const snapshot = await this.snapshot(ctx);
    let children = snapshot.children.get(parent.node.id);
    if (!children) {
      children = (await snapshot.session.children(parent.node)).map((n) => this.built(snapshot, n));
      if (!snapshot.stale) snapshot.children.set(parent.node.id, children);
    }
    return children;
  }

  /** Null when scoredHouseholds is suppressed. */
  async medianScore(ctx: Context, dashboard: Dashboard): Promise<number | null> {
    if (dashboard.node.hidden.has('scored')) return null;
    return (await this.snapshot(ctx)).session.medians.load(dashboard.node);
  }

  private snapshot(ctx: Context): Promise<RollupSnapshot> {
    const held = ctx.loaders.get(this.requestSnapshot);
    return (held.snapshot ??= this.snapshots.read(ctx));
  }

  /** An area's dashboard, built once per version of the rollups. */
  private built(snapshot: RollupSnapshot, node: AreaNode): Dashboard {
    let dashboard = snapshot.dashboards.get(node.id);
    if (!dashboard) {
      dashboard = this.toDashboard(node, snapshot.session.layout.months);
      if (!snapshot.stale) snapshot.dashboards.set(node.id, dashboard);
    }
    return dashboard;
  }

  /** Input checks first (they reveal nothing), then the jurisdiction; a tehsil is looked up only inside it. */
  private target(jurisdiction: Jurisdiction, scope: DashboardScope): Target {
    const { province, district, tehsil } = scope;
    if (tehsil != null && district == null) {
      throw new BadUserInputError('`scope.tehsil` needs `scope.district`: tehsil names repeat across districts.', { field: ['scope', 'tehsil'] });
    }
    const info = district != null ? this.reference.district(district) : undefined;
    if (district != null && !info) {
      throw new BadUserInputError('`scope.district` is not a district code of the reference data (e.g. `PK601`).', { field: ['scope', 'district'] });
    }
    if (info && province != null && info.province !== province) {
      throw new BadUserInputError(`District ${info.code} (${info.nameEn}) is not in ${PROVINCE_NAMES[province]}.`, { field: ['scope', 'province'] });
    }
    const covered = (codes: string[]) => {
      if (jurisdiction.kind === 'NATIONAL') return true;
      if (jurisdiction.kind === 'PROVINCE') return codes.every((c) => this.reference.district(c)?.province === jurisdiction.province);
      return codes.every((c) => jurisdiction.districts.includes(c));
    };
    const outside = (what: string) =>
      new ForbiddenError(`Your jurisdiction (${formatJurisdiction(jurisdiction)}) does not cover ${what}.`);

    if (info) {
      if (!covered([info.code])) throw outside(`${info.nameEn} (${info.code})`);
      return tehsil != null
        ? { level: DashboardLevel.TEHSIL, district: info.code, tehsil }
        : { level: DashboardLevel.DISTRICT, district: info.code };
    }
    if (province != null) {
      if (!covered(this.reference.districtsOf(province).map((d) => d.code))) throw outside(PROVINCE_NAMES[province]);
      return { level: DashboardLevel.PROVINCE, province };
    }
    if (jurisdiction.kind === 'NATIONAL') return { level: DashboardLevel.NATIONAL };
    if (jurisdiction.kind === 'PROVINCE') return { level: DashboardLevel.PROVINCE, province: jurisdiction.province };
    if (jurisdiction.districts.length === 1) return { level: DashboardLevel.DISTRICT, district: jurisdiction.districts[0] };
    return { level: DashboardLevel.JURISDICTION, districts: [...jurisdiction.districts] };
  }

  /** The rollup key of a tehsil as typed: blank or UNSPECIFIED means none; else exact, else the one case-insensitive match. */
  private async tehsilKey(session: DashboardSession, district: string, tehsil: string): Promise<string> {
    const wanted = tehsil.trim();
    const keys = await session.tehsilKeys(district);
    if (wanted === '' || wanted.toUpperCase() === UNSPECIFIED_TEHSIL) {
      if (keys.includes('')) return '';
    } else {
      if (keys.includes(wanted)) return wanted;
      const matches = keys.filter((k) => k.toLowerCase() === wanted.toLowerCase());
      if (matches.length === 1) return matches[0];
    }
    throw new BadUserInputError(
      `No household or registration in ${this.reference.district(district)!.nameEn} (${district}) records this tehsil; ` +
        'the district\'s dashboard lists its tehsils as children.',
      { field: ['scope', 'tehsil'] },
    );
  }

  private toDashboard(node: AreaNode, months: string[]): Dashboard {
    const { values, scoreCents } = node.figures;
    const count = (key: string): DashboardCount =>
      Object.assign(new DashboardCount(), node.hidden.has(key) ? { value: null, suppressed: true } : { value: values[key] ?? 0, suppressed: false });
    const shown = (key: string) => !node.hidden.has(key);
    const households = values.households ?? 0;
    const scored = values.scored ?? 0;
    return Object.assign(new Dashboard(), {
      node,
      area: {
        level: node.level,
        province: node.province,
        district: node.district ? toDistrict(node.district, this.reference) : null,
        tehsil: node.level === DashboardLevel.TEHSIL ? node.name : null,
        name: node.name,
      },
      households: count('households'),
      members: count('members'),
      surveyedHouseholds: count('surveyed'),
      surveyedShare:
        shown('households') && shown('surveyed') && households > 0 ? round((values.surveyed ?? 0) / households, 4) : null,
      registrationsByStatus: Object.values(RegistrationStatus).map((status) => ({ status, count: count(cell.status(status)) })),
      scoredHouseholds: count('scored'),
      meanScore: shown('scored') && scored > 0 ? round(scoreCents / 100 / scored, 2) : null,
      scoreBands: Object.values(ScoreBand).map((band) => ({ band, households: count(cell.band(band)) })),
      eligibleByProgramme: Object.values(ProgrammeCode).map((programme) => ({ programme, households: count(cell.programme(programme)) })),
      flagsByCode: Object.values(FlagCode).map((code) => ({ code, households: count(cell.flag(code)) })),
      monthly: months.map((month) => ({
        month,
        registrations: count(cell.registrationsIn(month)),
        surveys: count(cell.surveysIn(month)),
      })),
    });
  }
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
