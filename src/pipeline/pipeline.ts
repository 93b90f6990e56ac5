import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../logger';
import type { Context } from './context';
import { refuseNul } from './input-hygiene';
import { refuseOversizedInput } from './input-limits';
import { authorize, type Action } from '../auth/permissions';
import type { Limits } from './limits';
import { planOf, type OperationPlan } from './metadata';
import type { RequestTransactions } from './transaction';
import { ON_PRIMARY, type ReadPlacer, type ReadPlacement } from './reads';
import { observeOperation } from '../metrics/operations';
import type { AuditService } from '../audit/audit.service';
import { auditRequest } from './people';
import { MAX_ANSWERS_PER_STATE, markKept, viewerKey, type AnswerMemo, type AnswerState } from './answers';

/**
 * The request pipeline, in order. Every GraphQL request passes these stages; SMS messages enter at stage 1 with the
 * gateway's viewer and call the same services.
 *
 * 1. authenticate  the Authorization header becomes a Viewer; `createRequestContext` builds the Context
 *                  (src/app/server.ts for HTTP, src/sms/ for SMS)
 * 2. plan          what the operation's fields declare (src/pipeline/metadata.ts): its own transaction, a charge paid in
 *                  its own statement; decided once per parsed operation
 * 3. admit         the viewer's role may use every root field selected; the input's size (values, depth, every
 *                  list within its declared maximum) and its coercion, before anything else reads it; refuse NUL text; price the operation against the per-query limit; charge the client's budget
 *                  (or defer the charge to the operation's statement). The enumeration guard is admission too: it
 *                  runs where people are looked up (the audit writer, or the offender check's one statement)
 * 4. execute       in one request transaction (begun here), unless the plan says the operation runs its own; on
 *                  the streaming replica when the plan allows it and the replica is fit (src/pipeline/reads.ts)
 * 5. audit         services write their audit rows in the transaction they read in; then every person the request
 *                  returned whom no row names yet (`@HoldsPeople` types, collected by wrapped object resolvers) and every
 *                  FORBIDDEN refusal gets its row (src/pipeline/people.ts); the transaction commits here, before any
 *                  answer leaves (a failed audit or commit answers a masked 500)
 * 6. respond       a deferred charge nobody paid is charged; `extensions.requestId`, `extensions.cost` and where it
 *                  read (`readFrom`, `replicaLagMs`), Retry-After, one log line per operation (never variables), and
 *                  the operation's metrics (src/metrics/)
 */
