import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { TasdeeqClient } from './tasdeeq-client';
import { PayrollFormatError } from './payroll';
import { ResumeError } from './results';
import { MAX_BATCH, screenPayroll, type Progress } from './screen';

const USAGE = `Usage: npm run screen -- payroll.csv --out results.csv [--batch-size 1000] [--max-wait 900] [--restart]

Environment: TASDEEQ_KEY (an EMPLOYER API key), TASDEEQ_URL (default http://127.0.0.1:4000/graphql).
Re-running the same command after an interruption resumes where it stopped.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'batch-size': { type: 'string' },
      'max-wait': { type: 'string' },
      restart: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) fail('');
  const [payrollPath] = positionals;
  if (!payrollPath || !values.out) fail('Give the payroll CSV and --out.');
  const batchSize = Number(values['batch-size'] ?? MAX_BATCH);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH) fail(`--batch-size must be 1-${MAX_BATCH}.`);
  const maxWaitSeconds = Number(values['max-wait'] ?? 900);
  if (!(maxWaitSeconds >= 0)) fail('--max-wait must be a number of seconds.');

  const client = TasdeeqClient.fromEnv();
  const stop = new AbortController();
  process.on('SIGINT', () => {
    if (stop.signal.aborted) process.exit(130); // a second Ctrl-C: stop now (results.csv is safe either way)
    stop.abort();
    process.stderr.write('\nStopping after the batch in flight is written (Ctrl-C again to stop at once)...\n');
  });
  process.on('SIGTERM', () => stop.abort());

  const bar = new cliProgress.SingleBar(
    {
      format: '{bar} {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {etaText} | {status}',
      hideCursor: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let barStarted = false;
  const onProgress = (p: Progress) => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? p.thisRun / elapsed : 0;
    const payload = { rate: rate.toFixed(0), etaText: rate > 0 ? duration((p.total - p.done) / rate) : '--', status: p.status };
    if (!barStarted) {
      bar.start(p.total, p.done, payload);
      barStarted = true;
    } else bar.update(p.done, payload);
  };

  let summary;
  try {
    summary = await screenPayroll({ payrollPath, outPath: values.out, client, batchSize, maxWaitSeconds, restart: values.restart, signal: stop.signal, onProgress });
  } finally {
    if (barStarted) bar.stop();
  }
  const counts = Object.entries(summary.results).map(([result, n]) => `${result} ${n}`).join(', ') || 'none';
  if (summary.resumedAt) console.error(`Resumed at row ${summary.resumedAt + 1}.`);
  console.error(`${summary.done}/${summary.total} rows answered in ${values.out}. This run: ${counts}.` +
    (summary.rateLimitedWaits ? ` Waited out RATE_LIMITED ${summary.rateLimitedWaits}x.` : '') +
    (summary.retries ? ` Retried ${summary.retries}x.` : ''));
  if (summary.outcome === 'INTERRUPTED') {
    console.error(summary.reason);
    return 130;
  }
  if (summary.outcome === 'STOPPED') {
    console.error(summary.reason);
    return 75; // EX_TEMPFAIL: try again later
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const expected = error instanceof PayrollFormatError || error instanceof ResumeError || (error instanceof Error && /TASDEEQ_KEY/.test(error.message));
    console.error(expected ? (error as Error).message : error);
    process.exit(1);
  },
);
