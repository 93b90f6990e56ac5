import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { PayrollRow } from './payroll';

/** results.csv: one row per payroll row, in payroll order. */
export const RESULT_COLUMNS = [
  'row',
  'employee_id',
  'cnic_masked',
  'name',
  'result',
  'grade',
  'message',
  'check_id',
  'checked_at',
  'error_code',
  'error_field',
  'error_message',
] as const;

export type ResultRow = Record<(typeof RESULT_COLUMNS)[number], string>;

interface State {
  format: 1;
  inputSha256: string;
  rows: number;
  createdAt: string;
}

export class ResumeError extends Error {}

/**
 * The results file is the journal. A batch's rows are appended with one write and fsynced before the next batch is
 * sent, so after any interruption — Ctrl-C, kill -9, power loss — the file holds a prefix of the answers: complete
 * lines for rows 1..k, possibly followed by one torn line, which `open` cuts off. A re-run carries on at row k+1.
 * A crash after the API answered but before the write loses nothing but that answer: the batch is checked again on
 * the re-run (a second audit row, the same answer), never written twice. The small state file beside it pins the
 * payroll (its SHA-256), so results are never continued against a different file.
 */
export class ResultsFile {
  private constructor(
    private readonly fd: number,
    private readonly out: string,
    /** Rows answered already (by earlier runs). */
    readonly done: number,
    /** Bytes of complete lines: where the next batch goes. */
    private size: number,
  ) {}

  static statePath(out: string): string {
    return `${out}.state.json`;
  }

  static lockPath(out: string): string {
    return `${out}.lock`;
  }

  static open(out: string, payrollText: string, rows: PayrollRow[], restart = false): ResultsFile {
    lock(ResultsFile.lockPath(out));
    try {
      return ResultsFile.openLocked(out, payrollText, rows, restart);
    } catch (error) {
      fs.rmSync(ResultsFile.lockPath(out), { force: true });
      throw error;
    }
  }

  private static openLocked(out: string, payrollText: string, rows: PayrollRow[], restart: boolean): ResultsFile {
    const statePath = ResultsFile.statePath(out);
    const inputSha256 = createHash('sha256').update(payrollText).digest('hex');
    if (restart) {
      fs.rmSync(out, { force: true });
      fs.rmSync(statePath, { force: true });
    }
    const state = readState(statePath);
    if (state && state.inputSha256 !== inputSha256) {
      throw new ResumeError(
        `${out} holds results for a different payroll (${statePath} records another file). Use another --out, or --restart to start over.`,
      );
    }
    if (!state) {
      if (fs.existsSync(out) && fs.statSync(out).size > 0) {
        throw new ResumeError(`${out} exists but ${statePath} does not: not continuing an unknown file. Use another --out, or --restart.`);
      }
      writeAtomically(statePath, JSON.stringify({ format: 1, inputSha256, rows: rows.length, createdAt: new Date().toISOString() } satisfies State));
    }
    const fd = fs.openSync(out, fs.constants.O_RDWR | fs.constants.O_CREAT);
    try {
      const { done, size } = recover(fd, out, rows);
      return new ResultsFile(fd, out, done, size);
    } catch (error) {
      fs.closeSync(fd);
      throw error;
    }
  }

  /** Appends rows with one write, then fsyncs: when this returns they survive a crash. */
  append(rows: ResultRow[]): void {
    if (!rows.length) return;
    const buffer = Buffer.from(stringify(rows.map((r) => RESULT_COLUMNS.map((c) => r[c]))), 'utf8');
    writeAll(this.fd, buffer, this.size);
    fs.fsyncSync(this.fd);
    this.size += buffer.length;
  }

  close(): void {
    fs.closeSync(this.fd);
    fs.rmSync(ResultsFile.lockPath(this.out), { force: true });
  }
}

/**
 * One writer per results file: two runs appending to the same file would interleave. A lock left by a run that was
 * killed (its process is gone) is taken over.
 */
function lock(lockPath: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(lockPath, 'utf8'));
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new ResumeError(`Another screening (process ${pid}) is writing these results; wait for it or stop it first (or delete ${lockPath} if none is running).`);
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new ResumeError(`Could not lock ${lockPath}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readState(statePath: string): State | null {
  if (!fs.existsSync(statePath)) return null;
  try {
    const state = JSON.parse(fs.readFileSync(statePath, 'utf8')) as State;
    if (state.format !== 1 || typeof state.inputSha256 !== 'string') throw new Error('unknown format');
    return state;
  } catch (error) {
    throw new ResumeError(`${statePath} is unreadable (${(error as Error).message}); use --restart to start over.`);
  }
}

/** Cuts a torn last line, writes the header into a new file, and checks the answered rows against the payroll. */
function recover(fd: number, out: string, rows: PayrollRow[]): { done: number; size: number } {
  const bytes = fs.readFileSync(fd);
  const size = bytes.lastIndexOf(0x0a) + 1;
  if (size < bytes.length) {
    fs.ftruncateSync(fd, size);
    fs.fsyncSync(fd);
  }
  const complete = bytes.subarray(0, size).toString('utf8');
  if (!complete) {
    const header = Buffer.from(stringify([RESULT_COLUMNS as unknown as string[]]), 'utf8');
    writeAll(fd, header, 0);
    fs.fsyncSync(fd);
    fsyncDirectory(out);
    return { done: 0, size: header.length };
  }
  let records: string[][];
  try {
    records = parse(complete, { relax_column_count: false });
  } catch (error) {
    throw new ResumeError(`${out} is damaged (${(error as Error).message}); use --restart to start over.`);
  }
  const [first, ...answered] = records;
  if (first.join(',') !== RESULT_COLUMNS.join(',')) throw new ResumeError(`${out} is not a results file of this tool; use another --out.`);
  answered.forEach((record, i) => {
    const expected = rows[i];
    if (!expected || record[0] !== String(i + 1) || record[1] !== expected.employeeId) {
      throw new ResumeError(`${out} line ${i + 2} does not answer payroll row ${i + 1}; use --restart to start over.`);
    }
  });
  return { done: answered.length, size };
}

function writeAll(fd: number, buffer: Buffer, position: number | null): void {
  let offset = 0;
  while (offset < buffer.length) {
    offset += fs.writeSync(fd, buffer, offset, buffer.length - offset, position === null ? null : position + offset);
  }
}

function writeAtomically(file: string, content: string): void {
  const temp = `${file}.tmp-${process.pid}`;
  const fd = fs.openSync(temp, 'w');
  try {
    writeAll(fd, Buffer.from(content, 'utf8'), 0);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  fsyncDirectory(file);
}

/** So a newly created file's directory entry survives a power loss too. */
function fsyncDirectory(file: string): void {
  try {
    const fd = fs.openSync(path.dirname(path.resolve(file)), 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the file's own fsync still holds.
  }
}