export function requestPipeline(stages: {
  limits: Limits;
  transactions: RequestTransactions;
  reads: ReadPlacer;
  audit: AuditService;
  logger: Logger;
  /** The actions `@Authorized` names on each root field, as `Mutation.submitSurvey`. */
  rootActions: ReadonlyMap<string, readonly Action[]>;
  /** Root query fields whose answers may be kept per state (src/pipeline/answers.ts), by field name. */
  answers?: ReadonlyMap<string, AnswerMemo>;
}): ApolloServerPlugin<Context> {
  const { limits, transactions, reads, audit, logger, rootActions } = stages;
  const answers = stages.answers ?? new Map<string, AnswerMemo>();
  return {
    async requestDidStart({ contextValue: ctx }) {
      const started = process.hrtime.bigint();
      let plan: OperationPlan | undefined;
      let inTransaction = false;
      let placement: ReadPlacement = ON_PRIMARY;
      let refusedBeforeRun = false;
      let keeping: { state: AnswerState; key: string } | undefined;
      return {
        async didResolveOperation({ request, document, schema, operationName, operation }) {
          plan = planOf(schema, document, operation);
          // Who may ask comes before what was asked: a role refused a root field costs nothing more (issue #20).
          const type = operation?.operation === 'mutation' ? 'Mutation' : operation?.operation === 'subscription' ? 'Subscription' : 'Query';
          try {
            for (const field of plan.rootFields) for (const action of rootActions.get(`${type}.${field}`) ?? []) authorize(ctx.viewer, action, 403);
          } catch (error) {
            refusedBeforeRun = true;
            throw error;
          }
          if (operation) refuseOversizedInput(schema, document, operation, request.variables);
          refuseNul(document, request.variables);
          await limits.admit(ctx, schema, document, request.variables, operationName ?? undefined, plan);
        },
        // Stage "execute", kept answers (issue #17): an operation whose one root field keeps its answers per state, and
        // that runs without a request transaction, reads the state (its one statement, the budget paid there) and is
        // answered with what the same document, variables and viewer got at that state, if anything; else it executes
        // through the same state and its answer is kept (never one with errors, nor one from a state found outdated).
        async responseForOperation({ request, operation, operationName, queryHash }) {
          if (!plan?.ownTransaction || operation.operation !== 'query' || plan.rootFields.length !== 1 || !queryHash) return null;
          const memo = answers.get(plan.rootFields[0]);
          if (!memo) return null;
          const state = await memo.state(ctx);
          if (!state) return null;
          const key = `${queryHash}\n${operationName ?? ''}\n${JSON.stringify(request.variables ?? null)}\n${viewerKey(ctx.viewer)}`;
          const data = state.answers.get(key) as Record<string, unknown> | undefined;
          if (data !== undefined) return { http: { headers: new HeaderMap(), status: undefined }, body: { kind: 'single', singleResult: { data } } };
          keeping = { state, key };
          return null;
        },
        async executionDidStart() {
          if (!plan || plan.ownTransaction) return;
          placement = reads.place(ctx, plan);
          try {
            inTransaction = await transactions.begin(ctx);
          } catch (error) {
            if (placement.readFrom !== 'REPLICA') throw error;
            placement = reads.unplace(ctx);
            inTransaction = await transactions.begin(ctx);
          }
          reads.record(placement);
        },
        async willSendResponse({ response, operationName, errors }) {
          await limits.chargeWhatWasDeferred(ctx);
          const rootFields = plan?.rootFields ?? [];
          if (inTransaction) {
            inTransaction = false;
            await transactions.end(ctx, response, () => auditRequest(audit, ctx, ctx.em, errors, rootFields));
          } else if (ctx.people.pending || errors?.some((e) => e.extensions?.code === 'FORBIDDEN')) {
            // No request transaction (refused before execution, or an operation that runs its own): one of its own.
            await ctx.em
              .transactional((em) => auditRequest(audit, ctx, em, errors, rootFields))
              .catch((error: unknown) => logger.error({ err: error, requestId: ctx.requestId }, 'audit of a request without a transaction failed'));
          }
          if (ctx.budget.retryAfterSeconds !== undefined) response.http.headers.set('retry-after', String(ctx.budget.retryAfterSeconds));
          if (keeping && response.body.kind === 'single' && !errors?.length && !response.body.singleResult.errors && response.body.singleResult.data) {
            const { state, key } = keeping;
            if (state.current() && state.answers.size < MAX_ANSWERS_PER_STATE) {
              state.answers.set(key, response.body.singleResult.data);
              markKept(response.body.singleResult.data);
            }
          }
          if (response.body.kind === 'single') {
            // A role refused before the run answers as a refused root field always did: `data: null` (now with 403).
            if (refusedBeforeRun && response.body.singleResult.data === undefined) response.body.singleResult.data = null;
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              requestId: ctx.requestId,
              ...(ctx.budget.cost ? { cost: ctx.budget.cost } : {}),
              ...placement,
            };
          }
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          observeOperation(plan?.rootFields, errors, seconds);
          logger.info(
            {
              requestId: ctx.requestId,
              operationName,
              actor: ctx.viewer.actorId,
              role: ctx.viewer.role,
              ms: seconds * 1e3,
              ...(placement.readFrom === 'REPLICA' ? { readFrom: 'REPLICA' } : {}),
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql',
          );
        },
      };
    },
  };
}
