import {
  GraphQLError,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_MAX_ITEMS, listLimits } from '../common/metadata';
import { DomainError } from '../common/errors';

/**
 * Stage "admit", size part (issue #20: 8,000 empty survey members once stalled the server for 17.8 s, each invalid
 * item costing milliseconds of synchronous coercion and error formatting). Before anything coerces, validates or
 * prices the variables, and whatever the role:
 * - the variables hold at most MAX_INPUT_VALUES values in all, nested at most MAX_INPUT_DEPTH deep (one iterative
 *   walk that stops at the first excess);
 * - every list, in a variable or a literal, holds at most its declared maximum (`@MaxItems`, else DEFAULT_MAX_ITEMS),
 *   and every input object at most as many fields as its type has;
 * - then the variables are coerced once with at most MAX_COERCION_ERRORS errors (graphql-js otherwise builds one
 *   error per bad value, and the pricing library coerces without a limit).
 * Each refusal is a 400 BAD_USER_INPUT naming the place and the limit, never the value.
 */
export const MAX_INPUT_VALUES = 20_000;
export const MAX_INPUT_DEPTH = 12;
const MAX_COERCION_ERRORS = 10;

function tooBig(message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message, {}, 400);
}

function countValues(variables: Record<string, unknown>): void {
  const stack: [unknown, number][] = [[variables, 0]];
  let values = 0;
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (++values > MAX_INPUT_VALUES) throw tooBig(`The variables hold more than ${MAX_INPUT_VALUES} values; send fewer items per request.`);
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) throw tooBig(`The variables nest deeper than ${MAX_INPUT_DEPTH} levels.`);
    const children = Array.isArray(value) ? value : Object.values(value);
    if (values + children.length > MAX_INPUT_VALUES) {
      throw tooBig(`The variables hold more than ${MAX_INPUT_VALUES} values; send fewer items per request.`);
    }
    for (const child of children) stack.push([child, depth + 1]);
  }
}

function refuseLong(place: string, length: number, max: number): void {
  if (length > max) throw tooBig(`\`${place}\` accepts at most ${max} items (${length} sent).`);
}

/** Walks a raw (JSON) value against its input type, checking list lengths and object widths. */
function checkRaw(type: GraphQLInputType, value: unknown, max: number, place: string): void {
  const nullable = getNullableType(type);
  if (value === null || value === undefined || typeof value !== 'object') return;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return checkRaw(nullable.ofType, value, DEFAULT_MAX_ITEMS, place);
    refuseLong(place, value.length, max);
    for (const item of value) checkRaw(nullable.ofType, item, DEFAULT_MAX_ITEMS, place);
    return;
  }
  if (!isInputObjectType(nullable) || Array.isArray(value)) return;
  const fields = nullable.getFields();
  const keys = Object.keys(value);
  if (keys.length > Object.keys(fields).length) throw tooBig(`\`${place}\` has more fields than ${nullable.name} defines.`);
  for (const key of keys) {
    const field = fields[key];
    if (field) checkRaw(field.type, (value as Record<string, unknown>)[key], listLimits(field.extensions).maxItems ?? DEFAULT_MAX_ITEMS, key);
  }
}

/** The same walk over a literal in the document; a variable inside it is walked as raw JSON. */
function checkLiteral(
  type: GraphQLInputType,
  node: ValueNode,
  max: number,
  place: string,
  variables: Record<string, unknown>,
): void {
  const nullable = getNullableType(type);
  if (node.kind === Kind.VARIABLE) return checkRaw(type, variables[node.name.value], max, place);
  if (isListType(nullable)) {
    if (node.kind !== Kind.LIST) return checkLiteral(nullable.ofType, node, DEFAULT_MAX_ITEMS, place, variables);
    refuseLong(place, node.values.length, max);
    for (const item of node.values) checkLiteral(nullable.ofType, item, DEFAULT_MAX_ITEMS, place, variables);
    return;
  }
  if (!isInputObjectType(nullable) || node.kind !== Kind.OBJECT) return;
  const fields = nullable.getFields();
  for (const f of node.fields) {
    const field = fields[f.name.value];
    if (field) checkLiteral(field.type, f.value, listLimits(field.extensions).maxItems ?? DEFAULT_MAX_ITEMS, f.name.value, variables);
  }
}

/**
 * Documents whose literals passed and that define no variables: a literal can then refer to no variable, so the walk
 * depends on the document alone (parsed documents are kept by Apollo and never changed) and need not be repeated.
 */
