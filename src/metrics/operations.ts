import type { GraphQLError } from 'graphql';
import { requestMetrics } from './instruments';

/** More root fields than this in one operation are labelled by the first ones and `+…`, to bound the label's values. */
const MAX_ROOTS_IN_LABEL = 3;

/** The pipeline's hook as an operation's answer leaves: counted and timed by its root fields and outcome. */
export function observeOperation(rootFields: readonly string[] | undefined, errors: readonly GraphQLError[] | undefined, seconds: number): void {
  const roots = rootFields ?? [];
  const operation = !roots.length
    ? '(none)'
    : roots.length > MAX_ROOTS_IN_LABEL
      ? `${roots.slice(0, MAX_ROOTS_IN_LABEL).join('+')}+…`
      : roots.join('+');
  const first = errors?.[0];
  const outcome = first ? String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok';
  requestMetrics.total.inc({ operation, outcome });
  requestMetrics.seconds.observe({ operation, outcome }, seconds);
}

/**
 * A request refused before it has an operation (no or a bad credential: Apollo runs no plugin for it), counted as
 * the operation `(unauthenticated)`; then the refusal goes on its way.
 */
export async function countRefusal<T>(authenticating: Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  try {
    return await authenticating;
  } catch (error) {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    const outcome = typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
    requestMetrics.total.inc({ operation: '(unauthenticated)', outcome });
    requestMetrics.seconds.observe({ operation: '(unauthenticated)', outcome }, Number(process.hrtime.bigint() - started) / 1e9);
    throw error;
  }
}
