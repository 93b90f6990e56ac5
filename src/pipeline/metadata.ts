import { Extensions } from 'type-graphql';
import {
  BREAK,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * What fields and types declare to the request pipeline, as GraphQL extensions on the schema (never as lists of
 * names kept elsewhere):
 * - `@OwnTransaction()` on a root field: it runs its own single-statement transactions, reads nothing through the
 *   request's entity manager, and may pay the request's budget charge in its statement (`ctx.budget.takeDeferred()`).
 * - `@PlainValue()` on an object type: every field of it is a plain value its parent built, with no resolver that
 *   reads anything. Adding a field resolver to such a type means removing the mark.
 */
interface PipelineExtensions {
  ownTransaction?: boolean;
  plainValue?: boolean;
}

const KEY = 'pipeline';

export function OwnTransaction(): MethodDecorator & PropertyDecorator {
  return Extensions({ [KEY]: { ownTransaction: true } satisfies PipelineExtensions });
}

export function PlainValue(): ClassDecorator {
  return Extensions({ [KEY]: { plainValue: true } satisfies PipelineExtensions });
}

function marks(extensions: Readonly<Record<string, unknown>> | null | undefined): PipelineExtensions {
  return (extensions?.[KEY] as PipelineExtensions | undefined) ?? {};
}

/** How the pipeline runs one operation; decided once per parsed operation (Apollo caches documents by query text). */
export interface OperationPlan {
  /**
   * No request transaction: every root field runs its own, and everything selected below is a plain value (at any
   * depth, through fragments). Selecting into anything else runs the usual transaction.
   */
  ownTransaction: boolean;
  /** The operation charges its budget in its own statement: one such root field, alone (with two, the second could run before the first charged). */
  chargesInStatement: boolean;
}

const NONE: OperationPlan = { ownTransaction: false, chargesInStatement: false };
const plans = new WeakMap<OperationDefinitionNode, OperationPlan>();

export function planOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | undefined): OperationPlan {
  if (operation?.operation !== 'query') return NONE;
  let plan = plans.get(operation);
  if (!plan) {
    const ownTransaction = walk(schema, document);
    const roots = operation.selectionSet.selections.filter((s) => !(s.kind === Kind.FIELD && s.name.value === '__typename'));
    plan = { ownTransaction, chargesInStatement: ownTransaction && roots.length === 1 };
    plans.set(operation, plan);
  }
  return plan;
}

function walk(schema: GraphQLSchema, document: DocumentNode): boolean {
  const info = new TypeInfo(schema);
  const query = schema.getQueryType();
  let own = true;
  visit(
    document,
    visitWithTypeInfo(info, {
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = info.getParentType();
        const ok =
          parent === query
            ? marks(info.getFieldDef()?.extensions).ownTransaction === true
            : !!parent && marks(parent.extensions).plainValue === true;
        if (!ok) {
          own = false;
          return BREAK;
        }
      },
    }),
  );
  return own;
}
