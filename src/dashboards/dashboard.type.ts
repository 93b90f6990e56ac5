import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { District } from '../jurisdictions/district.type';
import { Province } from '../jurisdictions/province';
import { FlagCode, RegistrationStatus } from '../households';
import { ProgrammeCode, ScoreBand } from '../scorecard';
import type { AreaNode } from './dashboard.areas';
import { DashboardLevel } from './dashboard-level';
import { PlainValue } from '../pipeline/metadata';

export { DashboardLevel } from './dashboard-level';

@InputType({ description: 'The area of a dashboard: every field omitted means the viewer\'s whole jurisdiction (national for a national analyst).' })
export class DashboardScope {
  @Field(() => Province, { nullable: true, description: 'A province or territory.' })
  province?: Province | null;

  @Field(() => String, { nullable: true, description: 'District code from the reference dataset, e.g. `PK601`.' })
  district?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tehsil name as recorded on households (needs `district`); `UNSPECIFIED` for households with none.',
  })
  tehsil?: string | null;
}


@PlainValue()
@ObjectType({ description: 'A count of households or people; null with `suppressed` true when it is below 5 (or could reveal such a count by subtraction).' })
export class DashboardCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'True when the count is withheld (see docs/dashboards.md for the rules).' })
  suppressed!: boolean;
}

@PlainValue()
@ObjectType({ description: 'Where a dashboard\'s figures come from.' })
export class DashboardArea {
  @Field(() => DashboardLevel, { description: 'The kind of area.' })
  level!: DashboardLevel;

  @Field(() => Province, { nullable: true, description: 'The province; null at NATIONAL and JURISDICTION.' })
  province!: Province | null;

  @Field(() => District, { nullable: true, description: 'The district; null above DISTRICT.' })
  district!: District | null;

  @Field(() => String, { nullable: true, description: 'The tehsil, at TEHSIL only; `UNSPECIFIED` for households that record none.' })
  tehsil!: string | null;

  @Field(() => String, {
    description: 'A display name: "Pakistan", the province\'s name, the district\'s Latin name, the tehsil, or the districts of a jurisdiction.',
  })
  name!: string;
}

@PlainValue()
@ObjectType({ description: 'Registrations with a current status.' })
export class RegistrationStatusCount {
  @Field(() => RegistrationStatus, { description: 'The status.' })
  status!: RegistrationStatus;

  @Field(() => DashboardCount, { description: 'Registrations whose current status it is.' })
  count!: DashboardCount;
}

@PlainValue()
@ObjectType({ description: 'Scored households whose current score falls in a band.' })
export class ScoreBandCount {
  @Field(() => ScoreBand, { description: 'The band.' })
  band!: ScoreBand;

  @Field(() => DashboardCount, { description: 'Households whose current score is in the band.' })
  households!: DashboardCount;
}

@PlainValue()
@ObjectType({ description: 'Households with at least one member eligible for a programme (as recorded with the current score).' })
export class ProgrammeCount {
  @Field(() => ProgrammeCode, { description: 'The programme.' })
  programme!: ProgrammeCode;

  @Field(() => DashboardCount, { description: 'Households with an eligible member.' })
  households!: DashboardCount;
}

@PlainValue()
@ObjectType({ description: 'Households with at least one open data-quality flag of a code.' })
export class FlagCodeCount {
  @Field(() => FlagCode, { description: 'The flag code.' })
  code!: FlagCode;

  @Field(() => DashboardCount, { description: 'Households with an open flag of the code.' })
  households!: DashboardCount;
}

@PlainValue()
@ObjectType({ description: 'Activity in one calendar month (Pakistan time).' })
export class MonthlyActivity {
  @Field(() => LocalDateResolver, { description: 'First day of the month, e.g. 2026-11-01.' })
  month!: string;

  @Field(() => DashboardCount, { description: 'Registrations opened in the month.' })
  registrations!: DashboardCount;

  @Field(() => DashboardCount, { description: 'Surveys (every version) submitted in the month.' })
  surveys!: DashboardCount;
}

// Plain values built whole from one snapshot of the rollups; `children` and `medianScore` read only through that
// snapshot's own single statements (src/dashboards/dashboard.snapshot.ts), never the request's entity manager.
@PlainValue()
@ObjectType({
  description:
    'Aggregates of an area from rollups kept in the same transaction as every write (cost does not grow with households). ' +
    'Small counts are suppressed consistently in every view (docs/dashboards.md).',
})
export class Dashboard {
  /** The area and its suppression decisions, for the `children` and `medianScore` resolvers. */
  node!: AreaNode;

  @Field(() => DashboardArea, { description: 'The area.' })
  area!: DashboardArea;

  @Field(() => DashboardCount, { description: 'Households.' })
  households!: DashboardCount;

  @Field(() => DashboardCount, { description: 'Active (living) members of those households.' })
  members!: DashboardCount;

  @Field(() => DashboardCount, { description: 'Households with a survey.' })
  surveyedHouseholds!: DashboardCount;

  @Field(() => Float, { nullable: true, description: 'surveyedHouseholds / households, 0-1 (4 decimals); null when either is suppressed.' })
  surveyedShare!: number | null;

  @Field(() => [RegistrationStatusCount], {
    description: 'Registrations by current status, one entry per RegistrationStatus in enum order. A registration counts where its household is (where its centre is until it has one).',
  })
  registrationsByStatus!: RegistrationStatusCount[];

  @Field(() => DashboardCount, { description: 'Households with a current poverty score.' })
  scoredHouseholds!: DashboardCount;

  @Field(() => Float, { nullable: true, description: 'Mean current poverty score of scored households (2 decimals); null when scoredHouseholds is suppressed.' })
  meanScore!: number | null;

  @Field(() => [ScoreBandCount], { description: 'Scored households per score band, one per ScoreBand, ascending.' })
  scoreBands!: ScoreBandCount[];

  @Field(() => [ProgrammeCount], { description: 'Eligible households per programme, one per ProgrammeCode.' })
  eligibleByProgramme!: ProgrammeCount[];

  @Field(() => [FlagCodeCount], { description: 'Households with at least one open data-quality flag, per FlagCode.' })
  flagsByCode!: FlagCodeCount[];

  @Field(() => [MonthlyActivity], { description: 'Registrations and surveys per month, ascending, the last 24 months up to the current one (Pakistan time).' })
  monthly!: MonthlyActivity[];
}
