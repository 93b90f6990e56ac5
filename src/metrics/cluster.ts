import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';
import { registry } from './registry';

/** One metric with its values, as `getMetricsAsJSON()` gives it and `AggregatorRegistry.aggregate` takes it. */
type MetricJson = Awaited<ReturnType<Registry['getMetricsAsJSON']>>[number];

/**
 * `/metrics` across a node:cluster: whichever API process the scrape reaches asks the cluster's primary, which asks
 * every API process for its registry (as JSON, over the cluster's IPC channel) and answers with them added up
 * (prom-client's AggregatorRegistry), or side by side with a `worker` label (`/metrics?by=worker`). Without a
 * cluster (WORKERS=1) the process answers alone, the same two ways.
 */

type Message =
  | { type: 'tasdeeq:metrics:ask'; id: number; byWorker: boolean }
  | { type: 'tasdeeq:metrics:answer'; id: number; text: string }
  | { type: 'tasdeeq:metrics:collect'; id: number }
  | { type: 'tasdeeq:metrics:collected'; id: number; metrics: MetricJson[] };

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && String((value as { type?: unknown }).type).startsWith('tasdeeq:metrics:');
}

/** How long the primary waits for a busy worker's figures before answering without them. */
const COLLECT_TIMEOUT_MS = 3_000;

/** The label every series gets in the per-worker view: the worker's slot (1..WORKERS), kept by its replacement. */
export function workerSlot(): string {
  return process.env.TASDEEQ_WORKER_SLOT ?? '1';
}

function labelled(metrics: MetricJson[], worker: string): MetricJson[] {
  return metrics.map((m) => ({ ...m, values: m.values.map((v) => ({ ...v, labels: { ...v.labels, worker } })) }));
}

async function render(perWorker: { worker: string; metrics: MetricJson[] }[], byWorker: boolean): Promise<string> {
  const list = perWorker.map((w) => (byWorker ? labelled(w.metrics, w.worker) : w.metrics));
  return AggregatorRegistry.aggregate(list).metrics();
}

let asked = 0;
const waiting = new Map<number, (text: string) => void>();

/** The text `/metrics` answers with, for this process alone or for its whole cluster. */
export async function scrape(byWorker: boolean): Promise<string> {
  if (!cluster.isWorker || !process.send) {
    return render([{ worker: workerSlot(), metrics: await registry.getMetricsAsJSON() }], byWorker);
  }
  const id = ++asked;
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error('the cluster primary did not answer for /metrics'));
    }, COLLECT_TIMEOUT_MS * 2);
    waiting.set(id, (text) => {
      clearTimeout(timer);
      resolve(text);
    });
    process.send!({ type: 'tasdeeq:metrics:ask', id, byWorker } satisfies Message);
  });
}

/** In each API process of a cluster: answers the primary's requests for figures, and receives its answers to `scrape`. */
export function answerClusterMetrics(): void {
  process.on('message', (message: unknown) => {
    if (!isMessage(message)) return;
    if (message.type === 'tasdeeq:metrics:answer') {
      waiting.get(message.id)?.(message.text);
      waiting.delete(message.id);
    } else if (message.type === 'tasdeeq:metrics:collect') {
      void registry.getMetricsAsJSON().then((metrics) => process.send?.({ type: 'tasdeeq:metrics:collected', id: message.id, metrics } satisfies Message));
    }
  });
}

/** In the cluster's primary: gathers every worker's figures when one of them is scraped. `slotOf` names each worker. */
export function serveClusterMetrics(slotOf: (worker: Worker) => string): void {
  let collecting = 0;
  const pending = new Map<number, (metrics: MetricJson[]) => void>();
  const collect = (worker: Worker) =>
    new Promise<{ worker: string; metrics: MetricJson[] } | null>((resolve) => {
      const id = ++collecting;
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(null);
      }, COLLECT_TIMEOUT_MS);
      pending.set(id, (metrics) => {
        clearTimeout(timer);
        resolve({ worker: slotOf(worker), metrics });
      });
      try {
        worker.send({ type: 'tasdeeq:metrics:collect', id } satisfies Message);
      } catch {
        clearTimeout(timer);
        pending.delete(id);
        resolve(null); // exiting: its IPC channel is closed
      }
    });
  cluster.on('message', (worker: Worker, message: unknown) => {
    if (!isMessage(message)) return;
    if (message.type === 'tasdeeq:metrics:collected') {
      pending.get(message.id)?.(message.metrics);
      pending.delete(message.id);
    } else if (message.type === 'tasdeeq:metrics:ask') {
      const live = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && w.isConnected());
      void Promise.all(live.map(collect))
        .then((answers) => render(answers.filter((a) => a !== null), message.byWorker))
        .then((text) => {
          if (worker.isConnected()) worker.send({ type: 'tasdeeq:metrics:answer', id: message.id, text } satisfies Message);
        });
    }
  });
}
