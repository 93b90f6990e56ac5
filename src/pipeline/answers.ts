import type { Viewer } from '../auth/viewer';
import type { Context } from './context';

/**
 * A root query field whose whole answer may be served again while what it was computed from has not changed (issue
 * #17: a province dashboard is the same ~1,500 values for every analyst of a jurisdiction until a write commits).
 * A feature declares it on its `Built` (`answers: { dashboard: … }`); the pipeline asks it only for an operation
 * whose one root field it is and that runs without a request transaction (`@OwnTransaction`), after admission.
 */
export interface AnswerMemo {
  /**
   * Reads the state the answer would be computed from (it may pay the deferred budget charge in that statement) and
   * returns it, or undefined when nothing may be kept (the read failed: execution then meets the same failure). The
   * execution that follows must read through the same state, so that an answer kept under it was computed from it.
   */
  state(ctx: Context): Promise<AnswerState | undefined>;
}

/** One state (a version of what answers are computed from) and the answers kept for it, dropped with it. */
export interface AnswerState {
  readonly answers: Map<string, unknown>;
  /** False once the state is known to be out of date (an answer computed now may mix two states: never kept). */
  current(): boolean;
}

/** Answers kept per state, at most: the distinct operations, variables and viewers' jurisdictions of one state. */
export const MAX_ANSWERS_PER_STATE = 1000;

/** What an answer may depend on besides the document and its variables: who asks, as the services decide it. */
export function viewerKey(viewer: Viewer): string {
  return JSON.stringify([viewer.role, viewer.disclosure, viewer.jurisdiction]);
}

/**
 * Kept answers' `data`, serialised once (issue #17: serialising a province dashboard's ~1,500 values again for every
 * request that is served it was 15% of the API's CPU per dashboard). A kept answer is never changed once kept (the
 * pipeline adds its extensions beside `data`, on the response), so its JSON is its JSON for as long as it is kept.
 */
const keptJson = new WeakMap<object, string | null>();

/** Marks `data` as a kept answer: `stringifyResult` serialises it once. */
export function markKept(data: object): void {
  if (!keptJson.has(data)) keptJson.set(data, null);
}

/**
 * Apollo's `stringifyResult`: exactly `JSON.stringify(result) + '\n'` (Apollo's own, same keys in the same order),
 * with a kept answer's `data` written from its one serialisation.
 */
export function stringifyResult(result: { errors?: unknown; data?: unknown; extensions?: unknown }): string {
  const data = result.data;
  if (data === null || typeof data !== 'object' || !keptJson.has(data)) return JSON.stringify(result) + '\n';
  let json = keptJson.get(data);
  if (json == null) {
    json = JSON.stringify(data);
    keptJson.set(data, json);
  }
  const parts: string[] = [];
  if (result.errors !== undefined) parts.push(`"errors":${JSON.stringify(result.errors)}`);
  parts.push(`"data":${json}`);
  if (result.extensions !== undefined) parts.push(`"extensions":${JSON.stringify(result.extensions)}`);
  return `{${parts.join(',')}}\n`;
}
