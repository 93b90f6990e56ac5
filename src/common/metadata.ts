import { Extensions } from 'type-graphql';

/**
 * What fields and types declare to the request pipeline, as GraphQL extensions on the schema (never as lists of
 * names kept elsewhere):
 * - `@OwnTransaction()` on a root field: it runs its own single-statement transactions, reads nothing through the
 *   request's entity manager, and may pay the request's budget charge in its statement (`ctx.budget.takeDeferred()`).
 * - `@PlainValue()` on an object type: every field of it is a plain value its parent built, with no resolver that
 *   reads the database (a receipt's signature is computed, not read). Adding a field resolver that reads means
 *   removing the mark.
 * - `@ReplicaRead()` on a root query field: what it reads may be a few seconds old (aggregates, pages, the audit
 *   log), so it may read from the streaming replica (DATABASE_REPLICA_URL). Never on a field whose answer decides
 *   something about a person (a check, eligibility, a survey status): those read the primary, so an overturned
 *   conviction is never answered from a replica that has not replayed it yet. Its writes (audit rows, the tally) still
 *   go to the primary (`Context.writes`).
 */
interface PipelineExtensions {
  ownTransaction?: boolean;
  plainValue?: boolean;
  replicaRead?: boolean;
}

const KEY = 'pipeline';

export function OwnTransaction(): MethodDecorator & PropertyDecorator {
  return Extensions({ [KEY]: { ownTransaction: true } satisfies PipelineExtensions });
}

export function ReplicaRead(): MethodDecorator & PropertyDecorator {
  return Extensions({ [KEY]: { replicaRead: true } satisfies PipelineExtensions });
}

export function PlainValue(): ClassDecorator {
  return Extensions({ [KEY]: { plainValue: true } satisfies PipelineExtensions });
}

export function pipelineMarks(extensions: Readonly<Record<string, unknown>> | null | undefined): PipelineExtensions {
  return (extensions?.[KEY] as PipelineExtensions | undefined) ?? {};
}


/**
 * List inputs declare their maximum length where they are declared (issue #20): `@MaxItems(50)` on an input field,
 * `@MaxItems(100, 'ids')` on a field for its list argument `ids`. A list that declares nothing takes
 * `DEFAULT_MAX_ITEMS`. The pipeline refuses a longer list before anything coerces or validates its items
 * (src/pipeline/input-limits.ts).
 */
export const DEFAULT_MAX_ITEMS = 1000;

interface LimitExtensions {
  maxItems?: number;
  maxArgItems?: Record<string, number>;
}

const LIMITS = 'limits';

export function MaxItems(n: number, argument?: string): MethodDecorator & PropertyDecorator {
  return Extensions({ [LIMITS]: (argument ? { maxArgItems: { [argument]: n } } : { maxItems: n }) satisfies LimitExtensions });
}

export function listLimits(extensions: Readonly<Record<string, unknown>> | null | undefined): LimitExtensions {
  return (extensions?.[LIMITS] as LimitExtensions | undefined) ?? {};
}
