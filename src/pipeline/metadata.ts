import { pipelineMarks as marks } from '../common/metadata';
import {
  BREAK,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';

/** How the pipeline runs one operation; decided once per parsed operation (Apollo caches documents by query text). */
export interface OperationPlan {
  /**
   * No request transaction: every root field runs its own, and everything selected below is a plain value (at any
   * depth, through fragments). Selecting into anything else runs the usual transaction.
   */
  ownTransaction: boolean;
  /** The operation charges its budget in its own statement: one such root field, alone (with two, the second could run before the first charged). */
  chargesInStatement: boolean;
  /** A query every root field of which is `@ReplicaRead()`: it may read from the streaming replica. */
  replicaRead: boolean;
  /** The root fields selected, sorted (metrics label operations by them, never by client-chosen names). */
  rootFields: readonly string[];
}

const NONE: OperationPlan = { ownTransaction: false, chargesInStatement: false, replicaRead: false, rootFields: [] };
const plans = new WeakMap<OperationDefinitionNode, OperationPlan>();

export function planOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | undefined): OperationPlan {
  if (!operation) return NONE;
  let plan = plans.get(operation);
  if (!plan) {
    const rootFields = rootFieldsOf(schema, document, operation);
    if (operation.operation !== 'query') {
      plan = { ...NONE, rootFields: rootFields.map((f) => f.name) };
    } else {
      const ownTransaction = walk(schema, document);
      const roots = operation.selectionSet.selections.filter((s) => !(s.kind === Kind.FIELD && s.name.value === '__typename'));
      plan = {
        ownTransaction,
        chargesInStatement: ownTransaction && roots.length === 1,
        replicaRead: rootFields.length > 0 && rootFields.every((f) => f.replicaRead),
        rootFields: rootFields.map((f) => f.name),
      };
    }
    plans.set(operation, plan);
  }
  return plan;
}

/** The operation's root fields (through fragments), without `__typename`; sorted by name, each once. */
function rootFieldsOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): { name: string; replicaRead: boolean }[] {
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const names = new Set<string>();
  const seen = new Set<string>();
  const collect = (selections: readonly SelectionNode[]) => {
    for (const s of selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value !== '__typename') names.add(s.name.value);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        collect(s.selectionSet.selections);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) collect(fragment.selectionSet.selections);
      }
    }
  };
  collect(operation.selectionSet.selections);
  const fields = root?.getFields() ?? {};
  return [...names].sort().map((name) => ({ name, replicaRead: marks(fields[name]?.extensions).replicaRead === true }));
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

export { OwnTransaction, PlainValue, ReplicaRead } from '../common/metadata';
