/**
 * The dashboard's GraphQL operations. Plain strings with no imports, so test/web-dashboard.test.ts can validate them
 * against schema.graphql (a renamed field fails the fast suite, not a browser at run time).
 */

/** What the key covers: the viewer's whole jurisdiction and, for a national key, the provinces to pick from. */
export const VIEWER_AREA = /* GraphQL */ `
  query DashboardViewerArea {
    dashboard(scope: {}) {
      area { level province name district { code } tehsil }
      children { area { level province name district { code } tehsil } }
    }
  }
`;

/**
 * One area in full and, for the table, each child area's headline figures. Children leave out the monthly series
 * and the per-code lists: the table does not show them and they would multiply the query's cost.
 */
export const AREA_DASHBOARD = /* GraphQL */ `
  query AreaDashboard($scope: DashboardScope!) {
    dashboard(scope: $scope) {
      area { level province name district { code } tehsil }
      households { value suppressed }
      members { value suppressed }
      surveyedHouseholds { value suppressed }
      surveyedShare
      scoredHouseholds { value suppressed }
      meanScore
      medianScore
      registrationsByStatus { status count { value suppressed } }
      scoreBands { band households { value suppressed } }
      eligibleByProgramme { programme households { value suppressed } }
      flagsByCode { code households { value suppressed } }
      monthly { month registrations { value suppressed } surveys { value suppressed } }
      children {
        area { level province name district { code } tehsil }
        households { value suppressed }
        members { value suppressed }
        surveyedHouseholds { value suppressed }
        surveyedShare
        scoredHouseholds { value suppressed }
        meanScore
        medianScore
        scoreBands { band households { value suppressed } }
      }
    }
  }
`;
