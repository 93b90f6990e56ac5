import fs from 'node:fs';
import { HttpError, type ApiErrorJson, type TasdeeqClient } from './tasdeeq-client';
import { ScreenPayrollDocument, type OffenderCheckInput, type ScreenPayrollQuery } from './generated/graphql';
import { readPayroll, type PayrollRow } from './payroll';
import { ResultsFile, type ResultRow } from './results';

/** verifyOffenders takes at most 1,000 checks per call. */
export const MAX_BATCH = 1000;
/** The API refuses request bodies over 1 MB; batches of long names are cut short of that. */
const MAX_BATCH_BYTES = 900_000;

type Check = ScreenPayrollQuery['verifyOffenders'][number];

export interface Progress {
  /** Rows answered in results.csv, earlier runs included. */
  done: number;
  total: number;
  /** Rows answered by this run. */
  thisRun: number;
  /** What the tool is doing, e.g. `waiting 12 s (RATE_LIMITED)`. */
  status: string;
}

export interface ScreenOptions {
  payrollPath: string;
  outPath: string;
  client: TasdeeqClient;
  /** Checks per call, 1-1000 (default 1000). Shrunk automatically if the API says a batch costs too much. */
  batchSize?: number;
  /** Longest RATE_LIMITED wait to sit out (default 900 s); a longer one (the daily cap) stops the run, resumably. */
  maxWaitSeconds?: number;
  /** Attempts per call on transient failures (network, 5xx, INTERNAL_SERVER_ERROR) before stopping (default 8). */
  maxAttempts?: number;
  /** First backoff delay (default 1000 ms), doubled per attempt up to 60 s, with jitter. */
  backoffMs?: number;
  /** Start over: delete results.csv and its state file first. */
  restart?: boolean;
  /** Aborting stops the run after the batch in flight is written (or at once while waiting). */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export type Outcome = 'COMPLETE' | 'INTERRUPTED' | 'STOPPED';

export interface ScreenSummary {
  outcome: Outcome;
  /** Why the run stopped early, and what to do. */
  reason?: string;
  total: number;
  /** Answered before this run started (resumed from). */
  resumedAt: number;
  done: number;
  /** Answers written by this run, by `result`. */
  results: Record<string, number>;
  /** RATE_LIMITED answers sat out. */
  rateLimitedWaits: number;
  /** Transient failures retried. */
  retries: number;
}

/** A run-ending condition: the results so far are kept and a re-run resumes. */
export class StopError extends Error {}
class Interrupted extends Error {}
class TooCostly extends Error {
  constructor(readonly batchSize: number) {
    super('batch too costly');
  }
}
class BadInput extends Error {}

const sleepFor = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });

/**
 * Screens a payroll CSV against the offender register, writing one answer per row, in payroll order, to the results
 * CSV; resumable after any interruption (see ResultsFile). Calls go one at a time: the budget, not latency, is the
 * limit, and one call in flight keeps "written = answered" simple.
 */
export async function screenPayroll(options: ScreenOptions): Promise<ScreenSummary> {
  const payrollText = fs.readFileSync(options.payrollPath, 'utf8');
  const rows = readPayroll(payrollText);
  const results = ResultsFile.open(options.outPath, payrollText, rows, options.restart);
  const run = new Run(options, rows.length, results.done);
  try {
    return await run.screen(rows, results);
  } finally {
    results.close();
  }
}

class Run {
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private batchSize: number;
  private done: number;
  private readonly summary: ScreenSummary;

  constructor(
    private readonly options: ScreenOptions,
    private readonly total: number,
    resumedAt: number,
  ) {
    this.sleep = options.sleep ?? sleepFor;
    this.batchSize = Math.max(1, Math.min(MAX_BATCH, options.batchSize ?? MAX_BATCH));
    this.done = resumedAt;
    this.summary = { outcome: 'COMPLETE', total, resumedAt, done: resumedAt, results: {}, rateLimitedWaits: 0, retries: 0 };
  }

