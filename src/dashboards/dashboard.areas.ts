import DataLoader from 'dataloader';
import { FlagCode, RegistrationStatus } from '../households';
import { ProgrammeCode, ScoreBand } from '../scorecard';
import { Province } from '../jurisdictions/province';
import type { ReferenceData } from '../jurisdictions/reference-data';
import { today } from '../households';
import { suppressChildren, suppressRoot, suppressUnion, type CellGroup } from './suppression';
import { DashboardLevel } from './dashboard-level';

/** Display names of the provinces, as in the reference dataset. */
export const PROVINCE_NAMES: Record<Province, string> = {
  [Province.PUNJAB]: 'Punjab',
  [Province.SINDH]: 'Sindh',
  [Province.KHYBER_PAKHTUNKHWA]: 'Khyber Pakhtunkhwa',
  [Province.BALOCHISTAN]: 'Balochistan',
  [Province.ISLAMABAD]: 'Islamabad',
  [Province.GILGIT_BALTISTAN]: 'Gilgit Baltistan',
  [Province.AZAD_KASHMIR]: 'Azad Kashmir',
};

/** Tehsil shown for households that record none (their rollup key is ''). */
export const UNSPECIFIED_TEHSIL = 'UNSPECIFIED';

export const MONTHS = 24;

/** An area's figures: counts by cell name, and what the mean and median need. */
export interface Figures {
  values: Record<string, number>;
  scoreCents: number;
  /** Scored households per whole point of score, "0".."100". */
  points: Record<string, number>;
}

export interface AreaNode {
  /** `N`, `P:PUNJAB`, `D:PK601`, `T:PK601:<tehsil key>`, `J:PK601,PK602`: also the tie-break order within a sibling group. */
  id: string;
  level: DashboardLevel;
  province: Province | null;
  district: string | null;
  /** The rollup key ('' = unspecified), at TEHSIL only. */
  tehsilKey: string | null;
  name: string;
  figures: Figures;
  /** Cells withheld (suppression decided over the sibling group, top-down). */
  hidden: Set<string>;
  /** The rollup rows it sums: districts, or one tehsil of one district. */
  rows: { districts: string[] } | { district: string; tehsil: string };
}

/** The cell names of every dashboard (months vary with the current month) and the sets of cells with a total. */
export interface CellLayout {
  months: string[];
  keys: string[];
  groups: CellGroup[];
}

export const cell = {
  status: (s: RegistrationStatus) => `registrations.${s}`,
  band: (b: ScoreBand) => `bands.${b}`,
  programme: (p: ProgrammeCode) => `programmes.${p}`,
  flag: (c: FlagCode) => `flags.${c}`,
  registrationsIn: (month: string) => `registrationsByMonth.${month}`,
  surveysIn: (month: string) => `surveysByMonth.${month}`,
};

/** The last MONTHS months up to the current one in Pakistan, first days, ascending. */
export function lastMonths(now = new Date()): string[] {
  const day = today(now);
  if (monthsOf?.day === day) return monthsOf.months;
  const [y, m] = day.split('-').map(Number);
  const months = Array.from({ length: MONTHS }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (MONTHS - 1 - i), 1));
    return d.toISOString().slice(0, 10);
  });
  monthsOf = { day, months };
  return months;
}

/** The last day's months: every dashboard read asks (2% of a kept answer's CPU went to building them again). */
let monthsOf: { day: string; months: string[] } | undefined;

export function cellLayout(months: string[]): CellLayout {
  const statuses = Object.values(RegistrationStatus).map(cell.status);
  const bands = Object.values(ScoreBand).map(cell.band);
  const registrations = months.map(cell.registrationsIn);
  const surveys = months.map(cell.surveysIn);
  return {
    months,
    keys: [
      'households',
      'members',
      'surveyed',
      'scored',
      ...statuses,
      ...bands,
      ...Object.values(ProgrammeCode).map(cell.programme),
      ...Object.values(FlagCode).map(cell.flag),
      ...registrations,
      ...surveys,
    ],
    // Bands add up to the scored households; statuses and months add up to totals that are not shown but might be
    // learnt (all registrations, if all fall within the window): treated as if shown.
    groups: [
      { total: 'scored', members: bands },
      { total: null, members: statuses },
      { total: null, members: registrations },
      { total: null, members: surveys },
    ],
  };
}

