import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry, type Aggregator } from 'prom-client';

/**
 * The process's metrics (prom-client). One registry per process: every API process of a cluster keeps its own, and
 * `/metrics` adds them up across the cluster (src/metrics/cluster.ts). Instruments are made once per name, so a
 * module loaded by several servers in one process (tests) shares them instead of failing on a duplicate name.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

interface Options<L extends string> {
  name: string;
  help: string;
  labelNames?: readonly L[];
  /** How the cluster's processes add up (prom-client's aggregator): `sum` unless the figure is the database's own. */
  aggregator?: Aggregator;
}

function once<M>(name: string, make: () => M): M {
  return (registry.getSingleMetric(name) as M | undefined) ?? make();
}

export function counter<L extends string>(options: Options<L>): Counter<L> {
  return once(options.name, () => new Counter<L>({ ...options, labelNames: options.labelNames ?? [], registers: [registry] }));
}

export function gauge<L extends string>(options: Options<L>): Gauge<L> {
  return once(options.name, () => new Gauge<L>({ ...options, labelNames: options.labelNames ?? [], registers: [registry] }));
}

export function histogram<L extends string>(options: Options<L> & { buckets: number[] }): Histogram<L> {
  return once(options.name, () => new Histogram<L>({ ...options, labelNames: options.labelNames ?? [], registers: [registry] }));
}

export type Sample<L extends string> = { labels: Partial<Record<L, string>>; value: number };

const samplers = new Map<string, () => Promise<Sample<string>[]>>();

/**
 * A gauge read when `/metrics` is scraped, from the database (an outbox's backlog, a job's progress): the same figure
 * in every process, so the cluster takes the largest (`max`), not the sum. The last `sample` given for a name is the
 * one read; a failing read leaves the gauge empty for that scrape rather than failing the scrape.
 */
export function sampledGauge<L extends string>(options: Options<L>, sample: () => Promise<Sample<L>[]>): void {
  samplers.set(options.name, sample as () => Promise<Sample<string>[]>);
  once(
    options.name,
    () =>
      new Gauge<L>({
        ...options,
        aggregator: options.aggregator ?? 'max',
        labelNames: options.labelNames ?? [],
        registers: [registry],
        async collect() {
          this.reset();
          const read = samplers.get(options.name);
          const samples = await read?.().catch(() => []);
          for (const s of samples ?? []) this.set(s.labels as Partial<Record<L, string | number>>, s.value);
        },
      }),
  );
}