const literalsPassed = new WeakSet<DocumentNode>();

/** Every argument's literal, walked against its type (a variable inside it as the request's raw JSON). */
function checkLiterals(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): void {
  const info = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(info, {
      Argument(node) {
        const argument = info.getArgument();
        if (!argument) return;
        const max = listLimits(info.getFieldDef()?.extensions).maxArgItems?.[argument.name] ?? DEFAULT_MAX_ITEMS;
        checkLiteral(argument.type, node.value, max, argument.name, variables);
      },
    }),
  );
  const definesVariables = document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.variableDefinitions?.length);
  if (!definesVariables) literalsPassed.add(document);
}

export function refuseOversizedInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): void {
  const variables = rawVariables ?? {};
  countValues(variables);
  if (!literalsPassed.has(document)) checkLiterals(schema, document, variables);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: MAX_COERCION_ERRORS });
  if (coerced.errors) {
    // As graphql-js's own error, so formatError strips any echoed value (a CNIC sent in error is personal data).
    const [first] = coerced.errors;
    throw new GraphQLError(first.message, {
      originalError: first.originalError ?? undefined,
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}

/** JSON nesting allowed in a request body: the variables' own depth plus the envelope (`variables`, `extensions`). */
const MAX_BODY_DEPTH = MAX_INPUT_DEPTH + 4;
/** Values allowed in a request body: the variables' allowance plus the envelope's few. */
const MAX_BODY_VALUES = MAX_INPUT_VALUES + 100;

/**
 * Runs on the raw body before JSON.parse (express.json's `verify`): one pass over the bytes, outside strings, that
 * stops at the first container nested deeper than MAX_BODY_DEPTH or at more than MAX_BODY_VALUES values, so a 1 MB
 * body of `[[[[...` or of 300,000 empty objects is refused without building it. Throws the message to answer.
 */
export function refuseOversizedBody(body: Buffer): void {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped byte
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_BODY_DEPTH) throw new Error(`The request body nests deeper than ${MAX_BODY_DEPTH} levels.`);
      if (++values > MAX_BODY_VALUES) throw new Error(`The request body holds more than ${MAX_INPUT_VALUES} values; send fewer items per request.`);
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2c && ++values > MAX_BODY_VALUES) {
      throw new Error(`The request body holds more than ${MAX_INPUT_VALUES} values; send fewer items per request.`);
    }
  }
}

/**
 * A document longer than this is refused before it is parsed: QUERY_MAX_TOKENS bounds the tokens, not their length,
 * and a document has no use for megabyte literals (data goes in variables). 200,000 characters hold any document
 * within the token limit written by a person or a code generator.
 */
export const MAX_DOCUMENT_LENGTH = 200_000;

/** Brackets (`{`, `[`, `(`) a document may nest, outside strings: far above QUERY_MAX_DEPTH, far below the stack. */
export const MAX_DOCUMENT_NESTING = 64;

/**
 * Why a document is refused before it is parsed, or null: too long, or nested so deep (`[[[[…`) that the parser
 * would recurse until the stack overflows, which is slow to unwind and not a syntax error graphql-js names.
 */
export function documentTooLong(body: unknown): string | null {
  const query = (body as { query?: unknown } | null)?.query;
  if (typeof query !== 'string') return null;
  if (query.length > MAX_DOCUMENT_LENGTH) return `The document is longer than ${MAX_DOCUMENT_LENGTH} characters; pass data in variables.`;
  let depth = 0;
  for (let i = 0; i < query.length; i++) {
    const c = query.charCodeAt(i);
    if (c === 0x22) {
      // A string ("…" or a block string): skip to its end, escapes included.
      const block = query.startsWith('"""', i);
      const end = block ? query.indexOf('"""', i + 3) : (() => {
        let j = i + 1;
        while (j < query.length && query.charCodeAt(j) !== 0x22) j += query.charCodeAt(j) === 0x5c ? 2 : 1;
        return j;
      })();
      if (end < 0) return null; // unterminated: the parser says so
      i = block ? end + 2 : end;
    } else if (c === 0x23) {
      const end = query.indexOf('\n', i); // a comment, to the end of the line
      if (end < 0) break;
      i = end;
    } else if (c === 0x7b || c === 0x5b || c === 0x28) {
      if (++depth > MAX_DOCUMENT_NESTING) return `The document nests deeper than ${MAX_DOCUMENT_NESTING} brackets.`;
    } else if (c === 0x7d || c === 0x5d || c === 0x29) depth--;
  }
  return null;
}