/** A rollup row as read (district rows; tehsil rows carry `tehsil`). */
export interface RollupRow {
  district_code: string;
  tehsil?: string;
  households: number;
  members: number;
  surveyed: number;
  scored: number;
  score_cents: string;
  registrations: Record<string, number>;
  bands: Record<string, number>;
  programmes: Record<string, number>;
  flags: Record<string, number>;
  points: Record<string, number>;
  monthly: Record<string, [number, number]>;
}

function toFigures(row: RollupRow): Figures {
  const values: Record<string, number> = {
    households: row.households,
    members: row.members,
    surveyed: row.surveyed,
    scored: row.scored,
  };
  for (const [k, n] of Object.entries(row.registrations)) values[`registrations.${k}`] = n;
  for (const [k, n] of Object.entries(row.bands)) values[`bands.${k}`] = n;
  for (const [k, n] of Object.entries(row.programmes)) values[`programmes.${k}`] = n;
  for (const [k, n] of Object.entries(row.flags)) values[`flags.${k}`] = n;
  for (const [month, [registrations, surveys]] of Object.entries(row.monthly)) {
    values[cell.registrationsIn(month)] = registrations;
    values[cell.surveysIn(month)] = surveys;
  }
  return { values, scoreCents: Number(row.score_cents), points: row.points };
}

const EMPTY: Figures = { values: {}, scoreCents: 0, points: {} };

function sumFigures(parts: Figures[]): Figures {
  const out: Figures = { values: {}, scoreCents: 0, points: {} };
  for (const f of parts) {
    for (const [k, n] of Object.entries(f.values)) out.values[k] = (out.values[k] ?? 0) + n;
    for (const [k, n] of Object.entries(f.points)) out.points[k] = (out.points[k] ?? 0) + n;
    out.scoreCents += f.scoreCents;
  }
  return out;
}

