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

export { OwnTransaction, PlainValue } from '../common/metadata';
