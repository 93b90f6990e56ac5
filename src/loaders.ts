import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './auth/viewer';
import type { ReferenceData } from './jurisdictions/reference-data';
import { createHouseholdLoaders, type HouseholdLoaders } from './households/household.loaders';

/** Per-request DataLoaders, one group per feature, built from the request's entity manager and viewer. */
export interface Loaders {
  households: HouseholdLoaders;
}

export function createLoaders(em: EntityManager, viewer: Viewer, reference: ReferenceData): Loaders {
  return { households: createHouseholdLoaders(em, viewer, reference) };
}
