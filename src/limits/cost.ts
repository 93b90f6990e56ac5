import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { getNamedType, isCompositeType, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * Lists cost their size: a connection `first`/`last` items, a bulk argument (`inputs`, `ids`) its length, each times
 * the cost of one item's selection (at least 1).
 */
const listArgumentEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size =
    typeof args.first === 'number'
      ? args.first
      : typeof args.last === 'number'
        ? args.last
        : Array.isArray(args.inputs)
          ? args.inputs.length
          : Array.isArray(args.ids)
            ? args.ids.length
            : undefined;
  if (size === undefined) return undefined;
  return 1 + Math.max(size, 1) * Math.max(childComplexity, 1);
};

/** Object-typed fields cost 1 plus their selection; leaves cost 0 (the GitHub v4 model). */
const objectEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  isCompositeType(getNamedType(field.type)) ? 1 + childComplexity : 0;

export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName,
    estimators: [fieldExtensionsEstimator(), listArgumentEstimator, objectEstimator],
  });
}
