import DataLoader from 'dataloader';
import { boundQuery, sqlArray } from '../db/raw-query';
import { districtCodes } from '../jurisdictions/jurisdiction';
import type { ReferenceData } from '../jurisdictions/reference-data';
import type { Context, RequestScoped } from '../pipeline/context';
import { HouseholdEntity } from './household.entity';
import { MemberEntity } from './member.entity';
import { SurveyEntity } from './survey.entity';
import { DataQualityFlagEntity } from './data-quality-flag.entity';
import { RelationToHead, type EligibilityOutcome } from './household.enums';
import { outcomeEligibilitySql } from './survey-outcome';

export interface HouseholdLoaders {
  members: DataLoader<string, MemberEntity[]>;
  latestSurvey: DataLoader<string, SurveyEntity | null>;
  /**
   * The latest survey's eligibility outcome only (`Household.status`): one column as plain rows. Hydrating the whole
   * survey (its roster snapshot and indicators, cloned for change tracking) for a page's status column was the
   * largest single cost of a households page.
   */
  latestStatus: DataLoader<string, { eligibility: EligibilityOutcome | null } | null>;
  surveys: DataLoader<string, SurveyEntity[]>;
  openFlags: DataLoader<string, DataQualityFlagEntity[]>;
  /** Households by id, within the viewer's jurisdiction (null outside it). */
  household: DataLoader<string, HouseholdEntity | null>;
}

const RELATION_ORDER = Object.values(RelationToHead);

/** Each household's roster (deceased members included), head first: `Household.members` and the audit share it. */
export const rosterOf: RequestScoped<DataLoader<string, MemberEntity[]>> = {
  create: ({ em }) =>
    new DataLoader(async (ids) => {
      const rows = await em.find(MemberEntity, { household: { $in: [...ids] } });
      rows.sort(
        (a, b) =>
          RELATION_ORDER.indexOf(a.relationToHead) - RELATION_ORDER.indexOf(b.relationToHead) ||
          a.dateOfBirth.localeCompare(b.dateOfBirth) ||
          a.id.localeCompare(b.id),
      );
      return groupBy(ids, rows, (r) => r.household.id);
    }),
};

/**
 * The CNICs on households' rosters, for the audit of the people a household, its surveys and its flags hold
 * (`@HoldsPeople`): numbers only, read as plain rows. Hydrating the roster's entities for the audit of a page that
 * never selected members cost 60% of that page's Node time (a page of 100 households holds about 460 people).
 */
const rosterNumbersOf: RequestScoped<DataLoader<string, string[]>> = {
  create: (ctx) =>
    new DataLoader(async (ids) => {
      const rows = await boundQuery<{ household_id: string; id_number: string }>(
        ctx.em,
        'select household_id, id_number from household_member where household_id = any(?::uuid[]) and id_number is not null',
        [sqlArray(ids)],
      );
      const numbers = groupBy(ids, rows, (r) => r.household_id);
      return numbers.map((group) => group.map((r) => r.id_number));
    }),
};

export const rosterNumbers = (ctx: Context, householdKey: string): Promise<string[]> => ctx.loaders.get(rosterNumbersOf).load(householdKey);

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/**
 * Built per request from the request's entity manager: one `in (...)` query per field per page, however many
 * households the page holds. Keys are household ids the caller already read within jurisdiction, except `household`,
 * which filters by jurisdiction itself.
 */
export class HouseholdLoaderFactory implements RequestScoped<HouseholdLoaders> {
  constructor(private readonly reference: ReferenceData) {}

  create(ctx: Context): HouseholdLoaders {
    const { em, viewer } = ctx;
    const reference = this.reference;
    return {
    members: ctx.loaders.get(rosterOf),
    latestSurvey: new DataLoader(async (ids) => {
      const rows = await em.find(SurveyEntity, { household: { $in: [...ids] }, latest: true });
      return groupBy(ids, rows, (r) => r.household.id).map((g) => g[0] ?? null);
    }),
    latestStatus: new DataLoader(async (ids) => {
      const rows = await boundQuery<{ household_id: string; eligibility: EligibilityOutcome | null }>(
        em,
        `select s.household_id, ${outcomeEligibilitySql('s')} as eligibility from survey s where s.household_id = any(?::uuid[]) and s.latest`,
        [sqlArray(ids)],
      );
      return groupBy(ids, rows, (r) => r.household_id).map((g) => (g[0] ? { eligibility: g[0].eligibility } : null));
    }),
    surveys: new DataLoader(async (ids) => {
      const rows = await em.find(SurveyEntity, { household: { $in: [...ids] } }, { orderBy: { version: 'desc' } });
      return groupBy(ids, rows, (r) => r.household.id);
    }),
    openFlags: new DataLoader(async (ids) => {
      const rows = await em.find(
        DataQualityFlagEntity,
        { household: { $in: [...ids] }, resolvedAt: null },
        { orderBy: { createdAt: 'asc', code: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.household.id);
    }),
    household: new DataLoader(async (ids) => {
      const codes = districtCodes(viewer.jurisdiction, reference);
      const rows = await em.find(HouseholdEntity, { id: { $in: [...ids] }, ...(codes ? { district: { $in: codes } } : {}) });
      return groupBy(ids, rows, (r) => r.id).map((g) => g[0] ?? null);
    }),
    };
  }
}
