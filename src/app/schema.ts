import 'reflect-metadata';
import path from 'node:path';
import { buildSchema, getMetadataStorage, type BuildSchemaOptions, type ContainerType } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from '../auth/auth-checker';
import type { Action } from '../auth/permissions';
import { NodeResolver } from './node.resolver';
import { collectPeopleOn } from '../pipeline/people';
import { RESOLVER_CLASSES } from './features';

/** schema.graphql at the repository root, from src/app/ (ts-node, jest) or dist/src/app/ (compiled). */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '', 'schema.graphql');

/** Hands type-graphql the resolvers the features built (with their services), by class. */
export class ResolverContainer implements ContainerType {
  private readonly instances = new Map<unknown, object>();

  constructor(resolvers: object[]) {
    for (const resolver of resolvers) this.instances.set(resolver.constructor, resolver);
  }

  get(resolverClass: unknown): object {
    const instance = this.instances.get(resolverClass);
    if (!instance) throw new Error(`No instance of ${String((resolverClass as { name?: string }).name)} was built.`);
    return instance;
  }
}

/** The schema of every feature. Without a container (`npm run schema`) it can be printed, not executed. */
export async function createSchema(container?: ResolverContainer): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [NodeResolver, ...RESOLVER_CLASSES] as BuildSchemaOptions['resolvers'],
    container,
    authChecker,
    authMode: 'error',
    // Inputs are validated by scalars and in services, with messages that never echo the value; class-validator's
    // errors can carry the submitted value, so it is not wired in.
    validate: false,
  });
  // Every object a request resolves that holds a person goes to the request's audit (src/pipeline/people.ts).
  return collectPeopleOn(schema);
}

/**
 * The actions each root field's `@Authorized(...)` names, as `Mutation.submitSurvey`: the pipeline checks them before
 * it reads the input (issue #20), and the resolver's guard checks them again as before.
 */
export function rootFieldActions(): Map<string, Action[]> {
  const storage = getMetadataStorage();
  const actions = new Map<string, Action[]>();
  const roots = [
    ...storage.queries.map((q) => ['Query', q] as const),
    ...storage.mutations.map((m) => ['Mutation', m] as const),
    ...storage.subscriptions.map((m) => ['Subscription', m] as const),
  ];
  for (const [type, field] of roots) {
    const authorized = storage.authorizedFields.find((a) => a.target === field.target && a.fieldName === field.methodName);
    if (authorized) actions.set(`${type}.${field.schemaName}`, authorized.roles as Action[]);
  }
  return actions;
}
