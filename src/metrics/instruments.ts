import { counter, histogram } from './registry';

/**
 * The plumbing's instruments, fed by one-line hooks where things happen (the pipeline, the budget, the enumeration
 * guard, the pool, the replica monitor). Features define their own beside their code (webhooks, re-scoring).
 * docs/operations.md lists every metric.
 */

const SECONDS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const requestMetrics = {
  /** Labelled by the operation's root fields (never the client's operation name) and its outcome: `ok` or the first error code. */
  total: counter({
    name: 'tasdeeq_graphql_requests_total',
    help: 'GraphQL operations answered, by root fields and outcome (ok, or the first error code).',
    labelNames: ['operation', 'outcome'],
  }),
  seconds: histogram({
    name: 'tasdeeq_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its answer, by root fields and outcome.',
    labelNames: ['operation', 'outcome'],
    buckets: SECONDS,
  }),
  admissionWait: histogram({
    name: 'tasdeeq_request_admission_wait_seconds',
    help: 'Time a request waited for a request-transaction permit (at most (pool - 2) / 3 at once per process).',
    buckets: SECONDS,
  }),
};

export const limitMetrics = {
  refusals: counter({
    name: 'tasdeeq_budget_refusals_total',
    help: 'Operations refused by a limit: `budget` (points per minute), `daily_cap` (distinct people per day) or `detail_guesses` (new sets of details for one person).',
    labelNames: ['limit'],
  }),
};

export const enumerationMetrics = {
  alerts: counter({
    name: 'tasdeeq_enumeration_alerts_total',
    help: 'Enumeration findings raised as security alerts, by detector.',
    labelNames: ['kind'],
  }),
  suspensions: counter({
    name: 'tasdeeq_client_suspensions_total',
    help: 'Clients suspended automatically, by the detector that fired.',
    labelNames: ['kind'],
  }),
};

export const replicaMetrics = {
  reads: counter({
    name: 'tasdeeq_replica_reads_total',
    help: 'Operations that read from the streaming replica.',
  }),
  fallbacks: counter({
    name: 'tasdeeq_replica_fallbacks_total',
    help: 'Replica-eligible operations read from the primary instead, by reason (LAGGING, UNAVAILABLE).',
    labelNames: ['reason'],
  }),
};
