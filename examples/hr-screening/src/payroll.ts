import { parse } from 'csv-parse/sync';

/**
 * The payroll CSV: a header row, then one employee per row. Column names are matched case-insensitively, with spaces
 * or dashes read as `_`; other columns are ignored, blank lines skipped.
 *
 * | column        | required | sent as                                                                |
 * | ------------- | -------- | ---------------------------------------------------------------------- |
 * | `employee_id` | no       | not sent; echoed in results.csv so you can join the answers back       |
 * | `cnic`        | yes      | `cnic` (`35202-1234567-1`, `3520212345671`, spaced or in Urdu digits)  |
 * | `name`        | no       | `name`: graded against the identity record                             |
 * | `father_name` | no       | `fatherName` (husband's name for a married woman)                      |
 * | `consent_ref` | yes      | `consentRef`: your reference to the employee's signed consent          |
 */
export const PAYROLL_COLUMNS = ['employee_id', 'cnic', 'name', 'father_name', 'consent_ref'] as const;
const REQUIRED = ['cnic', 'consent_ref'] as const;

export interface PayrollRow {
  /** 1-based position among the data rows (the header and blank lines not counted); results.csv's `row`. */
  row: number;
  employeeId: string;
  cnic: string;
  name: string;
  fatherName: string;
  consentRef: string;
  /** Why this row cannot be sent at all (answered locally as NOT_CHECKED). */
  problem?: { code: string; message: string };
}

export class PayrollFormatError extends Error {}

/** The API's own rule (src/common/cnic.ts): a CNIC that fails it would fail the whole batch, so it is caught here. */
export const CNIC_FORMAT_MESSAGE =
  'A CNIC is 13 digits, written 12345-1234567-1 or 1234512345671; its last digit is 1-9 (odd for men, even for women).';

/**
 * The API's reading of a CNIC (`readCnic` in src/common/cnic.ts, which the SMS channel shares): 13 digits in ASCII,
 * Urdu (۰-۹) or Arabic-Indic (٠-٩) script, with or without dashes, spaces or dots between them; the last digit 1-9.
 * Returns the 13 ASCII digits, or null.
 */
export function readCnic(value: string): string | null {
  if (value.length > 64) return null;
  const text = value
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .trim();
  if (!/^\d(?:[\s.-]*\d)*$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  return digits.length === 13 && !digits.endsWith('0') ? digits : null;
}

export function isWellFormedCnic(value: string): boolean {
  return readCnic(value) !== null;
}

const normalise = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_');
const clean = (value: string | undefined) => (value ?? '').replace(/[\r\n]+/g, ' ').trim();

export function readPayroll(text: string): PayrollRow[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    throw new PayrollFormatError(`The payroll is not valid CSV: ${(error as Error).message}`);
  }
  const [header, ...data] = records;
  if (!header) throw new PayrollFormatError('The payroll is empty: it needs a header row (see README).');
  const names = header.map(normalise);
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (missing.length) {
    throw new PayrollFormatError(
      `The payroll's header lacks ${missing.join(', ')}. Expected columns: ${PAYROLL_COLUMNS.join(',')} (see README).`,
    );
  }
  const at = (record: string[], column: (typeof PAYROLL_COLUMNS)[number]) => {
    const i = names.indexOf(column);
    return i < 0 ? '' : clean(record[i]);
  };
  return data.map((record, i): PayrollRow => {
    const row: PayrollRow = {
      row: i + 1,
      employeeId: at(record, 'employee_id'),
      cnic: at(record, 'cnic'),
      name: at(record, 'name'),
      fatherName: at(record, 'father_name'),
      consentRef: at(record, 'consent_ref'),
    };
    if (!isWellFormedCnic(row.cnic)) row.problem = { code: 'INVALID_CNIC', message: CNIC_FORMAT_MESSAGE };
    // PostgreSQL text cannot hold NUL, and the API refuses a whole request that carries one.
    else if (record.some((v) => v.includes('\u0000'))) {
      row.problem = { code: 'INVALID_TEXT', message: 'The row contains a NUL character.' };
    }
    return row;
  });
}