/** Tehsils in name order, households without one last. */
function byTehsil(a: string, b: string): number {
  if (a === '' || b === '') return a === '' ? (b === '' ? 0 : 1) : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A per-cent score row: a district's (tehsil null) or a tehsil's, at one whole point. */
export interface FineRow {
  district_code: string;
  tehsil: string | null;
  point: number;
  cents: Record<string, number>;
}

/**
 * Where a session's rows come from: one state of the rollups (src/dashboards/dashboard.snapshot.ts reads them with
 * the version of the state they belong to).
 */
export interface RollupSource {
  /** Every district's rollup row with its months from `from`. */
  districts(from: string): Promise<RollupRow[]>;
  /** Tehsil rows (with households or registrations) of these districts, months from `from`. */
  tehsils(from: string, districts: readonly string[]): Promise<RollupRow[]>;
  /** Per-cent rows of these (district, point)s and (district, tehsil, point)s. */
  fine(districtPoints: { d: string; p: number }[], tehsilPoints: { d: string; t: string; p: number }[]): Promise<FineRow[]>;
}

/**
 * A view of one state of the rollups. Reads every district's row once (the nation and every province are sums of them),
 * a district's tehsil rows when a district or tehsil is shown, and the fine score histogram at the median's point:
 * a handful of statements whatever the number of households. Suppression decisions are cached per sibling group.
 */
export class DashboardSession {
  readonly layout: CellLayout;
  private districtRows?: Promise<Map<string, Figures>>;
  private readonly tehsilRows: DataLoader<string, Map<string, Figures>>;
  private readonly childCache = new Map<string, Promise<AreaNode[]>>();
  private nationNode?: Promise<AreaNode>;
  readonly medians: DataLoader<AreaNode, number | null, string>;

  constructor(
    private readonly source: RollupSource,
    private readonly reference: ReferenceData,
    months: string[] = lastMonths(),
  ) {
    this.layout = cellLayout(months);
    this.tehsilRows = new DataLoader((districts) => this.loadTehsils(districts));
    this.medians = new DataLoader((nodes) => this.loadMedians(nodes), { cacheKeyFn: (n) => n.id });
  }

  private monthlyFrom(): string {
    return this.layout.months[0];
  }

  private districts(): Promise<Map<string, Figures>> {
    this.districtRows ??= (async () => {
      const rows = await this.source.districts(this.monthlyFrom());
      return new Map(rows.map((r) => [r.district_code, toFigures(r)]));
    })();
    return this.districtRows;
  }

  private async loadTehsils(districts: readonly string[]): Promise<Map<string, Figures>[]> {
    const rows = await this.source.tehsils(this.monthlyFrom(), districts);
    return districts.map(
      (d) =>
        new Map(
          rows
            .filter((r) => r.district_code === d)
            .sort((a, b) => byTehsil(a.tehsil!, b.tehsil!))
            .map((r) => [r.tehsil!, toFigures(r)]),
        ),
    );
  }

  async districtFigures(code: string): Promise<Figures> {
    return (await this.districts()).get(code) ?? EMPTY;
  }

  nation(): Promise<AreaNode> {
    this.nationNode ??= (async () => {
      const all = [...(await this.districts()).values()];
      const figures = sumFigures(all);
      return {
        id: 'N',
        level: DashboardLevel.NATIONAL,
        province: null,
        district: null,
        tehsilKey: null,
        name: 'Pakistan',
        figures,
        hidden: suppressRoot(figures.values, this.layout.keys, this.layout.groups),
        rows: { districts: [...(await this.districts()).keys()] },
      };
    })();
    return this.nationNode;
  }

  async province(province: Province): Promise<AreaNode> {
    return (await this.children(await this.nation())).find((n) => n.province === province)!;
  }

  async district(code: string): Promise<AreaNode> {
    const province = this.reference.district(code)!.province;
    return (await this.children(await this.province(province))).find((n) => n.district === code)!;
  }

  /** The tehsil's node, or undefined when no household of the district records it. */
  async tehsil(code: string, key: string): Promise<AreaNode | undefined> {
    return (await this.children(await this.district(code))).find((n) => n.tehsilKey === key);
  }

  async tehsilKeys(code: string): Promise<string[]> {
    return [...(await this.tehsilRows.load(code)).keys()];
  }

  /** A viewer's set of districts, as one area whose children are those districts. */
  async jurisdiction(codes: string[]): Promise<AreaNode> {
    const sorted = [...codes].sort();
    const parts = await Promise.all(sorted.map((c) => this.district(c)));
    const figures = sumFigures(parts.map((p) => p.figures));
    return {
      // Its districts in the id: sessions are shared by every viewer reading the same state of the rollups.
      id: `J:${sorted.join(',')}`,
      level: DashboardLevel.JURISDICTION,
      province: null,
      district: null,
      tehsilKey: null,
      name: parts.map((p) => p.name).join(', '),
      figures,
      hidden: suppressUnion(figures.values, parts.map((p) => p.hidden), this.layout.keys, this.layout.groups),
      rows: { districts: parts.map((p) => p.district!) },
    };
  }

  children(node: AreaNode): Promise<AreaNode[]> {
    let cached = this.childCache.get(node.id);
    if (!cached) {
      cached = this.computeChildren(node);
      this.childCache.set(node.id, cached);
    }
    return cached;
  }

  private async computeChildren(node: AreaNode): Promise<AreaNode[]> {
    if (node.level === DashboardLevel.TEHSIL) return [];
    if (node.level === DashboardLevel.JURISDICTION) {
      return Promise.all((node.rows as { districts: string[] }).districts.map((c) => this.district(c)));
    }
    let children: Omit<AreaNode, 'hidden'>[];
    if (node.level === DashboardLevel.NATIONAL) {
      const districts = await this.districts();
      children = Object.values(Province).map((province) => {
        const codes = this.reference.districtsOf(province).map((d) => d.code);
        return {
          id: `P:${province}`,
          level: DashboardLevel.PROVINCE,
          province,
          district: null,
          tehsilKey: null,
          name: PROVINCE_NAMES[province],
          figures: sumFigures(codes.map((c) => districts.get(c) ?? EMPTY)),
          rows: { districts: codes },
        };
      });
    } else if (node.level === DashboardLevel.PROVINCE) {
      const districts = await this.districts();
      children = this.reference
        .districtsOf(node.province!)
        .sort((a, b) => (a.code < b.code ? -1 : 1))
        .map((d) => ({
          id: `D:${d.code}`,
          level: DashboardLevel.DISTRICT,
          province: node.province,
          district: d.code,
          tehsilKey: null,
          name: d.nameEn,
          figures: districts.get(d.code) ?? EMPTY,
          rows: { districts: [d.code] },
        }));
    } else {
      const tehsils = await this.tehsilRows.load(node.district!);
      children = [...tehsils].map(([key, figures]) => ({
        id: `T:${node.district}:${key}`,
        level: DashboardLevel.TEHSIL,
        province: node.province,
        district: node.district,
        tehsilKey: key,
        name: key === '' ? UNSPECIFIED_TEHSIL : key,
        figures,
        rows: { district: node.district!, tehsil: key },
      }));
    }
    const hidden = suppressChildren(
      node.hidden,
      children.map((c) => ({ id: c.id, values: c.figures.values })),
      this.layout.keys,
      this.layout.groups,
    );
    return children.map((c) => ({ ...c, hidden: hidden.get(c.id)! }));
  }

  /**
   * Exact medians from the two-level histogram: the whole-point counts (in the rollup rows already read) locate the
   * point holding the middle household(s); the per-cent counts of that point (one row per district or tehsil) finish.
   */
  private async loadMedians(nodes: readonly AreaNode[]): Promise<(number | null)[]> {
    const plans = nodes.map((node) => medianPlan(node.figures));
    const districtPoints = new Map<string, { d: string; p: number }>();
    const tehsilPoints = new Map<string, { d: string; t: string; p: number }>();
    nodes.forEach((node, i) => {
      for (const p of plans[i]?.points ?? []) {
        if ('districts' in node.rows) for (const d of node.rows.districts) districtPoints.set(`${d}|${p}`, { d, p });
        else tehsilPoints.set(`${node.rows.district}|${node.rows.tehsil}|${p}`, { d: node.rows.district, t: node.rows.tehsil, p });
      }
    });
    if (!districtPoints.size && !tehsilPoints.size) return nodes.map(() => null);
    const rows = await this.source.fine([...districtPoints.values()], [...tehsilPoints.values()]);
    const fine = new Map(rows.map((r) => [`${r.district_code}|${r.tehsil === null ? '' : `${r.tehsil}|`}${r.point}`, r.cents]));
    return nodes.map((node, i) => {
      const plan = plans[i];
      if (!plan) return null;
      const cents = plan.ranks.map(({ point, rank }) => {
        const maps =
          'districts' in node.rows
            ? node.rows.districts.map((d) => fine.get(`${d}|${point}`))
            : [fine.get(`${node.rows.district}|${node.rows.tehsil}|${point}`)];
        return point * 100 + centAtRank(maps, rank);
      });
      return cents.reduce((a, b) => a + b, 0) / cents.length / 100;
    });
  }
}

/** The whole points holding the middle household(s) and their rank within the point (1-based); null when none scored. */
function medianPlan(figures: Figures): { points: number[]; ranks: { point: number; rank: number }[] } | null {
  const n = Object.values(figures.points).reduce((a, b) => a + b, 0);
  if (n <= 0) return null;
  const wanted = n % 2 ? [(n + 1) / 2] : [n / 2, n / 2 + 1];
  const ranks = wanted.map((r) => {
    let below = 0;
    for (let point = 0; point <= 100; point++) {
      const here = figures.points[String(point)] ?? 0;
      if (below + here >= r) return { point, rank: r - below };
      below += here;
    }
    return { point: 100, rank: 1 };
  });
  return { points: [...new Set(ranks.map((r) => r.point))], ranks };
}

/**
 * The cent (0-99) of the rank-th household within a point, from the per-cent counts of the rows summed. If a write
 * committed between the two reads the counts may no longer reach the rank: the highest cent seen is used.
 */
function centAtRank(maps: (Record<string, number> | undefined)[], rank: number): number {
  const counts = new Array<number>(100).fill(0);
  for (const m of maps) if (m) for (const [c, n] of Object.entries(m)) counts[Number(c)] += n;
  let seen = 0;
  let last = 0;
  for (let c = 0; c < 100; c++) {
    if (counts[c] > 0) last = c;
    seen += counts[c];
    if (seen >= rank) return c;
  }
  return last;
}