  async screen(rows: PayrollRow[], results: ResultsFile): Promise<ScreenSummary> {
    this.progress('screening');
    try {
      while (this.done < rows.length) {
        if (this.options.signal?.aborted) throw new Interrupted();
        const batch = this.nextBatch(rows);
        let answers: ResultRow[];
        try {
          answers = await this.answer(batch);
        } catch (error) {
          if (error instanceof TooCostly) {
            this.batchSize = error.batchSize;
            continue;
          }
          throw error;
        }
        results.append(answers);
        for (const a of answers) this.summary.results[a.result] = (this.summary.results[a.result] ?? 0) + 1;
        this.done += answers.length;
        this.summary.done = this.done;
        this.progress('screening');
      }
    } catch (error) {
      if (error instanceof Interrupted) {
        this.summary.outcome = 'INTERRUPTED';
        this.summary.reason = `Interrupted after ${this.done} of ${this.total} rows; run the same command again to resume.`;
      } else if (error instanceof StopError) {
        this.summary.outcome = 'STOPPED';
        this.summary.reason = `${error.message} ${this.done} of ${this.total} rows are answered; run the same command again to resume.`;
      } else throw error;
    }
    this.progress(this.summary.outcome.toLowerCase());
    return this.summary;
  }

  private nextBatch(rows: PayrollRow[]): PayrollRow[] {
    const batch: PayrollRow[] = [];
    let bytes = 0;
    for (let i = this.done; i < rows.length && batch.length < this.batchSize; i++) {
      const size = Buffer.byteLength(JSON.stringify(toInput(rows[i])));
      if (batch.length && bytes + size > MAX_BATCH_BYTES) break;
      batch.push(rows[i]);
      bytes += size;
    }
    return batch;
  }

  /** Answers for every row of the batch, in order: rows that cannot be sent are answered locally. */
  private async answer(batch: PayrollRow[]): Promise<ResultRow[]> {
    const sendable = batch.filter((r) => !r.problem);
    const checks = sendable.length ? await this.check(sendable) : [];
    const byRow = new Map(sendable.map((r, i) => [r.row, checks[i]]));
    return batch.map((r) => {
      const check = byRow.get(r.row);
      if (r.problem) return notChecked(r, r.problem.code, [], r.problem.message);
      if (check instanceof BadInput) return notChecked(r, 'BAD_USER_INPUT', [], check.message);
      return answered(r, check!);
    });
  }

  /**
   * One call for the rows. A BAD_USER_INPUT for the whole call (a value the API refuses before looking at any item) is
   * narrowed down by halves to the rows that cause it, which are answered with the error; the rest are checked.
   */
  private async check(rows: PayrollRow[]): Promise<(Check | BadInput)[]> {
    try {
      const checks = await this.call(rows.map(toInput));
      if (checks.length !== rows.length) throw new StopError(`The API answered ${checks.length} checks for ${rows.length} inputs.`);
      return checks;
    } catch (error) {
      if (!(error instanceof BadInput)) throw error;
      if (rows.length === 1) return [error];
      const half = Math.ceil(rows.length / 2);
      return [...(await this.check(rows.slice(0, half))), ...(await this.check(rows.slice(half)))];
    }
  }

