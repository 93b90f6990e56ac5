import { DataQualityFlagFieldsResolver, HouseholdFieldsResolver, HouseholdQueryResolver } from './household.resolver';
import { RegistrationResolver } from './registration.resolver';

/** The NSER resolvers, for the schema's list. */
export const householdResolvers = [HouseholdQueryResolver, HouseholdFieldsResolver, DataQualityFlagFieldsResolver, RegistrationResolver] as const;
