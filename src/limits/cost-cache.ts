import { getVariableValues, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { queryCost } from './cost';

/**
 * What a variable contributes to a price: lists their length, numbers their value (a page size), everything else
 * only its kind (a CNIC's digits never change a price). Two requests with one document and one shape cost the same.
 */
function shape(value: unknown): string {
  if (value === null || value === undefined) return 'n';
  if (Array.isArray(value)) return `[${value.map(shape).join(',')}]`;
  switch (typeof value) {
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    case 'object': {
      let out = '{';
      for (const key of Object.keys(value as object).sort()) out += `${key}:${shape((value as Record<string, unknown>)[key])},`;
      return `${out}}`;
    }
    default:
      return typeof value;
  }
}

/**
 * Prices each distinct document (and variables' shape) once (issue #18): the same check sent a million times is
 * priced once. The variables are still coerced on every request, so a bad one is refused exactly as before (by
 * `queryCost`, which reports it); only the traversal is cached. Documents are Apollo's parsed ones, kept while Apollo
 * keeps them.
 */
export class CostCache {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  constructor(private readonly maxShapesPerDocument = 256) {}

  price(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number {
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && (operationName === undefined || d.name?.value === operationName),
    );
    if (!operation) return queryCost(schema, document, variables, operationName);
    const key = `${operationName ?? ''}|${shape(variables)}`;
    let shapes = this.byDocument.get(document);
    const known = shapes?.get(key);
    if (known !== undefined) {
      const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
      if (!errors?.length) return known;
      return queryCost(schema, document, variables, operationName); // reports the bad variable as it always has
    }
    const cost = queryCost(schema, document, variables, operationName);
    if (!shapes) this.byDocument.set(document, (shapes = new Map()));
    if (shapes.size >= this.maxShapesPerDocument) shapes.clear();
    shapes.set(key, cost);
    return cost;
  }
}
