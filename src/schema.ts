import 'reflect-metadata';
import path from 'node:path';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './auth/auth-checker';
import { AuditResolver } from './audit/audit.resolver';
import { IdentityResolver } from './identity/identity.resolver';
import { NodeResolver } from './common/node.resolver';
import { SecurityResolver } from './security/security.resolver';
import { OffenderCheckResolver, OffenderRecordResolver, ConvictionResolver } from './offenders/offender.resolver';
import { ConvictionMutationResolver } from './offenders/conviction.resolver';
import { WatchResolver } from './offenders/watch.resolver';
import { householdResolvers } from './households/resolvers';
import { ScorecardResolver } from './scorecard/scorecard.resolver';
import { DashboardResolver } from './dashboards/dashboard.resolver';
import { OffenderCheckReceiptResolver } from './offenders/offender-check-receipt.resolver';
import { EligibilityReceiptResolver } from './scorecard/eligibility-receipt.resolver';
import { RegistrationSlipResolver } from './households/registration-slip.resolver';
import { subjectResolvers } from './subjects';

/** schema.graphql at the repository root, from src/ (ts-node, jest) or dist/src/ (compiled). */
export const SCHEMA_FILE = path.resolve(__dirname, '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '', 'schema.graphql');

export const resolvers = [
  NodeResolver,
  IdentityResolver,
  AuditResolver,
  SecurityResolver,
  OffenderCheckResolver,
  OffenderRecordResolver,
  ConvictionResolver,
  ConvictionMutationResolver,
  WatchResolver,
  ...householdResolvers,
  ScorecardResolver,
  DashboardResolver,
  OffenderCheckReceiptResolver,
  EligibilityReceiptResolver,
  RegistrationSlipResolver,
  ...subjectResolvers,
] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    // Inputs are validated by scalars and in services, with messages that never echo the value; class-validator's
    // errors can carry the submitted value, so it is not wired in.
    validate: false,
  });
}