  /** The call, sitting out RATE_LIMITED and retrying transient failures with exponential backoff. */
  private async call(inputs: OffenderCheckInput[]): Promise<Check[]> {
    const { client, signal } = this.options;
    const maxAttempts = this.options.maxAttempts ?? 8;
    const maxWait = this.options.maxWaitSeconds ?? 900;
    for (let attempt = 1; ; attempt++) {
      let failure: string;
      try {
        const res = await client.request(ScreenPayrollDocument, { inputs });
        if (res.data?.verifyOffenders) return res.data.verifyOffenders;
        const error: ApiErrorJson | undefined = res.errors?.[0];
        const code = error?.extensions?.code;
        const message = error?.message ?? `HTTP ${res.status}`;
        switch (code) {
          case 'RATE_LIMITED': {
            // The budget (refills within a minute) or the daily cap on distinct people (resets at midnight PKT):
            // both say when to come back, in extensions.retryAfterSeconds and the Retry-After header.
            const wait = error?.extensions?.retryAfterSeconds ?? res.retryAfterHeader ?? 1;
            if (wait > maxWait) throw new StopError(`RATE_LIMITED for ${wait} s: ${message}`);
            this.summary.rateLimitedWaits++;
            this.progress(`waiting ${wait} s (RATE_LIMITED)`);
            await this.sleep(wait * 1000 + Math.floor(Math.random() * 250), signal);
            if (signal?.aborted) throw new Interrupted();
            this.progress('screening');
            attempt = 0; // not a failure
            continue;
          }
          case 'QUERY_TOO_COMPLEX': {
            // The batch costs more than one query may (the per-query limit, or a budget smaller than that).
            const cost = Number(error?.extensions?.cost);
            const limit = Number(error?.extensions?.limit);
            const perItem = cost > 1 ? Math.ceil((cost - 1) / inputs.length) : 1;
            const fits = Math.floor((limit - 1) / perItem);
            if (!(fits >= 1) || fits >= inputs.length) throw new StopError(`QUERY_TOO_COMPLEX: ${message}`);
            throw new TooCostly(fits);
          }
          case 'BAD_USER_INPUT':
            throw new BadInput(message);
          case 'UNAUTHENTICATED':
          case 'FORBIDDEN':
            throw new StopError(`${code}: ${message}`);
        }
        if (res.status < 500 && code !== 'INTERNAL_SERVER_ERROR') {
          throw new StopError(`${code ?? `HTTP ${res.status}`}: ${message}`);
        }
        failure = `${code ?? `HTTP ${res.status}`}${res.requestId ? ` (request ${res.requestId})` : ''}`;
      } catch (error) {
        if (!(error instanceof HttpError) && !(error instanceof TypeError) && !isTimeout(error)) throw error;
        if (error instanceof HttpError && error.status < 500) throw new StopError(error.message);
        failure = error instanceof HttpError ? error.message : `network: ${describe(error)}`;
      }
      if (attempt >= maxAttempts) throw new StopError(`The API kept failing (${failure}) after ${attempt} attempts.`);
      this.summary.retries++;
      const delay = Math.min(60_000, (this.options.backoffMs ?? 1000) * 2 ** (attempt - 1));
      const jittered = Math.round(delay / 2 + Math.random() * (delay / 2));
      this.progress(`retrying in ${Math.ceil(jittered / 1000)} s (${failure})`);
      await this.sleep(jittered, signal);
      if (signal?.aborted) throw new Interrupted();
    }
  }

  private progress(status: string): void {
    this.options.onProgress?.({ done: this.done, total: this.total, thisRun: this.done - this.summary.resumedAt, status });
  }
}

function toInput(row: PayrollRow): OffenderCheckInput {
  return {
    cnic: row.cnic,
    purpose: 'EMPLOYMENT_SCREENING',
    ...(row.consentRef ? { consentRef: row.consentRef } : {}),
    ...(row.name ? { name: row.name } : {}),
    ...(row.fatherName ? { fatherName: row.fatherName } : {}),
  };
}

function answered(row: PayrollRow, check: Check): ResultRow {
  const errors = check.errors;
  return {
    row: String(row.row),
    employee_id: row.employeeId,
    cnic_masked: check.cnicMasked,
    name: row.name,
    result: check.result,
    grade: check.result === 'NOT_CHECKED' ? '' : check.grade,
    message: check.message,
    check_id: check.checkId,
    checked_at: check.checkedAt,
    error_code: errors.map((e) => e.code).join('; '),
    // The API's paths point into the batch (`inputs.417.consentRef`); the row number says where, so keep the field.
    error_field: errors.map((e) => e.field?.slice(2).join('.') ?? '').join('; '),
    error_message: errors.map((e) => e.message).join('; '),
  };
}

function notChecked(row: PayrollRow, code: string, field: string[], message: string): ResultRow {
  return {
    row: String(row.row),
    employee_id: row.employeeId,
    cnic_masked: '',
    name: row.name,
    result: 'NOT_CHECKED',
    grade: '',
    message: 'Not checked: see error_message.',
    check_id: '',
    checked_at: '',
    error_code: code,
    error_field: field.join('.') || (code === 'INVALID_CNIC' ? 'cnic' : ''),
    error_message: message,
  };
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
