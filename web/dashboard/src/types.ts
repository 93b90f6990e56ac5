/** The shapes of the two operations in queries.ts (the dashboard contract of schema.graphql). */

/** JURISDICTION: a key's own set of districts (`scope: {}` for a DISTRICTS key); its children are those districts. */
export type Level = 'NATIONAL' | 'PROVINCE' | 'JURISDICTION' | 'DISTRICT' | 'TEHSIL';

/** A count; `value` is null with `suppressed: true` when it could single out a household. */
export interface Count {
  value: number | null;
  suppressed: boolean;
}

export interface Area {
  level: Level;
  province: string | null;
  name: string;
  district: { code: string } | null;
  tehsil: string | null;
}

export interface ViewerArea {
  dashboard: { area: Area; children: { area: Area }[] };
}

export interface Headline {
  area: Area;
  households: Count;
  members: Count;
  surveyedHouseholds: Count;
  surveyedShare: number | null;
  scoredHouseholds: Count;
  meanScore: number | null;
  medianScore: number | null;
  scoreBands: { band: string; households: Count }[];
}

export interface AreaDashboard extends Headline {
  registrationsByStatus: { status: string; count: Count }[];
  eligibleByProgramme: { programme: string; households: Count }[];
  flagsByCode: { code: string; households: Count }[];
  monthly: { month: string; registrations: Count; surveys: Count }[];
  children: Headline[];
}

/** The scope argument: every field omitted is the viewer's whole jurisdiction. */
export interface Scope {
  province?: string;
  district?: string;
  tehsil?: string;
}
