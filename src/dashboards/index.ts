import { feature } from '../pipeline/feature';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

/**
 * Province, district and tehsil aggregates of the registry for welfare dashboards, read from rollups that triggers
 * keep (see the dashboards migration), with small counts suppressed. The rollups are derived data, not entities.
 */
export const dashboards = feature<void>({
  name: 'dashboards',
  entities: [],
  resolvers: [DashboardResolver],
  create({ reference }) {
    const service = new DashboardService(reference);
    return { api: undefined, resolvers: [new DashboardResolver(service)], answers: { dashboard: service.answers } };
  },
});
